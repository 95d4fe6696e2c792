/** GET reads, POST (Idempotency-Key) creates the reporter's report for a period. */
export { getPeriodReport as GET, postPeriodReport as POST } from "@/lib/api/v1/reports";
export const dynamic = "force-dynamic";
