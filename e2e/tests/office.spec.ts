import { test, expect, devices, Browser, BrowserContext, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as OTPAuth from 'otpauth';
import { DB, LVIV, SINK } from '../playwright.config';
import { expectNoAxeViolations, mainNavigation, open } from './support';

// Closing the loop (issue 13): a person applies from a phone, a case worker of the community signs
// in to the office, asks for one more document, the person answers (offline first), the worker
// grants, the person reads it — and the e-mails reach a real SMTP server on loopback.

const PASSWORD = 'довгий пароль працівниці громади';

/** A staff member invited by the server's own command; answers the invitation's path. */
function invite(name: string, email: string, role = 'worker', community = LVIV): string {
  const out = execFileSync('../target/debug/server', [
    'staff', 'invite', '--db', DB, '--community', community, '--name', name, '--email', email, '--role', role,
  ]).toString();
  return out.trim().split('\n').pop()!.trim();
}

/** The 6-digit code an authenticator app shows for this secret, `ahead` steps of 30 s on. */
function totp(secret: string, ahead = 0): string {
  const t = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' });
  return t.generate({ timestamp: Date.now() + ahead * 30_000 });
}

/** A staff member accepts their invitation in the office, as they would: reads the key, sets a
 * password, types the code. Answers the key (for signing in again). */
async function acceptInvitation(page: Page, link: string, axe = false): Promise<string> {
  await page.goto(link);
  await expect(page.locator('main h1')).toHaveText('Запрошення до кабінету громади');
  const secret = (await page.locator('.app-office-secret code').innerText()).trim();
  if (axe) await expectNoAxeViolations(page, 'the invitation');
  await page.getByLabel('Новий пароль').fill(PASSWORD);
  await page.getByLabel('Код з застосунку').fill(totp(secret));
  await page.getByRole('button', { name: 'Зберегти й увійти' }).click();
  await expect(page.locator('main h1')).toHaveText('Заяви');
  return secret;
}

async function desk(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'uk-UA', serviceWorkers: 'block' });
  return { context, page: await context.newPage() };
}

async function messagesTo(email: string): Promise<Array<{ subject: string; text: string }>> {
  const res = await fetch(`${SINK}/messages`);
  const all = (await res.json()) as Array<{ to: string[]; subject: string; text: string }>;
  return all.filter((m) => m.to.includes(email));
}

/** Opens an application from the inbox by its reference. */
async function openFromInbox(page: Page, reference: string) {
  await page.getByLabel('Пошук').fill(reference);
  await page.getByRole('button', { name: 'Показати' }).click();
  await page.getByRole('link', { name: new RegExp(reference) }).click();
  await expect(page.locator('main h1')).toHaveText(`Заява № ${reference}`);
}

test.describe('The community answers', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a person applies from a phone with a document; a case worker asks for one more; the person answers offline, then online; the worker grants; the person reads it, gets the e-mails and sees who opened it', async ({ browser }) => {
    const stamp = Date.now();
    const email = `olena.${stamp}@mail.example`;
    const surname = `Петренко${stamp % 1000}`;

    // The person, on a 360 px phone.
    const phone = await browser.newContext({ ...devices['Pixel 5'], viewport: { width: 360, height: 780 }, locale: 'uk-UA', serviceWorkers: 'block' });
    const person = await phone.newPage();
    await person.goto(`/community?code=${LVIV}`);
    await person.getByRole('button', { name: 'Обрати цю громаду' }).click();
    await open(person, '/service/social-accompaniment');
    await person.getByRole('link', { name: 'Подати заяву онлайн до громади' }).click();
    const next = () => person.getByRole('button', { name: 'Далі', exact: true }).click();
    await person.getByRole('link', { name: /Почати|Продовжити/ }).click();
    await person.getByLabel('Прізвище').fill(surname);
    await person.getByLabel('Ім’я').fill('Олена');
    await next();
    await person.getByLabel('Номер телефону').fill('050 123 45 67');
    await person.getByLabel(/Електронна пошта/).fill(email);
    await next();
    await person.getByLabel('В Україні').check();
    await next();
    await person.getByLabel('Населений пункт').fill('Львів');
    await person.getByLabel('Будинок').fill('12');
    await person.getByLabel('Поштовий індекс').fill('79000');
    await next();
    await person.getByLabel('З чим вам потрібна допомога?').fill('Ми переселенці з Херсона, потрібна допомога з житлом.');
    await next();
    await expect(person.locator('main h1')).toHaveText('Документи');
    await person.locator('main input[type=file]').first().setInputFiles({ name: 'dovidka.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
    await expect(person.locator('main')).toContainText('dovidka.pdf');
    await next();
    await person.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(person.locator('main h1')).toHaveText('Заяву отримано');
    const reference = (await person.locator('.app-reference').innerText()).trim();
    const plain = (await person.locator('#receipt-code').innerText()).replace(/[^0-9A-Z]/g, '');
    expect(plain).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    const code = plain.match(/.{4}/g)!.join('-');
    await expectNoAxeViolations(person, 'the receipt with the code');

    // A case worker of Lviv signs in (password and the code of an authenticator app).
    const worker = await desk(browser);
    const secret = await acceptInvitation(worker.page, invite('Ірина Коваленко', `iryna.${stamp}@lviv.example`), true);
    await expectNoAxeViolations(worker.page, 'the inbox');
    await openFromInbox(worker.page, reference);
    await expect(worker.page.locator('main')).toContainText(surname);
    await expect(worker.page.locator('main')).toContainText('З чим вам потрібна допомога?');
    await expectNoAxeViolations(worker.page, 'one application');
    await worker.page.getByRole('button', { name: 'Взяти собі' }).click();
    await expect(worker.page.locator('main')).toContainText('Виконавця змінено');
    // More information needed: a message and one document asked for.
    await worker.page.getByLabel('Потрібні додаткові відомості').check();
    await worker.page.getByLabel('Що потрібно від заявника').fill('Додайте, будь ласка, довідку про склад сім’ї.');
    await worker.page.locator('input[id^=status-doc-]').first().check();
    await worker.page.getByRole('button', { name: 'Змінити статус' }).click();
    await expect(worker.page.locator('main')).toContainText('Стан змінено');

    // The person sees the request in "Мої заяви" (the header links to it) and on the status page.
    await open(person, '/');
    await (await mainNavigation(person)).getByRole('link', { name: 'Мої заяви' }).click();
    await expect(person.locator('main')).toContainText('Потрібні додаткові відомості');
    await expectNoAxeViolations(person, 'Мої заяви with a request');
    await person.getByRole('link', { name: /Відповісти|стан заяви/i }).first().click();
    await expect(person.locator('main')).toContainText('Додайте, будь ласка, довідку про склад сім’ї.');
    await expect(person.locator('main')).toContainText('Громада просить додаткові відомості');
    await expectNoAxeViolations(person, 'the status page with a request');

    // The answer is given offline: kept on the phone, then sent when the connection returns.
    await phone.setOffline(true);
    await person.getByLabel('Ваша відповідь').fill('Довідку додаю.');
    await person.getByLabel('Додати документ').setInputFiles({ name: 'sklad-simji.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n2 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
    await person.getByRole('button', { name: 'Надіслати відповідь' }).click();
    await expect(person.locator('main')).toContainText('Збережено на цьому пристрої');
    await phone.setOffline(false);
    await expect(person.locator('main')).toContainText('Надіслано громаді', { timeout: 20_000 });

    // The worker sees the answer with its document, and grants.
    await worker.page.reload();
    await expect(worker.page.locator('main h1')).toHaveText(`Заява № ${reference}`);
    await expect(worker.page.locator('main')).toContainText('Довідку додаю.');
    await expect(worker.page.getByRole('link', { name: /sklad|reply|Переглянути/ }).first()).toBeVisible();
    await worker.page.getByLabel('Схвалено', { exact: true }).check();
    await worker.page.getByLabel(/Повідомлення заявникові/).fill('Соціального працівника призначено: вам зателефонують до п’ятниці.');
    await worker.page.getByRole('button', { name: 'Змінити статус' }).click();
    await expect(worker.page.locator('main')).toContainText('Стан змінено');

    // The person reads the decision with its reason, and who of the staff opened the application.
    await person.reload();
    await expect(person.locator('main')).toContainText('Соціального працівника призначено');
    await expect(person.locator('main')).toContainText('Хто відкривав вашу заяву');
    await expect(person.locator('main')).toContainText('Ірина Коваленко');
    await expectNoAxeViolations(person, 'the status page with the decision');

    // The e-mails: the code on receipt, then a notice per change — nothing of the application.
    await expect.poll(async () => (await messagesTo(email)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const mails = await messagesTo(email);
    expect(mails[0].text).toContain(code);
    for (const m of mails) {
      expect(m.text).toContain(reference);
      expect(m.text).not.toContain(surname);
      expect(m.text).not.toContain('довідку');
    }

    // Signing out and in again: password and a fresh code.
    await worker.page.getByRole('button', { name: 'Вийти' }).click();
    await expect(worker.page.locator('main h1')).toHaveText('Вхід до кабінету громади');
    await expectNoAxeViolations(worker.page, 'the sign-in page');
    await worker.page.getByLabel('Електронна пошта').fill(`iryna.${stamp}@lviv.example`);
    await worker.page.getByLabel('Пароль').fill(PASSWORD);
    await worker.page.getByLabel('Код з застосунку').fill(totp(secret, 1));
    await worker.page.getByRole('button', { name: 'Увійти' }).click();
    // Back where the session ended.
    await expect(worker.page.locator('main h1')).toHaveText(`Заява № ${reference}`);
    await phone.close();
    await worker.context.close();
  });

  test('a second worker\'s change on a stale version is refused and the screen says who changed what', async ({ browser }) => {
    const stamp = Date.now();
    const { context: c1, page: first } = await desk(browser);
    const { context: c2, page: second } = await desk(browser);
    await acceptInvitation(first, invite('Голова Відділу', `head.${stamp}@lviv.example`, 'head'));
    await acceptInvitation(second, invite('Петро Сидоренко', `petro.${stamp}@lviv.example`));
    // An application to work on, sent as the device does.
    const id = (BigInt(stamp) * 7919n).toString(16).padStart(32, '0').slice(-32);
    const res = await first.request.post('/api/v1/applications', {
      data: {
        id, programme: 'social-accompaniment', community: LVIV,
        answers: { surname: 'Гнатюк', given_name: 'Марія', phone: '+380501234567', lives: 'ukraine', settlement: 'Львів', house: '3', postal_index: '79000', need: 'Потрібен догляд удома для мами.' },
      },
    });
    expect(res.status()).toBe(201);
    const reference = (await res.json()).reference as string;
    await openFromInbox(second, reference);
    await openFromInbox(first, reference);
    await first.getByLabel('Розглядається').check();
    await first.getByRole('button', { name: 'Змінити статус' }).click();
    await expect(first.locator('main')).toContainText('Стан змінено');
    // The second worker still has the old version on screen.
    await second.getByLabel('Нотатка').fill('Телефонувала заявниці.');
    await second.getByRole('button', { name: 'Додати нотатку' }).click();
    await expect(second.getByRole('alert')).toContainText('Заяву змінили, поки ви працювали');
    await expect(second.getByRole('alert')).toContainText('Голова Відділу');
    await expectNoAxeViolations(second, 'a stale change');
    await c1.close();
    await c2.close();
  });

  test('the office works by keyboard alone and every administration page passes axe', async ({ browser }) => {
    const stamp = Date.now();
    const { context, page } = await desk(browser);
    const email = `admin.${stamp}@lviv.example`;
    const secret = await acceptInvitation(page, invite('Олена Адміністраторка', email, 'admin'));
    const sent = await page.request.post('/api/v1/applications', {
      data: {
        id: (BigInt(stamp) * 104729n).toString(16).padStart(32, '0').slice(-32), programme: 'social-accompaniment', community: LVIV,
        answers: { surname: 'Бондар', given_name: 'Ганна', phone: '+380501234567', lives: 'ukraine', settlement: 'Львів', house: '5', postal_index: '79000', need: 'Потрібна допомога з оформленням документів.' },
      },
    });
    expect(sent.status()).toBe(201);
    // Only the chosen count is the current one.
    await expect(page.locator('.app-office-counts [aria-current]')).toHaveCount(1);
    await page.getByRole('link', { name: 'Працівники' }).click();
    await expect(page.locator('main h1')).toHaveText('Працівники');
    await expectNoAxeViolations(page, 'the staff page');
    await page.getByLabel('Ім’я').fill('Нова Працівниця');
    await page.getByLabel('Електронна пошта').fill(`nova.${stamp}@lviv.example`);
    await page.getByRole('button', { name: 'Створити запрошення' }).click();
    await expect(page.locator('.app-office-copy__value').first()).toHaveValue(/\/office\/invite#/);
    await page.getByRole('link', { name: 'Токени інтеграцій' }).click();
    await expect(page.locator('main h1')).toHaveText('Токени інтеграцій');
    await expectNoAxeViolations(page, 'the tokens page');

    // Sign out, then in again and into an application with the keyboard only.
    await page.getByRole('button', { name: 'Вийти' }).click();
    await expect(page.locator('main h1')).toHaveText('Вхід до кабінету громади');
    await page.locator('body').focus();
    const typeInto = async (label: string, text: string) => {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el && el.labels && el.labels[0] ? el.labels[0].innerText : '';
        });
        if (focused.startsWith(label)) {
          await page.keyboard.type(text);
          return;
        }
      }
      throw new Error(`no field ${label} reached by Tab`);
    };
    await typeInto('Електронна пошта', email);
    await typeInto('Пароль', PASSWORD);
    await typeInto('Код з застосунку', totp(secret, 1));
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText('Токени інтеграцій');
    await expect(page.locator('main h1')).toBeFocused();
    // To the inbox and into an application, by keyboard.
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        const text = (await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el && (el.tagName === 'A' || el.tagName === 'BUTTON') ? el.innerText : '';
        })).trim();
        if (typeof name === 'string' ? text.startsWith(name) : name.test(text)) return;
      }
      const seen = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
      throw new Error(`no link ${name} reached by Tab; focus is on ${seen}`);
    };
    await tabTo('Заяви');
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText('Заяви');
    await expect(page.locator('main h1')).toBeFocused();
    await tabTo(/\d{4}-\d{6}/);
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText(/^Заява № /);
    await expect(page.locator('main h1')).toBeFocused();
    await context.close();
  });

  test('a person sends the IDP allowance without the certificate: nothing blocks, the check page says what is missing, and the office shows it to ask for', async ({ browser, page }) => {
    const stamp = Date.now();
    await page.goto(`/community?code=${LVIV}`);
    await page.getByRole('button', { name: 'Обрати цю громаду' }).click();
    await open(page, '/service/idp-living-allowance');
    await page.getByRole('link', { name: 'Подати заяву онлайн до громади' }).click();
    await page.getByRole('link', { name: 'Почати' }).click();
    const next = () => page.getByRole('button', { name: 'Далі', exact: true }).click();
    await page.getByLabel('Прізвище').fill(`Без${stamp % 1000}`);
    await page.getByLabel('Ім’я').fill('Олена');
    await next();
    await page.getByLabel('Дата народження').fill('2000-02-13');
    await page.getByLabel('Жіноча').check();
    await next();
    await page.getByLabel('Так', { exact: true }).check();
    await page.getByLabel('РНОКПП, 10 цифр').fill('3656801869');
    await next();
    await page.getByLabel(/Номер ID-картки/).fill('000123456');
    await next();
    await page.getByLabel('Номер телефону').fill('+380 50 123 45 67');
    await next();
    // Only for people in Ukraine: no question where the person lives (issue 16).
    await page.getByLabel('Населений пункт').fill('Львів');
    await page.getByLabel('Будинок').fill('1');
    await page.getByLabel('Поштовий індекс').fill('79000');
    await next();
    await page.getByLabel('Номер довідки').fill('4601-5002731234');
    await page.getByLabel('Дата видачі').fill('2024-03-01');
    await next();
    // One family member (issue 16), whom the office sees under the form's own questions.
    await page.getByLabel('1', { exact: true }).check();
    await next();
    await page.getByLabel('Член сім’ї 1: прізвище').fill('Мельник');
    await page.getByLabel('Член сім’ї 1: ім’я').fill('Софія');
    await page.getByLabel('Член сім’ї 1: дата народження').fill('2016-03-08');
    await page.getByLabel('Син або дочка').check();
    await page.getByLabel('II група', { exact: true }).check();
    await next();
    await page.getByLabel(/IBAN/).fill('UA21 3223 1300 0002 6007 2335 6600 1');
    await next();
    await expect(page.locator('main h1')).toHaveText('Документи');
    // No file at all: the page lets the person go on.
    await next();
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    await expect(page.locator('#missing-documents')).toContainText('Довідка ВПО');
    await expectNoAxeViolations(page, 'check your answers with a document missing');
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(page.locator('main h1')).toHaveText('Заяву отримано');
    const reference = (await page.locator('.app-reference').innerText()).trim();

    const { context, page: office } = await desk(browser);
    await acceptInvitation(office, invite('Оксана Мельник', `oksana.${stamp}@lviv.example`));
    await openFromInbox(office, reference);
    await expect(office.locator('#documents-missing')).toContainText('Довідка ВПО');
    // The member under her own heading, each answer with its question.
    const answers = office.locator('.app-office-answers');
    await expect(answers.locator('.app-office-answers__section', { hasText: 'Член сім’ї 1' })).toBeVisible();
    await expect(answers.locator('.app-summary__row', { hasText: 'Член сім’ї 1: ім’я' })).toContainText('Софія');
    await expect(answers.locator('.app-summary__row', { hasText: 'Член сім’ї 1: дата народження' })).toContainText('08.03.2016');
    await expect(answers.locator('.app-summary__row', { hasText: 'Член сім’ї 1: чи має інвалідність?' })).toContainText('II група');
    await expectNoAxeViolations(office, 'the office’s application with a family member');
    await context.close();
  });
});
