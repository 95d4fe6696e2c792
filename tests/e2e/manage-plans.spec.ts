import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

test.use({ storageState: storageStateFor("STAFF") });

/**
 * Issue #7, "Done when": a staff member enters a plan from its published text — the plan, a
 * section, a task with its lead unit, a target — sees it on /plans/[code], and archives it
 * after a confirmation, which takes it out of the plan list.
 */
test("staff enter a plan with a section, a task with a lead unit and a target, see it on the plan page, then archive it", async ({ page }) => {
  const suffix = Date.now().toString(36).toUpperCase().slice(-6);
  const code = `WZ-E2E-${suffix}`;
  const title = `温州市E2E测试行动计划${suffix}（2026—2028年）`;

  await page.goto("/manage");
  await page.getByRole("link", { name: /规划、章节与任务/ }).click();
  await page.getByRole("link", { name: "新增规划" }).click();
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByText("请按提示修改标红的字段后再提交。")).toBeVisible();
  await page.getByLabel("规划编码").fill(code.toLowerCase());
  await page.getByLabel("简称").fill(`E2E行动${suffix}`);
  await page.getByLabel("规划全称").fill(title);
  await page.getByLabel("文号").fill(`温卫发〔2026〕${suffix}号`);
  await page.getByLabel("发文单位").fill("温州市卫生健康委员会");
  await page.getByLabel("印发日期").fill("2026-01-15");
  await page.getByLabel("行政区划").selectOption({ label: "温州市" });
  await page.getByLabel("起始年份").fill("2028");
  await page.getByLabel("截止年份").fill("2026");
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByText("截止年份不能早于起始年份")).toBeVisible();
  await page.getByLabel("起始年份").fill("2026");
  await page.getByLabel("截止年份").fill("2028");
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("status")).toHaveText("规划已新增。下一步：新增章节和重点任务。");
  const planPage = page.url().split("?")[0];

  await page.getByRole("link", { name: "新增章节" }).click();
  await page.getByLabel("章节编码").fill("a1");
  await page.getByLabel("章节标题").fill("附件1 重点任务清单");
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("status")).toHaveText("章节已新增。");

  await page.goto(planPage);
  await page.getByRole("link", { name: "新增任务" }).click();
  await page.getByLabel("任务编码").fill("T01");
  await page.getByLabel("原文序号").fill("任务1");
  await page.getByLabel("任务名称").fill("打造国家级临床重点专科");
  await page.getByLabel("所属章节").selectOption({ label: "A1 附件1 重点任务清单" });
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("status")).toHaveText("任务已新增。下一步：指定责任单位，新增目标。");

  await page.getByLabel("添加单位").selectOption({ label: "市卫健委（温州市）" });
  await page.getByRole("button", { name: "添加单位" }).click();
  await page.getByLabel("添加单位").selectOption({ label: "市财政局（温州市）" });
  await page.getByRole("button", { name: "添加单位" }).click();
  const units = page.getByRole("list", { name: "责任单位" });
  await expect(units.getByRole("combobox", { name: "责任单位 1 · 角色" })).toHaveValue("lead");
  await expect(units.getByRole("combobox", { name: "责任单位 2 · 角色" })).toHaveValue("co");
  await page.getByRole("button", { name: "保存责任单位" }).click();
  await expect(page.getByText("责任单位已保存。")).toBeVisible();

  await page.getByRole("link", { name: "新增目标" }).click();
  await page.getByLabel("目标编码").fill("T01-1");
  await page.getByLabel("指标名称").fill("国家临床重点专科数量");
  await page.getByLabel("目标值").fill("１２");
  await page.getByLabel("单位", { exact: true }).fill("个");
  await page.getByLabel("适用范围").fill("全市");
  await page.getByLabel("原文引文").fill("新增国家临床重点专科12个");
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("status")).toContainText("目标已新增（版本 v1）");

  await page.goto(`/plans/${code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const task = page.locator("article", { hasText: "打造国家级临床重点专科" });
  await expect(task.getByRole("listitem").first()).toHaveText("牵头市卫健委");
  await expect(task).toContainText("市财政局");
  await expect(task.getByRole("link", { name: "国家临床重点专科数量" })).toBeVisible();
  await expect(task).toContainText("≥ 12 个");

  await page.getByRole("link", { name: "维护规划" }).click();
  await page.getByRole("button", { name: "归档" }).click();
  const dialog = page.getByRole("dialog", { name: "归档该规划？" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "确认" }).click();
  await expect(page.getByRole("button", { name: "恢复" })).toBeVisible();
  await page.goto("/plans");
  await expect(page.getByText(title)).toHaveCount(0);
  expect((await page.goto(`/plans/${code}`))?.status()).toBe(404);
});

test("a leader cannot open the plan maintenance pages and sees no edit control on a plan", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("LEADER") });
  const page = await context.newPage();
  expect((await page.goto("/manage/plans"))?.status()).toBe(403);
  await page.goto("/plans");
  await page.locator("main a[href^='/plans/']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "维护规划" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^编辑/ })).toHaveCount(0);
  await context.close();
});
