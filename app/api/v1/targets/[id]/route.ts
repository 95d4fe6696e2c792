/** GET /api/v1/targets/{id} — a target, its source and, for staff and leaders, its progress and series (session or bearer token). */
export { showTarget as GET } from "@/lib/api/v1/summaries";
export const dynamic = "force-dynamic";
