-- A status update may say what stands in the way of the commitment and what should happen next: two
-- optional notes, kept in the append-only history like the rationale (the append-only triggers are
-- per row, so adding columns needs nothing from them; no trigger or view copies whole rows).
-- The checks repeat the form's rule as a backstop (lib/validation/status-update.ts, 4,000 characters
-- after trimming, an empty note stored as NULL). char_length counts code points and JavaScript's
-- length UTF-16 units, so the database never refuses a note the form accepted.
ALTER TABLE "status_updates"
    ADD COLUMN "obstacles" TEXT,
    ADD COLUMN "next_step" TEXT,
    ADD CONSTRAINT "status_updates_obstacles_length" CHECK (length(btrim("obstacles")) > 0 AND char_length("obstacles") <= 4000),
    ADD CONSTRAINT "status_updates_next_step_length" CHECK (length(btrim("next_step")) > 0 AND char_length("next_step") <= 4000);
