import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

test.use({ storageState: storageStateFor("STAFF") });

/**
 * Issue #7: a staff member adds a hospital, assigns it a target and sees the assignment on
 * the target's page; removing it asks for confirmation and archives it.
 */
test("staff add a hospital, assign it a target, see it on the target page, then remove it", async ({ page }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const name = `温州市E2E测试医院${suffix}`;

  await page.goto("/manage");
  await page.getByRole("link", { name: /医疗机构/ }).first().click();
  await page.getByRole("link", { name: "新增医疗机构" }).click();
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByText("请选择类别")).toHaveCount(2); // the option and the field error
  await page.getByLabel("机构编码").fill(`e2e-${suffix}`);
  await page.getByLabel("机构全称").fill(name);
  await page.getByLabel("类别").selectOption({ label: "综合" });
  await page.getByLabel("所在行政区划").selectOption({ label: "温州市" });
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("status")).toHaveText("医疗机构已新增。");

  await page.goto("/plans");
  await page.locator("main a[href^='/plans/']").first().click();
  const targetLink = page.locator("a[href^='/targets/']").first();
  const href = (await targetLink.getAttribute("href"))!;
  await page.goto(`/manage${href}`);
  await page.getByRole("combobox", { name: "医疗机构", exact: true }).selectOption({ label: name });
  await page.getByLabel("承担份额（可选）").fill("３");
  await page.getByRole("button", { name: "添加" }).click();
  await expect(page.getByText("已添加任务分解。")).toBeVisible();
  await expect(page.getByRole("list", { name: "任务分解（填报单位）" })).toContainText(name);

  await page.goto(href);
  await expect(page.getByText(name)).toBeVisible();

  await page.goto(`/manage${href}`);
  const row = page.getByRole("listitem").filter({ hasText: name });
  await row.getByRole("button", { name: "移除" }).click();
  const dialog = page.getByRole("dialog", { name: "移除该任务分解？" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "确认" }).click();
  await expect(page.getByRole("list", { name: "任务分解（填报单位）" })).not.toContainText(name);
  await page.goto(href);
  await expect(page.getByText(name)).toHaveCount(0);
});

test("a leader cannot open the maintenance pages", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("LEADER") });
  const page = await context.newPage();
  const response = await page.goto("/manage/hospitals");
  expect(response?.status()).toBe(403);
  await context.close();
});
