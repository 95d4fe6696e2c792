-- AlterEnum
ALTER TYPE "RegionLevel" ADD VALUE 'NATIONAL' BEFORE 'PROVINCE';

-- DropIndex
DROP INDEX "ReportValue_targetId_idx";

-- CreateTable
CREATE TABLE "SourceDocument" (
    "file" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("file")
);

-- CreateIndex
CREATE INDEX "ReportValue_targetId_reportId_idx" ON "ReportValue"("targetId", "reportId");

-- AddForeignKey
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
