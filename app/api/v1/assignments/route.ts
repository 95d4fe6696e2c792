/** GET /api/v1/assignments?periodId= — the reporter's targets in a period. */
export { getAssignments as GET } from "@/lib/api/v1/reports";
export const dynamic = "force-dynamic";
