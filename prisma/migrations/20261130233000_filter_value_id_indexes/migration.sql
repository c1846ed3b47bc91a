-- The dashboard's few-commitments route (lib/data/dashboard.ts, FEW_COMMITMENTS) intersects a
-- category's commitments with a party's. By the category alone and the party alone, each id was read
-- from the table's pages (thousands of pages for a category of 8,000 commitments: 10 ms); with the id in
-- the index, from the index alone. Each replaces the index on its first column, whose queries it serves.
CREATE INDEX "commitments_category_id_idx" ON "commitments"("category", "id");
DROP INDEX "commitments_category_idx";
CREATE INDEX "commitment_parties_party_id_commitment_id_idx" ON "commitment_parties"("party_id", "commitment_id");
DROP INDEX "commitment_parties_party_id_idx";
