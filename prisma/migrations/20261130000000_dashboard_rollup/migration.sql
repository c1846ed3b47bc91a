-- The dashboard's figures from a roll-up whose size depends on days, measures and filter values, not on
-- the number of commitments.
--
-- Every figure the dashboard shows for a day D is a count of commitments in a state on D: in a status,
-- overdue (target before D, not fulfilled), upcoming (target within D..D+90, not fulfilled) or stale
-- (open, nothing recorded in the 90 days before D; the default threshold). Each of these states holds
-- over intervals of days that follow from a commitment's status history and target date, so a
-- commitment contributes +1 on the day it enters a state and -1 on the day it leaves it:
-- commitment_events keeps each commitment's current contribution. dashboard_deltas sums them for
-- every value of the filters the roll-up serves, category ('' = any) x party ('' = any), three times:
-- per day (grain 'd'), per month (grain 'm', dated the 1st) and per year (grain 'y', dated 1 January).
-- A figure on D is then the yearly rows before D's year, the monthly rows of D's year before D's
-- month and the daily rows of D's month up to D: at most (years + 11 + 31) rows per filter value and
-- measure, however many commitments there are. Meeting filters read the meeting's own commitments.
--
-- The functions run without JIT compilation (the planner cannot estimate a JSON array's length, and
-- compiling a plan it believes large took longer than a save) and read tables through their indexes:
-- within a transaction that has just added thousands of rows (an import), the statistics still count
-- a few, and a plan that scans a whole table once per row becomes quadratic.
-- Triggers keep both tables in the same transaction as the change: a status update (the commitment's
-- events are recomputed and only the difference is applied), a new target date, a move to another
-- category, a party added or removed. Statements upsert in key order, so concurrent writers lock rows
-- in the same order and cannot deadlock each other.

CREATE EXTENSION IF NOT EXISTS "btree_gist";

-- CreateTable
CREATE TABLE "commitment_events" (
    "commitment_id" UUID NOT NULL,
    "measure" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "commitment_events_pkey" PRIMARY KEY ("commitment_id","measure","day")
);

-- CreateTable
CREATE TABLE "dashboard_deltas" (
    "grain" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "party" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "delta" INTEGER NOT NULL,

    -- The delta is in the index, so that a figure is read from the index alone.
    CONSTRAINT "dashboard_deltas_pkey" PRIMARY KEY ("grain","category","party","measure","day") INCLUDE ("delta")
);

ALTER TABLE "commitment_events" ADD CONSTRAINT "commitment_events_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "dashboard_deltas" ADD CONSTRAINT "dashboard_deltas_grain_known" CHECK ("grain" IN ('d', 'm', 'y'));
ALTER TABLE "dashboard_deltas" ADD CONSTRAINT "dashboard_deltas_grain_dated" CHECK ("grain" = 'd' OR "day" = date_trunc(CASE "grain" WHEN 'm' THEN 'month' ELSE 'year' END, "day")::DATE);

-- The stale list of a past day: the status periods that contain the day, oldest start first (a KNN
-- scan of this index returns them in that order without reading the others).
CREATE INDEX "status_periods_during_from_idx" ON "status_periods" USING GIST (daterange("valid_from", "valid_to", '[)'), "valid_from");
-- A commitment's status on a day, for the overdue and upcoming lists of a past day.
CREATE INDEX "status_periods_commitment_id_valid_from_idx" ON "status_periods" ("commitment_id", "valid_from");

-- The events of every commitment, from its status history and target date. Each status update holds
-- from its effective day until the next one's ([valid_from, valid_to), empty when two share a day).
-- A filter on commitment_id reaches the status_updates scan (it is the window's partition), so the
-- triggers read only the commitments they refresh.
CREATE VIEW "ct_commitment_event_rows" AS
    SELECT p."commitment_id", i."measure", e."day", sum(e."delta")::INTEGER AS "delta"
    FROM (
        SELECT su."commitment_id", su."to_status" AS "status", su."effective_on" AS "valid_from",
               lead(su."effective_on") OVER (PARTITION BY su."commitment_id" ORDER BY su."effective_on", su."recorded_at") AS "valid_to",
               c."target_date"
        FROM "status_updates" su JOIN "commitments" c ON c."id" = su."commitment_id"
    ) p
    -- The states a period of a status puts the commitment in, each from "starts" until "ends"
    -- (least() ignores a NULL: a period still open).
    CROSS JOIN LATERAL (VALUES
        (p."status"::TEXT, p."valid_from", p."valid_to", TRUE),
        ('overdue', greatest(p."valid_from", p."target_date" + 1), p."valid_to", p."target_date" IS NOT NULL AND p."status" <> 'FULFILLED'),
        ('upcoming', greatest(p."valid_from", p."target_date" - 90), least(p."valid_to", p."target_date" + 1),
            p."target_date" IS NOT NULL AND p."status" <> 'FULFILLED'),
        ('stale', p."valid_from" + 91, p."valid_to", p."status" NOT IN ('FULFILLED', 'BROKEN'))
    ) AS i("measure", "starts", "ends", "applies")
    CROSS JOIN LATERAL (VALUES (i."starts", 1), (i."ends", -1)) AS e("day", "delta")
    WHERE i."applies" AND (i."ends" IS NULL OR i."starts" < i."ends") AND e."day" IS NOT NULL
    GROUP BY 1, 2, 3
    HAVING sum(e."delta") <> 0;

-- Adds signed events ({commitment_id, measure, day, delta[, party]} in a JSON array) to dashboard_deltas
-- under each commitment's filter values: its category and every category (''), each with every party
-- ('') and with each of its parties. An event that names a party (a party added or removed) goes under
-- that party's values only. `category_override` and `category_keys_only` serve a move to another
-- category: the keys of one category only, the old or the new.
CREATE FUNCTION "ct_dashboard_add"("events" JSONB, "category_override" TEXT DEFAULT NULL, "category_keys_only" BOOLEAN DEFAULT FALSE) RETURNS VOID
    LANGUAGE sql
    SET jit = off
    SET enable_seqscan = off
    AS $$
    INSERT INTO "dashboard_deltas" ("grain", "category", "party", "measure", "day", "delta")
    SELECT g."grain", kc."category", kp."party", e."measure",
           CASE g."grain" WHEN 'd' THEN e."day" WHEN 'm' THEN date_trunc('month', e."day")::DATE ELSE date_trunc('year', e."day")::DATE END,
           sum(e."delta")::INTEGER
    FROM jsonb_to_recordset("events") AS e("commitment_id" UUID, "measure" TEXT, "day" DATE, "delta" INTEGER, "party" UUID)
    JOIN "commitments" c ON c."id" = e."commitment_id"
    CROSS JOIN LATERAL (
        SELECT ''::TEXT AS "party" WHERE e."party" IS NULL
        UNION ALL SELECT cp."party_id"::TEXT FROM "commitment_parties" cp WHERE cp."commitment_id" = c."id" AND e."party" IS NULL
        UNION ALL SELECT e."party"::TEXT WHERE e."party" IS NOT NULL
    ) kp
    CROSS JOIN LATERAL (
        SELECT coalesce("category_override", c."category") AS "category"
        UNION ALL SELECT '' WHERE NOT "category_keys_only"
    ) kc
    CROSS JOIN (VALUES ('d'), ('m'), ('y')) AS g("grain")
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(e."delta") <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("grain", "category", "party", "measure", "day") DO UPDATE SET "delta" = "dashboard_deltas"."delta" + EXCLUDED."delta";
$$;

-- Recomputes the events of some commitments and applies the difference from what they contributed.
CREATE FUNCTION "ct_dashboard_refresh"("ids" UUID[]) RETURNS VOID
    LANGUAGE plpgsql
    SET jit = off
    SET enable_seqscan = off
    AS $$
DECLARE
    "changes" JSONB;
BEGIN
    SELECT coalesce(jsonb_agg(jsonb_build_object('commitment_id', d."commitment_id", 'measure', d."measure", 'day', d."day", 'delta', d."delta")), '[]')
    INTO "changes"
    FROM (
        SELECT x."commitment_id", x."measure", x."day", sum(x."delta")::INTEGER AS "delta"
        FROM (
            SELECT f."commitment_id", f."measure", f."day", f."delta" FROM "ct_commitment_event_rows" f WHERE f."commitment_id" = ANY("ids")
            UNION ALL
            SELECT ce."commitment_id", ce."measure", ce."day", -ce."delta" FROM "commitment_events" ce WHERE ce."commitment_id" = ANY("ids")
        ) x
        GROUP BY 1, 2, 3
        HAVING sum(x."delta") <> 0
    ) d;
    IF "changes" <> '[]'::JSONB THEN
        PERFORM "ct_dashboard_add"("changes");
        DELETE FROM "commitment_events" WHERE "commitment_id" = ANY("ids");
        INSERT INTO "commitment_events" ("commitment_id", "measure", "day", "delta")
        SELECT f."commitment_id", f."measure", f."day", f."delta" FROM "ct_commitment_event_rows" f WHERE f."commitment_id" = ANY("ids") ORDER BY 1, 2, 3;
    END IF;
END
$$;

-- The current events of some commitments as JSON, signed.
CREATE FUNCTION "ct_dashboard_events"("ids" UUID[], "sign" INTEGER) RETURNS JSONB
    LANGUAGE sql STABLE
    SET jit = off
    SET enable_seqscan = off
    AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('commitment_id', ce."commitment_id", 'measure', ce."measure", 'day', ce."day", 'delta', "sign" * ce."delta")), '[]')
    FROM "commitment_events" ce WHERE ce."commitment_id" = ANY("ids");
$$;

CREATE FUNCTION "ct_dashboard_after_status_updates"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM "ct_dashboard_refresh"(array_agg(DISTINCT "commitment_id")) FROM "new_rows";
    RETURN NULL;
END
$$;

CREATE TRIGGER "status_updates_dashboard"
    AFTER INSERT ON "status_updates"
    REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_dashboard_after_status_updates"();

-- A commitment moved to another category takes its events with it (fires before the target-date
-- trigger below, by name, so that one then applies its difference under the new category).
CREATE FUNCTION "ct_dashboard_after_category_change"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM "ct_dashboard_add"("ct_dashboard_events"(ARRAY[NEW."id"], -1), OLD."category", TRUE);
    PERFORM "ct_dashboard_add"("ct_dashboard_events"(ARRAY[NEW."id"], 1), NEW."category", TRUE);
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitments_dashboard_1_category"
    AFTER UPDATE OF "category" ON "commitments"
    FOR EACH ROW
    WHEN (OLD."category" IS DISTINCT FROM NEW."category")
    EXECUTE FUNCTION "ct_dashboard_after_category_change"();

CREATE FUNCTION "ct_dashboard_after_target_change"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM "ct_dashboard_refresh"(ARRAY[NEW."id"]);
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitments_dashboard_2_target"
    AFTER UPDATE OF "target_date" ON "commitments"
    FOR EACH ROW
    WHEN (OLD."target_date" IS DISTINCT FROM NEW."target_date")
    EXECUTE FUNCTION "ct_dashboard_after_target_change"();

-- A party added to (or removed from) a commitment takes the commitment's events with it.
CREATE FUNCTION "ct_dashboard_after_party_change"() RETURNS TRIGGER
    LANGUAGE plpgsql
    SET jit = off
    SET enable_seqscan = off
    AS $$
BEGIN
    PERFORM "ct_dashboard_add"(coalesce(jsonb_agg(jsonb_build_object(
        'commitment_id', ce."commitment_id", 'measure', ce."measure", 'day', ce."day", 'party', r."party_id",
        'delta', CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END * ce."delta")), '[]'))
    FROM "changed_rows" r JOIN "commitment_events" ce ON ce."commitment_id" = r."commitment_id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "commitment_parties_dashboard_insert"
    AFTER INSERT ON "commitment_parties"
    REFERENCING NEW TABLE AS "changed_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_dashboard_after_party_change"();
CREATE TRIGGER "commitment_parties_dashboard_delete"
    AFTER DELETE ON "commitment_parties"
    REFERENCING OLD TABLE AS "changed_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_dashboard_after_party_change"();

-- Backfill from the history recorded so far, in two statements over the whole history.
INSERT INTO "commitment_events" ("commitment_id", "measure", "day", "delta")
SELECT "commitment_id", "measure", "day", "delta" FROM "ct_commitment_event_rows";

INSERT INTO "dashboard_deltas" ("grain", "category", "party", "measure", "day", "delta")
WITH "keys" AS (
    SELECT c."id" AS "commitment_id", c."category", ''::TEXT AS "party" FROM "commitments" c
    UNION ALL SELECT c."id", '', '' FROM "commitments" c
    UNION ALL SELECT cp."commitment_id", c."category", cp."party_id"::TEXT FROM "commitment_parties" cp JOIN "commitments" c ON c."id" = cp."commitment_id"
    UNION ALL SELECT cp."commitment_id", '', cp."party_id"::TEXT FROM "commitment_parties" cp
)
SELECT g."grain", k."category", k."party", ce."measure",
       CASE g."grain" WHEN 'd' THEN ce."day" WHEN 'm' THEN date_trunc('month', ce."day")::DATE ELSE date_trunc('year', ce."day")::DATE END,
       sum(ce."delta")::INTEGER
FROM "commitment_events" ce
JOIN "keys" k ON k."commitment_id" = ce."commitment_id"
CROSS JOIN (VALUES ('d'), ('m'), ('y')) AS g("grain")
GROUP BY 1, 2, 3, 4, 5
HAVING sum(ce."delta") <> 0;
