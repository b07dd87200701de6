import { test, expect, Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';
import { LVIV } from '../playwright.config';
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

test('the service worker finds each address\'s app as the app\'s routes do', () => {
  // The rules and the addresses with the page the app's url::part_of gives them, both written by
  // the pre-renderer; the worker's own code run on each address.
  const rules = JSON.parse(fs.readFileSync('../dist/.routes.json', 'utf8'));
  const sandbox: Record<string, unknown> = { self: { addEventListener() {}, location: {} }, caches: {} };
  vm.runInNewContext(fs.readFileSync('../dist/sw.js', 'utf8') + '\nthis.shellFor = shellFor; this.isOffice = isOffice;', sandbox);
  const shellFor = sandbox.shellFor as (p: string) => string;
  const isOffice = sandbox.isOffice as (p: string) => boolean;
  expect(rules.examples.length).toBeGreaterThan(10);
  for (const [address, page] of rules.examples as Array<[string, string]>) {
    expect(shellFor(address), address).toBe(page);
    expect(isOffice(address), address).toBe(false);
  }
  for (const address of ['/office', '/en/office/applications/X', '/office-1a2b.js', '/app-office.html']) {
    expect(isOffice(address), address).toBe(true);
  }
});

test.describe('Offline and releases, after one visit', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test('in English: after the first visit the portal says it works offline, then opens offline in English, and says when there is no connection', async ({ page, context }) => {
    await open(page, '/en');
    const ready = page.getByRole('status').filter({ hasText: 'The portal is saved on this device' });
    await expect(ready).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'the offline-ready notice');
    // The English pages were kept first; the Ukrainian ones are kept as they are visited.
    const kept = await page.evaluate(async () => {
      const c = await caches.open((await caches.keys())[0]);
      return (await c.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(kept).toContain('/en/catalogue.html');
    expect(kept).not.toContain('/catalogue.html');
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect(ready).toHaveCount(0);
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'No internet' })).toBeVisible();
    await page.goto('/en/catalogue');
    await expect(page.locator('main h1')).toHaveText('Payments and services');
    await page.goto('/en/check');
    await expect(page.locator('main h1')).toHaveText('Check what you may be entitled to');
    await expect(page.getByRole('status').filter({ hasText: 'No internet' })).toBeVisible({ timeout: 15_000 });
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'No internet' })).toHaveCount(0);
    // Said once per device: not again on the next page.
    await page.goto('/en/about');
    await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
    await page.waitForTimeout(4_000);
    await expect(page.getByText('The portal is saved on this device')).toHaveCount(0);
  });

  test('an embedded check opened offline shows the check', async ({ page, context }) => {
    await open(page, '/');
    await cached(page);
    await context.setOffline(true);
    // A link to the community's widget view of the check, followed with no network: the
    // check's own page renders it (not the portal's, which reloaded itself again and again).
    await page.goto(`/embed/${LVIV}/check`);
    await expect(page.locator('main h1, h1').first()).toHaveText('Перевірте, що вам може належати');
    await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
    await expect(page.locator('.app-header')).toHaveCount(0);
    await page.getByRole('link', { name: 'Почати' }).click();
    await expect(page.locator('h1')).toHaveText('Хто живе разом з вами?');
    await context.setOffline(false);
  });

  test('a release that changes only rules.bin reaches a returning visitor after "Update now"', async ({ page }) => {
    // Its own deploy on another port (another origin), so that the journeys running beside it
    // keep the release they test: a copy of the release build served by the reference server.
    const port = Number(process.env.PORTAL_PORT ?? 4173) + 6;
    const portal = `http://127.0.0.1:${port}`;
    const work = path.resolve('../target/e2e-release');
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    fs.cpSync('../dist', `${work}/dist`, { recursive: true });
    const server = spawn('../target/debug/server', ['--dist', `${work}/dist`, '--addr', `127.0.0.1:${port}`, '--db', `${work}/portal.sqlite`], { stdio: 'ignore' });
    try {
      await expect.poll(async () => (await fetch(`${portal}/robots.txt`).catch(() => null))?.status, { timeout: 15_000 }).toBe(200);
      const firstQuestion = async (heading: string) => {
        await page.goto(`${portal}/check`);
        await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
        await page.getByRole('link', { name: 'Почати' }).click();
        await expect(page.locator('main h1')).toHaveText(heading);
      };
      await firstQuestion('Хто живе разом з вами?');
      await cached(page);

      // The release: the workspace's rules with a question reworded, rebuilt by the importer
      // from a copy of the data (the official sources beside it), and only rules.bin deployed.
      const root = `${work}/main`;
      for (const dir of fs.readdirSync('../data').filter((d) => d !== 'generated')) {
        fs.cpSync(`../data/${dir}`, `${root}/data/${dir}`, { recursive: true });
      }
      fs.symlinkSync(fs.realpathSync('../../shared'), `${work}/shared`);
      const facts = `${root}/data/rules/facts.toml`;
      const before = fs.readFileSync(facts, 'utf8');
      const after = before.replace('question = { uk = "Хто живе разом з вами?"', 'question = { uk = "Хто живе з вами?"');
      expect(after).not.toBe(before);
      fs.writeFileSync(facts, after);
      execFileSync('../target/release/importer', ['--root', root, '--out', `${work}/out`], { stdio: ['ignore', 'ignore', 'pipe'] });
      const data = `${work}/dist/data`;
      for (const unchanged of ['catalogue.bin', 'communities.bin', 'forms.bin']) {
        expect(fs.readFileSync(`${work}/out/${unchanged}`).equals(fs.readFileSync(`${data}/${unchanged}`)), unchanged).toBe(true);
      }
      const rules = fs.readFileSync(`${work}/out/rules.bin`);
      expect(rules.equals(fs.readFileSync(`${data}/rules.bin`))).toBe(false);
      fs.writeFileSync(`${data}/rules.bin`, rules);
      fs.writeFileSync(`${data}/rules.bin.br`, zlib.brotliCompressSync(rules));
      fs.writeFileSync(`${data}/rules.bin.gz`, zlib.gzipSync(rules));
      const oldWorker = fs.readFileSync(`${work}/dist/sw.js`, 'utf8');
      execFileSync('python3', ['../scripts/service_worker.py', `${work}/dist`], { stdio: 'ignore' });
      expect(fs.readFileSync(`${work}/dist/sw.js`, 'utf8')).not.toBe(oldWorker);

      // The returning visitor: the new version is announced, applied when she agrees, and the
      // check then asks with the new rules.
      await page.goto(`${portal}/about`);
      await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const update = page.getByRole('button', { name: 'Оновити зараз' });
      await expect(update).toBeVisible({ timeout: 20_000 });
      await update.click();
      await expect(update).toHaveCount(0, { timeout: 15_000 });
      await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
      await firstQuestion('Хто живе з вами?');
    } finally {
      server.kill();
    }
  });
});
