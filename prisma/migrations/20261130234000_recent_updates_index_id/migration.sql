-- The dashboard's latest updates break ties on the day and the time recorded by the id, so that every
-- route lists the same ten. The updates an import writes share one time (its transaction's), and with
-- the index on the day and the time alone, every update of such a tie was read and sorted by id before
-- the first ten could be returned (800 of them, 31 ms, on the benchmark's data as of 30 Jun 2025). With
-- the id in the index the walk stops at the tenth again. It replaces the index without the id.
CREATE INDEX "status_updates_effective_on_recorded_at_id_idx" ON "status_updates"("effective_on", "recorded_at", "id");
DROP INDEX "status_updates_effective_on_recorded_at_idx";
