import { buildOpenApiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json — the API description; public, it holds no data. */
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
