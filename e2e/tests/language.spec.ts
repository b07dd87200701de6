import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, open } from './support';

test.describe('Languages', () => {
  test('Ukrainian by default; switching to English keeps the page, sets <html lang> and is remembered', async ({ page }) => {
    await open(page, '/service/birth-assistance');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/service\/birth-assistance$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Birth/i);
    await expect(page.getByRole('heading', { name: 'How much' })).toBeVisible();
    await expectNoAxeViolations(page, 'service page in English');

    // Remembered: the Ukrainian home page sends the person to the English one.
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social support in your community');
    await expectNoAxeViolations(page, 'home in English');

    await page.getByRole('link', { name: 'Українська' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Соціальна підтримка у вашій громаді');
  });

  test('filters and counts keep their state across the switch, with plurals right in both languages', async ({ page }) => {
    await open(page, '/catalogue?kind=payment');
    const status = page.getByRole('status').filter({ hasText: /Знайдено/ });
    await expect(status).toHaveText(/^Знайдено \d+ (послугу|послуги|послуг)$/);
    const n = Number((await status.innerText()).match(/\d+/)![0]);
    const form = n % 10 === 1 && n % 100 !== 11 ? 'послугу'
      : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'послуги' : 'послуг';
    await expect(status).toHaveText(`Знайдено ${n} ${form}`);

    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/catalogue\?kind=payment$/);
    await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText(n === 1 ? '1 service found' : `${n} services found`);
    await expectNoAxeViolations(page, 'catalogue in English');
  });
});
