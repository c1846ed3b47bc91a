-- CreateTable
-- Saved views: a person's named filters of the commitment list or the dashboard, kept as the page's own
-- query string (re-serialised through that page's parser, so only known filters are stored).
CREATE TABLE "saved_views" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "page" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_views_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "saved_views_name_length" CHECK (char_length("name") BETWEEN 1 AND 80),
    CONSTRAINT "saved_views_page_known" CHECK ("page" IN ('list', 'dashboard')),
    CONSTRAINT "saved_views_query_shape" CHECK (char_length("query") <= 2000 AND ("query" = '' OR left("query", 1) = '?'))
);

-- CreateIndex
CREATE UNIQUE INDEX "saved_views_owner_id_name_key" ON "saved_views"("owner_id", "name");

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
