import { test, expect, Page, Browser, Frame } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as OTPAuth from 'otpauth';
import { DB, HOST } from '../playwright.config';
import { expectNoAxeViolations, fillRequest, open } from './support';

// A community's own page (issue 15), as its administrator and its residents live it: the
// administrator fills in the profile (two ЦНАПs, a starosta district) and one local programme
// with a council decision as its legal basis — bad input is refused at its field and nothing is
// published — and publishes them; then, on a 360 px phone, a resident of that community sees the
// contacts on «Моя громада», finds the programme by search, in the catalogue, in the check's
// results (decided on the device by the condition the community gave it, resting on its council
// decision; a condition the check does not know is refused at its field) and in the community's widget on its own
// website; a resident of another community sees none of it; an
// edit saved as a draft is not shown until published; the page works offline after one visit.
//
// Every name, address, number, decision and link here is made up for the test and marked so:
// no real community's data is written anywhere.

const VINNYTSIA = 'UA05020030000031457';
const LVIV = 'UA46060250000025047';
const PASSWORD = 'довгий пароль адміністратора громади';
const TITLE = 'Тестова допомога при народженні (e2e)';

function totp(secret: string): string {
  const t = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' });
  return t.generate();
}

async function signInAsAdmin(page: Page) {
  const out = execFileSync('../target/debug/server', [
    'staff', 'invite', '--db', DB, '--community', VINNYTSIA, '--name', 'Адміністратор Тест',
    '--email', `community-page-${Date.now()}@vin.example`, '--role', 'admin',
  ]).toString();
  await page.goto(out.trim().split('\n').pop()!.trim());
  await expect(page.locator('main h1')).toHaveText('Запрошення до кабінету громади');
  const secret = (await page.locator('.app-office-secret code').innerText()).trim();
  await page.getByLabel('Новий пароль').fill(PASSWORD);
  await page.getByLabel('Код з застосунку').fill(totp(secret));
  await page.getByRole('button', { name: 'Зберегти й увійти' }).click();
  await expect(page.locator('main h1')).toHaveText('Заяви');
}

/** Chooses `code` as the community where the person lives, on «Моя громада». */
async function choose(page: Page, code: string, name: RegExp) {
  await open(page, `/community?code=${code}`);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  const button = page.getByRole('button', { name: 'Обрати цю громаду' });
  if (await button.isVisible()) await button.click();
  await expect(page.getByText('Це ваша громада.')).toBeVisible();
}

async function phone(browser: Browser, serviceWorkers: 'allow' | 'block' = 'block') {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'uk-UA', serviceWorkers,
  });
  return { context, page: await context.newPage() };
}

async function fillProfile(office: Page) {
  await office.getByRole('link', { name: 'Профіль громади' }).click();
  await expect(office.locator('main h1')).toHaveText('Профіль громади');
  const social = office.getByRole('group', { name: 'Орган соціального захисту' });
  await social.getByLabel('Назва українською').fill('Департамент соціальної політики (тест)');
  await social.getByLabel('Адреса українською').fill('вул. Тестова, 1 (тест)');
  const cnap = office.getByRole('group', { name: 'ЦНАП (центр надання адміністративних послуг)' });
  await cnap.getByLabel('Назва українською').fill('ЦНАП, центральний офіс (тест)');
  await cnap.getByLabel('Адреса українською').fill('вул. Тестова, 2 (тест)');
  await cnap.getByLabel('Телефон (необов’язково)').fill('050 111 22 33');
  await office.getByRole('button', { name: 'Додати ще один ЦНАП або віддалене робоче місце' }).click();
  const second = office.getByRole('group', { name: 'ЦНАП 2 (ще одне місце прийому)' });
  await expect(second.getByLabel('Назва українською')).toBeFocused();
  await second.getByLabel('Назва українською').fill('ЦНАП, віддалене робоче місце (тест)');
  await second.getByLabel('Адреса українською').fill('вул. Тестова, 3 (тест)');
  await office.getByRole('button', { name: 'Додати старостинський округ' }).click();
  const district = office.getByRole('group', { name: 'Старостинський округ 1' });
  await district.getByLabel('Назва округу українською').fill('Старостинський округ № 1 (тест)');
  await district.getByLabel('Населені пункти округу').fill('с. Тестове\nс. Пробне');
  await district.getByLabel('Де приймає староста (адреса українською)').fill('с. Тестове, вул. Шкільна, 2 (тест)');
  // A bad phone is refused at its field, and nothing is saved.
  await district.getByLabel('Телефон (необов’язково)').fill('12345');
  await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
  await expect(office.locator('#error-summary')).toBeFocused();
  await expect(district.getByLabel('Телефон (необов’язково)')).toHaveAttribute('aria-invalid', 'true');
  await expect(district.getByLabel('Телефон (необов’язково)')).toHaveAttribute('aria-describedby', /district-0-phone-error/);
  await expect(office.getByText('Громада ще нічого не опублікувала')).toBeVisible();
  await expectNoAxeViolations(office, 'the profile with a starosta district and an error');
  await district.getByLabel('Телефон (необов’язково)').fill('043 212 34 56');
  await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
  await expect(office.getByText('Чернетку збережено.')).toBeVisible();
  await office.getByRole('button', { name: 'Опублікувати' }).click();
  await expect(office.getByText('Опубліковано: мешканці вже бачать ці дані.')).toBeVisible();
  await expectNoAxeViolations(office, 'the profile, published');
}

/** The editor's example programme, as an administrator types it (made up for the test). */
async function fillProgramme(office: Page, opts: { date: string; number: string }) {
  await office.getByLabel('Адреса програми на порталі').fill('test-e2e-birth-support');
  await office.getByLabel('Виплата', { exact: true }).check();
  await office.getByLabel('Розділ каталогу').selectOption('families');
  await office.getByLabel('Назва (українською)', { exact: true }).fill(TITLE);
  await office.getByLabel('Назва (англійською)', { exact: true }).fill('Test birth support (e2e)');
  await office.getByLabel('Короткий опис (українською)').fill('Тестовий опис: одноразова виплата з бюджету громади.');
  await office.getByLabel('Короткий опис (англійською)').fill('A test description: a one-off payment from the community budget.');
  await office.getByLabel('Для кого (українською)').fill('Батьки дитини, народженої в громаді\nОпікуни');
  await office.getByLabel('Для кого (англійською)').fill('Parents of a child born in the community\nGuardians');
  const amount = office.getByRole('group', { name: 'Сума 1' });
  await amount.getByLabel('Сума словами (українською)').fill('1 000 грн одноразово (тест)');
  await amount.getByLabel('Сума словами (англійською)').fill('UAH 1,000 once (test)');
  await amount.getByLabel('Сума в гривнях числом (необов’язково)').fill('1000');
  await amount.getByLabel('Як часто виплачують').selectOption('one-off');
  await amount.getByLabel('З якого дня діє').fill(opts.date);
  const decision = office.getByRole('group', { name: 'Правова підстава: рішення ради' });
  await decision.getByLabel('Назва рішення (українською)').fill('Рішення тестової ради «Про тестову програму»');
  await decision.getByLabel('Назва рішення (англійською)').fill('Decision of the test council «On the test programme»');
  await decision.getByLabel('Номер рішення').fill(opts.number);
  await decision.getByLabel('Дата рішення').fill('2024-12-20');
  await decision.getByLabel('Посилання на текст рішення').fill('https://test-rada.example.gov.ua/decisions/12-3');
  await office.getByLabel('Документи (українською)').fill('Паспорт');
  await office.getByLabel('Документи (англійською)').fill('Passport');
  await office.getByRole('group', { name: 'Куди звертатися' }).getByLabel('ЦНАП', { exact: true }).check();
  await office.getByLabel('Хто вирішує (українською)').fill('Департамент соціальної політики (тест)');
  await office.getByLabel('Хто вирішує (англійською)').fill('Social policy department (test)');
  await office.getByLabel('Приймати заяви на цю програму через портал').check();
}

/** The community's widget on its own website, once the app runs in it. */
async function widget(page: Page): Promise<Frame> {
  await page.goto(`${HOST}/one?${new URLSearchParams({ community: VINNYTSIA, view: 'catalogue' })}`);
  const handle = await page.locator('iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await expect(frame.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
  return frame;
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('a community publishes its profile and a programme, and only its residents get them', async ({ browser }) => {
  // The community's website may frame its widget (as `server embed allow` does it).
  execFileSync('../target/debug/server', ['embed', 'allow', '--db', DB, '--community', VINNYTSIA, '--origin', HOST]);
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'uk-UA', serviceWorkers: 'block' });
  const office = await desk.newPage();
  await signInAsAdmin(office);
  await fillProfile(office);

  await office.getByRole('link', { name: 'Програми громади' }).click();
  await expect(office.locator('main h1')).toHaveText('Програми громади');
  await expect(office.getByText('Громада ще не додала жодної програми.')).toBeVisible();
  await expectNoAxeViolations(office, 'the community programmes, none');
  await office.getByRole('link', { name: 'Нова програма' }).click();
  await expect(office.locator('main h1')).toHaveText('Нова програма');
  await expectNoAxeViolations(office, 'a new programme, empty');

  // An amount without a date and a legal basis without a number: refused at their fields.
  await fillProgramme(office, { date: '', number: '' });
  await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
  const summary = office.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  const from = office.getByRole('group', { name: 'Сума 1' }).getByLabel('З якого дня діє');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAttribute('aria-describedby', /lp-amounts-0-from-error/);
  await expect(office.getByLabel('Номер рішення')).toHaveAttribute('aria-invalid', 'true');
  await expect(office.getByText('Вкажіть номер рішення ради')).toHaveCount(2);
  await expect(office.getByRole('button', { name: 'Опублікувати' })).toBeDisabled();
  await expectNoAxeViolations(office, 'a new programme with errors');
  await summary.getByRole('link', { name: /Вкажіть дату/ }).click();
  await expect(from).toBeFocused();

  await fillProgramme(office, { date: '2025-01-01', number: '12/3 (тест)' });
  // A condition for the check that names a question the check does not have: the server, which
  // compiles it against the check's vocabulary, refuses it at its field, and nothing is saved.
  await office.getByRole('button', { name: 'Додати умову' }).click();
  const condition = office.getByRole('group', { name: 'Умова 1' });
  const test_ = condition.getByLabel('Умова мовою перевірки');
  await expect(test_).toBeFocused();
  await test_.fill('displaced and big_family');
  await condition.getByLabel('Що сказати, коли умову виконано (українською)').fill('Ви переселилися: тестову умову виконано.');
  await condition.getByLabel('Що сказати, коли умову виконано (англійською)').fill('You moved: the test condition holds.');
  await condition.getByLabel('Що сказати, коли ні (українською)').fill('Лише для переселенців (тестова умова).');
  await condition.getByLabel('Що сказати, коли ні (англійською)').fill('Only for displaced people (test condition).');
  await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /«big_family» — не запитання перевірки/ })).toBeVisible();
  await expect(test_).toHaveAttribute('aria-invalid', 'true');
  await expect(office.getByText('Ще не опубліковано')).toHaveCount(0);
  // The questions a condition may name are listed, with a choice's answers.
  await office.getByText('Запитання, які можна назвати в умові').click();
  await expect(office.getByText(/^displaced — Вам довелося покинути свій дім/)).toBeVisible();
  await expect(office.getByText(/"1a" \(I група, підгрупа А\)/)).toBeVisible();
  await expectNoAxeViolations(office, 'a programme with a condition the check does not know');
  await test_.fill('displaced');
  await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
  await expect(office.getByText('Чернетку збережено.')).toBeVisible();
  await expect(office.getByText('Ще не опубліковано')).toBeVisible();
  await expect.poll(() => office.url()).toContain('/office/programme?id=test-e2e-birth-support');

  // Saved, not published: residents see nothing of it.
  const { context: phoneContext, page: resident } = await phone(browser);
  await choose(resident, VINNYTSIA, /Вінницька/);
  await expect(resident.getByText('Громада ще не опублікувала тут власних програм.')).toBeVisible();

  await office.getByRole('button', { name: 'Опублікувати' }).click();
  await expect(office.getByText('Опубліковано: мешканці громади вже бачать цю програму.')).toBeVisible();
  await expect(office.getByText(/Опубліковано версію 1 \(Адміністратор Тест/)).toBeVisible();
  await expectNoAxeViolations(office, 'the programme, published');
  await office.getByRole('link', { name: /Усі програми громади/ }).click();
  await expect(office.getByRole('link', { name: TITLE })).toBeVisible();
  await expectNoAxeViolations(office, 'the community programmes, one published');

  // A resident on a phone: the contacts and the programme on «Моя громада».
  await choose(resident, VINNYTSIA, /Вінницька/);
  await expect(resident.getByRole('heading', { name: 'ЦНАП, центральний офіс (тест)' })).toBeVisible();
  await expect(resident.getByRole('heading', { name: 'ЦНАП, віддалене робоче місце (тест)' })).toBeVisible();
  await expect(resident.getByRole('link', { name: '+380 50 111 22 33' })).toHaveAttribute('href', 'tel:+380501112233');
  await expect(resident.getByRole('heading', { name: 'Старостинський округ № 1 (тест)' })).toBeVisible();
  await expect(resident.getByText('с. Тестове, с. Пробне')).toBeVisible();
  await expect(resident.getByRole('link', { name: '+380 43 212 34 56' })).toHaveAttribute('href', 'tel:+380432123456');
  const programmes = resident.getByRole('region', { name: 'Програми громади' });
  await expect(programmes.getByRole('link', { name: TITLE })).toBeVisible();
  expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(resident, 'my community with its contacts and programme at 360 px');

  // Its page: the decision with its number and date, the amount with the day it applies from.
  await programmes.getByRole('link', { name: TITLE }).click();
  await expect(resident.locator('main h1')).toHaveText(TITLE);
  await expect(resident.getByText('Це програма вашої громади')).toBeVisible();
  await expect(resident.getByRole('link', { name: /Рішення тестової ради «Про тестову програму».*12\/3 \(тест\)/ })).toBeVisible();
  await expect(resident.getByText('1 000 грн одноразово (тест)')).toBeVisible();
  await expect(resident.getByRole('link', { name: 'Подати заяву онлайн до громади' })).toHaveAttribute('href', '/apply/test-e2e-birth-support');
  await expectNoAxeViolations(resident, 'the community programme page');

  // Found by search and in the catalogue.
  await open(resident, `/search?q=${encodeURIComponent('тестова допомога')}`);
  await expect(resident.locator('#search-results').getByRole('link', { name: TITLE })).toBeVisible();
  await open(resident, '/catalogue?category=families');
  await expect(resident.getByRole('link', { name: TITLE })).toBeVisible();
  // The check decides it on the device like a national programme: "maybe" until the resident
  // answers the question its condition names, then "likely" with the community's own words and
  // its council decision.
  await open(resident, '/check/results');
  const group = (name: RegExp) => resident.locator('section', { has: resident.getByRole('heading', { level: 2, name }) });
  await expect(group(/^Можливо/).getByRole('link', { name: TITLE })).toBeVisible();
  await expect(resident.getByRole('region', { name: 'Програми вашої громади' })).toHaveCount(0);
  await open(resident, '/check/question?q=displaced');
  await resident.getByLabel('Так', { exact: true }).check();
  await resident.getByRole('button', { name: 'Далі', exact: true }).click();
  await expect(resident.locator('main h1')).not.toHaveText(/Вам довелося покинути/);
  await resident.getByRole('link', { name: 'Результати' }).first().click();
  await expect(resident.locator('main h1')).toHaveText('Ваші результати');
  const likely = group(/^Імовірно належить/).locator('li.app-result', { has: resident.getByRole('link', { name: TITLE }) });
  await expect(likely.getByText('Ви переселилися: тестову умову виконано.')).toBeVisible();
  await expect(likely.getByRole('link', { name: /Рішення тестової ради «Про тестову програму» № 12\/3 \(тест\)/ }))
    .toHaveAttribute('href', 'https://test-rada.example.gov.ua/decisions/12-3');
  await expect(likely.getByRole('link', { name: /Як це вирішують/ })).toHaveCount(0);
  expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(resident, "the check's results with the community's programme decided");

  // In the community's widget on its own website.
  const frame = await widget(resident);
  await expect(frame.getByRole('link', { name: TITLE })).toBeVisible();

  // A resident of another community sees none of it.
  const { context: otherContext, page: other } = await phone(browser);
  await choose(other, LVIV, /Львівська/);
  await expect(other.getByText('Громада ще не опублікувала тут власних програм.')).toBeVisible();
  await expect(other.getByText('ЦНАП, центральний офіс (тест)')).toHaveCount(0);
  await open(other, `/search?q=${encodeURIComponent('тестова допомога')}`);
  await expect(other.getByRole('link', { name: TITLE })).toHaveCount(0);
  await open(other, '/catalogue?category=families');
  await expect(other.locator('.app-card').first()).toBeVisible();
  await expect(other.getByRole('link', { name: TITLE })).toHaveCount(0);
  await open(other, '/check/results');
  await expect(other.locator('main h1')).toHaveText('Ваші результати');
  await expect(other.getByRole('heading', { level: 2, name: /^Можливо/ })).toBeVisible();
  await expect(other.getByRole('link', { name: TITLE })).toHaveCount(0);

  // An edit saved as a draft is not shown until it is published.
  await office.getByRole('link', { name: TITLE }).click();
  await expect(office.getByLabel('Назва (українською)', { exact: true })).toHaveValue(TITLE);
  await office.getByLabel('Назва (українською)', { exact: true }).fill(`${TITLE}, нова назва`);
  await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
  await expect(office.getByText('Чернетку збережено.')).toBeVisible();
  await expect(office.getByText('Є неопубліковані зміни')).toBeVisible();
  await choose(resident, VINNYTSIA, /Вінницька/);
  await expect(resident.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
  await expect(resident.getByText(`${TITLE}, нова назва`)).toHaveCount(0);
  await office.getByRole('button', { name: 'Опублікувати' }).click();
  await expect(office.getByText(/Опубліковано версію 2/)).toBeVisible();
  await choose(resident, VINNYTSIA, /Вінницька/);
  await expect(resident.getByRole('link', { name: `${TITLE}, нова назва` })).toBeVisible();

  await desk.close();
  await phoneContext.close();
  await otherContext.close();
});

test('the community page works offline after one visit', async ({ browser }) => {
  // Published by the journey above or, run alone, by this one's own administrator.
  const { context, page } = await phone(browser, 'allow');
  await choose(page, VINNYTSIA, /Вінницька/);
  const published = await page.request.get(`/data/community/${VINNYTSIA}.json`);
  if (published.status() === 404) {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'uk-UA', serviceWorkers: 'block' });
    const office = await desk.newPage();
    await signInAsAdmin(office);
    await fillProfile(office);
    await desk.close();
  }
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Once the service worker controls the page, the community's file goes through it and is kept.
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'ЦНАП, центральний офіс (тест)' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('community-data')).keys()).length))
    .toBeGreaterThan(0);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Моя громада');
  await expect(page.getByRole('heading', { name: 'ЦНАП, центральний офіс (тест)' })).toBeVisible();
  await expect(page.getByRole('link', { name: '+380 50 111 22 33' })).toHaveAttribute('href', 'tel:+380501112233');
  await context.setOffline(false);
  await context.close();
});

test('a resident applies online for the community programme, and its staff see the request with its form', async ({ browser }) => {
  // Published as taking applications online by the first journey or, run alone, by this one.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'uk-UA', serviceWorkers: 'block' });
  const office = await desk.newPage();
  await signInAsAdmin(office);
  const { context, page } = await phone(browser);
  const published = await page.request.get(`/data/community/${VINNYTSIA}.json`);
  if (!(await published.json().catch(() => ({}))).online?.includes('test-e2e-birth-support')) {
    await office.getByRole('link', { name: 'Програми громади' }).click();
    await office.getByRole('link', { name: 'Нова програма' }).click();
    await fillProgramme(office, { date: '2025-01-01', number: '12/3 (тест)' });
    await office.getByRole('button', { name: 'Зберегти чернетку' }).click();
    await expect(office.getByText('Чернетку збережено.')).toBeVisible();
    await office.getByRole('button', { name: 'Опублікувати' }).click();
    await expect(office.getByText(/Опубліковано версію/)).toBeVisible();
  }

  await choose(page, VINNYTSIA, /Вінницька/);
  await page.getByRole('region', { name: 'Програми громади' }).getByRole('link', { name: /Тестова допомога при народженні/ }).click();
  await page.getByRole('link', { name: 'Подати заяву онлайн до громади' }).click();
  await expect(page.locator('main h1')).toHaveText(/^Звернення до громади щодо: Тестова допомога при народженні \(e2e\)/);
  await expect(page.locator('main')).toContainText('Заява піде до громади: Вінницька');
  await expectNoAxeViolations(page, "the start of the community programme's request");
  await fillRequest(page, 'Громадська', 'Прошу призначити тестову допомогу при народженні доньки (тест).', '');
  // The documents the community named for it, each optional, then the signature.
  await expect(page.getByText('Паспорт', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "the documents of the community programme's request");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: 'Далі', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
  await page.getByRole('button', { name: 'Надіслати заяву' }).click();
  await expect(page.locator('main h1')).toHaveText('Заяву отримано');
  const reference = (await page.locator('.app-reference').innerText()).trim();
  expect(reference).toMatch(/^\d{4}-\d{6}$/);

  // The community's staff open it: its answers under the form's own questions.
  await office.goto(`/office/applications/${reference}`);
  await expect(office.locator('main h1')).toContainText(reference);
  const answers = office.locator('.app-office-answers');
  await expect(answers).toContainText('Про що ви просите?');
  await expect(answers).toContainText('Прошу призначити тестову допомогу при народженні доньки (тест).');
  await expect(answers).not.toContainText(/^request$/m);
  await expectNoAxeViolations(office, "the community programme's request in the office");
  await desk.close();
  await context.close();
});
