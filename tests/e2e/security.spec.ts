import { expect, request as playwrightRequest, test } from "@playwright/test";
import { signInViaApi, sessionCookie } from "./api-session";

test.describe("headers", () => {
  test("every page carries a nonce CSP, frame-ancestors 'none', nosniff, a referrer policy and no-store", async ({ request }) => {
    const res = await request.get("/login");
    const h = res.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["cache-control"]).toContain("no-store");
    expect(h["x-powered-by"]).toBeUndefined();
  });

  test("HSTS is sent when the app is reached over HTTPS through a proxy", async ({ request }) => {
    const res = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers()["strict-transport-security"]).toContain("max-age=");
  });
});

test.describe("sessions over HTTP", () => {
  test("a header claiming to be a middleware subrequest does not open a protected page", async ({ request }) => {
    const res = await request.get("/", { headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" }, maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers()["location"]).toContain("/login");
  });

  test("a captured cookie is rejected after the user signs out everywhere", async ({ baseURL }) => {
    const browser = await playwrightRequest.newContext({ baseURL });
    expect((await signInViaApi(browser, "zxyy")).ok()).toBe(true);
    const cookie = await sessionCookie(browser);
    const home = await browser.get("/", { maxRedirects: 0 });
    expect(home.status()).toBe(200);

    // Sign out in the same browser; an attacker replays the cookie captured before.
    const { csrfToken } = await (await browser.get("/api/auth/csrf")).json();
    const signout = await browser.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
    expect(signout.headers()["clear-site-data"]).toContain("cache");

    const attacker = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie } });
    const replay = await attacker.get("/", { maxRedirects: 0 });
    expect(replay.status()).toBe(307);
    expect(replay.headers()["location"]).toContain("/login");
    await attacker.dispose();
    await browser.dispose();
  });

  test("sign-in answers 429 once an address has failed too often", async ({ baseURL }) => {
    const client = await playwrightRequest.newContext({ baseURL });
    const ip = "198.51.100.99";
    let last = 0;
    for (let i = 0; i < 40 && last !== 429; i++) {
      last = (await signInViaApi(client, `nobody-${i}`, "Wrong#Pass1", ip)).status();
    }
    expect(last).toBe(429);
    await client.dispose();
  });
});
