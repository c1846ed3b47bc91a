-- The dashboard's latest updates walk the status updates newest first (effective_on DESC, recorded_at
-- DESC) until ten pass its filters. Ordered by the day alone, every update of the newest day had to be
-- read and sorted first: a day with thousands (an import, a busy day) cost 10 to 40 ms on every
-- dashboard. With the time too, the walk stops at the tenth that passes. It serves every query the
-- index on the day alone served (the day is its first column), which it replaces.
CREATE INDEX "status_updates_effective_on_recorded_at_idx" ON "status_updates"("effective_on", "recorded_at");
DROP INDEX "status_updates_effective_on_idx";
