import { test, expect } from '@playwright/test';
import { mainNavigation, open } from './support';

// The apps' own router (app/src/router.rs, issue 17): an app shows its own pages in place, Back
// and Forward move between them, a link to another app loads that app's page, and a link opened
// in a new tab is left to the browser.

/** A mark on the document: it survives a page shown in place, not a page load. */
async function markDocument(page: import('@playwright/test').Page) {
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
}
async function sameDocument(page: import('@playwright/test').Page) {
  return page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
}

test('the portal shows its pages in place, Back and Forward return to them, and the check loads as its own app', async ({ page }) => {
  await open(page, '/');
  await markDocument(page);

  // A life situation, then a service: in place, the address and the current link follow.
  await page.getByRole('link', { name: /Народження дитини/ }).click();
  await expect(page).toHaveURL(/\/situation\/birth$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Народження дитини');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: 'Допомога при народженні дитини' }).click();
  await expect(page).toHaveURL(/\/service\/birth-assistance$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
  await (await mainNavigation(page)).getByRole('link', { name: 'Виплати та послуги' }).click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(
    (await mainNavigation(page)).getByRole('link', { name: 'Виплати та послуги' }),
  ).toHaveAttribute('aria-current', 'page');
  expect(await sameDocument(page)).toBe(true);

  // Back and Forward, still in place.
  await page.goBack();
  await expect(page).toHaveURL(/\/service\/birth-assistance$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Народження дитини');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
  expect(await sameDocument(page)).toBe(true);

  // The same page in English is a page of its own, in place.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/service\/birth-assistance$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Birth grant/);
  expect(await sameDocument(page)).toBe(true);

  // The check is another app: its page is loaded, and Back returns to the portal's.
  await (await mainNavigation(page)).getByRole('link', { name: /Check what I/ }).click();
  await expect(page).toHaveURL(/\/en\/check$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
  expect(await sameDocument(page)).toBe(false);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/service\/birth-assistance$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Birth grant/);
});

test('a link opened with a modifier key is left to the browser, and the page stays', async ({ page, context }) => {
  await open(page, '/catalogue');
  await markDocument(page);
  const opened = context.waitForEvent('page');
  await page.locator('main a[href="/service/birth-assistance"]').first().click({ modifiers: ['Control'] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/service/birth-assistance');
  await expect(page).toHaveURL(/\/catalogue$/);
  expect(await sameDocument(page)).toBe(true);
  await tab.close();
});

test('a link to an address of this origin that is no page of the app (a file) is loaded by the browser', async ({ page }) => {
  await open(page, '/about');
  await markDocument(page);
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '/robots.txt';
    a.textContent = 'robots';
    a.id = 'file-link';
    document.querySelector('main')!.append(a);
  });
  await page.locator('#file-link').click();
  await expect(page).toHaveURL(/\/robots\.txt$/);
  await expect(page.locator('body')).toContainText(/User-agent/i);
});

test('a pre-rendered page says nothing of the connection before the app runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/', '/community', '/status', '/check/question']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.app-connection')).toHaveCount(0);
  }
  await context.close();
});
