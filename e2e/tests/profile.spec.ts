import { test, expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as OTPAuth from 'otpauth';
import { DB } from '../playwright.config';
import { expectNoAxeViolations, open, recordForeignRequests } from './support';

// A community's own page (issue 15): its administrator fills in the profile in the office, a bad
// phone is refused at the field with nothing saved, a saved draft is not shown to residents until
// it is published; then a resident who chose that community sees where to go and whom to call.
// The contacts are made up for the test: no real community's data is written anywhere.

const UZHHOROD = 'UA21100230000083101';
const PASSWORD = 'довгий пароль адміністратора громади';

function invite(email: string): string {
  const out = execFileSync('../target/debug/server', [
    'staff', 'invite', '--db', DB, '--community', UZHHOROD, '--name', 'Адміністраторка Тест', '--email', email, '--role', 'admin',
  ]).toString();
  return out.trim().split('\n').pop()!.trim();
}

function totp(secret: string): string {
  const t = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' });
  return t.generate();
}

async function signInAsAdmin(page: Page) {
  await page.goto(invite(`profile-admin-${Date.now()}@uzh.example`));
  await expect(page.locator('main h1')).toHaveText('Запрошення до кабінету громади');
  const secret = (await page.locator('.app-office-secret code').innerText()).trim();
  await page.getByLabel('Новий пароль').fill(PASSWORD);
  await page.getByLabel('Код з застосунку').fill(totp(secret));
  await page.getByRole('button', { name: 'Зберегти й увійти' }).click();
  await expect(page.locator('main h1')).toHaveText('Заяви');
}

async function contactsOf(page: Page) {
  await open(page, `/community?code=${UZHHOROD}`);
  await expect(page.getByRole('heading', { level: 2, name: /Ужгородська/ })).toBeVisible();
  const choose = page.getByRole('button', { name: 'Обрати цю громаду' });
  if (await choose.isVisible()) await choose.click();
  await expect(page.getByText('Це ваша громада.')).toBeVisible();
}

test('an administrator publishes the community profile and a resident sees it on a phone', async ({ browser }) => {
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'uk-UA', serviceWorkers: 'block' });
  const office = await desk.newPage();
  await signInAsAdmin(office);
  await office.getByRole('link', { name: 'Профіль громади' }).click();
  await expect(office.locator('main h1')).toHaveText('Профіль громади');
  await expect(office.locator('main h1')).toBeFocused();
  await expect(office.getByText('Громада ще нічого не опублікувала')).toBeVisible();
  await expectNoAxeViolations(office, 'the community profile, empty');

  const social = office.getByRole('group', { name: 'Орган соціального захисту' });
  await social.getByLabel('Назва українською').fill('Управління соціального захисту (тест)');
  await social.getByLabel('Адреса українською').fill('вул. Тестова, 1, Тестове');
  await social.getByLabel('Телефон (необов’язково)').fill('12345');
  await office.getByLabel('Сайт громади').fill('gromada.example.org');
  await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
  // Refused at the fields, in the summary that takes focus; nothing saved.
  const summary = office.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await expect(social.getByLabel('Телефон (необов’язково)')).toHaveAttribute('aria-invalid', 'true');
  await expect(office.getByLabel('Сайт громади')).toHaveAttribute('aria-describedby', /website-error/);
  await expectNoAxeViolations(office, 'the community profile with errors');

  await social.getByLabel('Телефон (необов’язково)').fill('050 123 45 67');
  await social.getByLabel('Електронна пошта (необов’язково)').fill('social@gromada.example.org');
  await office.getByLabel('Сайт громади').fill('https://gromada.example.org');
  await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
  await expect(office.getByText('Чернетку збережено.')).toBeVisible();
  await expect(office.getByText('Є неопубліковані зміни')).toBeVisible();

  // A draft is not shown to residents.
  const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'uk-UA', serviceWorkers: 'block' });
  const resident = await phone.newPage();
  const foreign = recordForeignRequests(resident, 'http://127.0.0.1');
  await contactsOf(resident);
  await expect(resident.getByText('Громада ще не опублікувала на цьому порталі')).toBeVisible();

  await office.getByRole('button', { name: 'Опублікувати' }).click();
  await expect(office.getByText('Опубліковано: мешканці вже бачать ці дані.')).toBeVisible();
  await expect(office.getByText(/Опубліковано версію 1 \(Адміністраторка Тест/)).toBeVisible();
  await expectNoAxeViolations(office, 'the community profile, published');

  await contactsOf(resident);
  await expect(resident.getByRole('heading', { name: 'Куди звертатися' })).toBeVisible();
  await expect(resident.getByRole('heading', { name: 'Управління соціального захисту (тест)' })).toBeVisible();
  await expect(resident.getByRole('link', { name: '+380 50 123 45 67' })).toHaveAttribute('href', 'tel:+380501234567');
  await expect(resident.getByRole('link', { name: 'social@gromada.example.org' })).toHaveAttribute('href', 'mailto:social@gromada.example.org');
  await expect(resident.getByRole('link', { name: /Показати на мапі/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/search\?query=/);
  expect(foreign, 'no request leaves the portal before a link is followed').toEqual([]);
  const width = await resident.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(resident, 'my community with its contacts at 320 px');
  await desk.close();
  await phone.close();
});
