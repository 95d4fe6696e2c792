import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { signInViaApi } from "./api-session";

/**
 * A new account's browser session reads no /api/v1 summary and downloads nothing before its
 * first password change, as it opens no page but /account/password
 * (tests/integration/api-v1-session-password.test.ts, lib/auth/route-user.ts).
 */
test.describe("summary reads by a session whose password must change", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("are refused with a Chinese 403 on every summary endpoint and download", async ({ page, playwright, baseURL }) => {
    const username = `e2e-pw-${Date.now().toString(36)}`;
    await page.goto("/admin/users/new");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("姓名").fill("联调领导");
    await page.getByLabel("角色").selectOption({ label: "领导" });
    await page.getByLabel("行政区划").selectOption({ label: "温州市" });
    await page.getByRole("button", { name: "创建账号" }).click();
    const temporary = (await page.locator("code").first().textContent())!.trim();

    const session = await playwright.request.newContext({ baseURL });
    expect((await signInViaApi(session, username, temporary, "203.0.113.61")).ok()).toBe(true);
    for (const path of ["/api/v1/plans", "/api/v1/plans/WZ-2023-80/summary", "/api/v1/targets/any", "/api/targets/export?format=json", "/api/dashboard/export?view=plan&plan=WZ-2023-80"]) {
      const res = await session.get(path);
      expect(res.status(), path).toBe(403);
      expect((await res.json()).error, path).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED", message: expect.stringContaining("请先修改密码") });
    }
    await session.dispose();
  });
});
