-- CreateIndex
-- The site-wide ceiling counts failed sign-ins of the last minute on every attempt.
CREATE INDEX "sign_in_attempts_attempted_at_idx" ON "sign_in_attempts"("attempted_at");
