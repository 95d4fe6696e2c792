import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { OTHER_ACCOUNTS, storageStateFor } from "./accounts";

/**
 * The completeness page's downloads (issue #5, "Excel"): staff and leaders get the period's
 * workbook and the completeness table as .xlsx from visible links, with the same reporters the
 * page lists; a leader of another commission gets neither file for this period.
 */
test.use({ viewport: { width: 1280, height: 900 } });

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  return book;
}

/** Every string in a sheet's first column below the header. */
const firstColumn = (sheet: ExcelJS.Worksheet) => (sheet.getColumn(1).values.slice(2) as unknown[]).map(String);

async function openCompleteness(page: Page) {
  await page.goto("/completeness");
  await expect(page.getByRole("heading", { name: "填报进度" })).toBeVisible();
  const hospitals = page.locator("section").filter({ has: page.getByRole("heading", { name: /^医院（\d+）$/ }) });
  // The row's first node is the reporter's name (a link for staff), followed by its region.
  const firstHospital = await hospitals.getByRole("listitem").first().locator("span").first().evaluate((el) => el.firstChild?.textContent?.trim() ?? "");
  return { downloads: page.getByRole("navigation", { name: "下载" }), firstHospital };
}

for (const role of ["STAFF", "LEADER"] as const) {
  test(`${role === "STAFF" ? "staff" : "a leader"} downloads the period's workbook and completeness table from the page`, async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: storageStateFor(role) })).newPage();
    const { downloads, firstHospital } = await openCompleteness(page);
    expect(firstHospital.length).toBeGreaterThan(0);

    const [workbookDownload] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "下载填报汇总（Excel）" }).click()]);
    const workbook = await workbookOf(workbookDownload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["填报数值", "工作进展", "填报完成情况"]));
    expect(firstColumn(workbook.getWorksheet("填报完成情况")!)).toContain(firstHospital);

    const [tableDownload] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "下载填报完成情况（Excel）" }).click()]);
    const table = await workbookOf(tableDownload);
    const sheet = table.getWorksheet("填报完成情况")!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(["填报单位", "地区", "完成情况", "提交时间"]));
    expect(firstColumn(sheet)).toContain(firstHospital);
  });
}

test("a leader of another commission gets neither file for this period", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor("STAFF") })).newPage();
  await openCompleteness(page);
  const href = await page.getByRole("link", { name: "下载填报汇总（Excel）" }).getAttribute("href");
  const other = await browser.newContext({ storageState: storageStateFor(OTHER_ACCOUNTS.otherRegionLeader) });
  for (const path of [href!, href!.replace(/\/workbook$/, "/completeness")]) {
    const res = await other.request.get(path);
    expect(res.status(), path).toBe(404);
  }
});
