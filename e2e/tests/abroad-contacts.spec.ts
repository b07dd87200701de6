import { test, expect } from '@playwright/test';
import { chooseLviv, expectNoAxeViolations, staffList, staffToken } from './support';

// Issue 16, item 3: a person in Kraków asks her community in Ukraine for a social worker. She
// chooses "Abroad" and Poland by its name, gives a Polish address and a Polish phone number; a
// number one digit short is told so, naming the country and the digits it needs (the country
// table the browser fetches, from libphonenumber's metadata), and the community receives the
// application with the country's ISO code and the structured address.

test.describe('Contacts abroad', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a Polish address and phone: a number one digit short is refused with the country named, then the application is sent', async ({ page, request }) => {
    await chooseLviv(page);
    await page.goto('/apply/social-accompaniment');
    // The form's pages fetch the country table (/data/countries.bin) once; the community page's
    // picker may already have had it cached by the service worker.
    await page.getByRole('link', { name: /Почати|Продовжити/ }).click();
    const next = () => page.getByRole('button', { name: 'Далі', exact: true }).click();

    await expect(page.locator('main h1')).toHaveText('Як вас звати?');
    await page.getByLabel('Прізвище').fill('Краківська');
    await page.getByLabel('Ім’я').fill('Олена');
    await next();

    await expect(page.locator('main h1')).toHaveText('Як з вами зв’язатися?');
    await page.getByLabel('Номер телефону').fill('+48 601 234 56');
    await next();
    const message = 'Номер країни Польща має 9 цифр після +48, а в цьому — 8.';
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.locator('#f-phone-error')).toContainText(message);
    await expect(page.getByLabel('Номер телефону')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'a Polish number one digit short');
    await page.getByLabel('Номер телефону').fill('+48 601 234 567');
    await next();

    await page.getByLabel('За кордоном').check();
    await next();

    await expect(page.locator('main h1')).toHaveText('Ваша адреса за кордоном');
    // Poland by its name, in the page's language; Ukraine is not offered as abroad.
    const country = page.getByLabel('Країна', { exact: true });
    await expect(country.locator('option', { hasText: 'Україна' })).toHaveCount(0);
    await country.selectOption({ label: 'Польща' });
    await page.getByLabel('Вулиця, будинок, квартира').fill('ul. Floriańska 15/3');
    await page.getByLabel('Місто чи селище').fill('Kraków');
    // A Polish postal code is 2 digits, a dash and 3 digits.
    await page.getByLabel('Поштовий код').fill('31019');
    await next();
    await expect(page.locator('#f-foreign_postal_code-error')).toContainText('Поштовий код країни Польща має інший вигляд');
    await expectNoAxeViolations(page, 'the address abroad with a wrong postal code');
    await page.getByLabel('Поштовий код').fill('31-019');
    await next();

    await page.getByLabel('З чим вам потрібна допомога?').fill('Живу в Кракові з донькою, плануємо повернутися до Львова восени.');
    await next();
    await expect(page.locator('main h1')).toHaveText('Документи');
    await next();

    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    const summary = page.locator('.app-summary');
    await expect(summary).toContainText('Польща');
    await expect(summary).toContainText('31-019');
    await expect(summary).toContainText('+48 601 234 567');
    await expectNoAxeViolations(page, 'check your answers from abroad');
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(page.locator('main h1')).toHaveText('Заяву отримано');

    const mine = (await staffList(request, staffToken())).filter((a) => a.answers.surname === 'Краківська');
    expect(mine).toHaveLength(1);
    expect(mine[0].answers.country).toBe('PL');
    expect(mine[0].answers.phone).toBe('+48601234567');
    expect(mine[0].answers.foreign_postal_code).toBe('31-019');
    expect(mine[0].answers.foreign_city).toBe('Kraków');
  });
});
