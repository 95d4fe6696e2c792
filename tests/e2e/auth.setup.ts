import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, ROLE_ACCOUNTS, storageStateFor } from "./accounts";

for (const [role, username] of Object.entries(ROLE_ACCOUNTS)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL("/");
    await page.context().storageState({ path: storageStateFor(role as keyof typeof ROLE_ACCOUNTS) });
  });
}
