import { expect, Page, APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { DB, LVIV } from '../playwright.config';
import AxeBuilder from '@axe-core/playwright';

/** Runs axe-core over the page as it is now and fails on any violation, naming each. */
export async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${state}`).toEqual([]);
}

/** The portal's main navigation. On a phone it is folded behind «Меню» («Menu»): this opens it. */
export async function mainNavigation(page: Page, name?: string) {
  name ??= (await page.locator('html').getAttribute('lang')) === 'en' ? 'Main navigation' : 'Основна навігація';
  const menu = page.locator('.app-menu');
  if ((await menu.isVisible()) && (await menu.getAttribute('open')) === null) {
    await menu.locator('summary').click();
  }
  return page.getByRole('navigation', { name });
}

/** Opens a page of the portal and waits until the app runs it (a pre-rendered page shows its
 * heading at once; the app takes it over once loaded). */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
  await appStarted(page);
}

/** Waits until the app runs the page (`<body data-app="started">`). */
export async function appStarted(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-app', 'started', { timeout: 15_000 });
}

/** Records every request that leaves the portal's own origin. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}

/** An integration token of the community, owned by a new head of its social protection unit,
 * made by the server's own commands. */
export function staffToken(db = DB, community = LVIV): string {
  const email = `head-${Date.now()}-${Math.floor(Math.random() * 1e6)}@lviv.example`;
  execFileSync('../target/debug/server', ['staff', 'invite', '--db', db, '--community', community, '--name', 'Голова Відділу', '--email', email, '--role', 'head']);
  const out = execFileSync('../target/debug/server', ['token', 'create', '--db', db, '--owner', email, '--name', 'e2e']).toString();
  return out.trim().split('\n').pop()!.trim();
}

/** An application as the community's integration API lists it. */
export type StaffApplication = {
  reference: string;
  status: string;
  programme: string;
  answers: Record<string, string>;
  attachments: Record<string, string[]>;
};

/** The community's applications, through its integration API. */
export async function staffList(request: APIRequestContext, token: string, base = ''): Promise<StaffApplication[]> {
  const res = await request.get(`${base}/api/v1/staff/applications`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  return (await res.json()).applications as StaffApplication[];
}

/** Sends the application from "Перевірте відповіді" and returns its reference and the one
 * application the community's staff received with it. */
export async function sendAndReceive(page: Page, request: APIRequestContext): Promise<{ reference: string; received: StaffApplication }> {
  await page.getByRole('button', { name: 'Надіслати заяву' }).click();
  await expect(page.locator('main h1')).toHaveText('Заяву отримано');
  const reference = (await page.locator('.app-reference').innerText()).trim();
  const mine = (await staffList(request, staffToken())).filter((a) => a.reference === reference);
  expect(mine).toHaveLength(1);
  return { reference, received: mine[0] };
}

/** Chooses Lviv as the community the person lives in (where the application goes). */
export async function chooseLviv(page: Page, base = '') {
  await page.goto(`${base}/community?code=${LVIV}`);
  await page.getByRole('button', { name: 'Обрати цю громаду' }).click();
  await expect(page.locator('.app-panel').first()).toContainText('Львівська');
}

/** Fills in the general request in Ukrainian from its start to its documents (the page before "check your answers"): `axe` names the pages checked with axe, none if empty; `identity` fills the identity page (the ID card by default); `afterRequest` fills the pages after the request (the family members of a programme counted per member), if any. */
export async function fillRequest(
  page: Page, surname: string, asked: string, axe: string,
  identity: (page: Page) => Promise<void> = async (p) => { await p.getByLabel(/Номер ID-картки/).fill('000123456'); },
  afterRequest?: (page: Page) => Promise<void>,
) {
  let pageNo = 0;
  const next = async () => {
    if (axe) await expectNoAxeViolations(page, `page ${++pageNo} of the general request for ${axe}`);
    await page.getByRole('button', { name: 'Далі', exact: true }).click();
  };
  await page.getByRole('link', { name: /Почати|Продовжити/ }).click();
  await expect(page.locator('main h1')).toHaveText('Як вас звати?');
  await page.getByLabel('Прізвище').fill(surname);
  await page.getByLabel('Ім’я').fill('Олена');
  await next();
  await page.getByLabel('Дата народження').fill('2000-02-13');
  await page.getByLabel('Жіноча').check();
  await next();
  await page.getByLabel('Так', { exact: true }).check();
  await page.getByLabel('РНОКПП, 10 цифр').fill('3656801869');
  await next();
  await identity(page);
  await next();
  await page.getByLabel('Номер телефону').fill('050 123 45 67');
  await next();
  await page.getByLabel('В Україні').check();
  await next();
  await page.getByLabel('Населений пункт').fill('Львів');
  await page.getByLabel('Будинок').fill('12');
  await page.getByLabel('Поштовий індекс').fill('79000');
  await next();
  await expect(page.locator('main h1')).toHaveText('Про що ви просите?');
  // What is asked is required: an empty request says so.
  await page.getByRole('button', { name: 'Далі', exact: true }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Заповніть поле «Про що ви просите?»');
  await page.getByLabel('Про що ви просите?').fill(asked);
  await next();
  if (afterRequest) await afterRequest(page);
  await expect(page.locator('main h1')).toHaveText('Документи');
}
