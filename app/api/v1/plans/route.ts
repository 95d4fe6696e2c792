/** GET /api/v1/plans — the user's plans with their status counts (session or bearer token). */
export { listPlans as GET } from "@/lib/api/v1/summaries";
export const dynamic = "force-dynamic";
