-- An assignment and a progress report each belong to exactly one reporter: a hospital or a
-- responsible unit. schema.prisma cannot express this, so it lives here (docs/data-model.md).
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_one_reporter"
  CHECK (("hospitalId" IS NULL) <> ("unitId" IS NULL));

ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_one_reporter"
  CHECK (("hospitalId" IS NULL) <> ("unitId" IS NULL));

-- Quarters are 1–4 and a value range is ordered.
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_quarter_range" CHECK ("quarter" BETWEEN 1 AND 4);
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_deadline_after_open" CHECK ("deadline" >= "opensOn");
ALTER TABLE "Target" ADD CONSTRAINT "Target_range_ordered" CHECK ("valueHigh" IS NULL OR "value" IS NULL OR "valueHigh" >= "value");
