import { isSameOrigin } from "@/lib/auth/origin";
import { clientIp } from "@/lib/auth/request-context";
import { enrolmentQr } from "@/lib/auth/totp";
import { beginTotpEnrolment } from "@/lib/dal/authentication";
import { ZSignIn } from "@/lib/validation/auth";

/** Step one of enrolling an authenticator at sign-in: the password, then a QR code to scan. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  const parsed = ZSignIn.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  const result = await beginTotpEnrolment({
    ...parsed.data,
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent")?.slice(0, 512) ?? null,
  });
  if (!result.ok) return Response.json({ error: result.reason }, { status: result.reason === "throttled" ? 429 : 401 });
  const { qrDataUrl } = await enrolmentQr(result.secret, result.username);
  return Response.json({ qrDataUrl, secret: result.secret }, { headers: { "Cache-Control": "no-store" } });
}
