import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, OTHER_ACCOUNTS, ROLE_ACCOUNTS, storageStateFor } from "./accounts";

const logins: [string, string][] = [...Object.entries(ROLE_ACCOUNTS), ...Object.values(OTHER_ACCOUNTS).map((u): [string, string] => [u, u])];

for (const [state, username] of logins) {
  setup(`sign in as ${state}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    // A full page load after sign-in (components/forms/sign-in-form.tsx); the first one meets a cold server.
    await expect(page).toHaveURL("/", { timeout: 30_000 });
    await page.context().storageState({ path: storageStateFor(state) });
  });
}
