import { test, expect, Page } from '@playwright/test';
import { LVIV } from '../playwright.config';
import { expectNoAxeViolations, open } from './support';

// Issue 16, done when: a person in Poland, on a 360 px phone, starts in English, chooses Poland by
// its English name and her community in Ukraine, and gets a plan that says what she can do from
// abroad; she switches to Ukrainian with the portal's own switch (her choice stays), asks her
// community for a social worker from the plan — the form already says she lives abroad, in
// Poland — gives a Polish number (one digit short first, told so at its field) and a Polish
// address, sends it and sees its status. Real server, nothing mocked.

test.use({ viewport: { width: 360, height: 780 } });

/** Nothing on the page is wider than the phone. */
async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('a woman in Poland, in English then in Ukrainian: her plan from abroad, a social worker asked for with a Polish number and address, and its status', async ({ page }) => {
  test.setTimeout(60_000);

  // In English: Poland by its English name.
  await open(page, '/en/community');
  await page.getByLabel('The country you live in').fill('Pola');
  await page.getByRole('button', { name: /Poland/ }).click();
  await expect(page.getByRole('heading', { name: 'I live abroad' })).toBeFocused();
  await expect(page.locator('main')).toContainText('You live abroad: Poland');

  // Her community in Ukraine: where she is registered.
  await page.goto(`/en/community?code=${LVIV}`);
  await page.getByRole('button', { name: 'Choose this community' }).click();
  await expect(page.locator('.app-panel').first()).toContainText('Lviv');
  await expect(page.locator('main')).toContainText('You live abroad: Poland');
  await expectNoAxeViolations(page, 'Poland and Lviv chosen, in English');
  await noSidewaysScroll(page);

  // Her plan: what she can do from Poland, as the facts say (the Unity Hubs named for Poland, not
  // the Unity Centres named for Spain, Germany, France and Czechia).
  await open(page, '/en/check/plan');
  const abroad = page.locator('section', { has: page.getByRole('heading', { name: 'If you live abroad' }) });
  await expect(abroad).toContainText('From abroad you can apply through this portal to your community in Ukraine');
  await expect(abroad).toContainText('birth assistance is granted on legalised (apostilled) documents');
  await expect(abroad).toContainText('“Unity Hubs” in Germany, the United Kingdom, Poland, Austria and Czechia');
  await expect(abroad).not.toContainText('Unity Centres');
  await expect(page.locator('main')).toContainText('Your community: Lviv');
  await expectNoAxeViolations(page, 'the plan of a person in Poland, in English');
  await noSidewaysScroll(page);

  // The portal's language switch: the same plan in Ukrainian, her choice kept.
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/check\/plan$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  const plan = page.locator('section', { has: page.getByRole('heading', { name: 'Якщо ви живете за кордоном' }) });
  await expect(plan).toContainText('«хаби єдності» в Німеччині, Великій Британії, Польщі, Австрії та Чехії');
  await expect(plan).not.toContainText('Центри єдності');
  await expect(page.locator('main')).toContainText('Ваша громада: Львівська');
  await expectNoAxeViolations(page, 'the plan of a person in Poland, in Ukrainian');
  await noSidewaysScroll(page);

  // She asks her community for a social worker, from the plan.
  await page.getByRole('link', { name: 'Попросити фахівця із соціальної роботи' }).click();
  await expect(page.locator('main h1')).toContainText('Соціальний супровід');
  await page.getByRole('link', { name: /Почати|Продовжити/ }).click();
  const next = () => page.getByRole('button', { name: 'Далі', exact: true }).click();

  await expect(page.locator('main h1')).toHaveText('Як вас звати?');
  await page.getByLabel('Прізвище').fill('Варшавська');
  await page.getByLabel('Ім’я').fill('Ірина');
  await next();

  // A Polish number one digit short: told so at its field, naming the country.
  await expect(page.locator('main h1')).toHaveText('Як з вами зв’язатися?');
  await page.getByLabel('Номер телефону').fill('+48 512 345 67');
  await next();
  const message = 'Номер країни Польща має 9 цифр після +48, а в цьому — 8.';
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.locator('#f-phone-error')).toContainText(message);
  await expect(page.getByLabel('Номер телефону')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'a Polish number one digit short');
  await noSidewaysScroll(page);
  await page.getByLabel('Номер телефону').fill('+48 512 345 678');
  await next();

  // Where she lives: abroad, from her choice on the community page.
  await expect(page.locator('main h1')).toHaveText('Де ви живете зараз?');
  await expect(page.getByLabel('За кордоном')).toBeChecked();
  await expect(page.getByLabel('В Україні')).not.toBeChecked();
  await expectNoAxeViolations(page, 'where she lives, answered from her choice');
  await next();

  // Her address abroad: Poland already chosen.
  await expect(page.locator('main h1')).toHaveText('Ваша адреса за кордоном');
  const country = page.getByLabel('Країна', { exact: true });
  await expect(country).toHaveValue('PL');
  await expect(country.locator('option:checked')).toHaveText('Польща');
  await page.getByLabel('Вулиця, будинок, квартира').fill('ul. Marszałkowska 10/4');
  await page.getByLabel('Місто чи селище').fill('Warszawa');
  await page.getByLabel('Поштовий код').fill('00-590');
  await expectNoAxeViolations(page, 'the address abroad with Poland prefilled');
  await noSidewaysScroll(page);
  await next();

  await page.getByLabel('З чим вам потрібна допомога?').fill('Живу у Варшаві з сином; хочу знати, що оформити до повернення до Львова.');
  await next();
  await expect(page.locator('main h1')).toHaveText('Документи');
  await next();

  await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
  const summary = page.locator('.app-summary');
  await expect(summary).toContainText('За кордоном');
  await expect(summary).toContainText('Польща');
  await expect(summary).toContainText('+48 512 345 678');
  await expect(summary).toContainText('00-590');
  await noSidewaysScroll(page);
  await page.getByRole('button', { name: 'Надіслати заяву' }).click();

  await expect(page.locator('main h1')).toHaveText('Заяву отримано');
  const reference = (await page.locator('.app-reference').innerText()).trim();
  expect(reference).toMatch(/^\d{4}-\d{6}$/);
  await expectNoAxeViolations(page, 'the confirmation from abroad');

  // Its status, as the back office tells it: received.
  await page.getByRole('link', { name: 'Перевірити стан заяви' }).click();
  await expect(page.locator('#status-token')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Перевірити' }).click();
  await expect(page.getByRole('status').filter({ hasText: reference })).toContainText('Отримано');
  await expectNoAxeViolations(page, 'the status of the application from abroad');
  await noSidewaysScroll(page);
});
