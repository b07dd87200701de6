import { test, expect, Page } from '@playwright/test';
import { chooseLviv, expectNoAxeViolations, open, sendAndReceive } from './support';

// Issue 16, items 5 and 6: the application form's rough edges, tried on a 360 px phone, and the
// Ukrainian terms an English page keeps, explained where they first appear.

test.use({ viewport: { width: 360, height: 740 } });

const next = (page: Page) => page.getByRole('button', { name: 'Далі', exact: true }).click();

/** Nothing on the page is wider than the phone. */
async function fitsThePhone(page: Page, state: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${state} scrolls sideways`).toBeLessThanOrEqual(360);
}

/** The name and the birth pages of a form, from its start. */
async function nameAndBirth(page: Page, birth: string) {
  await page.getByRole('link', { name: /Почати|Продовжити/ }).click();
  await expect(page.locator('main h1')).toHaveText('Як вас звати?');
  await page.getByLabel('Прізвище').fill('Краєва');
  await page.getByLabel('Ім’я').fill('Олена');
  await next(page);
  await expect(page.locator('main h1')).toHaveText('Дата народження і стать');
  await page.getByLabel('Дата народження').fill(birth);
  await page.getByLabel('Жіноча').check();
  await next(page);
  await expect(page.locator('main h1')).toHaveText('Ваш РНОКПП (податковий номер)');
}

test.describe('The form’s rough edges on a 360 px phone', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the documents page says «(за бажанням)» once, puts the signature after the certificate and does not scroll sideways', async ({ page }) => {
    await chooseLviv(page);
    await open(page, '/apply/birth-assistance/documents');
    await expect(page.locator('main h1')).toHaveText('Документи');
    const labels = await page.locator('main label').allInnerTexts();
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const label of labels) {
      expect(label.split('(за бажанням)').length - 1, label).toBeLessThanOrEqual(1);
    }
    const certificate = labels.findIndex((l) => l.startsWith('Свідоцтво про народження дитини'));
    const signature = labels.findIndex((l) => l.startsWith('Файл кваліфікованого електронного підпису'));
    expect(certificate).toBeGreaterThanOrEqual(0);
    expect(signature).toBeGreaterThan(certificate);
    expect(labels[signature]).toContain('(за бажанням)');
    await fitsThePhone(page, 'the documents page');
    await expectNoAxeViolations(page, 'the documents page at 360 px');
  });

  test('«Продовжити» on a draft from «Мої заяви» opens the page where the person stopped', async ({ page }) => {
    await chooseLviv(page);
    await open(page, '/apply/birth-assistance');
    await nameAndBirth(page, '2000-02-13');
    // The person stops here and comes back later through «Мої заяви».
    await page.goto('/applications');
    await page.getByRole('link', { name: /Допомога при народженні/ }).first().click();
    await expect(page.getByText(/Чернетка збережена/)).toBeVisible();
    await page.getByRole('link', { name: 'Продовжити' }).click();
    await expect(page.locator('main h1')).toHaveText('Ваш РНОКПП (податковий номер)');
    await fitsThePhone(page, 'the page where the draft goes on');
  });

  test('choosing a community from the application’s start leads back to the application', async ({ page }) => {
    await open(page, '/apply/social-accompaniment');
    await expect(page.locator('main')).toContainText('Спершу оберіть громаду');
    await page.locator('main').getByRole('link', { name: 'Обрати громаду' }).click();
    const box = page.getByRole('searchbox', { name: 'Назва громади' });
    await box.pressSequentially('Львівськ', { delay: 10 });
    await page.getByRole('link', { name: 'Львівська міська громада' }).click();
    await page.getByRole('button', { name: 'Обрати цю громаду' }).click();
    await expect(page.getByText('Це ваша громада.')).toBeVisible();
    await fitsThePhone(page, 'the community picker');
    await expectNoAxeViolations(page, 'a community chosen from an application');
    const back = page.getByRole('link', { name: 'Повернутися до заяви' });
    await expect(back).toHaveCount(1);
    await back.click();
    await expect(page).toHaveURL(/\/apply\/social-accompaniment$/);
    await expect(page.locator('main')).toContainText('Заява піде до громади: Львівська міська громада');
  });

  test('an РНОКПП of another birth date is a warning naming both dates, which the person confirms to go on; the community receives it with the confirmation', async ({ page, request }) => {
    await chooseLviv(page);
    await open(page, '/apply/idp-living-allowance');
    await nameAndBirth(page, '1987-04-27');
    await page.getByLabel('Так', { exact: true }).check();
    // 3287300029: digits 1–5 stand for 01.01.1990.
    await page.getByLabel('РНОКПП, 10 цифр').fill('3287300029');
    await next(page);
    const warning = page.locator('#f-rnokpp-warning');
    await expect(warning).toBeFocused();
    await expect(warning).toContainText('01.01.1990');
    await expect(warning).toContainText('27.04.1987');
    await expect(page.getByLabel('РНОКПП, 10 цифр')).toHaveAttribute('aria-describedby', /f-rnokpp-warning/);
    await expect(page.locator('main h1')).toHaveText('Ваш РНОКПП (податковий номер)');
    await fitsThePhone(page, 'the РНОКПП warning');
    await expectNoAxeViolations(page, 'the РНОКПП warning');
    await page.getByLabel('Я перевірив(-ла): усе так, як у моїх документах').check();
    await next(page);
    await expect(page.locator('main h1')).toHaveText('Ваш паспорт');
    await page.getByLabel(/Номер ID-картки/).fill('000123456');
    await next(page);
    await page.getByLabel('Номер телефону').fill('050 123 45 67');
    await next(page);
    // The allowance is only for people in Ukraine: the form asks the address in Ukraine, not
    // where the person lives (issue 16, item 4).
    await expect(page.locator('main h1')).toHaveText('Ваша адреса в Україні');
    await page.getByLabel('Населений пункт').fill('Львів');
    await page.getByLabel('Будинок').fill('12');
    await page.getByLabel('Поштовий індекс').fill('79000');
    await next(page);
    await page.getByLabel('Номер довідки').fill('4601-5002731234');
    await page.getByLabel('Дата видачі').fill('2024-03-01');
    await next(page);
    // No family member chosen: the application is for the applicant only.
    await expect(page.locator('main h1')).toHaveText('Для кого ще ви просите допомогу?');
    await next(page);
    await page.getByLabel(/IBAN/).fill('UA213223130000026007233566001');
    await next(page);
    await expect(page.locator('main h1')).toHaveText('Документи');
    await next(page);
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    const { received } = await sendAndReceive(page, request);
    expect(received.answers.rnokpp_confirmed).toBe('3287300029');
    expect(received.answers.birth_date).toBe('1987-04-27');
  });
});

test.describe('Same words everywhere', () => {
  test('an English service page explains ЦНАП the first time it says it', async ({ page }) => {
    await open(page, '/en/service/low-income-families');
    const text = await page.locator('main').innerText();
    const first = text.indexOf('ЦНАП');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(text.slice(first, first + 40)).toMatch(/^ЦНАП \(administrative services centres?\)/);
  });
});
