/** GET /api/v1/plans/{code}/summary — one plan's counts and each target's status (session or bearer token). */
export { showPlanSummary as GET } from "@/lib/api/v1/summaries";
export const dynamic = "force-dynamic";
