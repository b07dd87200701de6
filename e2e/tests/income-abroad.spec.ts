import { test, expect, Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './support';

// Issue 16: a woman in Poland earns in złoty. The income question offers the currency of the
// country she chose first (CLDR's, from /data/currencies.bin), takes the amount in PLN and, if she
// gives it, the National Bank's rate; the results say which rate converted it and that the
// community recomputes it, and without a rate what depends on the income stays «maybe», saying
// why. The portal carries no rates: the rate here is hers.

test.use({ viewport: { width: 360, height: 780 } });

const TODAY = new Date('2026-11-25T10:00:00+02:00');

/** The answers and then the results, through the app's own links: the answers live in the page's
 * memory only (a reload would forget them). */
async function answersThenResults(page: Page) {
  await page.getByRole('link', { name: 'Ваші відповіді' }).click();
  await expect(page.locator('main h1')).toHaveText('Ваші відповіді');
  const answers = await page.locator('main').innerText();
  await page.getByRole('link', { name: 'Результати' }).first().click();
  await expect(page.locator('main h1')).toHaveText('Ваші результати');
  return answers;
}

/** Chooses Poland as the country she lives in, then opens the income question. */
async function incomeQuestion(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await open(page, '/community');
  await page.getByLabel('Країна, де ви живете').fill('Польща');
  await page.getByRole('button', { name: /Польща/ }).click();
  await expect(page.locator('main')).toContainText('Ви живете за кордоном: Польща');
  const currencies = page.waitForResponse((r) => r.url().endsWith('/data/currencies.bin'));
  await open(page, '/check/question?q=income_month');
  await currencies;
  await expect(page.locator('main h1')).toContainText('середньомісячний дохід');
  // Led by the currency of Poland, then the hryvnia.
  const options = page.locator('#q-currency option');
  await expect(options.first()).toHaveText('PLN — польський злотий');
  await expect(options.nth(1)).toHaveText('UAH — українська гривня');
  await expect(page.locator('#q-currency')).toHaveValue('UAH');
}

test('an income in złoty with the rate she gave is converted, and the results say at which rate', async ({ page }) => {
  await incomeQuestion(page);
  await page.locator('#q-input').fill('4500');
  await page.getByLabel('Валюта').selectOption('PLN');
  const rate = page.getByLabel('Скільки гривень коштує 1 PLN (польський злотий)? (за бажанням)');
  await expect(rate).toBeVisible();
  await expect(page.locator('main')).toContainText('Офіційний курс Національного банку України — на його сайті.');
  await expectNoAxeViolations(page, 'the income question in another currency');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // A rate of zero is refused at its field, through the error summary.
  await rate.fill('0');
  await page.getByRole('button', { name: 'Далі', exact: true }).click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Введіть курс цифрами, більший за нуль');
  await expect(page.locator('#q-rate-error')).toContainText('Введіть курс цифрами, більший за нуль');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'a rate of zero');
  await summary.getByRole('link').click();
  await expect(rate).toBeFocused();

  await rate.fill('10,25');
  await page.getByRole('button', { name: 'Далі', exact: true }).click();
  await expect(page.locator('main h1')).not.toContainText('середньомісячний дохід');

  expect(await answersThenResults(page)).toContain('4\u00a0500\u00a0PLN (1\u00a0PLN = 10,25\u00a0грн)');
  const said = 'Перераховано за курсом, який ви вказали: 1 PLN = 10,25 грн. Громада перерахує за офіційним курсом НБУ.';
  await expect(page.locator('.app-result', { hasText: said }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('без курсу');
  await expectNoAxeViolations(page, 'results with an income converted at her rate');
});

test('an income in złoty without a rate leaves what depends on it at «maybe», saying why', async ({ page }) => {
  await incomeQuestion(page);
  await page.locator('#q-input').fill('4500');
  await page.getByLabel('Валюта').selectOption('PLN');
  await page.getByRole('button', { name: 'Далі', exact: true }).click();
  await expect(page.locator('main h1')).not.toContainText('середньомісячний дохід');

  expect(await answersThenResults(page)).toContain('4\u00a0500\u00a0PLN, без курсу');
  const why = 'Дохід указано в PLN без курсу, тож ми не можемо порівняти його з межами в гривнях';
  const maybe = page.locator('section', { has: page.getByRole('heading', { name: /Можливо/ }) });
  await expect(maybe.locator('.app-reason--unknown', { hasText: why }).first()).toBeVisible();
  await expect(maybe).toContainText('Громада перерахує його за офіційним курсом НБУ.');
  // Never decided on the unconverted amount.
  for (const other of ['.app-reason--met', '.app-reason--unmet']) {
    await expect(page.locator(other, { hasText: why })).toHaveCount(0);
  }
  await expect(page.locator('main')).not.toContainText('Перераховано за курсом');
  await expectNoAxeViolations(page, 'results with an income without a rate');
});
