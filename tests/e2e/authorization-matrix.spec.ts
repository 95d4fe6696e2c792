/**
 * Every route × every role over HTTP against the real app: allowed (200), a role that may
 * not (403), a record outside the user's scope (404), nobody signed in (redirect or 401).
 * Table-driven: a new route joins by adding a row.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import type { Role } from "@/lib/generated/prisma/enums";
import { OTHER_ACCOUNTS, storageStateFor } from "./accounts";

const ROLES: Role[] = ["ADMIN", "STAFF", "HOSPITAL_REPORTER", "UNIT_REPORTER", "LEADER", "AUDITOR"];
const ALL = ROLES;
const PLAN_READERS: Role[] = ["ADMIN", "STAFF", "LEADER", "HOSPITAL_REPORTER", "UNIT_REPORTER"];

interface RouteCase {
  path: string;
  kind: "page" | "api";
  allowed: Role[];
}

const ROUTES: RouteCase[] = [
  { path: "/", kind: "page", allowed: ALL },
  { path: "/account/password", kind: "page", allowed: ALL },
  { path: "/plans", kind: "page", allowed: PLAN_READERS },
  { path: "/plans/WZ-2023-80", kind: "page", allowed: PLAN_READERS },
  { path: "/plans/WZ-2023-80/source?file=001_221d51d9768594f4.txt", kind: "page", allowed: PLAN_READERS },
  { path: "/admin/users", kind: "page", allowed: ["ADMIN"] },
  { path: "/admin/periods", kind: "page", allowed: ["ADMIN", "STAFF"] },
  { path: "/audit", kind: "page", allowed: ["AUDITOR"] },
  { path: "/reports", kind: "page", allowed: ["HOSPITAL_REPORTER", "UNIT_REPORTER"] },
  { path: "/review", kind: "page", allowed: ["STAFF"] },
  { path: "/completeness", kind: "page", allowed: ["STAFF", "LEADER"] },
  { path: "/dashboard", kind: "page", allowed: ["STAFF", "LEADER"] },
  { path: "/dashboard/plans/WZ-2023-80", kind: "page", allowed: ["STAFF", "LEADER"] },
  { path: "/dashboard/units", kind: "page", allowed: ["STAFF", "LEADER"] },
  { path: "/dashboard/counties", kind: "page", allowed: ["STAFF", "LEADER"] },
  { path: "/manage", kind: "page", allowed: ["STAFF"] },
  { path: "/manage/hospitals", kind: "page", allowed: ["STAFF"] },
  { path: "/manage/plans", kind: "page", allowed: ["STAFF"] },
  { path: "/manage/import", kind: "page", allowed: ["STAFF"] },
  { path: "/manage/units", kind: "page", allowed: ["STAFF"] },
  { path: "/manage/specialties", kind: "page", allowed: ["STAFF"] },
  { path: "/manage/specialties/designations", kind: "page", allowed: ["STAFF"] },
  { path: "/manage/regions", kind: "page", allowed: ["STAFF"] },
  { path: "/api/targets/export?format=json", kind: "api", allowed: ["STAFF", "LEADER"] },
  { path: "/api/audit/export", kind: "api", allowed: ["AUDITOR"] },
  { path: "/api/manage/plan-template", kind: "api", allowed: ["STAFF"] },
  // The JSON API's summaries answer a browser session too (issue #6); the reporter endpoints do not.
  { path: "/api/v1/plans", kind: "api", allowed: ["STAFF", "LEADER"] },
  { path: "/api/v1/plans/WZ-2023-80/summary", kind: "api", allowed: ["STAFF", "LEADER"] },
];

/** Wenzhou's records that users of another region must not reach at all. */
const WENZHOU_ONLY = ["/plans/WZ-2023-80", "/plans/WZ-2023-80/source?file=001_221d51d9768594f4.txt", "/dashboard/plans/WZ-2023-80", "/api/v1/plans/WZ-2023-80/summary"];

async function as(baseURL: string | undefined, who: string | null): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, ...(who ? { storageState: storageStateFor(who) } : {}) });
}

for (const route of ROUTES) {
  test.describe(`${route.kind} ${route.path}`, () => {
    for (const role of ROLES) {
      const allowed = route.allowed.includes(role);
      test(`${role} → ${allowed ? 200 : 403}`, async ({ baseURL }) => {
        const client = await as(baseURL, role);
        const res = await client.get(route.path, { maxRedirects: 0 });
        expect(res.status()).toBe(allowed ? 200 : 403);
        await client.dispose();
      });
    }

    test("nobody signed in → sign-in", async ({ baseURL }) => {
      const client = await as(baseURL, null);
      const res = await client.get(route.path, { maxRedirects: 0 });
      if (route.kind === "api") expect(res.status()).toBe(401);
      else expect([route.path === "/login" ? 200 : 307]).toContain(res.status());
      await client.dispose();
    });
  });
}

test.describe("another region's records", () => {
  for (const path of WENZHOU_ONLY) {
    test(`the Tianjin leader gets 404 for ${path}`, async ({ baseURL }) => {
      const client = await as(baseURL, OTHER_ACCOUNTS.otherRegionLeader);
      expect((await client.get(path, { maxRedirects: 0 })).status()).toBe(404);
      await client.dispose();
    });
  }

  test("a Wenzhou target reached by id from Tianjin is 404, page and API alike", async ({ baseURL }) => {
    const staff = await as(baseURL, "STAFF");
    const html = await (await staff.get("/plans/WZ-2023-80")).text();
    const id = html.match(/href="\/targets\/([a-z0-9]+)"/)?.[1];
    expect(id).toBeTruthy();
    expect((await staff.get(`/targets/${id}`)).status()).toBe(200);
    const api = await staff.get(`/api/v1/targets/${id}`);
    expect(api.status()).toBe(200);
    expect((await api.json()).progress.series).toEqual(expect.any(Array));
    await staff.dispose();

    const tianjin = await as(baseURL, OTHER_ACCOUNTS.otherRegionLeader);
    expect((await tianjin.get(`/targets/${id}`, { maxRedirects: 0 })).status()).toBe(404);
    expect((await tianjin.get(`/api/v1/targets/${id}`)).status()).toBe(404);
    await tianjin.dispose();
  });
});
