import { test, expect, Page } from '@playwright/test';
import { appStarted, chooseLviv, mainNavigation } from './support';

// The static portal: pre-rendered pages a person reads with JavaScript off, and that the app
// takes over, when JavaScript is on, without a flash or a layout shift.

test.describe('With JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a person reads the home page, a life situation and a service page, following links', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Соціальна підтримка в громаді/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Соціальна підтримка у вашій громаді');
    await expect(page.locator('body')).not.toHaveAttribute('data-app', 'started');

    await page.getByRole('link', { name: /Народження дитини/ }).click();
    await expect(page).toHaveURL(/\/situation\/birth$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Народження дитини');
    await expect(page).toHaveTitle(/^Народження дитини — /);

    await page.getByRole('link', { name: 'Допомога при народженні дитини' }).click();
    await expect(page).toHaveURL(/\/service\/birth-assistance$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
    await expect(page).toHaveTitle(/^Допомога при народженні дитини — /);
    await expect(page.getByText(/50 000 грн/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Правова підстава' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Джерела' })).toBeVisible();

    // The header leads on; the language link reaches the same page in English.
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/service\/birth-assistance$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Birth grant/);
    await (await mainNavigation(page, 'Main navigation')).getByRole('link', { name: 'Payments and services' }).click();
    await expect(page).toHaveURL(/\/en\/catalogue$/);
    await expect(page.getByRole('listitem').filter({ has: page.locator('a[href="/en/service/birth-assistance"]') })).toHaveCount(1);
  });

  test('the search form leads to a plain list of every service by name', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Що ви шукаєте?' }).fill('субсидія');
    await page.getByRole('button', { name: 'Шукати' }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('heading', { name: 'Усі виплати та послуги від А до Я' })).toBeVisible();
    const list = page.getByRole('region', { name: 'Усі виплати та послуги від А до Я' }).getByRole('link');
    expect(await list.count()).toBeGreaterThanOrEqual(30);
    await list.filter({ hasText: /субсиді/i }).first().click();
    await expect(page).toHaveURL(/\/service\//);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/убсиді/);
  });

  test('the first question of the check is on the page', async ({ page }) => {
    await page.goto('/check/question');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main form, main fieldset, main input').first()).toBeVisible();
  });
  // The pages only an app used to render (issue 17) paint before any module arrives: their
  // heading and first content are in the page itself.
  test('a form\'s start, the community picker and the status form are on the page', async ({ page }) => {
    await page.goto('/apply/birth-assistance');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
    await expect(page).toHaveTitle(/^Допомога при народженні дитини — /);
    await expect(page.getByRole('link', { name: 'Почати' })).toHaveAttribute('href', '/apply/birth-assistance/name');
    await expect(page.getByRole('link', { name: 'Обрати громаду' })).toBeVisible();

    await page.goto('/en/apply/idp-living-allowance');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/living allowance/i);

    await page.goto('/community');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Моя громада');
    await expect(page.getByRole('searchbox', { name: 'Назва громади' })).toBeVisible();

    await page.goto('/status');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Стан заяви');
    await expect(page.getByRole('textbox', { name: 'Номер заяви' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Перевірити' })).toBeVisible();
  });
});

/** Records layout shifts from the very start of the page, and where its main content was drawn
 * before the app took it over. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    (window as any).__shifts = [];
    addEventListener('DOMContentLoaded', () => {
      const r = document.querySelector('main')!.getBoundingClientRect();
      (window as any).__before = [r.x, r.y, r.width, r.height];
    });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) (window as any).__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test.describe('With JavaScript on', () => {
  for (const [path, heading] of [
    ['/', 'Соціальна підтримка у вашій громаді'],
    ['/situation/birth', 'Народження дитини'],
    ['/service/birth-assistance', 'Допомога при народженні дитини'],
    ['/en/service/idp-living-allowance', /living allowance/i],
    ['/apply/birth-assistance', 'Допомога при народженні дитини'],
    ['/community', 'Моя громада'],
    ['/status', 'Стан заяви'],
  ] as const) {
    test(`the app takes over ${path} with no layout shift and nothing fetched twice`, async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await watchLayoutShifts(page);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await appStarted(page);
      await expect(page.locator('body')).not.toHaveAttribute('data-prerendered', '');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const [before, after] = await page.evaluate(() => {
        const r = document.querySelector('main')!.getBoundingClientRect();
        return [(window as any).__before, [r.x, r.y, r.width, r.height]];
      });
      expect(after).toEqual(before);
      // Two frames after the take-over, then every shift recorded since the start.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shifts = await page.evaluate(() => (window as any).__shifts as number[]);
      expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
      // The page held its programme: the app does not fetch the catalogue's details for it.
      expect(fetched).not.toContain('/data/catalogue.bin');
      // Nor any data file twice (a form's start fetches the forms once, before the take-over).
      const data = fetched.filter((f) => f.startsWith('/data/'));
      expect(data).toEqual([...new Set(data)]);
      // The app runs: moving to another of its pages happens without a page load, and focus
      // lands on the new page's heading; the status form is checked on the device.
      if (path.startsWith('/apply/')) {
        await page.getByRole('link', { name: 'Почати' }).click();
        await expect(page).toHaveURL(/\/apply\/birth-assistance\/name$/);
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      } else if (path === '/status') {
        await page.getByRole('button', { name: 'Перевірити' }).click();
        await expect(page.locator('.app-error-message').first()).toBeVisible();
      } else {
        await (await mainNavigation(page)).getByRole('link').first().click();
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      }
    });
  }

  test('the app takes a page over in steps, between which the browser handles other work', async ({ page }) => {
    // From the moment the take-over begins until the app's page is on screen, count the tasks of
    // the page's own that run in between: a take-over done in one long task leaves room for none.
    await page.addInitScript(() => {
      (window as any).__between = 0;
      new MutationObserver(() => {
        if (document.body?.dataset.app !== 'taking-over' || (window as any).__counting) return;
        (window as any).__counting = true;
        const tick = () => {
          if (document.body.dataset.app === 'started') return;
          (window as any).__between += 1;
          setTimeout(tick, 0);
        };
        setTimeout(tick, 0);
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
    });
    await page.goto('/service/birth-assistance');
    await page.getByRole('link', { name: 'Виплати та послуги' }).first().focus();
    await appStarted(page);
    expect(await page.evaluate(() => (window as any).__between)).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
  });

  test('a link followed while the app takes the page over leads to its page', async ({ page }) => {
    // The person taps a link of the static page after the app has begun and before it has
    // finished (its router is there, its page not yet): they get that page, run by the app.
    await page.addInitScript(() => {
      const loads = Number(sessionStorage.getItem('loads') ?? 0) + 1;
      sessionStorage.setItem('loads', String(loads));
      if (loads > 1) return;
      // A few tasks into the take-over: the app's router is there, its page not yet.
      const later = (n: number, f: () => void) => setTimeout(() => (n > 1 ? later(n - 1, f) : f()), 0);
      new MutationObserver((_, observer) => {
        if (document.body?.dataset.app !== 'taking-over') return;
        observer.disconnect();
        later(3, () => {
          sessionStorage.setItem('clickedWhile', document.body.dataset.app ?? '');
          document.querySelector<HTMLAnchorElement>('main a[href="/catalogue"]')!.click();
        });
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
    });
    await page.goto('/service/birth-assistance');
    await expect(page).toHaveURL(/\/catalogue$/);
    await appStarted(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Виплати та послуги');
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
    // The link was followed during the take-over, as the static page's link: its page was loaded.
    expect(await page.evaluate(() => sessionStorage.getItem('clickedWhile'))).toBe('taking-over');
    expect(await page.evaluate(() => sessionStorage.getItem('loads'))).toBe('2');
  });

  // Most people come back: the pre-rendered page cannot know their community, which the device
  // keeps. Before the first paint the page shows the header's line naming it (as the app last
  // wrote it) and keeps out of sight what depends on it, so nothing moves, also at 320 px where
  // the name takes two lines.
  for (const path of ['/', '/situation/birth', '/community', '/apply/birth-assistance', '/check', '/en/service/idp-living-allowance']) {
    test(`for a person who chose a community, ${path} does not move as the app takes it over`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await chooseLviv(page);
      await watchLayoutShifts(page);
      await page.addInitScript(() => {
        addEventListener('DOMContentLoaded', () => {
          const line = document.querySelector('.app-header__community--pending');
          (window as any).__line = line && getComputedStyle(line, '::before').content;
        });
      });
      await page.goto(path);
      await appStarted(page);
      await expect(page.locator('.app-header__community a')).toHaveText(path.startsWith('/en') ? 'Lvivska urban community' : 'Львівська міська громада');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const [before, after, shifts, line] = await page.evaluate(() => {
        const r = document.querySelector('main')!.getBoundingClientRect();
        const w = window as any;
        return [w.__before, [r.x, r.y, r.width, r.height], w.__shifts as number[], w.__line as string];
      });
      expect(line).toContain(path.startsWith('/en') ? 'Your community: Lvivska urban community' : 'Ваша громада: Львівська міська громада');
      expect(after[1]).toBe(before[1]);
      expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
    });
  }

  test('for a person whose device holds an application, the wide header\'s navigation has "Мої заяви" before the app', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await chooseLviv(page);
    await page.evaluate(() => localStorage.setItem('portal.held', JSON.stringify('1')));
    await watchLayoutShifts(page);
    for (const path of ['/', '/community']) {
      await page.goto(path);
      await appStarted(page);
      const nav = page.getByRole('navigation', { name: 'Основна навігація' }).last();
      await expect(nav.getByRole('link', { name: 'Мої заяви' })).toBeVisible();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const [before, after, shifts] = await page.evaluate(() => {
        const r = document.querySelector('main')!.getBoundingClientRect();
        return [(window as any).__before, [r.x, r.y, r.width, r.height], (window as any).__shifts as number[]];
      });
      expect(after[1], path).toBe(before[1]);
      expect(shifts.reduce((a, b) => a + b, 0), path).toBe(0);
    }
  });

  test('without its app, a returning visitor\'s community page shows everything it holds', async ({ page }) => {
    await chooseLviv(page);
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto('/community');
    await expect(page.getByRole('searchbox', { name: 'Назва громади' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-community', '');
  });

  test('what a person types before the app arrives is kept', async ({ page }) => {
    // The app starts on the first key press; the text typed meanwhile stays in the box.
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Що ви шукаєте?' });
    await box.pressSequentially('субс', { delay: 20 });
    await appStarted(page);
    await expect(box).toHaveValue('субс');
    await expect(box).toBeFocused();
  });
});
