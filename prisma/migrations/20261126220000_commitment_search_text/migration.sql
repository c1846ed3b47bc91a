-- The folded search text, computed once per write instead of once per row per search: a search that
-- matches many rows (or a count over them) no longer runs unaccent on each of them.
ALTER TABLE "commitments" ADD COLUMN "search_text" TEXT
    GENERATED ALWAYS AS ("ct_fold"("title" || ' ' || coalesce("description", '') || ' ' || "source_quote")) STORED;

DROP INDEX "commitments_search_trgm_idx";
CREATE INDEX "commitments_search_text_trgm_idx" ON "commitments" USING GIN ("search_text" gin_trgm_ops);
ANALYZE "commitments";
