import { test, expect, Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './support';

/** Types the way a person does, one key at a time, and returns the result links in order. */
async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Що ви шукаєте?' });
  await box.fill('');
  await box.pressSequentially(text, { delay: 10 });
  await expect(page).toHaveURL(/\/search\?q=/);
  return page.locator('#search-results .app-card__title a');
}

test.describe('Search works the way Ukrainians type on phones', () => {
  test('the home search box opens the results page with a shareable URL', async ({ page }) => {
    await open(page, '/');
    await page.getByRole('searchbox', { name: 'Що ви шукаєте?' }).fill('субсидія');
    await page.getByRole('button', { name: 'Шукати' }).click();
    await expect(page).toHaveURL(/\/search\?q=%D1%81/);
    await expect(page.locator('#search-results .app-card__title a').first()).toHaveText('Житлова субсидія');
    await expectNoAxeViolations(page, 'search results');
    await page.reload();
    await expect(page.locator('#search-results .app-card__title a').first()).toHaveText('Житлова субсидія');
  });

  test('a word typed in the wrong keyboard layout still finds it: ljgjvjuf → допомога', async ({ page }) => {
    await open(page, '/search');
    const results = await search(page, 'ljgjvjuf');
    await expect(results.first()).toContainText(/[Дд]опомог/);
  });

  test('Latin transliteration finds Ukrainian words: dopomoha pry narodzhenni', async ({ page }) => {
    await open(page, '/search');
    const results = await search(page, 'dopomoha pry narodzhenni');
    await expect(results.first()).toHaveText('Допомога при народженні дитини');
  });

  test('a synonym finds the programme: ВПО and переселенці find the IDP allowance', async ({ page }) => {
    await open(page, '/search');
    let results = await search(page, 'ВПО');
    await expect(results.first()).toHaveText(/^Допомога на проживання внутрішньо переміщеним особам/);
    results = await search(page, 'переселенці');
    await expect(results.filter({ hasText: 'Допомога на проживання внутрішньо переміщеним особам' })).toHaveCount(1);
  });

  test('case, apostrophes and word beginnings do not matter', async ({ page }) => {
    await open(page, '/search');
    const a = await (await search(page, "сім'ї")).allInnerTexts();
    const b = await (await search(page, 'СІМʼЇ')).allInnerTexts();
    const c = await (await search(page, 'сімї')).allInnerTexts();
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    const prefix = await search(page, 'субс');
    await expect(prefix.first()).toHaveText('Житлова субсидія');
  });

  test('communities are found too, with raion and oblast to tell them apart', async ({ page }) => {
    await open(page, '/search');
    const results = await search(page, 'kharkiv');
    const first = page.locator('#search-results .app-card').first();
    await expect(first).toContainText('Харківська міська громада');
    await expect(first).toContainText('Харківський район, Харківська область');
    await expect(results.first()).toBeVisible();
  });
});
