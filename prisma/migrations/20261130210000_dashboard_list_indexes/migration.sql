-- The dashboard's overdue and upcoming lists under a category filter (with a party filter too, or on a
-- past day) walk this index in target-date order within the category, instead of every commitment's
-- target date with the category checked row by row.
CREATE INDEX "commitments_category_target_date_idx" ON "commitments" ("category", "target_date");
