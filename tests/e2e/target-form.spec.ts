import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

test.use({ storageState: storageStateFor("STAFF") });

/** Verbatim in 温政办〔2023〕80号, so the quote check accepts it. */
const QUOTE = "国家临床重点专科达 10 个、省市级临床重点专科达 60 个";

/**
 * Issue #7: staff add a yearly milestone and a further citation on the target form, with the
 * keyboard where the rows are added; the revision needs a reason, a save over someone else's
 * keeps what was typed; the target page then shows both, and the history the change.
 */
test("staff add a milestone and a citation to a target and see them on the target page", async ({ page, browser }) => {
  await page.goto("/plans/WZ-2023-80");
  const href = (await page.getByRole("link", { name: "国家临床重点专科数量", exact: true }).first().getAttribute("href"))!;
  // A second staff member opens the same target before the first one saves.
  const other = await browser.newPage({ storageState: storageStateFor("STAFF") });
  await other.goto(`/manage${href}`);

  await page.goto(`/manage${href}`);
  await page.getByRole("button", { name: "增加年度节点" }).click();
  await page.keyboard.type("9.5"); // the new row's value has the focus
  await page.getByLabel("第 1 个节点 · 年份").fill("2024");
  await page.getByRole("button", { name: "增加出处" }).click();
  await page.keyboard.insertText(QUOTE); // and the new citation's quote
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请按提示修改标红的字段后再提交。")).toBeVisible();
  await expect(page.getByLabel("修订原因")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("第 1 个节点 · 年份")).toHaveValue("2024");

  await page.getByLabel("修订原因").fill("按附件2 补录分年度节点和出处");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText(/^目标已修订，当前版本 v\d+。$/);
  await page.reload();
  const history = page.locator("li", { hasText: "按附件2 补录分年度节点和出处" });
  await expect(history).toContainText("年度节点");
  await expect(history).toContainText("2024年 9.5 个");
  await expect(history).toContainText(QUOTE);

  await other.getByRole("button", { name: "增加年度节点" }).click();
  await other.keyboard.type("9.2");
  await other.getByLabel("修订原因").fill("另一人的修改");
  await other.getByRole("button", { name: "保存" }).click();
  await expect(other.getByText("该目标已被他人修改（版本已更新），您的修改未保存。请刷新页面后重新编辑。")).toBeVisible();
  await expect(other.getByLabel("第 1 个节点 · 节点值")).toHaveValue("9.2");
  await other.close();

  await page.goto(href);
  await expect(page.getByText("2024年 9.5 个")).toBeVisible();
  const citations = page.locator("section").filter({ has: page.getByRole("heading", { name: /^其他出处（\d+）$/ }) });
  await expect(citations).toContainText(QUOTE);
});

test("the row editors fit a 375 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/plans/WZ-2023-80");
  const href = (await page.getByRole("link", { name: "国家临床重点专科数量", exact: true }).first().getAttribute("href"))!;
  await page.goto(`/manage${href}`);
  await page.getByRole("button", { name: "增加年度节点" }).click();
  await page.getByRole("button", { name: "增加出处" }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
