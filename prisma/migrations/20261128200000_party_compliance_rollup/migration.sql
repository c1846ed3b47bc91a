-- Compliance by party without reading every commitment: a roll-up of today's scores per party and
-- category (party_score_counts), and each party period's category (party_periods.category) so that
-- the compliance of a past date needs no join with the commitments. Both are kept by triggers in the
-- same transaction as the change they follow, and are read-only for the app.

-- The compliance score of a status (the G7/G20 Research Groups' scale): NULL for "not yet assessed".
-- The same mapping as COMPLIANCE_SCORES in lib/domain/compliance.ts (an integration test compares them).
CREATE FUNCTION "ct_compliance_score"(status "CommitmentStatus") RETURNS SMALLINT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT CASE status
        WHEN 'FULFILLED' THEN 1
        WHEN 'PARTIALLY_FULFILLED' THEN 0
        WHEN 'IN_PROGRESS' THEN 0
        WHEN 'NOT_STARTED' THEN -1
        WHEN 'STALLED' THEN -1
        WHEN 'BROKEN' THEN -1
    END::SMALLINT
$$;

-- CreateTable
-- READ-ONLY for the app: how many commitments each party currently holds each score on, per category.
CREATE TABLE "party_score_counts" (
    "party_id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "score" SMALLINT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "party_score_counts_pkey" PRIMARY KEY ("party_id", "category", "score"),
    CONSTRAINT "party_score_counts_score_known" CHECK ("score" BETWEEN -1 AND 1)
);

-- Adds +1 for each new party state's score and -1 for each old one, under its commitment's category.
-- Every statement upserts in key order, so concurrent writers lock roll-up rows in the same order.
CREATE FUNCTION "ct_party_scores_after_insert"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "party_score_counts" ("party_id", "category", "score", "n")
    SELECT x."party_id", c."category", "ct_compliance_score"(x."status"), count(*)::INTEGER
    FROM "new_rows" x JOIN "commitments" c ON c."id" = x."commitment_id"
    WHERE "ct_compliance_score"(x."status") IS NOT NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("party_id", "category", "score") DO UPDATE SET "n" = "party_score_counts"."n" + EXCLUDED."n";
    RETURN NULL;
END
$$;

CREATE FUNCTION "ct_party_scores_after_delete"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "party_score_counts" ("party_id", "category", "score", "n")
    SELECT x."party_id", c."category", "ct_compliance_score"(x."status"), -count(*)::INTEGER
    FROM "old_rows" x JOIN "commitments" c ON c."id" = x."commitment_id"
    WHERE "ct_compliance_score"(x."status") IS NOT NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("party_id", "category", "score") DO UPDATE SET "n" = "party_score_counts"."n" + EXCLUDED."n";
    RETURN NULL;
END
$$;

CREATE FUNCTION "ct_party_scores_after_update"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "party_score_counts" ("party_id", "category", "score", "n")
    SELECT d."party_id", c."category", d."score", sum(d."sign")::INTEGER
    FROM (
        SELECT n."commitment_id", n."party_id", v."score", v."sign"
        FROM "new_rows" n JOIN "old_rows" o ON o."commitment_id" = n."commitment_id" AND o."party_id" = n."party_id"
        CROSS JOIN LATERAL (VALUES ("ct_compliance_score"(n."status"), 1), ("ct_compliance_score"(o."status"), -1)) AS v("score", "sign")
        WHERE n."status" IS DISTINCT FROM o."status" AND v."score" IS NOT NULL
    ) d JOIN "commitments" c ON c."id" = d."commitment_id"
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("party_id", "category", "score") DO UPDATE SET "n" = "party_score_counts"."n" + EXCLUDED."n";
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitment_parties_scores_insert"
    AFTER INSERT ON "commitment_parties"
    REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_party_scores_after_insert"();
CREATE TRIGGER "commitment_parties_scores_delete"
    AFTER DELETE ON "commitment_parties"
    REFERENCING OLD TABLE AS "old_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_party_scores_after_delete"();
CREATE TRIGGER "commitment_parties_scores_update"
    AFTER UPDATE ON "commitment_parties"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_party_scores_after_update"();

-- The category of the commitment a party period belongs to (kept with it, for the past dates).
ALTER TABLE "party_periods" ADD COLUMN "category" TEXT;
UPDATE "party_periods" pp SET "category" = c."category" FROM "commitments" c WHERE c."id" = pp."commitment_id";
ALTER TABLE "party_periods" ALTER COLUMN "category" SET NOT NULL;

CREATE OR REPLACE FUNCTION "ct_periods_after_party_assessments"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "party_periods" pp SET "valid_to" = f."first_on"
    FROM (SELECT "commitment_id", "party_id", min("effective_on") AS "first_on" FROM "new_rows" GROUP BY 1, 2) f
    WHERE pp."commitment_id" = f."commitment_id" AND pp."party_id" = f."party_id" AND pp."valid_to" IS NULL;

    INSERT INTO "party_periods" ("assessment_id", "commitment_id", "party_id", "valid_from", "valid_to", "status", "category")
    SELECT n."id", n."commitment_id", n."party_id", n."effective_on",
           lead(n."effective_on") OVER (PARTITION BY n."commitment_id", n."party_id" ORDER BY n."effective_on", n."recorded_at"),
           n."to_status", c."category"
    FROM "new_rows" n JOIN "commitments" c ON c."id" = n."commitment_id";
    RETURN NULL;
END
$$;

-- A commitment moved to another category takes its parties' scores and periods with it.
CREATE FUNCTION "ct_party_scores_after_commitment_move"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "party_score_counts" ("party_id", "category", "score", "n")
    SELECT cp."party_id", m."category", "ct_compliance_score"(cp."status"), sum(m."sign")::INTEGER
    FROM "commitment_parties" cp
    CROSS JOIN (VALUES (OLD."category", -1), (NEW."category", 1)) AS m("category", "sign")
    WHERE cp."commitment_id" = NEW."id" AND "ct_compliance_score"(cp."status") IS NOT NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("party_id", "category", "score") DO UPDATE SET "n" = "party_score_counts"."n" + EXCLUDED."n";
    UPDATE "party_periods" SET "category" = NEW."category" WHERE "commitment_id" = NEW."id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitments_party_scores_move"
    AFTER UPDATE OF "category" ON "commitments"
    FOR EACH ROW
    WHEN (OLD."category" IS DISTINCT FROM NEW."category")
    EXECUTE FUNCTION "ct_party_scores_after_commitment_move"();

-- Backfill from the parties' current states.
INSERT INTO "party_score_counts" ("party_id", "category", "score", "n")
SELECT cp."party_id", c."category", "ct_compliance_score"(cp."status"), count(*)::INTEGER
FROM "commitment_parties" cp JOIN "commitments" c ON c."id" = cp."commitment_id"
WHERE "ct_compliance_score"(cp."status") IS NOT NULL
GROUP BY 1, 2, 3;
