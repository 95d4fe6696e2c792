import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

test.describe("a leader's dashboards", () => {
  test.use({ storageState: storageStateFor("LEADER"), viewport: { width: 1280, height: 900 } });

  test("drills from the overview to a lagging target, its reports and its source sentence", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "目标总览" }).first().click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "目标总览" })).toBeVisible();

    const lagging = page.getByRole("list", { name: "最滞后的目标" }).first();
    const first = lagging.getByRole("link").first();
    const metric = (await first.textContent())!;
    await first.click();
    await expect(page).toHaveURL(/\/dashboard\/targets\//);
    await expect(page.getByText(/已逾期|严重滞后|存在风险/).first()).toBeVisible();

    // The reports behind the figure: approved values with reporter and quarter.
    const reports = page.locator("#reports");
    await expect(reports.getByRole("heading", { name: "填报明细（审核通过）" })).toBeVisible();
    await expect(reports.locator("tbody tr").first()).toContainText(/\d{4}年第\d季度/);

    // And where it was promised: the document view scrolled to the quote.
    await page.getByRole("link", { name: /在原文中查看/ }).first().click();
    await expect(page).toHaveURL(/\/plans\/[^/]+\/source\?/);
    expect(metric.length).toBeGreaterThan(0);
    await expect(page.locator("mark").first()).toBeVisible();
  });

  test("filters the plan dashboard through the URL", async ({ page }) => {
    await page.goto("/dashboard/plans/WZ-2023-80?status=OVERDUE");
    const rows = page.getByTestId("target-rows").locator("li:not([aria-hidden])");
    await expect(rows.first()).toBeVisible();
    const statuses = await rows.locator("span", { hasText: /^[✓▲!✕–◆]?\s*(已达成|正常推进|存在风险|严重滞后|未填报|已逾期)$/ }).allTextContents();
    expect(statuses.every((s) => s.includes("已逾期"))).toBe(true);
  });
});

test.describe("on a phone", () => {
  test.use({ storageState: storageStateFor("LEADER"), viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the overview shows its figures and the status list without horizontal scrolling", async ({ page }) => {
    await page.goto("/dashboard");
    const list = page.getByTestId("status-list").first();
    await expect(list).toBeVisible();
    await expect(list.getByRole("link")).toHaveCount(6);
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("a Tianjin leader cannot open a Wenzhou plan dashboard", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("tj-leader") });
  const page = await context.newPage();
  // The loading state streams first, so the status may be 200: the page itself must say not found.
  await page.goto("/dashboard/plans/WZ-2023-80");
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByText("温州医疗高地行动计划")).toHaveCount(0);
  await context.close();
});
