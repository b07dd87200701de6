import { test, expect, Page } from '@playwright/test';
import * as fs from 'node:fs';
import { expectNoAxeViolations, open } from './support';

// Offline, as after a power cut on a neighbour's hotspot that then drops: after one visit the
// portal opens, the eligibility check runs and a draft is saved with no network. A new version is
// announced and applied when the person agrees, never in the middle of a form.

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page and has cached the three apps and the data. */
async function cached(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(async () =>
      page.evaluate(async () => {
        const keys = await caches.keys();
        if (!keys.length) return 0;
        return (await (await caches.open(keys[0])).keys()).length;
      }),
    )
    .toBeGreaterThan(12);
}

test('the portal can be installed: every page links a manifest whose icons exist', async ({ page, request }) => {
  for (const path of ['/', '/check', '/apply/social-accompaniment']) {
    await open(page, path);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  }
  const res = await request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ lang: 'uk', start_url: '/', display: 'standalone' });
  for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    if (icon.sizes !== 'any') {
      const png = await file.body();
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  }
});

test.describe('Offline after one visit', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  test('the portal opens, the check runs and a draft is kept with no network', async ({ page, context }) => {
    await open(page, '/');
    await cached(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Соціальна підтримка у вашій громаді');
    await page.goto('/catalogue');
    await expect(page.locator('main h1')).toHaveText('Виплати та послуги');

    await page.goto('/check');
    await expect(page.locator('main h1')).toHaveText('Перевірте, що вам може належати');
    await expect(page.getByText('Завантажуємо правила')).toHaveCount(0);
    await page.getByRole('link', { name: 'Почати' }).click();
    await expect(page.locator('main h1')).toHaveText('Хто живе разом з вами?');
    await page.getByRole('button', { name: 'Я живу сам(а) — далі' }).click();
    await expect(page.locator('main h1')).not.toHaveText('Хто живе разом з вами?');

    await page.goto('/apply/social-accompaniment');
    await page.getByRole('link', { name: 'Почати' }).click();
    await page.getByLabel('Прізвище').fill('Без мережі');
    await page.reload();
    await expect(page.getByLabel('Прізвище')).toHaveValue('Без мережі');
    await expectNoAxeViolations(page, 'a form page opened offline');
  });

  test('a new version is announced, not offered in the middle of a form, and applied when the person agrees', async ({ page }) => {
    await open(page, '/');
    await cached(page);
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    const sw = '../dist/sw.js';
    const original = fs.readFileSync(sw, 'utf8');
    try {
      // A new deploy: the service worker changes on the server.
      fs.writeFileSync(sw, original.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
      await page.goto('/apply/social-accompaniment/name');
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await page.getByLabel('Прізвище').fill('Посеред форми');
      await page.waitForTimeout(1500);
      await expect(page.getByRole('button', { name: 'Оновити зараз' })).toHaveCount(0);
      await page.goto('/about');
      const update = page.getByRole('button', { name: 'Оновити зараз' });
      await expect(update).toBeVisible({ timeout: 15_000 });
      await expectNoAxeViolations(page, 'the update notice');
      await update.click();
      await expect(update).toHaveCount(0, { timeout: 15_000 });
      await expect
        .poll(() => page.evaluate(async () => (await caches.keys()).join(',')))
        .toContain('-next');
    } finally {
      fs.writeFileSync(sw, original);
    }
  });
});
