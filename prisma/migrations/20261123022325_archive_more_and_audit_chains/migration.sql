-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chain" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PlanSection" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Specialty" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "AuditEvent_chain_id_idx" ON "AuditEvent"("chain", "id");
