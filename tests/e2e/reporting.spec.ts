import { expect, test, type Page } from "@playwright/test";
import { OTHER_ACCOUNTS, storageStateFor } from "./accounts";

/**
 * Issue #5's main journey in Chromium: the hospital reporter (wmu1) fills and submits the
 * open quarter's report, staff return it with a reason, the reporter fixes and resubmits,
 * staff approve it, and the leader's dashboard shows the newly approved figure. Plus the
 * cross-hospital attempt: zxyy opening wmu1's report gets 404.
 */
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1280, height: 900 } });

let reportId = "";
/** The code of the target whose cumulative figure the reporter enters (A4T-… in the demo data). */
let targetCode = "";

/** The leader's dashboard of the reported target, found from the plan dashboard like a person would. */
async function openTargetDashboard(page: Page) {
  await page.goto("/dashboard/plans/WZ-2023-80");
  await page.getByTestId("target-rows").getByRole("link", { name: new RegExp(`^${targetCode}`) }).click();
  await expect(page).toHaveURL(/\/dashboard\/targets\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The "最新值" the target's dashboard shows: the latest approved figure and its quarter. */
const latestFigure = (page: Page) => page.getByTestId("latest-figure");

async function submit(page: Page) {
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByText("已提交，等待审核。审核前不能修改。")).toBeVisible();
}

test("the hospital reporter fills the open quarter's report and submits it", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor("HOSPITAL_REPORTER") })).newPage();
  await page.goto("/reports");
  const card = page.getByRole("listitem").filter({ hasText: "填报中" }).first();
  await expect(card.getByText(/剩余\d+天|今天截止|已逾期\d+天/)).toBeVisible();
  await card.getByRole("button", { name: "开始填报" }).or(card.getByRole("link", { name: "继续填报" })).click();
  await expect(page).toHaveURL(/\/reports\/[a-z0-9]+$/);
  reportId = page.url().split("/").pop()!;

  // A number where a number is due, answered in Chinese next to the field.
  const quota = page.getByLabel(/累计完成值/);
  targetCode = (await page.getByRole("listitem").filter({ has: quota }).locator(".font-mono").first().textContent())!.trim();
  expect(targetCode).toMatch(/^[A-Z0-9-]+$/);
  await quota.fill("三十");
  await expect(page.getByText("请填写数字")).toBeVisible();
  await quota.fill("300");
  for (const done of await page.getByRole("radio", { name: "已完成" }).all()) await done.check();
  for (const date of await page.getByLabel("完成日期").all()) await date.fill("2026-10-15");
  await page.getByLabel("本季度工作进展").fill("完成年度医学毕业生招引。");
  // Autosave tells the user when the draft is stored.
  await expect(page.getByRole("status")).toHaveText(/已保存/, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByLabel(/累计完成值/)).toHaveValue("300");
  await submit(page);
  await expect(page.getByLabel(/累计完成值/)).not.toBeEditable();
});

test("another hospital's reporter cannot open the report", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor(OTHER_ACCOUNTS.otherHospital) })).newPage();
  const res = await page.goto(`/reports/${reportId}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByText("完成年度医学毕业生招引。")).toHaveCount(0);
});

test("staff return it with a required reason", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor("STAFF") })).newPage();
  await page.goto("/review");
  await expect(page.getByRole("link", { name: "温州医科大学附属第一医院" })).toBeVisible();
  await page.goto(`/review/${reportId}`);
  await page.getByRole("button", { name: "退回", exact: true }).click();
  await expect(page.getByText("退回时请填写退回原因")).toBeVisible();
  await page.getByLabel("退回原因").fill("请说明招引人数的统计口径");
  await page.getByRole("button", { name: "退回", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "退回", exact: true }).click();
  await expect(page.getByText("已退回").first()).toBeVisible();
});

test("the reporter sees the reason, fixes the report and resubmits", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor("HOSPITAL_REPORTER") })).newPage();
  await page.goto(`/reports/${reportId}`);
  await expect(page.getByRole("alert").filter({ hasText: "请说明招引人数的统计口径" })).toBeVisible();
  await page.getByLabel(/累计完成值/).fill("296");
  await page.getByLabel("说明（选填）").last().fill("按人社部门口径统计");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText(/已保存/, { timeout: 30_000 });
  await submit(page);
});

test("staff see what changed and approve it, and the dashboard counts the approved figure", async ({ browser }) => {
  // Before: the leader's dashboard shows an older approved figure (a submitted one is never counted).
  const leader = await (await browser.newContext({ storageState: storageStateFor("LEADER") })).newPage();
  await openTargetDashboard(leader);
  const before = (await latestFigure(leader).textContent())!;
  expect(before).not.toContain("296");
  await expect(leader.getByText(/待审核：296/)).toBeVisible();
  const approvedRow = leader.locator("#reports tbody tr").filter({ hasText: "温州医科大学附属第一医院" }).filter({ hasText: "296" });
  await expect(approvedRow).toHaveCount(0);

  const page = await (await browser.newContext({ storageState: storageStateFor("STAFF") })).newPage();
  await page.goto(`/review/${reportId}`);
  await expect(page.getByText("与上次提交相比的修改")).toBeVisible();
  await expect(page.getByText("按人社部门口径统计").first()).toBeVisible();
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByText("已通过").first()).toBeVisible();
  await expect(page.getByText(/审核于/)).toBeVisible();

  const reporter = await (await browser.newContext({ storageState: storageStateFor("HOSPITAL_REPORTER") })).newPage();
  await reporter.goto(`/reports/${reportId}`);
  await expect(reporter.getByText(/已审核通过。/)).toBeVisible();

  // After: the same dashboard counts the approved 296 for the open quarter, traced to the report,
  // and no longer shows it as pending. The headline figure stays at the quota's last own year:
  // this yearly quota runs 2023–2025, and a 2026 figure counts for none of its years (decision 001).
  await leader.reload();
  await expect(leader.getByText(/待审核：296/)).toHaveCount(0);
  await expect(approvedRow).toHaveCount(1);
  await expect(approvedRow).toContainText(/2026年第\d季度/);
  await expect(latestFigure(leader)).toHaveText(before);
});
