-- Issued implementation reports: the exact PDF and Word files a delegation took to a meeting, with
-- the parameters they were drawn from, who issued them, when, and a SHA-256 of each file. What was
-- issued is a record of what was said, so, like the history, it can never be changed or deleted.

-- CreateTable
CREATE TABLE "issued_reports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meeting_id" UUID,
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "parameters" JSONB NOT NULL,
    "as_of" DATE NOT NULL,
    "since" DATE NOT NULL,
    "commitment_count" INTEGER NOT NULL,
    "issued_by_id" UUID NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pdf" BYTEA NOT NULL,
    "pdf_sha256" TEXT NOT NULL,
    "docx" BYTEA NOT NULL,
    "docx_sha256" TEXT NOT NULL,
    "client_request_id" UUID,

    CONSTRAINT "issued_reports_pkey" PRIMARY KEY ("id"),
    -- The stored hash is the hash of the stored bytes, whoever wrote the row.
    CONSTRAINT "issued_reports_pdf_sha256_check" CHECK ("pdf_sha256" = encode(sha256("pdf"), 'hex')),
    CONSTRAINT "issued_reports_docx_sha256_check" CHECK ("docx_sha256" = encode(sha256("docx"), 'hex')),
    CONSTRAINT "issued_reports_since_check" CHECK ("since" <= "as_of"),
    CONSTRAINT "issued_reports_commitment_count_check" CHECK ("commitment_count" >= 0)
);

CREATE UNIQUE INDEX "issued_reports_client_request_id_key" ON "issued_reports"("client_request_id");
-- The meeting page lists its issued reports, newest first.
CREATE INDEX "issued_reports_meeting_id_issued_at_idx" ON "issued_reports"("meeting_id", "issued_at" DESC);

ALTER TABLE "issued_reports" ADD CONSTRAINT "issued_reports_meeting_id_fkey"
    FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "issued_reports" ADD CONSTRAINT "issued_reports_issued_by_id_fkey"
    FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TRIGGER "issued_reports_append_only"
    BEFORE UPDATE OR DELETE ON "issued_reports"
    FOR EACH ROW EXECUTE FUNCTION "ct_refuse_change"();
CREATE TRIGGER "issued_reports_no_truncate"
    BEFORE TRUNCATE ON "issued_reports"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_refuse_change"();
