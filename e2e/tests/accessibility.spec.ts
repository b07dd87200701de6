import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, open, recordForeignRequests } from './support';

const pages = ['/', '/catalogue', '/service/idp-living-allowance', '/community', '/search?q=допомога', '/about', '/en', '/en/about', '/check', '/en/check', '/check/results', '/check/plan', '/apply/social-accompaniment', '/applications', '/status', '/en/status', '/service/idp-living-allowance/how-decided', '/en/service/housing-subsidy/how-decided', '/service/school-kit/how-decided'];
// Pages only pre-rendering writes: no app takes them over.
const staticPages = (path: string) => path.endsWith('/how-decided');

test.describe('Phone first and accessible', () => {
  for (const path of pages) {
    test(`${path} works 320 px wide with no sideways scrolling and no axe violations`, async ({ page, baseURL }) => {
      const foreign = recordForeignRequests(page, baseURL!);
      await page.setViewportSize({ width: 320, height: 640 });
      if (staticPages(path)) {
        await page.goto(path);
        await expect(page.locator('main h1')).toBeVisible();
      } else {
        await open(page, path);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `${path} at 320 px`);
      expect(foreign, 'requests to other origins').toEqual([]);
    });
  }

  test('keyboard only: the skip link comes first and moves focus to the main content', async ({ page }) => {
    await open(page, '/catalogue');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Перейти до основного змісту' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next Tab lands inside the main content, on the first filter.
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Напрям')).toBeFocused();
  });

  test('keyboard only: a person applies a filter and opens a result without a mouse', async ({ page }) => {
    await open(page, '/catalogue');
    await page.getByLabel('Життєва ситуація').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Показати' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/situation=/);
    const first = page.locator('.app-card__title a').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/service\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('touch targets of the header, navigation and life situations are at least 44 px high', async ({ page }) => {
    await open(page, '/');
    const targets = page.locator('.app-nav__link:visible, .app-menu__button:visible, .app-language-switch, .app-header__name, .app-situation__link, .app-button');
    const n = await targets.count();
    expect(n).toBeGreaterThan(10);
    for (let i = 0; i < n; i++) {
      const box = await targets.nth(i).boundingBox();
      expect(box!.height, await targets.nth(i).innerText()).toBeGreaterThanOrEqual(44);
    }
  });

  test('on a 360 × 780 phone the navigation folds behind «Меню», which opens without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto('/catalogue');
    const menu = page.getByText('Меню', { exact: true });
    await expect(menu).toBeVisible();
    const header = await page.locator('.app-header').boundingBox();
    expect(header!.height, 'the header of a phone').toBeLessThanOrEqual(130);
    await expect(page.getByRole('link', { name: 'Перевірити, що мені належить' })).toBeHidden();
    await menu.click();
    await page.getByRole('navigation', { name: 'Основна навігація' }).getByRole('link', { name: 'Перевірити, що мені належить' }).click();
    await expect(page).toHaveURL(/\/check$/);
    await expect(page.locator('main h1')).toBeVisible();
    await context.close();
  });

  test('on a 360 × 780 phone the check’s question and its «Далі» are on the first screen, and the menu closes on the next page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await open(page, '/check/question?q=displaced');
    for (const target of [page.locator('main h1'), page.getByRole('button', { name: 'Далі', exact: true })]) {
      const box = await target.boundingBox();
      expect(box!.y + box!.height, await target.innerText()).toBeLessThanOrEqual(780);
    }
    // Within the portal's app the next page comes without a reload: the menu closes itself.
    await open(page, '/catalogue');
    await page.getByText('Меню', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Основна навігація' }).getByRole('link', { name: 'Про портал і приватність' }).click();
    await expect(page.locator('main h1')).toContainText('Про портал');
    await expect(page.locator('.app-menu')).not.toHaveAttribute('open');
    await expectNoAxeViolations(page, 'the about page on a phone after the menu');
  });

  test('with text enlarged to 200 % the home page still fits without sideways scrolling', async ({ page }) => {
    // 200 % zoom of a 640 px wide window is a 320 CSS px layout viewport with doubled text.
    await page.setViewportSize({ width: 640, height: 800 });
    await open(page, '/');
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
