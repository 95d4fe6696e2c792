-- CreateTable
CREATE TABLE "TargetQuarterActual" (
    "targetId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "actual" DECIMAL(18,4),
    "milestoneDone" BOOLEAN,
    "reportCount" INTEGER NOT NULL,

    CONSTRAINT "TargetQuarterActual_pkey" PRIMARY KEY ("targetId","year","quarter")
);

-- CreateTable
CREATE TABLE "DashboardSummaryStamp" (
    "id" INTEGER NOT NULL,
    "sourceStamp" TIMESTAMPTZ(3),
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DashboardSummaryStamp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgressReport_reviewedAt_idx" ON "ProgressReport"("reviewedAt");
