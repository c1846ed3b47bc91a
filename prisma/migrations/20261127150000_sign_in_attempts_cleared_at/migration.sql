-- AlterTable
-- Set when an admin unlocks an email: the failure then no longer counts towards that email's lock
-- (it still counts towards its address's and the site-wide limits).
ALTER TABLE "sign_in_attempts" ADD COLUMN     "cleared_at" TIMESTAMPTZ(3);
