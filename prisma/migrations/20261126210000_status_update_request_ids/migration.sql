-- Each status-update form carries a random id; a retried submission (the answer was lost to a
-- network failure or a server crash) finds its update already recorded instead of recording it twice.
ALTER TABLE "status_updates" ADD COLUMN "client_request_id" UUID;

CREATE UNIQUE INDEX "status_updates_client_request_id_key" ON "status_updates"("client_request_id");
