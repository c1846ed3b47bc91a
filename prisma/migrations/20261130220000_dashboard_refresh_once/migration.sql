-- A status update's dashboard trigger evaluated the commitment's events twice (once to find what
-- changed, once to rewrite commitment_events) and deleted and re-inserted every event of the
-- commitment. It now evaluates them once and applies the same difference to both tables: to
-- dashboard_deltas (ct_dashboard_add) and to commitment_events (upserted in key order, events that
-- cancel out removed).
CREATE OR REPLACE FUNCTION "ct_dashboard_refresh"("ids" UUID[]) RETURNS VOID
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
    IF "changes" = '[]'::JSONB THEN
        RETURN;
    END IF;
    PERFORM "ct_dashboard_add"("changes");
    INSERT INTO "commitment_events" ("commitment_id", "measure", "day", "delta")
    SELECT c."commitment_id", c."measure", c."day", c."delta"
    FROM jsonb_to_recordset("changes") AS c("commitment_id" UUID, "measure" TEXT, "day" DATE, "delta" INTEGER)
    ORDER BY 1, 2, 3
    ON CONFLICT ("commitment_id", "measure", "day") DO UPDATE SET "delta" = "commitment_events"."delta" + EXCLUDED."delta";
    DELETE FROM "commitment_events" WHERE "commitment_id" = ANY("ids") AND "delta" = 0;
END
$$;
