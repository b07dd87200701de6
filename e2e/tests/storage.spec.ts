import { test, expect, Page } from '@playwright/test';
import * as fs from 'node:fs';
import { chooseLviv, expectNoAxeViolations, staffList, staffToken } from './support';

// Issue 14: applications kept on the device in IndexedDB. A draft of the earlier localStorage
// format appears after the update; a device too full for a document says so where the person is
// typing and loses nothing typed; two open tabs send one application once, and never edit one
// draft at the same time.





/** Fills in the request for a social worker up to "check your answers". */
async function fillSocialWorker(page: Page, name: string) {
  const next = () => page.getByRole('button', { name: 'Далі', exact: true }).click();
  await page.goto('/apply/social-accompaniment');
  await page.getByRole('link', { name: /Почати|Продовжити/ }).click();
  await expect(page.locator('main h1')).toHaveText('Як вас звати?');
  await page.getByLabel('Прізвище').fill(name);
  await page.getByLabel('Ім’я').fill('Олена');
  await next();
  await page.getByLabel('Номер телефону').fill('050 123 45 67');
  await next();
  await page.getByLabel('В Україні').check();
  await next();
  await page.getByLabel('Населений пункт').fill('Львів');
  await page.getByLabel('Будинок').fill('12');
  await page.getByLabel('Поштовий індекс').fill('79000');
  await next();
  await page.getByLabel('З чим вам потрібна допомога?').fill('Потрібна допомога з документами.');
  await next();
  await expect(page.locator('main h1')).toHaveText('Документи');
  await next();
  await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
}

/** What the applications' store holds under `key` in object store `store` (as JSON text). */
async function stored(page: Page, store: string, key: string): Promise<string | null> {
  return page.evaluate(
    ([store, key]) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('portal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).get(key);
          req.onsuccess = () => {
            open.result.close();
            resolve(typeof req.result === 'string' ? req.result : req.result == null ? null : '(bytes)');
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [store, key],
  );
}

test.describe('Applications kept on the device (issue 14)', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a draft written in the earlier localStorage format appears after the update, moved into the store with nothing lost', async ({ page }) => {
    await chooseLviv(page);
    // What the previous release wrote: a JSON list, itself kept as a JSON string.
    const old = [
      {
        programme: 'social-accompaniment',
        answers: { surname: 'Давня', given_name: 'Олена', phone: '050 123 45 67' },
        attachments: {},
        updated: '2026-11-30T10:00:00.000Z',
      },
    ];
    await page.evaluate((v) => localStorage.setItem('portal.drafts', JSON.stringify(JSON.stringify(v))), old);
    await page.goto('/applications');
    await expect(page.locator('main')).toContainText('Чернетка збережена');
    await page.goto('/apply/social-accompaniment');
    await page.getByRole('link', { name: /Продовжити/ }).click();
    // It goes on where the person stopped (issue 16), with what was typed kept.
    await expect(page.locator('main h1')).toHaveText('Де ви живете зараз?');
    await page.goto('/apply/social-accompaniment/name');
    await expect(page.getByLabel('Прізвище')).toHaveValue('Давня');
    await expect(page.getByLabel('Ім’я')).toHaveValue('Олена');
    // In the store, and only then gone from localStorage.
    expect(await stored(page, 'drafts', 'social-accompaniment')).toContain('Давня');
    expect(await page.evaluate(() => localStorage.getItem('portal.drafts'))).toBeNull();
    // And it stays after a reload.
    await page.reload();
    await expect(page.getByLabel('Прізвище')).toHaveValue('Давня');
  });

  test('a storage quota too small for a document: the message says what happened and what to do where the person is, and nothing typed is lost', async ({ page }) => {
    await chooseLviv(page);
    // The quota a database gets is the one in force when it is opened: set before the
    // applications app opens its store (the portal's community page does not).
    const cdp = await page.context().newCDPSession(page);
    const origin = new URL(page.url()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 400_000 });
    await fillSocialWorker(page, 'Квота');
    await page.goto('/apply/social-accompaniment/documents');
    await expect(page.locator('main h1')).toHaveText('Документи');
    // A 2 MB signature file (random bytes after a real .p7s's first bytes: it does not compress).
    const head = Buffer.from('3082010006092a864886f70d010702a081f3', 'hex');
    const rest = Buffer.alloc(2_000_000);
    for (let i = 0; i < rest.length; i++) rest[i] = (Math.random() * 256) | 0;
    await page
      .getByLabel(/Файл кваліфікованого електронного підпису/)
      .setInputFiles({ name: 'application.pdf.p7s', mimeType: 'application/octet-stream', buffer: Buffer.concat([head, rest]) });
    const problem = page.locator('#save-problem');
    await expect(problem).toHaveAttribute('role', 'alert');
    await expect(problem).toContainText('забракло місця');
    await expect(problem).toContainText('Звільніть місце');
    await expectNoAxeViolations(page, 'a change the device could not keep');
    // "Download this application": the answers and the document, in a file to keep.
    const downloading = page.waitForEvent('download');
    await problem.getByRole('button', { name: 'Завантажити цю заяву' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^social-accompaniment-.*\.json$/);
    const saved = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
    expect(saved.format).toBe('portal-application');
    expect(saved.draft.answers.surname).toBe('Квота');
    expect(saved.draft.attachments.signature[0].name).toBe('application.pdf.p7s');
    // Back to the default quota: everything typed before is still on the device.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.goto('/apply/social-accompaniment/check');
    await expect(page.locator('main')).toContainText('Квота');
    await expect(page.locator('main')).toContainText('Потрібна допомога з документами.');
    // The file imports back as a draft (on another device; here, once the draft is gone).
    await page.goto('/applications');
    await page.getByRole('button', { name: /Видалити чернетку/ }).first().click();
    await page.getByLabel('Файл заяви').setInputFiles((await file.path())!);
    await expect(page.locator('main h1')).toHaveText('Перевірте відповіді');
    await expect(page.locator('main')).toContainText('Квота');
    await expect(page.locator('main')).toContainText('application.pdf.p7s');
  });

  test('two open tabs send one application once', async ({ context, page, request }) => {
    await chooseLviv(page);
    await fillSocialWorker(page, 'Двічі');
    // The back office cannot be reached: the application waits on the device.
    const blocked = (route: import('@playwright/test').Route) => route.abort('connectionrefused');
    await context.route('**/api/v1/**', blocked);
    await page.getByRole('button', { name: 'Надіслати заяву' }).click();
    await expect(page.locator('main h1')).toHaveText('Заяву збережено на цьому пристрої');
    // A second tab of the same device knows it too, and tries to send it as well.
    const other = await context.newPage();
    await other.goto('/applications');
    await expect(other.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
    await expect(other.locator('main')).toContainText('надішлемо');
    // From now on, count what leaves the device.
    const posts: string[] = [];
    context.on('request', (req) => {
      if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/v1/applications') posts.push(req.url());
    });
    await context.unroute('**/api/v1/**', blocked);
    // Both tabs hear the connection come back at the same moment, and both flush the outbox.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(page.locator('main h1')).toHaveText('Заяву отримано', { timeout: 30_000 });
    await other.reload();
    await expect(other.locator('main')).not.toContainText('надішлемо', { timeout: 15_000 });
    // Give the other tab's backoff time to fire, had it been going to send again.
    await page.waitForTimeout(3_000);
    expect(posts).toHaveLength(1);
    const list = await staffList(request, staffToken());
    expect(list.filter((a) => a.answers.surname === 'Двічі')).toHaveLength(1);
  });

  test('a draft open in two tabs: the second says so instead of overwriting the first one\'s answers, and can take the editing over', async ({ context, page }) => {
    await chooseLviv(page);
    await page.goto('/apply/social-accompaniment/name');
    await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
    await page.getByLabel('Прізвище').fill('Перша');
    // The same application in a second tab: not a second form over the same draft.
    const other = await context.newPage();
    await other.goto('/apply/social-accompaniment/name');
    await expect(other.locator('main h1')).toHaveText('Цю заяву вже відкрито в іншій вкладці');
    await expect(other.locator('main h1')).toBeFocused();
    await expect(other.getByLabel('Прізвище')).toHaveCount(0);
    await expectNoAxeViolations(other, 'a draft already open in another tab');
    // The first tab goes on, undisturbed.
    await page.getByLabel('Ім’я').fill('Оксана');
    await expect.poll(() => stored(page, 'drafts', 'social-accompaniment')).toContain('Оксана');
    // The person goes on in the second tab: it shows the draft as the first one left it, and
    // the first one stops saving and says why.
    await other.getByRole('button', { name: 'Продовжити тут' }).click();
    await expect(other.getByLabel('Прізвище')).toHaveValue('Перша');
    await expect(other.getByLabel('Ім’я')).toHaveValue('Оксана');
    await expect(page.locator('main h1')).toHaveText('Цю заяву тепер заповнюють в іншій вкладці');
    await expect(page.getByLabel('Прізвище')).toHaveCount(0);
    await other.getByLabel('Ім’я').fill('Олена');
    await expect.poll(() => stored(other, 'drafts', 'social-accompaniment')).toContain('Олена');
    // And back: the first tab takes it over again and sees the second one's change.
    await page.getByRole('button', { name: 'Продовжити тут' }).click();
    await expect(page.getByLabel('Ім’я')).toHaveValue('Олена');
    await expect(other.locator('main h1')).toHaveText('Цю заяву тепер заповнюють в іншій вкладці');
  });

  test('a reload while the last keystroke\'s write is still in flight keeps that keystroke', async ({ page }) => {
    await chooseLviv(page);
    await page.goto('/apply/social-accompaniment/name');
    await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
    await page.getByLabel('Прізвище').fill('Бондар');
    await expect.poll(() => stored(page, 'drafts', 'social-accompaniment')).toContain('Бондар');
    // A second connection to the store (the person's device being slow: a large write that
    // every later write of the drafts waits behind).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('portal');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            (window as unknown as { slow: IDBDatabase }).slow = open.result;
            resolve();
          };
        }),
    );
    const reloaded = page.waitForEvent('load');
    // The last keystroke and the reload in one task: its write is queued when the page goes.
    await page.getByLabel('Ім’я').evaluate((input: HTMLInputElement) => {
      const big = new Uint8Array(48 * 1024 * 1024);
      for (let at = 0; at < big.length; at += 65536) crypto.getRandomValues(big.subarray(at, at + 65536));
      const slow = (window as unknown as { slow: IDBDatabase }).slow;
      slow.transaction('drafts', 'readwrite').objectStore('drafts').put(big, 'zz-slow-write');
      input.value = 'Олена';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      location.reload();
    });
    await reloaded;
    await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
    await expect(page.getByLabel('Прізвище')).toHaveValue('Бондар');
    await expect(page.getByLabel('Ім’я')).toHaveValue('Олена');
    // The store has it now, and the journal that carried it over the reload is gone.
    await expect.poll(() => stored(page, 'drafts', 'social-accompaniment')).toContain('Олена');
    const journal = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('portal.journal')));
    await expect.poll(journal).toEqual([]);
  });
});
