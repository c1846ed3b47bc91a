-- Per-party assessment: each party to a commitment is judged on its own, on the same seven-step scale.
-- The commitment's own status stays the analysts' overall judgement; nothing here changes it.

-- The party's current state on the commitment, and the version its next assessment is checked against
-- (one per commitment and party: two analysts assessing the same party from one version, one wins).
ALTER TABLE "commitment_parties"
    ADD COLUMN "status" "CommitmentStatus" NOT NULL DEFAULT 'NOT_YET_ASSESSED',
    ADD COLUMN "progress" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "status_effective_on" DATE,
    ADD COLUMN "responsible_body" TEXT,
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
    ADD CONSTRAINT "commitment_parties_progress_range" CHECK ("progress" BETWEEN 0 AND 100);

-- CreateTable
-- Each party's history of assessments: append-only, like status_updates.
CREATE TABLE "party_assessments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "commitment_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "from_status" "CommitmentStatus",
    "to_status" "CommitmentStatus" NOT NULL,
    "from_progress" INTEGER,
    "progress" INTEGER NOT NULL,
    "effective_on" DATE NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rationale" TEXT NOT NULL,
    "evidence_urls" TEXT[],
    "responsible_body" TEXT,
    "author_id" UUID,
    "client_request_id" UUID,

    CONSTRAINT "party_assessments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "party_assessments_progress_range" CHECK ("progress" BETWEEN 0 AND 100)
);

-- CreateIndex
CREATE UNIQUE INDEX "party_assessments_client_request_id_key" ON "party_assessments"("client_request_id");
CREATE INDEX "party_assessments_history_idx" ON "party_assessments"("commitment_id", "party_id", "effective_on" DESC, "recorded_at" DESC);

-- AddForeignKey: an assessment belongs to a party of the commitment; while it exists, that party
-- cannot be taken off the commitment (the edit form says so).
ALTER TABLE "party_assessments" ADD CONSTRAINT "party_assessments_commitment_party_fkey"
    FOREIGN KEY ("commitment_id", "party_id") REFERENCES "commitment_parties"("commitment_id", "party_id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "party_assessments" ADD CONSTRAINT "party_assessments_author_id_fkey"
    FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TRIGGER "party_assessments_append_only"
    BEFORE UPDATE OR DELETE ON "party_assessments"
    FOR EACH ROW EXECUTE FUNCTION "ct_refuse_change"();
CREATE TRIGGER "party_assessments_no_truncate"
    BEFORE TRUNCATE ON "party_assessments"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_refuse_change"();

-- CreateTable
-- READ-ONLY for the app: the per-party history as periods, kept by the trigger below (as
-- status_periods is for the overall status). "Where did each party stand on day D" is one range
-- lookup: compliance as of a past date.
CREATE TABLE "party_periods" (
    "assessment_id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "status" "CommitmentStatus" NOT NULL,

    CONSTRAINT "party_periods_pkey" PRIMARY KEY ("assessment_id")
);

CREATE INDEX "party_periods_commitment_party_idx" ON "party_periods"("commitment_id", "party_id");
CREATE INDEX "party_periods_during_idx" ON "party_periods" USING GIST (daterange("valid_from", "valid_to", '[)'));

-- Assessments are recorded in the order they take effect (the data layer refuses earlier ones), so a
-- new one closes its party's open period on the commitment and opens its own.
CREATE FUNCTION "ct_periods_after_party_assessments"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "party_periods" pp SET "valid_to" = f."first_on"
    FROM (SELECT "commitment_id", "party_id", min("effective_on") AS "first_on" FROM "new_rows" GROUP BY 1, 2) f
    WHERE pp."commitment_id" = f."commitment_id" AND pp."party_id" = f."party_id" AND pp."valid_to" IS NULL;

    INSERT INTO "party_periods" ("assessment_id", "commitment_id", "party_id", "valid_from", "valid_to", "status")
    SELECT "id", "commitment_id", "party_id", "effective_on",
           lead("effective_on") OVER (PARTITION BY "commitment_id", "party_id" ORDER BY "effective_on", "recorded_at"),
           "to_status"
    FROM "new_rows";
    RETURN NULL;
END
$$;

CREATE TRIGGER "party_assessments_periods"
    AFTER INSERT ON "party_assessments"
    REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_periods_after_party_assessments"();
