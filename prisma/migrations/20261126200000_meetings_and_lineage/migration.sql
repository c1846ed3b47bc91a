-- Meetings: who took part (free text, as the readout names them).
ALTER TABLE "meetings" ADD COLUMN "participants" TEXT;

-- Lineage: a later commitment restates, reaffirms or implements an earlier one.
CREATE TYPE "CommitmentLinkKind" AS ENUM ('RESTATES', 'REAFFIRMS', 'IMPLEMENTS');

CREATE TABLE "commitment_links" (
    "id" UUID NOT NULL,
    "from_id" UUID NOT NULL,
    "to_id" UUID NOT NULL,
    "kind" "CommitmentLinkKind" NOT NULL,
    "note" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_links_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "commitment_links_not_self" CHECK ("from_id" <> "to_id")
);

CREATE UNIQUE INDEX "commitment_links_from_id_to_id_key" ON "commitment_links"("from_id", "to_id");
CREATE INDEX "commitment_links_to_id_idx" ON "commitment_links"("to_id");

ALTER TABLE "commitment_links" ADD CONSTRAINT "commitment_links_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "commitment_links" ADD CONSTRAINT "commitment_links_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "commitment_links" ADD CONSTRAINT "commitment_links_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
