/** GET /api/v1/periods — the token's reporter's periods (bearer token only; see lib/api/v1). */
export { getPeriods as GET } from "@/lib/api/v1/reports";
export const dynamic = "force-dynamic";
