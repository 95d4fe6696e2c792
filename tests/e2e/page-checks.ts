import { expect, type Page } from "@playwright/test";

/** No horizontal page scroll: the page is no wider than the viewport (tables scroll in their own box). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, page.url()).toBeLessThanOrEqual(0);
}
