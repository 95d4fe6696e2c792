import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { encodeGbk } from "../helpers/gbk";
import { storageStateFor } from "./accounts";

/**
 * Issue #7, "Done when": a staff member enters a fourth plan from its published text and an
 * Excel sheet, without help — the plan, its text, the filled-in template — and everything
 * shows up: the document view highlights the quotes, the named hospital's reporter finds the
 * target in the open quarter's form, the leader's dashboard lists the plan. The plan is
 * archived at the end, so the other journeys see the demo data as seeded.
 */
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1280, height: 900 } });

const suffix = Date.now().toString(36).toUpperCase().slice(-5);
const code = `WZ-4TH-${suffix}`;
const shortTitle = `专科提升${suffix}`;
const title = `温州市临床专科能力提升三年行动方案（2026—2028年）${suffix}`;

const QUOTES = {
  count: "全市新增市级临床重点专科6个以上",
  centres: "胸痛、卒中、创伤中心全部通过省级验收",
  share: "县域就诊率达到90%以上",
};
const TEXT = `温州市卫生健康委员会关于印发温州市临床专科能力提升三年行动方案（2026—2028年）的通知
温卫发〔2026〕${suffix}号

各县（市、区）卫生健康局，委直属各单位：
为贯彻落实温州市医疗高地建设新三年行动计划，加快补齐临床专科短板，现将本方案印发给你们，请认真组织实施。

一、主要目标
到2028年，${QUOTES.count}，${QUOTES.centres}，${QUOTES.share}。

二、重点任务
（一）实施重点专科培育工程。支持温州医科大学附属第一医院牵头组建专科联盟，带动县级医院心血管内科、神经内科等专科建设。
（二）完善急危重症救治体系。健全胸痛、卒中、创伤救治网络，院前院内衔接时间缩短20%。

三、保障措施
市卫健委牵头，市财政局配合，每年安排专项资金支持临床专科建设。
`;

test("staff enter a new plan, its published text and its tasks and targets from the Excel template", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor("STAFF") })).newPage();
  await page.goto("/manage/plans/new");
  await page.getByLabel("规划编码").fill(code);
  await page.getByLabel("简称").fill(shortTitle);
  await page.getByLabel("规划全称").fill(title);
  await page.getByLabel("文号").fill(`温卫发〔2026〕${suffix}号`);
  await page.getByLabel("发文单位").fill("温州市卫生健康委员会");
  await page.getByLabel("印发日期").fill("2026-03-01");
  await page.getByLabel("行政区划").selectOption({ label: "温州市" });
  await page.getByLabel("起始年份").fill("2026");
  await page.getByLabel("截止年份").fill("2028");
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("status")).toHaveText("规划已新增。下一步：新增章节和重点任务。");

  // The published text as a commission desktop saves it: a GBK .txt file with Windows line ends.
  const document = page.locator("#document");
  await expect(document).toContainText("尚未录入原文");
  await document.getByLabel(/或上传文本文件/).setInputFiles({ name: `${code}-方案全文.txt`, mimeType: "text/plain", buffer: Buffer.from(encodeGbk(TEXT.replace(/\n/g, "\r\n"))) });
  await document.getByRole("button", { name: "保存原文" }).click();
  await expect(document.getByRole("status")).toContainText(`原文已保存，共 ${TEXT.length.toLocaleString("zh-CN")} 字。`);
  await expect(document).toContainText(`已录入“${title} 全文”`);
  await expect(document.getByText(`${code}-方案全文.txt`)).toBeVisible();

  // The template, filled in with exceljs as a person would in Excel, then uploaded.
  await page.getByRole("link", { name: "从 Excel 导入任务与目标" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("导入任务与目标");
  await expect(page.getByText("本规划已有原文：引文将与原文逐字核对。")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 Excel 模板" }).click();
  const template = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template!);
  const fill = (sheet: string, rows: (string | number | null)[][]) => {
    const ws = workbook.getWorksheet(sheet)!;
    const header = (ws.getRow(1).values as (string | undefined)[]).slice(1);
    ws.spliceRows(2, 1);
    rows.forEach((r, i) => {
      const row = ws.getRow(i + 2);
      r.forEach((v, c) => (row.getCell(c + 1).value = v));
      row.commit();
    });
    return header;
  };
  const targetHeader = fill("目标", [
    ["T01-1", "T01", "新增市级临床重点专科数量", "数量", "不低于", 6, null, "个", 2028, 0, 2025, "全市", QUOTES.count, "", "", "", "温医大附一院"],
    ["T02-1", "T02", "胸痛、卒中、创伤中心通过省级验收", "节点任务", "等于", null, null, "", 2028, null, null, "全市", QUOTES.centres, "", "", "", ""],
    ["T02-2", "T02", "县域就诊率", "比例", "不低于", 90, null, "%", 2028, null, null, "全市", QUOTES.share, "", "市卫健委", "各县（市、区）人民政府", ""],
  ]);
  expect(targetHeader.slice(-3)).toEqual(["牵头单位", "配合单位", "填报医院"]);
  fill("任务", [
    ["T01", "（一）", "重点任务", "实施重点专科培育工程", "支持温州医科大学附属第一医院牵头组建专科联盟。", "市卫健委", "温州医科大学", "实施重点专科培育工程"],
    ["T02", "（二）", "重点任务", "完善急危重症救治体系", null, "市卫健委", "市财政局", "完善急危重症救治体系"],
  ]);
  await page.getByLabel("Excel 文件（.xlsx，不超过 5 MB）").setInputFiles({
    name: "第四个规划.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole("button", { name: "校验并导入" }).click();
  await expect(page.getByRole("status")).toHaveText("导入成功：2 项任务、3 项目标，按默认规则生成 3 条任务分解。");

  // The document view: every quote highlighted, each a link to its target.
  await page.goto(`/plans/${code}/source`);
  await expect(page.getByText("本文件共标记 3 处目标引文")).toBeVisible();
  for (const quote of Object.values(QUOTES)) await expect(page.locator("mark", { hasText: quote })).toHaveCount(1);
  await page.locator("a", { has: page.locator("mark", { hasText: QUOTES.count }) }).click();
  await expect(page).toHaveURL(/\/targets\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("新增市级临床重点专科数量");
  await expect(page.locator("blockquote").first()).toHaveText(QUOTES.count);

  // Its maintenance form names the plan's own text as the quote's document, like a bundled one.
  await page.goto(page.url().replace("/targets/", "/manage/targets/"));
  await expect(page.getByLabel("来源文件", { exact: true }).locator("option:checked")).toHaveText(`${title} 全文`);
});

test("the named hospital's reporter finds the new target in the open quarter's form", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor("HOSPITAL_REPORTER") })).newPage();
  await page.goto("/reports");
  const card = page.getByRole("listitem").filter({ hasText: "填报中" }).first();
  await card.getByRole("button", { name: "开始填报" }).or(card.getByRole("link", { name: "继续填报" })).click();
  await expect(page).toHaveURL(/\/reports\/[a-z0-9]+$/);
  const item = page.getByRole("listitem").filter({ hasText: "新增市级临床重点专科数量" });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("T01-1");
  // Targets reported by units (the lead unit of T02-1 and T02-2) are not in the hospital's form.
  await expect(page.getByText("县域就诊率", { exact: true })).toHaveCount(0);
});

test("the leader's dashboard lists the new plan; staff then archive it", async ({ browser }) => {
  const leader = await (await browser.newContext({ storageState: storageStateFor("LEADER") })).newPage();
  await leader.goto("/dashboard", { timeout: 60_000 });
  await expect(leader.getByRole("heading", { level: 1, name: "目标总览" })).toBeVisible({ timeout: 30_000 });
  await expect(leader.getByText(shortTitle).first()).toBeVisible();

  const staff = await (await browser.newContext({ storageState: storageStateFor("STAFF") })).newPage();
  await staff.goto(`/plans/${code}`);
  await staff.getByRole("link", { name: "维护规划" }).click();
  await staff.getByRole("button", { name: "归档" }).click();
  await staff.getByRole("dialog", { name: "归档该规划？" }).getByRole("button", { name: "确认" }).click();
  await expect(staff.getByRole("button", { name: "恢复" })).toBeVisible();
});
