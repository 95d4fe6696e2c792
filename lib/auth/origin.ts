/**
 * State-changing API routes accept only requests from the app's own pages (CSRF defence;
 * server actions have Next's own check). A missing Origin is refused too: browsers always
 * send it on POST.
 */
export function isSameOrigin(request: Request, publicUrl = process.env.NEXTAUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set<string>();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  if (host) allowed.add(`${proto}://${host}`);
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  return allowed.has(origin);
}
