import { test, expect } from '@playwright/test';
import { LVIV } from '../playwright.config';
import { expectNoAxeViolations, open } from './support';

// Issue 16: a Ukrainian living in Kraków. A town abroad finds no community of Ukraine, and the
// picker says where a person abroad turns to; she chooses Poland by its name and her community in
// Ukraine; her plan then says what the sources say for people in Poland.

test.use({ viewport: { width: 360, height: 780 } });

test('a woman in Kraków chooses Poland and her community in Ukraine, and her plan says what she can do from abroad', async ({ page }) => {
  await open(page, '/en/community?q=Krak');
  await expect(page.getByRole('status').filter({ hasText: '0 communities found' })).toBeVisible();
  await expect(page.locator('main')).toContainText('No community of Ukraine has that name. Living abroad?');
  await expectNoAxeViolations(page, 'a name abroad that finds no community');

  // Poland, by its name (not its code).
  const country = page.getByLabel('The country you live in');
  await country.fill('Pola');
  await expect(page.getByRole('button', { name: /Poland/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ukraine/ })).toHaveCount(0);
  await page.getByRole('button', { name: /Poland/ }).click();
  await expect(page.getByRole('heading', { name: 'I live abroad' })).toBeFocused();
  await expect(page.locator('main')).toContainText('You live abroad: Poland');
  await expect(page.locator('.app-lead')).toContainText('Choose your community in Ukraine');
  await expect(page.locator('main')).not.toContainText('Living abroad?');

  // Her community in Ukraine: where she is registered.
  await page.goto(`/en/community?code=${LVIV}`);
  await page.getByRole('button', { name: 'Choose this community' }).click();
  await expect(page.locator('.app-panel').first()).toContainText('Lviv');
  await expect(page.locator('main')).toContainText('You live abroad: Poland');
  await expectNoAxeViolations(page, 'a person abroad with her community in Ukraine');
  // No sideways scrolling on a 360 px phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Her plan, in Ukrainian: from abroad, what stops, a return, and the Unity Hubs the facts name
  // for Poland (not the Unity Centres they name for Spain and Germany).
  await open(page, '/check/plan');
  const abroad = page.locator('section', { has: page.getByRole('heading', { name: 'Якщо ви живете за кордоном' }) });
  await expect(abroad).toContainText('подати заяву через цей портал до своєї громади в Україні');
  await expect(abroad).toContainText('легалізованими (з апостилем) документами');
  await expect(abroad).toContainText('«хаби єдності»');
  await expect(abroad).not.toContainText('Центри єдності');
  await expect(abroad.locator('a[href="https://expert.in.ua/society/stalo-vidomo-chy-prymushuvatymut-ukrayintsiv-povertatys-iz-za-kordonu/amp"]').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the plan of a person in Poland');

  // Back in Ukraine: the choice is undone.
  await open(page, '/community');
  await page.getByRole('button', { name: 'Я живу в Україні' }).click();
  await expect(page.getByLabel('Країна, де ви живете')).toBeVisible();
});
