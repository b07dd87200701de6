import { test, expect, Page, Frame } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FOREIGN, HOST, LVIV, PORTAL } from '../playwright.config';

// The widget on a community's own website: the host page is served from another origin than
// the portal, registered by Lviv's community (see playwright.config.ts); a second website is not.

const host = (settings: Record<string, string>, origin = HOST) =>
  `${origin}/one?${new URLSearchParams({ community: LVIV, ...settings })}`;

/** The widget's frame once the app runs in it. */
async function widget(page: Page): Promise<Frame> {
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveCount(1);
  const handle = await iframe.elementHandle();
  const frame = (await handle!.contentFrame())!;
  await expect(frame.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
  return frame;
}

/** The frame fits its content: its height is the page's, and nothing scrolls inside it. */
async function expectFitted(page: Page, frame: Frame) {
  await expect(async () => {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const box = await page.locator('iframe').boundingBox();
    expect(Math.abs(box!.height - content)).toBeLessThanOrEqual(1);
    const inner = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(inner).toBeLessThanOrEqual(1);
  }).toPass({ timeout: 7_000 });
  return (await page.locator('iframe').boundingBox())!.height;
}

test.describe('A community embeds the portal in its website', () => {
  test('the catalogue: the community\'s programmes in a frame that grows and shrinks with its content', async ({ page }) => {
    await page.goto(host({ view: 'catalogue' }));
    await expect(page.locator('iframe')).toHaveAttribute('title', 'Виплати та послуги — Соціальна підтримка в громаді');
    const frame = await widget(page);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Виплати та послуги');
    // No header or footer of the portal inside the community's page.
    await expect(frame.locator('.app-header, .app-footer, .app-nav')).toHaveCount(0);
    // Lviv has no local programmes in the official sources: the national ones, every one of them.
    await expect(frame.locator('.app-card')).toHaveCount(33);
    const full = await expectFitted(page, frame);
    expect(full).toBeGreaterThan(1500);

    // Fewer results: the frame shrinks.
    await frame.getByLabel('Життєва ситуація').selectOption('displacement');
    await frame.getByRole('button', { name: 'Показати' }).click();
    await expect(frame.locator('.app-card')).toHaveCount(2);
    const fewer = await expectFitted(page, frame);
    expect(fewer).toBeLessThan(full / 2);
    expect(frame.url()).toContain(`/embed/${LVIV}/catalogue?`);

    // A service opens inside the frame, which grows to fit it.
    await frame.locator('.app-card__title a').first().click();
    await expect.poll(() => frame.url()).toMatch(new RegExp(`/embed/${LVIV}/service/`));
    await expect(frame.getByRole('heading', { name: 'Правова підстава' })).toBeVisible();
    expect(await expectFitted(page, frame)).toBeGreaterThan(fewer);

    // A legal act on another site opens in a new tab; the view stays.
    const service = frame.url();
    await page.context().route('https://zakon.rada.gov.ua/**', (route) => route.abort());
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      frame.locator('a[href^="https://zakon.rada.gov.ua/"]').first().click(),
    ]);
    expect(tab).toBeTruthy();
    expect(frame.url()).toBe(service);
    await tab.close();

    const axe = await new AxeBuilder({ page }).include('iframe').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the demo website: two widgets on one page, each in its own frame, each fitted', async ({ page }) => {
    await page.goto(`${HOST}/demo`);
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(2);
    const ids = await frames.evaluateAll((fs) => fs.map((f) => new URL((f as HTMLIFrameElement).src).searchParams.get('widget')));
    expect(new Set(ids).size).toBe(2);
    for (let i = 0; i < 2; i++) {
      await frames.nth(i).scrollIntoViewIfNeeded();
      const frame = (await (await frames.nth(i).elementHandle())!.contentFrame())!;
      await expect(frame.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
      await expect(async () => {
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        expect(Math.abs((await frames.nth(i).boundingBox())!.height - content)).toBeLessThanOrEqual(1);
      }).toPass({ timeout: 7_000 });
    }
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the keyboard passes into the frame and out of it again', async ({ page }) => {
    await page.goto(host({ view: 'service', service: 'birth-assistance' }));
    const frame = await widget(page);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
    await page.locator('#before').focus();
    await page.keyboard.press('Tab');
    await expect(frame.locator(':focus')).toHaveCount(1);
    // Out through the end of the frame to the host's next link.
    for (let i = 0; i < 200 && !(await page.locator('#after').evaluate((a) => a === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(page.locator('#after')).toBeFocused();
  });

  test('the language: set by the community, switched by the person', async ({ page }) => {
    await page.goto(host({ view: 'catalogue', lang: 'en' }));
    await expect(page.locator('iframe')).toHaveAttribute('title', /Payments and services/);
    const frame = await widget(page);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Payments and services');
    await frame.getByRole('link', { name: 'Українська' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Виплати та послуги');
    await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
    expect(frame.url()).toContain(`/embed/${LVIV}/catalogue?`);
    await expectFitted(page, frame);
  });

  test('the eligibility check runs in the frame, in the community\'s colour within contrast limits', async ({ page }) => {
    // A light yellow: white text on it would not read, so the portal darkens it.
    await page.goto(host({ view: 'check', accent: '#ffd500' }));
    const frame = await widget(page);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Перевірте, що вам може належати');
    const brand = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--app-brand').trim());
    expect(brand).toMatch(/^#[0-9a-f]{6}$/);
    expect(brand).not.toBe('#ffd500');
    await frame.getByRole('link', { name: 'Почати', exact: true }).click();
    await expect.poll(() => frame.url()).toMatch(new RegExp(`/embed/${LVIV}/check/question`));
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Хто живе разом з вами?');
    await expectFitted(page, frame);
    const axe = await new AxeBuilder({ page }).include('iframe').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the status page embeds too, and a link to a page the widget does not have opens the portal in a new tab', async ({ page, context }) => {
    await page.goto(host({ view: 'status' }));
    const frame = await widget(page);
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      frame.getByRole('link', { name: 'Відкрити на порталі (нова вкладка)' }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${PORTAL}/status`);
    expect(frame.url()).toContain('/embed/');
  });

  test('a website the community did not register is refused by the browser', async ({ page }) => {
    const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
    await page.goto(host({ view: 'catalogue' }, FOREIGN));
    await refused;
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await page.waitForTimeout(500);
    expect(await frame.locator('main').count()).toBe(0);
  });

  test('a message from another origin does not move the frame', async ({ page }) => {
    await page.goto(host({ view: 'catalogue' }));
    const frame = await widget(page);
    const fitted = await expectFitted(page, frame);
    const id = await page.locator('iframe').evaluate((f) => new URL((f as HTMLIFrameElement).src).searchParams.get('widget'));
    // The host page itself (another origin than the portal) posts a well-formed message.
    await page.evaluate((widget) => window.postMessage({ type: 'portal-widget:height', widget, height: 7 }, '*'), id);
    await page.waitForTimeout(300);
    expect((await page.locator('iframe').boundingBox())!.height).toBe(fitted);
  });

  test('where the browser lets the frame keep nothing, the person continues on the portal with their answers', async ({ page, context }) => {
    // As Safari may do in a frame of another site: the portal's storage in the frame is denied.
    await context.addInitScript((portal) => {
      if (window !== window.top && location.origin === portal) {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    }, PORTAL);
    await page.goto(host({ view: 'check' }));
    const frame = await widget(page);
    await expect(frame.getByRole('status').filter({ hasText: 'не дозволяє віджету' })).toBeVisible();
    await frame.getByRole('link', { name: 'Почати', exact: true }).click();
    await frame.getByRole('button', { name: /Я живу сам/ }).click();
    const next = await frame.getByRole('heading', { level: 1 }).textContent();
    expect(next).not.toBe('Хто живе разом з вами?');

    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      frame.getByRole('link', { name: 'Продовжити на порталі з вашими відповідями (нова вкладка)' }).click(),
    ]);
    await expect(tab.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
    // The answer given in the frame is there: the portal asks the next question, not the first.
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(next!);
    // The answers travelled in the fragment, which is gone from the address at once.
    expect(new URL(tab.url()).hash).toBe('');
    expect(new URL(tab.url()).pathname).toBe('/check/question');
  });
});
