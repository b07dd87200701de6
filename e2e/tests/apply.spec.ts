import { test, expect, Page } from '@playwright/test';
import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import * as zlib from 'node:zlib';
import { chooseLviv, expectNoAxeViolations, open, staffList, staffToken } from './support';

// Applying, against the real back office and its real SQLite file: fill in a form with a document,
// send it, and follow it; send it while offline, while the back office is down, killed and
// restarted — and the community gets it exactly once.

// The smallest valid PNG: a 1×1 transparent pixel.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082',
  'hex',
);

/** A PNG of random pixels (so it does not compress): a large photo straight from a camera. */
function noisyPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < raw.length; i++) raw[i] = i % (width * 3 + 1) === 0 ? 0 : (Math.random() * 256) | 0;
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A detached CAdES signature's first bytes, as a КЕП program writes a .p7s file. */
const P7S = Buffer.from('3082010006092a864886f70d010702a081f3' + '00'.repeat(240), 'hex');




/** Fills in the request for a social worker, page by page, scanning each page. */
async function fillSocialWorker(page: Page, name: string, axe = true) {
  const next = () => page.getByRole('button', { name: 'Далі', exact: true }).click();
  await page.getByRole('link', { name: /Почати|Продовжити/ }).click();
  await expect(page.locator('main h1')).toHaveText('Як вас звати?');
  if (axe) await expectNoAxeViolations(page, 'the name page');
  await page.getByLabel('Прізвище').fill(name);
  await page.getByLabel('Ім’я').fill('Олена');
  await next();
  await expect(page.locator('main h1')).toHaveText('Як з вами зв’язатися?');
  await page.getByLabel('Номер телефону').fill('050 123 45 67');
  await next();
  await expect(page.locator('main h1')).toHaveText('Де ви живете зараз?');
  await page.getByLabel('В Україні').check();
  await next();
  await page.getByLabel('Населений пункт').fill('Львів');
  await page.getByLabel('Будинок').fill('12');
  await page.getByLabel('Поштовий індекс').fill('79000');
  await next();
  await page.getByLabel('З чим вам потрібна допомога?').fill('Ми переселенці з Херсона, потрібна допомога з документами й житлом.');
  await next();
  await expect(page.locator('main h1')).toHaveText('Документи');
  await next();
  await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
  if (axe) await expectNoAxeViolations(page, 'check your answers');
}

test.describe('Applying to the community', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a person applies for the IDP allowance for herself and two family members with a photo of the certificate; the community receives it and its status reaches the person', async ({ page, request }) => {
    // A 360 px phone (issue 16: the members' pages fit it).
    await page.setViewportSize({ width: 360, height: 780 });
    await chooseLviv(page);
    await open(page, '/service/idp-living-allowance');
    await page.getByRole('link', { name: 'Подати заяву онлайн до громади' }).click();
    await expect(page.locator('main h1')).toHaveText(/Допомога на проживання/);
    await expect(page.locator('main')).toContainText('Заява піде до громади: Львівська міська громада');
    await expectNoAxeViolations(page, 'the start of the form');
    await page.getByRole('link', { name: 'Почати' }).click();

    // Every page of the form is scanned by axe before it is left.
    let pageNo = 0;
    const next = async () => {
      await expectNoAxeViolations(page, `page ${++pageNo} of the IDP allowance form`);
      await page.getByRole('button', { name: 'Далі', exact: true }).click();
    };
    // An empty page: the error summary takes focus and links to each field.
    await next();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('Заповніть поле «Прізвище»');
    await expectNoAxeViolations(page, 'the name page with errors');
    await page.getByLabel('Прізвище').fill('Шевченко');
    await page.getByLabel('Ім’я').fill('Олена');
    await next();
    await page.getByLabel('Дата народження').fill('2000-02-13');
    await page.getByLabel('Жіноча').check();
    await next();
    await page.getByLabel('Так', { exact: true }).check();
    // A mistyped tax number says how to fix it.
    await page.getByLabel('РНОКПП, 10 цифр').fill('3656801860');
    await next();
    await expect(page.getByRole('alert')).toContainText('контрольна');
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
    // Issue 16: the allowance is counted per person, so the form names the family members it is
    // asked for, each on a page of their own.
    await expect(page.locator('main h1')).toHaveText('Для кого ще ви просите допомогу?');
    await page.getByLabel('2', { exact: true }).check();
    await next();
    await expect(page.locator('main h1')).toHaveText('Член сім’ї 1');
    await page.getByLabel('Член сім’ї 1: прізвище').fill('Шевченко');
    await page.getByLabel('Член сім’ї 1: ім’я').fill('Андрій');
    await page.getByLabel('Член сім’ї 1: дата народження').fill('1998-05-04');
    await page.getByLabel('Чоловік або дружина').check();
    await page.getByLabel('Ні', { exact: true }).check();
    await page.getByLabel(/Член сім’ї 1: РНОКПП/).fill('3591801210');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await next();
    await expect(page.locator('main h1')).toHaveText('Член сім’ї 2');
    await page.getByLabel('Член сім’ї 2: прізвище').fill('Шевченко');
    await page.getByLabel('Член сім’ї 2: ім’я').fill('Марко');
    // A birth date in the future is refused at the member's own field.
    await page.getByLabel('Член сім’ї 2: дата народження').fill('2099-09-01');
    await page.getByLabel('Син або дочка').check();
    await page.getByLabel('Дитина з інвалідністю').check();
    await next();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert').getByRole('link')).toHaveAttribute('href', '#f-member_2_birth_date');
    await expect(page.locator('main h1')).toHaveText('Член сім’ї 2');
    await expectNoAxeViolations(page, 'a member’s page with an error');
    await page.getByLabel('Член сім’ї 2: дата народження').fill('2019-09-01');
    await next();
    await page.getByLabel(/IBAN/).fill('UA21 3223 1300 0002 6007 2335 6600 1');
    await next();

    await expect(page.locator('main h1')).toHaveText('Документи');
    // A file is judged by its content, not its name.
    await page.getByLabel(/Довідка ВПО/).setInputFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: Buffer.from('MZ not an image') });
    await expect(page.getByRole('alert')).toContainText('це не фото');
    await page.getByLabel(/Довідка ВПО/).setInputFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.locator('main')).toContainText('certificate.png');
    // A large photo is scaled down on the phone before it is kept or sent.
    const photo = noisyPng(2400, 400);
    expect(photo.length).toBeGreaterThan(2_000_000);
    await page.getByLabel(/Свідоцтва про народження дітей/).setInputFiles({ name: 'children.png', mimeType: 'image/png', buffer: photo });
    await expect(page.locator('main')).toContainText('children.png');
    const kb = Number((await page.locator('li', { hasText: 'children.png' }).innerText()).match(/(\d+)\s*КБ/)![1]);
    expect(kb * 1024).toBeLessThan(photo.length / 2);
    // A signature file of a qualified e-signature is known by its content too.
    await page.getByLabel(/Файл кваліфікованого електронного підпису/).setInputFiles({ name: 'application.pdf.p7s', mimeType: 'application/octet-stream', buffer: P7S });
    await expect(page.locator('main')).toContainText('application.pdf.p7s');
    await expectNoAxeViolations(page, 'the documents page');
    await next();

    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    await expect(page.locator('.app-summary')).toContainText('3656801869');
    // The summary names each member by number.
    const summary = page.locator('.app-summary');
    await expect(summary.locator('.app-summary__row', { hasText: 'Для кого ще ви просите допомогу?' })).toContainText('2');
    await expect(summary.locator('.app-summary__row', { hasText: 'Член сім’ї 1: ім’я' })).toContainText('Андрій');
    await expect(summary.locator('.app-summary__row', { hasText: 'Член сім’ї 1: ким він (вона) вам доводиться?' })).toContainText('Чоловік або дружина');
    await expect(summary.locator('.app-summary__row', { hasText: 'Член сім’ї 2: ім’я' })).toContainText('Марко');
    await expect(summary.locator('.app-summary__row', { hasText: 'Член сім’ї 2: чи має інвалідність?' })).toContainText('Дитина з інвалідністю');
    await expect(summary).not.toContainText('Член сім’ї 3');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect(page.getByRole('button', { name: 'Надрукувати або зберегти як PDF' })).toBeVisible();
    await expectNoAxeViolations(page, 'check your answers');
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();

    await expect(page.locator('main h1')).toHaveText('Заяву отримано');
    const reference = (await page.locator('.app-reference').innerText()).trim();
    expect(reference).toMatch(/^\d{4}-\d{6}$/);
    await expectNoAxeViolations(page, 'the confirmation');

    // The community's staff see it, with the document, and change its status.
    const token = staffToken();
    const list = await staffList(request, token);
    const mine = list.filter((a) => a.reference === reference);
    expect(mine).toHaveLength(1);
    expect(mine[0].answers.phone).toBe('+380501234567');
    expect(mine[0].answers.members).toBe('2');
    expect(mine[0].answers.member_1_rnokpp).toBe('3591801210');
    expect(mine[0].answers.member_2_birth_date).toBe('2019-09-01');
    expect(mine[0].answers.member_2_disability).toBe('child');
    const files = (mine[0] as unknown as { attachments: Record<string, string[]> }).attachments;
    expect(Object.keys(files).sort()).toEqual(['children-birth-certificates', 'idp-certificate', 'signature']);
    const scaled = await request.get(`/api/v1/staff/attachments/${files['children-birth-certificates'][0]}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(scaled.headers()['content-type']).toBe('image/jpeg');
    const signature = await request.get(`/api/v1/staff/attachments/${files['signature'][0]}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(signature.headers()['content-type']).toBe('application/pkcs7-signature');
    // Issue 14: the device sent the files with its draft's token; without one, or with another
    // draft's, nobody can put a file under their ids.
    const certificate = files['idp-certificate'][0];
    const bare = await request.put(`/api/v1/attachments/${certificate}`, { headers: { 'Content-Type': 'image/png' }, data: PNG });
    expect(bare.status()).toBe(401);
    const other = (await (await request.post('/api/v1/drafts')).json()).token as string;
    const foreign = await request.put(`/api/v1/attachments/${certificate}`, { headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${other}` }, data: PNG });
    expect(foreign.status()).toBe(409);
    const res = await request.post(`/api/v1/staff/applications/${reference}/status`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { status: 'in-review', note: 'Перевіряємо документи' },
    });
    expect(res.status()).toBe(200);

    // The person sees it on the status page; the secret code is filled in from the device.
    await page.getByRole('link', { name: 'Перевірити стан заяви' }).click();
    await expect(page.locator('#status-token')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Перевірити' }).click();
    await expect(page.getByRole('status').filter({ hasText: reference })).toContainText('Розглядається');
    await expect(page.locator('main')).toContainText('Перевіряємо документи');
    await expectNoAxeViolations(page, 'the status page');
  });

  test('an application the community refuses comes back as a draft to fix, nothing lost', async ({ page }) => {
    // A community code that is no longer in the codifier (kept on the device from an older edition).
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('portal.community', JSON.stringify('UA99999999999999999')));
    await page.goto('/apply/social-accompaniment');
    await fillSocialWorker(page, 'Відмова', false);
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(page.locator('main h1')).toHaveText('Заяву треба виправити');
    await expect(page.getByRole('alert')).toContainText('громад');
    await expectNoAxeViolations(page, 'a refused application');
    await page.getByRole('button', { name: 'Виправити й надіслати знову' }).click();
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    await expect(page.locator('.app-summary')).toContainText('Відмова');
    await chooseLviv(page);
    await page.goto('/apply/social-accompaniment/check');
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(page.locator('main h1')).toHaveText('Заяву отримано');
  });

  test('without a cryptographic random source no application is made: the person is told why and what to do', async ({ page }) => {
    // Issue 14: an id that makes sending exactly-once is never made without one.
    await page.addInitScript(() => {
      crypto.getRandomValues = () => {
        throw new Error('no random source here');
      };
    });
    await chooseLviv(page);
    await open(page, '/service/social-accompaniment');
    await page.getByRole('link', { name: 'Подати заяву онлайн до громади' }).click();
    await fillSocialWorker(page, 'Безвипадкова', false);
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(page.getByRole('alert')).toContainText('не може створити безпечний ідентифікатор');
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
  });

  test('every answer is kept as it is typed: a reload keeps the draft', async ({ page }) => {
    await chooseLviv(page);
    await page.goto('/apply/social-accompaniment');
    await page.getByRole('link', { name: 'Почати' }).click();
    await page.getByLabel('Прізвище').fill('Бондар');
    await page.reload();
    await expect(page.getByLabel('Прізвище')).toHaveValue('Бондар');
    await page.goto('/applications');
    await expect(page.locator('main')).toContainText('Чернетка збережена');
    await expectNoAxeViolations(page, 'my applications');
  });

  test('sent while offline, the application waits on the device and reaches the community once the connection returns', async ({ page, context, request }) => {
    await chooseLviv(page);
    await page.goto('/apply/social-accompaniment');
    await fillSocialWorker(page, 'Офлайн');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(page.locator('main h1')).toHaveText('Заяву збережено на цьому пристрої');
    await expect(page.locator('main').getByRole('status')).toContainText('надішлемо, щойно буде зв’язок');
    // And the portal's quiet line that there is no connection (issue 17).
    await expect(page.locator('.app-connection')).toContainText('Немає інтернету');
    await expectNoAxeViolations(page, 'an application waiting on the device');
    await context.setOffline(false);
    await expect(page.locator('.app-connection')).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveText('Заяву отримано', { timeout: 15_000 });
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Заяву отримано');
    const list = await staffList(request, staffToken());
    expect(list.filter((a) => a.answers.surname === 'Офлайн')).toHaveLength(1);
  });

  test('while the back office fails, a reload keeps the application, and it is sent once it answers again', async ({ page, request }) => {
    await chooseLviv(page);
    await page.goto('/apply/social-accompaniment');
    await fillSocialWorker(page, 'Перезавантаження', false);
    // The connection is there, but every call to the back office fails.
    await page.route('**/api/v1/**', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(page.locator('main h1')).toHaveText('Заяву збережено на цьому пристрої');
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Заяву збережено на цьому пристрої');
    await page.unroute('**/api/v1/**');
    // The outbox retries with backoff (2 s, 4 s, …) and when the portal is opened again.
    await expect(page.locator('main h1')).toHaveText('Заяву отримано', { timeout: 30_000 });
    const list = await staffList(request, staffToken());
    expect(list.filter((a) => a.answers.surname === 'Перезавантаження')).toHaveLength(1);
  });

  test('the back office killed (kill -9) and restarted while the outbox retries: the community gets the application exactly once', async ({ page, request }) => {
    const port = 4190 + test.info().parallelIndex;
    const db = `../target/e2e-kill-${port}.sqlite`;
    const base = `http://127.0.0.1:${port}`;
    const start = (): ChildProcess =>
      spawn('../target/debug/server', ['--dist', '../dist', '--addr', `127.0.0.1:${port}`, '--db', db], { stdio: 'ignore' });
    const up = async () => {
      for (let i = 0; i < 100; i++) {
        try {
          if ((await request.get(`${base}/robots.txt`)).ok()) return;
        } catch {}
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the server did not start');
    };
    execFileSync('rm', ['-f', db, `${db}-wal`, `${db}-shm`]);
    let server = start();
    try {
      await up();
      await chooseLviv(page, base);
      await page.goto(`${base}/apply/social-accompaniment`);
      await fillSocialWorker(page, 'Kill', false);
      server.kill('SIGKILL');
      await page.getByRole('button', { name: 'Надіслати заяву' }).click();
      await expect(page.locator('main h1')).toHaveText('Заяву збережено на цьому пристрої');
      server = start();
      await up();
      await expect(page.locator('main h1')).toHaveText('Заяву отримано', { timeout: 30_000 });
      // Killed again right after, restarted: the application is still there, once.
      server.kill('SIGKILL');
      server = start();
      await up();
      const list = await staffList(request, staffToken(db), base);
      expect(list.filter((a) => a.answers.surname === 'Kill')).toHaveLength(1);
    } finally {
      server.kill('SIGKILL');
    }
  });
});
