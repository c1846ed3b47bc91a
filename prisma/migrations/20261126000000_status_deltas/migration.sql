-- CreateTable
CREATE TABLE "status_deltas" (
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "status_deltas_pkey" PRIMARY KEY ("dimension","key","day","status")
);

-- CreateIndex
CREATE INDEX "commitments_status_effective_on_idx" ON "commitments"("status_effective_on");

-- Below: the triggers that keep the roll-up equal to the history. Each status update adds +1 to the
-- status it moves to and -1 to the one it leaves (none for a commitment's first row), on its
-- effective day, under all commitments (key ''), the commitment's meeting, its category and each of
-- its parties. Every
-- statement upserts in key order, so concurrent writers take row locks in the same order and
-- cannot deadlock each other.
ALTER TABLE "status_deltas" ADD CONSTRAINT "status_deltas_dimension_known" CHECK ("dimension" IN ('all', 'meeting', 'category', 'party'));

-- The signed contributions of a set of status updates, per day and status.
CREATE VIEW "ct_status_update_deltas" AS
    SELECT su."commitment_id", su."effective_on" AS "day", v."status", v."delta"
    FROM "status_updates" su
    CROSS JOIN LATERAL (VALUES (su."to_status", 1), (su."from_status", -1)) AS v("status", "delta")
    WHERE v."status" IS NOT NULL;

CREATE FUNCTION "ct_deltas_after_status_updates"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "status_deltas" ("dimension", "key", "day", "status", "delta")
    SELECT k."dimension", k."key", n."effective_on", v."status", sum(v."delta")::INTEGER
    FROM "new_rows" n
    JOIN "commitments" c ON c."id" = n."commitment_id"
    CROSS JOIN LATERAL (VALUES (n."to_status", 1), (n."from_status", -1)) AS v("status", "delta")
    CROSS JOIN LATERAL (
        SELECT 'all', ''
        UNION ALL SELECT 'meeting', c."meeting_id"::TEXT
        UNION ALL SELECT 'category', c."category"
        UNION ALL SELECT 'party', cp."party_id"::TEXT FROM "commitment_parties" cp WHERE cp."commitment_id" = c."id"
    ) AS k("dimension", "key")
    WHERE v."status" IS NOT NULL
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("dimension", "key", "day", "status") DO UPDATE SET "delta" = "status_deltas"."delta" + EXCLUDED."delta";
    RETURN NULL;
END
$$;

CREATE TRIGGER "status_updates_roll_up"
    AFTER INSERT ON "status_updates"
    REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_deltas_after_status_updates"();

-- A party added to (or removed from) a commitment takes its whole history with it.
CREATE FUNCTION "ct_deltas_after_party_change"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "status_deltas" ("dimension", "key", "day", "status", "delta")
        SELECT 'party', p."party_id"::TEXT, d."day", d."status", sum(d."delta")::INTEGER
        FROM "changed_rows" p JOIN "ct_status_update_deltas" d ON d."commitment_id" = p."commitment_id"
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT ("dimension", "key", "day", "status") DO UPDATE SET "delta" = "status_deltas"."delta" + EXCLUDED."delta";
    ELSE
        INSERT INTO "status_deltas" ("dimension", "key", "day", "status", "delta")
        SELECT 'party', p."party_id"::TEXT, d."day", d."status", -sum(d."delta")::INTEGER
        FROM "changed_rows" p JOIN "ct_status_update_deltas" d ON d."commitment_id" = p."commitment_id"
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT ("dimension", "key", "day", "status") DO UPDATE SET "delta" = "status_deltas"."delta" + EXCLUDED."delta";
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitment_parties_roll_up_insert"
    AFTER INSERT ON "commitment_parties"
    REFERENCING NEW TABLE AS "changed_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_deltas_after_party_change"();
CREATE TRIGGER "commitment_parties_roll_up_delete"
    AFTER DELETE ON "commitment_parties"
    REFERENCING OLD TABLE AS "changed_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_deltas_after_party_change"();

-- A commitment moved to another meeting or category moves its history with it.
CREATE FUNCTION "ct_deltas_after_commitment_move"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "status_deltas" ("dimension", "key", "day", "status", "delta")
    SELECT m."dimension", m."key", d."day", d."status", sum(d."delta" * m."sign")::INTEGER
    FROM "ct_status_update_deltas" d
    CROSS JOIN (VALUES
        ('meeting', OLD."meeting_id"::TEXT, -1), ('meeting', NEW."meeting_id"::TEXT, 1),
        ('category', OLD."category", -1), ('category', NEW."category", 1)
    ) AS m("dimension", "key", "sign")
    WHERE d."commitment_id" = NEW."id"
      AND ((m."dimension" = 'meeting' AND OLD."meeting_id" IS DISTINCT FROM NEW."meeting_id")
        OR (m."dimension" = 'category' AND OLD."category" IS DISTINCT FROM NEW."category"))
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("dimension", "key", "day", "status") DO UPDATE SET "delta" = "status_deltas"."delta" + EXCLUDED."delta";
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitments_roll_up_move"
    AFTER UPDATE OF "meeting_id", "category" ON "commitments"
    FOR EACH ROW
    WHEN (OLD."meeting_id" IS DISTINCT FROM NEW."meeting_id" OR OLD."category" IS DISTINCT FROM NEW."category")
    EXECUTE FUNCTION "ct_deltas_after_commitment_move"();

-- Backfill from the history recorded so far.
INSERT INTO "status_deltas" ("dimension", "key", "day", "status", "delta")
SELECT k."dimension", k."key", d."day", d."status", sum(d."delta")::INTEGER
FROM "ct_status_update_deltas" d
JOIN "commitments" c ON c."id" = d."commitment_id"
CROSS JOIN LATERAL (
    SELECT 'all', ''
    UNION ALL SELECT 'meeting', c."meeting_id"::TEXT
    UNION ALL SELECT 'category', c."category"
    UNION ALL SELECT 'party', cp."party_id"::TEXT FROM "commitment_parties" cp WHERE cp."commitment_id" = c."id"
) AS k("dimension", "key")
GROUP BY 1, 2, 3, 4;

-- CreateTable
CREATE TABLE "status_counts" (
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "status_counts_pkey" PRIMARY KEY ("dimension","key","status")
);

-- The current counts follow every change of a commitment's status, category or meeting, and every
-- party added or removed. Statement-level, so bulk writes cost one aggregate, and in key order.
CREATE FUNCTION "ct_counts_after_commitments_insert"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "status_counts" ("dimension", "key", "status", "n")
    SELECT k."dimension", k."key", n."status", count(*)::INTEGER
    FROM "new_rows" n
    CROSS JOIN LATERAL (VALUES ('all', ''), ('category', n."category"), ('meeting', n."meeting_id"::TEXT)) AS k("dimension", "key")
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT ("dimension", "key", "status") DO UPDATE SET "n" = "status_counts"."n" + EXCLUDED."n";
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitments_counts_insert"
    AFTER INSERT ON "commitments"
    REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_counts_after_commitments_insert"();

CREATE FUNCTION "ct_counts_after_commitments_update"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "status_counts" ("dimension", "key", "status", "n")
    SELECT k."dimension", k."key", k."status", sum(k."n")::INTEGER
    FROM "old_rows" o
    JOIN "new_rows" w ON w."id" = o."id"
    CROSS JOIN LATERAL (
        SELECT 'all', '', o."status", -1 UNION ALL SELECT 'all', '', w."status", 1
        UNION ALL SELECT 'category', o."category", o."status", -1 UNION ALL SELECT 'category', w."category", w."status", 1
        UNION ALL SELECT 'meeting', o."meeting_id"::TEXT, o."status", -1 UNION ALL SELECT 'meeting', w."meeting_id"::TEXT, w."status", 1
        UNION ALL SELECT 'party', cp."party_id"::TEXT, o."status", -1 FROM "commitment_parties" cp WHERE cp."commitment_id" = o."id"
        UNION ALL SELECT 'party', cp."party_id"::TEXT, w."status", 1 FROM "commitment_parties" cp WHERE cp."commitment_id" = w."id"
    ) AS k("dimension", "key", "status", "n")
    WHERE o."status" IS DISTINCT FROM w."status" OR o."category" IS DISTINCT FROM w."category" OR o."meeting_id" IS DISTINCT FROM w."meeting_id"
    GROUP BY 1, 2, 3
    HAVING sum(k."n") <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT ("dimension", "key", "status") DO UPDATE SET "n" = "status_counts"."n" + EXCLUDED."n";
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitments_counts_update"
    AFTER UPDATE ON "commitments"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_counts_after_commitments_update"();

CREATE FUNCTION "ct_counts_after_party_change"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "status_counts" ("dimension", "key", "status", "n")
    SELECT 'party', p."party_id"::TEXT, c."status", (CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END) * count(*)::INTEGER
    FROM "changed_rows" p JOIN "commitments" c ON c."id" = p."commitment_id"
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT ("dimension", "key", "status") DO UPDATE SET "n" = "status_counts"."n" + EXCLUDED."n";
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitment_parties_counts_insert"
    AFTER INSERT ON "commitment_parties"
    REFERENCING NEW TABLE AS "changed_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_counts_after_party_change"();
CREATE TRIGGER "commitment_parties_counts_delete"
    AFTER DELETE ON "commitment_parties"
    REFERENCING OLD TABLE AS "changed_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_counts_after_party_change"();

-- Backfill from the commitments recorded so far.
INSERT INTO "status_counts" ("dimension", "key", "status", "n")
SELECT k."dimension", k."key", c."status", count(*)::INTEGER
FROM "commitments" c
CROSS JOIN LATERAL (
    SELECT 'all', '' UNION ALL SELECT 'category', c."category" UNION ALL SELECT 'meeting', c."meeting_id"::TEXT
    UNION ALL SELECT 'party', cp."party_id"::TEXT FROM "commitment_parties" cp WHERE cp."commitment_id" = c."id"
) AS k("dimension", "key")
GROUP BY 1, 2, 3;

-- CreateTable
CREATE TABLE "status_periods" (
    "status_update_id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "status" "CommitmentStatus" NOT NULL,
    "progress" INTEGER NOT NULL,

    CONSTRAINT "status_periods_pkey" PRIMARY KEY ("status_update_id")
);

-- CreateIndex
CREATE INDEX "status_periods_commitment_id_idx" ON "status_periods"("commitment_id");

-- The period during which each update was the commitment's status: [valid_from, valid_to).
-- Updates are recorded in the order they take effect (the data layer refuses earlier ones), so a new
-- update closes the commitment's open period and opens its own.
CREATE INDEX "status_periods_during_idx" ON "status_periods" USING GIST (daterange("valid_from", "valid_to", '[)'));

CREATE FUNCTION "ct_periods_after_status_updates"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "status_periods" sp SET "valid_to" = f."first_on"
    FROM (SELECT "commitment_id", min("effective_on") AS "first_on" FROM "new_rows" GROUP BY 1) f
    WHERE sp."commitment_id" = f."commitment_id" AND sp."valid_to" IS NULL;

    INSERT INTO "status_periods" ("status_update_id", "commitment_id", "valid_from", "valid_to", "status", "progress")
    SELECT "id", "commitment_id", "effective_on",
           lead("effective_on") OVER (PARTITION BY "commitment_id" ORDER BY "effective_on", "recorded_at"),
           "to_status", "progress"
    FROM "new_rows";
    RETURN NULL;
END
$$;

CREATE TRIGGER "status_updates_periods"
    AFTER INSERT ON "status_updates"
    REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_periods_after_status_updates"();

-- Backfill from the history recorded so far.
INSERT INTO "status_periods" ("status_update_id", "commitment_id", "valid_from", "valid_to", "status", "progress")
SELECT "id", "commitment_id", "effective_on",
       lead("effective_on") OVER (PARTITION BY "commitment_id" ORDER BY "effective_on", "recorded_at"),
       "to_status", "progress"
FROM "status_updates";
