import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, storageStateFor } from "./accounts";
import { expectNoHorizontalScroll } from "./page-checks";

test("a leader signs in, drills from the overview to a lagging target, its reports and its source sentence", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/login");
  await page.getByLabel("用户名").fill("leader");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: /您好/ })).toBeVisible();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "目标总览" }).first().click();
  // The first dashboard after seeding builds the summary table once (docs/decisions/003), about
  // 14 s on the embedded database here, during which PGlite's one connection answers nothing else.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "目标总览" })).toBeVisible();

  const lagging = page.getByRole("list", { name: "最滞后的目标" }).first();
  const first = lagging.getByRole("link").first();
  const line = (await first.textContent())!;
  await first.click();
  await expect(page).toHaveURL(/\/dashboard\/targets\//);
  const metric = (await page.getByRole("heading", { level: 1 }).textContent())!;
  expect(line).toContain(metric);
  await expect(page.getByText(/已逾期|严重滞后|存在风险/).first()).toBeVisible();

  // The reports behind the figure: approved values with reporter and quarter.
  const reports = page.locator("#reports");
  await expect(reports.getByRole("heading", { name: "填报明细（审核通过）" })).toBeVisible();
  await expect(reports.locator("tbody tr").first()).toContainText(/\d{4}年第\d季度/);

  // And where it was promised: the document view scrolled to the quote, highlighted.
  const quote = (await page.locator("blockquote").first().textContent())!.replace(/\s+/g, "");
  await page.getByRole("link", { name: /在原文中查看/ }).first().click();
  await expect(page).toHaveURL(/\/plans\/[^/]+\/source\?/);
  const anchor = new URL(page.url()).hash.slice(1);
  expect(anchor).toMatch(/^q-t-/);
  const mark = page.locator(`[id="${anchor}"] + a mark`);
  await expect(mark).toBeVisible();
  expect(quote).toContain((await mark.textContent())!.replace(/\s+/g, "").slice(0, 12));
});

test.describe("a leader's dashboards", () => {
  test.use({ storageState: storageStateFor("LEADER"), viewport: { width: 1280, height: 900 } });

  test("filters the plan dashboard through the URL", async ({ page }) => {
    await page.goto("/dashboard/plans/WZ-2023-80?status=OVERDUE");
    const rows = page.getByTestId("target-rows").locator("li:not([aria-hidden])");
    await expect(rows.first()).toBeVisible();
    const statuses = await rows.locator("span", { hasText: /^[✓▲!✕–◆]?\s*(已达成|正常推进|存在风险|严重滞后|未填报|已逾期)$/ }).allTextContents();
    expect(statuses.every((s) => s.includes("已逾期"))).toBe(true);
  });

  test("the overview sets the region's plans side by side on the measures they share", async ({ page }) => {
    await page.goto("/dashboard");
    const grid = page.getByTestId("cross-plan");
    await expect(grid.getByRole("heading", { name: "国家级临床重点专科" })).toBeVisible();
    await expect(grid.getByRole("heading", { name: "省级临床重点专科" })).toBeVisible();
    // A Wenzhou leader sees Wenzhou's measures only, each with its 口径 and a link to the target.
    await expect(page.getByText("其他地区的规划不在您的查看范围内")).toBeVisible();
    await expect(grid).not.toContainText("天津");
    await expect(grid.getByText(/^口径：/).first()).toBeVisible();
    await grid.getByRole("link", { name: /A1-05-T1/ }).click();
    await expect(page).toHaveURL(/\/dashboard\/targets\//);
    await expect(page.getByRole("heading", { level: 1, name: "国家临床重点专科数量" })).toBeVisible();
  });

  test("downloads each table view as an Excel file", async ({ page }) => {
    const download = async (path: string, link = page.getByRole("link", { name: "导出 Excel" }).first()) => {
      await page.goto(path);
      const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile((await file.path())!);
      return workbook;
    };
    const units = await download("/dashboard/units");
    expect(units.worksheets.map((w) => w.name)).toEqual(["责任单位", "医疗机构"]);
    expect(units.worksheets[1].rowCount).toBeGreaterThan(1);
    const crossPlan = await download("/dashboard");
    expect(crossPlan.worksheets[0].getRow(2).getCell(1).value).toBe("国家级临床重点专科");
    const counties = await download("/dashboard/counties");
    expect(counties.worksheets[0].getColumn(2).values).toContain("泰顺县");
    // The plan view keeps the URL's filters.
    const overdue = await download("/dashboard/plans/WZ-2023-80?status=OVERDUE");
    const statuses = overdue.worksheets[0].getColumn(7).values.slice(2);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["已逾期"]));
  });
});

test.describe("on a phone", () => {
  test.use({ storageState: storageStateFor("LEADER"), viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the overview shows its figures and the status list without horizontal scrolling", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByText("已达成或正常推进").first()).toBeVisible();
    const list = page.getByTestId("status-list").first();
    await expect(list).toBeVisible();
    await expect(list.getByRole("link")).toHaveCount(6);
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expect(page.getByTestId("cross-plan")).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test("no dashboard page scrolls sideways", async ({ page }) => {
    const pages: [string, (p: Page) => ReturnType<Page["locator"]>][] = [
      ["/dashboard/plans/WZ-2023-80", (p) => p.getByTestId("target-rows")],
      ["/dashboard/units", (p) => p.getByRole("heading", { name: "医疗机构", exact: true })],
      ["/dashboard/counties", (p) => p.getByRole("table")],
    ];
    for (const [path, content] of pages) {
      await page.goto(path);
      await expect(content(page)).toBeVisible();
      await expectNoHorizontalScroll(page);
    }
    await page.goto("/dashboard/units");
    await page.getByRole("link", { name: /温医大附一院|温州医科大学附属第一医院/ }).first().click();
    await expect(page).toHaveURL(/\/dashboard\/hospitals\//);
    await expectNoHorizontalScroll(page);
    await page.getByRole("link", { name: /^[A-Z0-9]+-/ }).first().click();
    await expect(page).toHaveURL(/\/dashboard\/targets\//);
    await expect(page.locator("#reports")).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});

test("a Tianjin leader cannot open a Wenzhou plan dashboard", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("tj-leader") });
  const page = await context.newPage();
  const res = await page.goto("/dashboard/plans/WZ-2023-80");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByText("温州医疗高地行动计划")).toHaveCount(0);
  await context.close();
});
