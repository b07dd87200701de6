import { test, expect, Page } from '@playwright/test';
import { chooseLviv, expectNoAxeViolations, fillRequest, open, sendAndReceive } from './support';

// Issue 16, item 4: every programme of the catalogue can be applied for online. Two that had no
// form before — home care (a social service the community decides) and the school kit (decided
// by another body: the community takes the application and passes it on) — go through the general
// request to the community, from the service page to the community's back office.

// The smallest valid PNG: a 1×1 transparent pixel.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082',
  'hex',
);

test.describe('The general request to the community', () => {
  test.describe.configure({ timeout: 90_000 });

  test('home care, which had no form: a person applies from the service page and the community receives the request', async ({ page, request }) => {
    await chooseLviv(page);
    await open(page, '/service/home-care');
    await page.getByRole('link', { name: 'Подати заяву онлайн до громади' }).click();
    await expect(page.locator('main h1')).toHaveText('Звернення до громади щодо: Догляд вдома');
    await expect(page.locator('main')).toContainText('Заява піде до громади: Львівська міська громада');
    // The community decides home care itself: nothing is said of passing it on.
    await expect(page.locator('main')).not.toContainText('передасть її далі');
    await expectNoAxeViolations(page, 'the start of the general request');
    await fillRequest(page, 'Догляд', 'Мамі 84 роки, після інсульту їй потрібен догляд удома.', 'home care');
    await expectNoAxeViolations(page, 'the documents of the general request');
    await page.getByRole('button', { name: 'Далі', exact: true }).click();

    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    await expect(page.locator('.app-summary')).toContainText('Мамі 84 роки');
    await expectNoAxeViolations(page, 'check your answers of the general request');
    const { reference, received } = await sendAndReceive(page, request);
    expect(reference).toMatch(/^\d{4}-\d{6}$/);
    expect(received.programme).toBe('home-care');
    expect(received.answers.phone).toBe('+380501234567');
    expect(received.answers.request).toContain('догляд удома');

    // «Мої заяви» names it as the request it is.
    await page.goto('/applications');
    await expect(page.locator('main')).toContainText('Звернення до громади щодо: Догляд вдома');
  });

  test('the school kit, decided by another body: the start says once that the community passes it on, in both languages, and the request reaches the community', async ({ page, request }) => {
    await chooseLviv(page);
    await open(page, '/en/service/school-kit');
    await page.getByRole('link', { name: 'Apply online to your community' }).click();
    await expect(page.locator('main h1')).toHaveText('Request to the community about: “School kit” (Pakunok shkoliara)');
    await expect(page.getByText('it takes your application and passes it on')).toHaveCount(1);
    await expect(page.locator('main')).toContainText('Who decides: Not stated in the collected sources; since 2025 most social assistance is granted by the Pension Fund of Ukraine.');
    await expectNoAxeViolations(page, 'the start of the general request in English');

    await page.goto('/apply/school-kit');
    await expect(page.locator('main h1')).toHaveText('Звернення до громади щодо: «Пакунок школяра»');
    await expect(page.getByText('вона прийме вашу заяву й передасть її далі')).toHaveCount(1);
    await fillRequest(page, 'Пакунок', 'Прошу прийняти заяву на «Пакунок школяра» для сина, 1 клас.', '');
    // Said once: not again on the pages that follow.
    await expect(page.locator('main')).not.toContainText('передасть її далі');
    await page.getByRole('button', { name: 'Далі', exact: true }).click();
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    const { received } = await sendAndReceive(page, request);
    expect(received.programme).toBe('school-kit');
  });

  test('a general request asks for the documents the catalogue names, each optional, and takes one', async ({ page, request }) => {
    await chooseLviv(page);
    await page.goto('/apply/low-income-families');
    await expect(page.locator('main')).toContainText('Хто вирішує: Пенсійний фонд України.');
    await fillRequest(page, 'Малозабезпечена', 'Прошу призначити допомогу малозабезпеченій сім’ї.', '');
    await expect(page.getByLabel(/Декларація про доходи/)).toBeVisible();
    await expect(page.locator('main')).toContainText('за бажанням');
    await page.getByLabel(/Декларація про доходи/).setInputFiles({ name: 'declaration.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.locator('main')).toContainText('declaration.png');
    await expectNoAxeViolations(page, 'the documents the catalogue names');
    await page.getByRole('button', { name: 'Далі', exact: true }).click();
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    // No document the catalogue names is missing: each is optional.
    await expect(page.locator('#missing-documents')).toHaveCount(0);
    const { received } = await sendAndReceive(page, request);
    expect(Object.keys(received.attachments)).toEqual(['declaration-of-income-and-property']);
  });
  test('a single mother’s request names her daughter, whom the amount is counted for: the summary and the community have her (issue 16)', async ({ page, request }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await chooseLviv(page);
    await page.goto('/apply/single-parents');
    await fillRequest(page, 'Одинока', 'Прошу призначити допомогу на доньку, вона навчається в університеті.', '', undefined, async (p) => {
      const next = () => p.getByRole('button', { name: 'Далі', exact: true }).click();
      await expect(p.locator('main h1')).toHaveText('Хто ще живе з вами?');
      await expectNoAxeViolations(p, 'the family members’ count of the general request');
      await p.getByLabel('1', { exact: true }).check();
      await next();
      await expect(p.locator('main h1')).toHaveText('Член сім’ї 1');
      await p.getByLabel('Член сім’ї 1: прізвище').fill('Одинока');
      await p.getByLabel('Член сім’ї 1: ім’я').fill('Ірина');
      await p.getByLabel('Член сім’ї 1: дата народження').fill('2007-03-15');
      await p.getByLabel('Син або дочка').check();
      await p.getByLabel('Ні', { exact: true }).first().check();
      await p.locator('fieldset', { hasText: 'Член сім’ї 1: навчається' }).getByLabel('Так', { exact: true }).check();
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(p, 'a family member of the general request');
      await next();
    });
    await page.getByRole('button', { name: 'Далі', exact: true }).click();
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    const summary = page.locator('.app-summary');
    await expect(summary.locator('.app-summary__row', { hasText: 'Член сім’ї 1: ім’я' })).toContainText('Ірина');
    await expect(summary.locator('.app-summary__row', { hasText: 'Член сім’ї 1: навчається' })).toContainText('Так');
    const { received } = await sendAndReceive(page, request);
    expect(received.answers.members).toBe('1');
    expect(received.answers.member_1_birth_date).toBe('2007-03-15');
    expect(received.answers.member_1_studying).toBe('yes');
  });

  test('a person abroad gives a passport for travel abroad instead of the ID card: checked at its field, and received as such (issue 16)', async ({ page, request }) => {
    await chooseLviv(page);
    await page.goto('/apply/home-care');
    await fillRequest(page, 'Закордонна', 'Прошу порадити, як оформити догляд для мами, поки я за кордоном.', '', async (p) => {
      await p.getByLabel('Паспорт громадянина України для виїзду за кордон').check();
      await expect(p.getByLabel(/Номер ID-картки/)).toHaveCount(0);
      const travel = p.getByLabel('Серія й номер паспорта для виїзду за кордон');
      // One digit short: refused at its field, and the page does not go on.
      await travel.fill('FC44975');
      await p.getByRole('button', { name: 'Далі', exact: true }).click();
      await expect(p.locator('#error-summary')).toBeFocused();
      await expect(travel).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(p, 'a passport for travel abroad one digit short');
      // Typed as people do: lower case, with a space.
      await travel.fill('fc 449752');
    });
    await page.getByRole('button', { name: 'Далі', exact: true }).click();
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    const { received } = await sendAndReceive(page, request);
    expect(received.answers.id_document).toBe('travel-passport');
    expect(received.answers.travel_passport).toBe('FC449752');
    expect(received.answers.passport).toBeUndefined();
  });
});
