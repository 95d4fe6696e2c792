import { expect, test } from "@playwright/test";
import type { Role } from "@/lib/generated/prisma/enums";
import { navigationFor } from "@/lib/navigation";
import { DEMO_PASSWORD, storageStateFor } from "./accounts";

test("the health endpoint reports the embedded database and its migration", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ status: "ok", database: process.env.E2E_DATABASE ?? "pglite" });
  expect(body.migration).toMatch(/^\d{14}_/);
});

test("a visitor lands on the Chinese sign-in page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "临床专科建设目标管理平台" })).toBeVisible();
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
});

test("a wrong password is refused with a message in Chinese, field errors for empty fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("请填写此项")).toHaveCount(2);
  await page.getByLabel("用户名").fill("leader");
  await page.getByLabel("密码").fill(`${DEMO_PASSWORD}x`);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("用户名或密码错误")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

const ROLES: Role[] = ["ADMIN", "STAFF", "HOSPITAL_REPORTER", "UNIT_REPORTER", "LEADER", "AUDITOR"];

for (const role of ROLES) {
  test.describe(`signed in as ${role}`, () => {
    test.use({ storageState: storageStateFor(role), viewport: { width: 1280, height: 900 } });

    test("sees the frame with its role and only its own navigation", async ({ page }) => {
      await page.goto("/");
      const header = page.getByRole("banner");
      await expect(header).toContainText("临床专科建设目标管理平台");
      const nav = page.getByRole("navigation", { name: "主导航" }).first();
      const expected = navigationFor(role).map((i) => i.label);
      await expect(nav.getByRole("link")).toHaveText(expected);
      await expect(page.getByRole("contentinfo")).toBeVisible();
    });
  });
}

test.describe("on a phone", () => {
  test.use({ storageState: storageStateFor("LEADER"), viewport: { width: 375, height: 812 } });

  test("the page fits the screen and the menu opens", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel("打开导航菜单").click();
    await expect(page.getByRole("link", { name: "规划与目标" }).last()).toBeVisible();
  });
});
