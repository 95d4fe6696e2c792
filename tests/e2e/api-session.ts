import type { APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";

/** Signs in through next-auth's credentials endpoint, as the browser form does; cookies stay in the context. */
export async function signInViaApi(request: APIRequestContext, username: string, password = DEMO_PASSWORD, ip = "203.0.113.10") {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, json: "true" },
    headers: { "x-forwarded-for": ip },
    maxRedirects: 0,
  });
}

export async function sessionCookie(request: APIRequestContext): Promise<string> {
  const state = await request.storageState();
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
