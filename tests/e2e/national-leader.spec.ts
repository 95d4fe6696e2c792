import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, OTHER_ACCOUNTS, storageStateFor } from "./accounts";
import { expectNoHorizontalScroll } from "./page-checks";

/** Issue #6 "Cross-plan": the national leader (全国) sets the three plans side by side; a province's leader sees their own. */
const WZ = "温州医疗高地行动计划";
const TJ = "天津“十四五”临床专科规划";
const GZ = "贵州“942”计划";

async function signInAsNhc(page: Page) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill("nhc");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL("/");
}

/** The overview's cross-plan table once it has streamed in (the first dashboard after seeding builds the summary). */
async function crossPlanTable(page: Page) {
  await page.goto("/dashboard");
  const table = page.getByTestId("cross-plan");
  await expect(table).toBeVisible({ timeout: 30_000 });
  return table;
}

/** The plan columns' titles of the desktop header row (the first is the measure's). */
const columnTitles = async (table: ReturnType<Page["getByTestId"]>) => (await table.locator("div[aria-hidden] > span").allTextContents()).slice(1);

test("the national leader sees 温州, 天津 and 贵州 side by side and follows a cell to another province's target", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsNhc(page);
  await expect(page.getByText("国家卫生健康委 领导（演示）").first()).toBeVisible();
  const table = await crossPlanTable(page);
  expect(await columnTitles(table)).toEqual([WZ, TJ, GZ]);
  await expect(page.getByText("其他地区的规划不在您的查看范围内")).toHaveCount(0);
  // The overview's figures for all three plans, one section each.
  for (const title of [WZ, TJ, GZ]) await expect(page.getByRole("heading", { level: 2, name: new RegExp(title) })).toBeVisible();

  // 省级临床重点专科, Tianjin's column: its target, on Tianjin's plan.
  const provincial = table.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "省级临床重点专科" }) });
  await provincial.getByRole("link", { name: /ZL1-02-T1/ }).click();
  await expect(page).toHaveURL(/\/dashboard\/targets\//);
  await expect(page.getByRole("navigation", { name: "当前位置" })).toContainText(TJ);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("每年设置的市级临床重点专科建设项目数");

  // And Guizhou's, two provinces away from any other leader's view.
  await page.goBack();
  const national = (await crossPlanTable(page)).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "国家级临床重点专科" }) });
  await national.getByRole("link", { name: /G-1-T1/ }).click();
  await expect(page).toHaveURL(/\/dashboard\/targets\//);
  await expect(page.getByRole("navigation", { name: "当前位置" })).toContainText(GZ);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("达到国内先进水平");
});

test.describe("the national leader on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("reads each family as a card with the three plans one under another, without horizontal scroll", async ({ page }) => {
    await signInAsNhc(page);
    const table = await crossPlanTable(page);
    const firstCard = table.getByRole("listitem").first();
    for (const title of [WZ, TJ, GZ]) await expect(firstCard.getByText(title, { exact: true })).toBeVisible();
    await expect(table.locator("div[aria-hidden]").first()).toBeHidden();
    await expectNoHorizontalScroll(page);
  });
});

for (const [account, own, others] of [["LEADER", WZ, [TJ, GZ]], [OTHER_ACCOUNTS.otherRegionLeader, TJ, [WZ, GZ]]] as const) {
  test.describe(`a provincial leader (${account})`, () => {
    test.use({ storageState: storageStateFor(account), viewport: { width: 1280, height: 900 } });

    test("still sees only their own plan", async ({ page }) => {
      const table = await crossPlanTable(page);
      expect(await columnTitles(table)).toEqual([own]);
      await expect(page.getByText("其他地区的规划不在您的查看范围内，这里只列出本地区规划中的对应目标。")).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(own) })).toBeVisible();
      for (const title of others) await expect(page.getByRole("heading", { level: 2, name: new RegExp(title) })).toHaveCount(0);
    });
  });
}
