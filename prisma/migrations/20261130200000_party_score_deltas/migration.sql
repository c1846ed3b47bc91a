-- Compliance by party on a past date from a roll-up, as the dashboard's figures are (migration
-- 20261130000000_dashboard_rollup): each party period adds +1 to its score (under its party and its
-- commitment's category) on the day it starts and -1 on the day it ends; party_score_deltas sums these
-- per day (grain 'd'), month (grain 'm', dated the 1st) and year (grain 'y', dated 1 January). A
-- party's count of each score on day D is the yearly rows before D's year, the monthly rows of D's
-- year before D's month and the daily rows of D's month up to D. The index leads with the grain and the
-- day, because compliance reads every party and category at once: each of the three is one contiguous
-- range of the index, whatever the number of commitments.
--
-- party_periods is written only by triggers (a new assessment opens a period and closes the previous
-- one; a commitment moved to another category moves its periods): the statement-level triggers below
-- take away what the old rows contributed and add what the new ones do, upserting in key order.

-- CreateTable
CREATE TABLE "party_score_deltas" (
    "grain" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "party_id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "score" SMALLINT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "party_score_deltas_pkey" PRIMARY KEY ("grain", "day", "party_id", "category", "score") INCLUDE ("delta"),
    CONSTRAINT "party_score_deltas_grain_known" CHECK ("grain" IN ('d', 'm', 'y')),
    CONSTRAINT "party_score_deltas_grain_dated" CHECK ("grain" = 'd' OR "day" = date_trunc(CASE "grain" WHEN 'm' THEN 'month' ELSE 'year' END, "day")::DATE),
    CONSTRAINT "party_score_deltas_score_known" CHECK ("score" BETWEEN -1 AND 1)
);

-- The signed contributions of some party periods: +1 on valid_from, -1 on valid_to, for scored statuses.
CREATE FUNCTION "ct_party_score_add"("periods" JSONB, "sign" INTEGER) RETURNS VOID
    LANGUAGE sql
    SET jit = off
    AS $$
    INSERT INTO "party_score_deltas" ("grain", "day", "party_id", "category", "score", "delta")
    SELECT g."grain",
           CASE g."grain" WHEN 'd' THEN e."day" WHEN 'm' THEN date_trunc('month', e."day")::DATE ELSE date_trunc('year', e."day")::DATE END,
           e."party_id", e."category", e."score", sum(e."delta")::INTEGER
    FROM (
        SELECT p."party_id", p."category", "ct_compliance_score"(p."status") AS "score", p."valid_from" AS "day", "sign" AS "delta"
        FROM jsonb_to_recordset("periods") AS p("party_id" UUID, "category" TEXT, "status" "CommitmentStatus", "valid_from" DATE, "valid_to" DATE)
        UNION ALL
        SELECT p."party_id", p."category", "ct_compliance_score"(p."status"), p."valid_to", -"sign"
        FROM jsonb_to_recordset("periods") AS p("party_id" UUID, "category" TEXT, "status" "CommitmentStatus", "valid_from" DATE, "valid_to" DATE)
        WHERE p."valid_to" IS NOT NULL
    ) e
    CROSS JOIN (VALUES ('d'), ('m'), ('y')) AS g("grain")
    WHERE e."score" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(e."delta") <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("grain", "day", "party_id", "category", "score") DO UPDATE SET "delta" = "party_score_deltas"."delta" + EXCLUDED."delta";
$$;

CREATE FUNCTION "ct_party_score_deltas_after_insert"() RETURNS TRIGGER
    LANGUAGE plpgsql
    SET jit = off
    AS $$
BEGIN
    PERFORM "ct_party_score_add"(coalesce(jsonb_agg(to_jsonb(n)), '[]'), 1) FROM "new_rows" n;
    RETURN NULL;
END
$$;

CREATE FUNCTION "ct_party_score_deltas_after_update"() RETURNS TRIGGER
    LANGUAGE plpgsql
    SET jit = off
    AS $$
BEGIN
    PERFORM "ct_party_score_add"(coalesce(jsonb_agg(to_jsonb(o)), '[]'), -1) FROM "old_rows" o;
    PERFORM "ct_party_score_add"(coalesce(jsonb_agg(to_jsonb(n)), '[]'), 1) FROM "new_rows" n;
    RETURN NULL;
END
$$;

CREATE TRIGGER "party_periods_score_deltas_insert"
    AFTER INSERT ON "party_periods"
    REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_party_score_deltas_after_insert"();
CREATE TRIGGER "party_periods_score_deltas_update"
    AFTER UPDATE ON "party_periods"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_party_score_deltas_after_update"();

-- Backfill from the party periods recorded so far.
INSERT INTO "party_score_deltas" ("grain", "day", "party_id", "category", "score", "delta")
SELECT g."grain",
       CASE g."grain" WHEN 'd' THEN e."day" WHEN 'm' THEN date_trunc('month', e."day")::DATE ELSE date_trunc('year', e."day")::DATE END,
       e."party_id", e."category", e."score", sum(e."delta")::INTEGER
FROM (
    SELECT pp."party_id", pp."category", "ct_compliance_score"(pp."status") AS "score", pp."valid_from" AS "day", 1 AS "delta" FROM "party_periods" pp
    UNION ALL
    SELECT pp."party_id", pp."category", "ct_compliance_score"(pp."status"), pp."valid_to", -1 FROM "party_periods" pp WHERE pp."valid_to" IS NOT NULL
) e
CROSS JOIN (VALUES ('d'), ('m'), ('y')) AS g("grain")
WHERE e."score" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5
HAVING sum(e."delta") <> 0;
