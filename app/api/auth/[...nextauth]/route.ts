import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { clientIp } from "@/lib/auth/request-context";
import { m } from "@/lib/i18n";
import { signInThrottled } from "@/lib/dal/sign-in-guard";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export const GET = handler;

export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  const action = nextauth.join("/");
  // Too many failures from this address: refuse before any password is checked (HTTP 429).
  if (action === "callback/credentials" && (await signInThrottled(clientIp(request.headers)))) {
    return Response.json({ error: "throttled", message: m.auth.throttled }, { status: 429, headers: { "Retry-After": "900" } });
  }
  const response: Response = await handler(request, context);
  if (action === "signout") {
    // Logout also clears what the browser cached of the signed-in pages.
    const headers = new Headers(response.headers);
    headers.set("Clear-Site-Data", '"cache", "storage"');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  return response;
}
