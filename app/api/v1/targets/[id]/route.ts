import { getCurrentUser } from "@/lib/auth/current-user";
import { getTarget } from "@/lib/dal/targets";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { m } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const problem = (status: number, code: AppErrorCode, message: string) => Response.json({ error: { code, message } }, { status, headers: NO_STORE });

/**
 * GET /api/v1/targets/:id — one target with its provenance (sourceFile, sourceQuote,
 * citations). Same data-access function and scoping as the target page: 401 without a
 * session, 403 for a role that may not read plans, 404 outside the user's region.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "UNAUTHENTICATED", m.targets.api.unauthenticated);
  try {
    const target = await getTarget(user, (await params).id);
    if (!target) return problem(404, "NOT_FOUND", m.targets.api.notFound);
    return Response.json(target, { headers: NO_STORE });
  } catch (e) {
    if (isAppError(e)) return problem(e.status, e.code, e.message);
    throw e;
  }
}
