import { expect, test, type Browser, type Page } from "@playwright/test";
import { OTHER_ACCOUNTS, storageStateFor } from "./accounts";

/**
 * Issue #7 in Chromium: the hospital journey all the way to the new hospital's own report form;
 * a responsible unit archived and restored; a region created and one refused; a stale hospital
 * edit refused with the input kept.
 */
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1280, height: 900 } });

const suffix = Date.now().toString(36).toUpperCase();
const hospitalName = `温州市E2E联调医院${suffix}`;

async function pageAs(browser: Browser, who: string): Promise<Page> {
  return (await browser.newContext({ storageState: storageStateFor(who) })).newPage();
}

/** The first target of the first plan staff maintain: its maintenance page and its metric. */
/** The target page's assignment form: the target form above it has a 责任单位 select of its own. */
const assignmentForm = (page: Page) => page.locator("form", { has: page.getByRole("radio", { name: "责任单位" }) });

async function aTarget(page: Page): Promise<{ href: string; metric: string }> {
  await page.goto("/plans");
  await page.locator("main a[href^='/plans/']").first().click();
  const href = (await page.locator("a[href^='/targets/']").first().getAttribute("href"))!;
  await page.goto(`/manage${href}`);
  return { href, metric: await page.getByLabel("指标名称").inputValue() };
}

test("a staff member adds a hospital, assigns it a target, and the hospital's reporter sees it in their form", async ({ browser }) => {
  const staff = await pageAs(browser, "STAFF");
  await staff.goto("/manage/hospitals/new");
  await staff.getByLabel("机构编码").fill(`e2e-h-${suffix}`);
  await staff.getByLabel("机构全称").fill(hospitalName);
  await staff.getByLabel("类别").selectOption({ label: "综合" });
  await staff.getByLabel("所在行政区划").selectOption({ label: "温州市" });
  await staff.getByRole("button", { name: "新增" }).click();
  await expect(staff.getByRole("status")).toHaveText("医疗机构已新增。");

  const { metric } = await aTarget(staff);
  await staff.getByRole("combobox", { name: "医疗机构", exact: true }).selectOption({ label: hospitalName });
  await staff.getByRole("button", { name: "添加" }).click();
  await expect(staff.getByRole("list", { name: "任务分解（填报单位）" })).toContainText(hospitalName);

  // The admin opens an account for the new hospital; its one-time password is shown once.
  const admin = await pageAs(browser, "ADMIN");
  await admin.goto("/admin/users/new");
  const username = `e2e-h-${suffix.toLowerCase()}`;
  await admin.getByLabel("用户名").fill(username);
  await admin.getByLabel("姓名").fill("联调医院填报员");
  await admin.getByLabel("角色").selectOption({ label: "医院填报员" });
  await admin.getByLabel("行政区划").selectOption({ label: "温州市" });
  await admin.getByLabel("所属医疗机构").selectOption({ label: hospitalName });
  await admin.getByRole("button", { name: "创建账号" }).click();
  const temporary = (await admin.locator("code").first().textContent())!.trim();
  expect(temporary.length).toBeGreaterThanOrEqual(8);

  // The reporter signs in, must change the password first, signs in again and opens the open quarter.
  const reporter = await (await browser.newContext()).newPage();
  const signIn = async (password: string) => {
    await reporter.goto("/login");
    await reporter.getByLabel("用户名").fill(username);
    await reporter.getByLabel("密码").fill(password);
    await reporter.getByRole("button", { name: "登录" }).click();
  };
  await signIn(temporary);
  await expect(reporter).toHaveURL(/\/account\/password/);
  const fresh = `Lian-Tiao#${suffix}9`;
  await reporter.getByLabel("当前密码").fill(temporary);
  await reporter.getByLabel("新密码", { exact: true }).fill(fresh);
  await reporter.getByLabel("再次输入新密码").fill(fresh);
  await reporter.getByRole("button", { name: "修改密码" }).click();
  await expect(reporter).toHaveURL(/\/login/);
  await signIn(fresh);
  await expect(reporter).toHaveURL("/");
  await reporter.goto("/reports");
  const card = reporter.getByRole("listitem").filter({ hasText: "填报中" }).first();
  await card.getByRole("button", { name: "开始填报" }).or(card.getByRole("link", { name: "继续填报" })).click();
  await expect(reporter).toHaveURL(/\/reports\/[a-z0-9]+$/);
  await expect(reporter.getByText(metric).first()).toBeVisible();
});

test("a unit is archived after a confirmation, leaves the assignment options, and is restored", async ({ browser }) => {
  const page = await pageAs(browser, "STAFF");
  const unit = `市E2E测试局${suffix}`;
  await page.goto("/manage/units/new");
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByText("请选择类别").last()).toBeVisible();
  await page.getByLabel("简称").fill(unit);
  await page.getByLabel("类别").selectOption({ label: "政府部门" });
  await page.getByLabel("所属行政区划").selectOption({ label: "温州市" });
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("status")).toHaveText("责任单位已新增。");
  const unitPage = page.url();

  await page.getByRole("button", { name: "归档" }).click();
  const dialog = page.getByRole("dialog", { name: "归档该责任单位？" });
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(page.getByText("在用", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "归档" }).click();
  await dialog.getByRole("button", { name: "确认" }).click();
  await expect(page.getByText(/已于 .* 归档/)).toBeVisible();

  await aTarget(page);
  await page.getByRole("radio", { name: "责任单位" }).check();
  await expect(assignmentForm(page).getByRole("combobox", { name: "责任单位" }).locator("option", { hasText: unit })).toHaveCount(0);

  await page.goto(unitPage);
  await page.getByRole("button", { name: "恢复" }).click();
  await page.getByRole("dialog", { name: "恢复该记录？" }).getByRole("button", { name: "确认" }).click();
  await expect(page.getByText("在用", { exact: true })).toBeVisible();
  await aTarget(page);
  await page.getByRole("radio", { name: "责任单位" }).check();
  await expect(assignmentForm(page).getByRole("combobox", { name: "责任单位" }).locator("option", { hasText: unit })).toHaveCount(1);
});

test("a child region is created with its path computed; a region still in use cannot be archived", async ({ browser }) => {
  const page = await pageAs(browser, "STAFF");
  await page.goto("/manage/regions");
  await page.getByRole("listitem").filter({ hasText: "温州市" }).first().getByRole("link", { name: "+ 新增下级区划" }).click();
  await page.getByLabel("区划代码").fill("33039");
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByText("区划代码为 6 位数字（GB/T 2260）")).toBeVisible();
  await page.getByLabel("区划代码").fill("330398");
  await page.getByLabel("名称").fill("联调区");
  await page.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("status")).toHaveText("行政区划已新增。");
  await expect(page.getByText("/100000/330000/330300/330398/")).toBeVisible();
  await expect(page.getByText("代码、级别和上级区划不可修改")).toBeVisible();

  await page.goto("/manage/regions");
  await page.getByRole("link", { name: "洞头区" }).click();
  await page.getByRole("button", { name: "归档" }).click();
  await page.getByRole("dialog", { name: "归档该行政区划？" }).getByRole("button", { name: "确认" }).click();
  await expect(page.getByText(/该区划下仍有在用的医疗机构 \d+ 家/)).toBeVisible();
});

test("a stale hospital edit is refused in Chinese and keeps what was typed", async ({ browser }) => {
  const first = await pageAs(browser, "STAFF");
  await first.goto("/manage/hospitals");
  await first.getByRole("link", { name: hospitalName }).click();
  await first.waitForURL(/\/manage\/hospitals\/c/);
  const url = first.url();
  const second = await pageAs(browser, "STAFF");
  await second.goto(url);

  await first.getByLabel("简称").fill("联调一");
  await first.getByRole("button", { name: "保存" }).click();
  await expect(first.getByRole("status")).toHaveText("已保存。");

  await second.getByLabel("简称").fill("联调二");
  await second.getByRole("button", { name: "保存" }).click();
  await expect(second.getByText("该记录已被他人修改，您的修改未保存。")).toBeVisible();
  await expect(second.getByLabel("简称")).toHaveValue("联调二");
});

test("another region's staff get 404 for Wenzhou's units, regions and designations", async ({ browser }) => {
  const staff = await pageAs(browser, "STAFF");
  const hrefs: string[] = [];
  for (const [list, prefix] of [["/manage/units", "/manage/units/c"], ["/manage/regions", "/manage/regions/c"], ["/manage/specialties/designations", "/manage/specialties/designations/c"]]) {
    await staff.goto(list);
    hrefs.push((await staff.locator(`main a[href^='${prefix}']`).first().getAttribute("href"))!);
  }
  const guizhou = await pageAs(browser, OTHER_ACCOUNTS.otherRegionStaff);
  for (const href of hrefs) {
    expect((await staff.goto(href))?.status()).toBe(200);
    expect((await guizhou.goto(href))?.status()).toBe(404);
  }
});
