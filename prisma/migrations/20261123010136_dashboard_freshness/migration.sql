-- CreateIndex
CREATE INDEX "Assignment_updatedAt_idx" ON "Assignment"("updatedAt");
