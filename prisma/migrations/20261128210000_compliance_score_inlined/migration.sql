-- ct_compliance_score without STRICT: PostgreSQL inlines a SQL function into the query only when it
-- is not STRICT (or its body is strict itself, which a CASE is not). Declared STRICT, it was called
-- once per row and per use; compliance on a past date (about 180,000 party periods in the benchmark)
-- spent most of its time in those calls. A NULL status still gives NULL (the CASE has no ELSE).
CREATE OR REPLACE FUNCTION "ct_compliance_score"(status "CommitmentStatus") RETURNS SMALLINT
    LANGUAGE sql IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
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
