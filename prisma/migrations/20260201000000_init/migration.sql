-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ANALYST', 'VIEWER');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('NOT_YET_ASSESSED', 'NOT_STARTED', 'IN_PROGRESS', 'STALLED', 'PARTIALLY_FULFILLED', 'FULFILLED', 'BROKEN');

-- CreateEnum
CREATE TYPE "TargetPrecision" AS ENUM ('DAY', 'MONTH', 'QUARTER', 'YEAR', 'UPCOMING', 'NONE');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('STATE', 'ORGANIZATION', 'TERRITORY');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "password_hash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "parties" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "kind" "PartyKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "parties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meetings" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "location" TEXT,
    "source_url" TEXT,
    "source_text" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitments" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,
    "source_start" INTEGER,
    "source_end" INTEGER,
    "target_date" DATE,
    "target_precision" "TargetPrecision" NOT NULL DEFAULT 'NONE',
    "status" "CommitmentStatus" NOT NULL DEFAULT 'NOT_YET_ASSESSED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "status_effective_on" DATE NOT NULL,
    "last_updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "commitments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_parties" (
    "commitment_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,

    CONSTRAINT "commitment_parties_pkey" PRIMARY KEY ("commitment_id","party_id")
);

-- CreateTable
CREATE TABLE "status_updates" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "from_status" "CommitmentStatus",
    "to_status" "CommitmentStatus" NOT NULL,
    "from_progress" INTEGER,
    "progress" INTEGER NOT NULL,
    "effective_on" DATE NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rationale" TEXT NOT NULL,
    "evidence_urls" TEXT[],
    "author_id" UUID,

    CONSTRAINT "status_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "parties_name_key" ON "parties"("name");

-- CreateIndex
CREATE UNIQUE INDEX "meetings_slug_key" ON "meetings"("slug");

-- CreateIndex
CREATE INDEX "commitments_status_idx" ON "commitments"("status");

-- CreateIndex
CREATE INDEX "commitments_category_idx" ON "commitments"("category");

-- CreateIndex
CREATE INDEX "commitments_target_date_idx" ON "commitments"("target_date");

-- CreateIndex
CREATE INDEX "commitments_last_updated_at_idx" ON "commitments"("last_updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "commitments_meeting_id_title_key" ON "commitments"("meeting_id", "title");

-- CreateIndex
CREATE INDEX "commitment_parties_party_id_idx" ON "commitment_parties"("party_id");

-- CreateIndex
CREATE INDEX "status_updates_commitment_id_effective_on_recorded_at_idx" ON "status_updates"("commitment_id", "effective_on" DESC, "recorded_at" DESC);

-- CreateIndex
CREATE INDEX "status_updates_effective_on_idx" ON "status_updates"("effective_on");

-- CreateIndex
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_parties" ADD CONSTRAINT "commitment_parties_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_parties" ADD CONSTRAINT "commitment_parties_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Below: what Prisma's datamodel cannot express. Keep it in hand-written SQL.

-- Progress is a percentage.
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_rationale_present" CHECK (length(btrim("rationale")) > 0);

-- Emails are compared case-insensitively.
ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email"));

-- Accent- and case-folding for search ("Turkiye" finds "Türkiye", "Nurdagi" finds "Nurdağı").
-- unaccent() is only STABLE (it reads a dictionary); pinning the dictionary makes this wrapper
-- safe to declare IMMUTABLE so that it can back an expression index.
CREATE FUNCTION "ct_fold"(input TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;

CREATE INDEX "commitments_search_trgm_idx" ON "commitments"
    USING GIN ("ct_fold"("title" || ' ' || coalesce("description", '') || ' ' || "source_quote") gin_trgm_ops);

-- History and audit rows are append-only: the application cannot rewrite the record.
CREATE FUNCTION "ct_refuse_change"() RETURNS TRIGGER
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "status_updates_append_only"
    BEFORE UPDATE OR DELETE ON "status_updates"
    FOR EACH ROW EXECUTE FUNCTION "ct_refuse_change"();
CREATE TRIGGER "status_updates_no_truncate"
    BEFORE TRUNCATE ON "status_updates"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_refuse_change"();
CREATE TRIGGER "audit_events_append_only"
    BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "ct_refuse_change"();
CREATE TRIGGER "audit_events_no_truncate"
    BEFORE TRUNCATE ON "audit_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "ct_refuse_change"();
