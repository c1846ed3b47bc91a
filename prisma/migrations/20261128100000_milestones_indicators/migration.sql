-- Milestones and measurable targets (issue 12, items 5 and 6). Neither changes a status: a milestone
-- done suggests a progress figure to the analyst, an indicator's path says "on track" or "behind".

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('INCREASE', 'DECREASE');

-- CreateTable
-- A step towards a commitment. Its due date follows the commitment target's rules: the stated
-- period's last day, with the precision it was stated in (none for "upcoming" and "none").
CREATE TABLE "milestones" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "commitment_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" DATE,
    "due_precision" "TargetPrecision" NOT NULL DEFAULT 'NONE',
    "done_on" DATE,
    "evidence_url" TEXT,
    "responsible_party_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "milestones_title_present" CHECK (length(btrim("title")) > 0),
    CONSTRAINT "milestones_due_date_agrees_with_precision" CHECK (("due_date" IS NULL) = ("due_precision" IN ('UPCOMING', 'NONE'))),
    CONSTRAINT "milestones_evidence_url_http" CHECK ("evidence_url" IS NULL OR "evidence_url" ~* '^https?://'),
    CONSTRAINT "milestones_version_positive" CHECK ("version" >= 1)
);

-- CreateIndex
CREATE INDEX "milestones_commitment_id_idx" ON "milestones"("commitment_id");
-- The overdue-milestone rule (due date passed, not done) reads only open milestones.
CREATE INDEX "milestones_open_due_idx" ON "milestones"("due_date") WHERE "done_on" IS NULL;

-- AddForeignKey: the responsible party is one of the commitment's parties; while a milestone names it,
-- that party cannot be taken off the commitment (the edit form says so).
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_commitment_id_fkey"
    FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_responsible_party_fkey"
    FOREIGN KEY ("commitment_id", "responsible_party_id") REFERENCES "commitment_parties"("commitment_id", "party_id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_created_by_id_fkey"
    FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateTable
-- At most one measurable target per commitment: the straight path from its baseline to its target.
CREATE TABLE "indicators" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "commitment_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "baseline_value" DECIMAL(20,6) NOT NULL,
    "baseline_on" DATE NOT NULL,
    "target_value" DECIMAL(20,6) NOT NULL,
    "target_on" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "indicators_name_present" CHECK (length(btrim("name")) > 0),
    CONSTRAINT "indicators_unit_present" CHECK (length(btrim("unit")) > 0),
    CONSTRAINT "indicators_target_after_baseline" CHECK ("target_on" > "baseline_on"),
    -- An increase ends above its baseline, a decrease below: never equal.
    CONSTRAINT "indicators_direction_agrees" CHECK (
        ("direction" = 'INCREASE' AND "target_value" > "baseline_value") OR ("direction" = 'DECREASE' AND "target_value" < "baseline_value")),
    CONSTRAINT "indicators_version_positive" CHECK ("version" >= 1)
);

-- CreateIndex
CREATE UNIQUE INDEX "indicators_commitment_id_key" ON "indicators"("commitment_id");

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_commitment_id_fkey"
    FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_created_by_id_fkey"
    FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateTable
-- The indicator's measured values: append-only, like status_updates. A correction is a new
-- measurement; of two on the same day, the later recorded counts.
CREATE TABLE "indicator_measurements" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "indicator_id" UUID NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "measured_on" DATE NOT NULL,
    "source_url" TEXT,
    "note" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "author_id" UUID,

    CONSTRAINT "indicator_measurements_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "indicator_measurements_source_url_http" CHECK ("source_url" IS NULL OR "source_url" ~* '^https?://')
);

-- CreateIndex
CREATE INDEX "indicator_measurements_indicator_id_measured_on_idx" ON "indicator_measurements"("indicator_id", "measured_on");

-- AddForeignKey
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_indicator_id_fkey"
    FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_author_id_fkey"
    FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TRIGGER "indicator_measurements_append_only"
    BEFORE UPDATE OR DELETE ON "indicator_measurements"
    FOR EACH ROW EXECUTE FUNCTION "ct_refuse_change"();
CREATE TRIGGER "indicator_measurements_no_truncate"
    BEFORE TRUNCATE ON "indicator_measurements"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_refuse_change"();
