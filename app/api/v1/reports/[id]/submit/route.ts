/** POST (Idempotency-Key, { version }) submits the report for review. */
export { postSubmit as POST } from "@/lib/api/v1/reports";
export const dynamic = "force-dynamic";
