import { expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Runs axe-core over the page as it is now and fails on any violation, naming each. */
export async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${state}`).toEqual([]);
}

/** The portal's main navigation. On a phone it is folded behind «Меню» («Menu»): this opens it. */
export async function mainNavigation(page: Page, name?: string) {
  name ??= (await page.locator('html').getAttribute('lang')) === 'en' ? 'Main navigation' : 'Основна навігація';
  const menu = page.locator('.app-menu');
  if ((await menu.isVisible()) && (await menu.getAttribute('open')) === null) {
    await menu.locator('summary').click();
  }
  return page.getByRole('navigation', { name });
}

/** Opens a page of the portal and waits until the app runs it (a pre-rendered page shows its
 * heading at once; the app takes it over once loaded). */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
  await appStarted(page);
}

/** Waits until the app runs the page (`<body data-app="started">`). */
export async function appStarted(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
}

/** Records every request that leaves the portal's own origin. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}
