/** GET reads, PUT (Idempotency-Key, version) saves the reporter's draft. */
export { getReport as GET, putReport as PUT } from "@/lib/api/v1/reports";
export const dynamic = "force-dynamic";
