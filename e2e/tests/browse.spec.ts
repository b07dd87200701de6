import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, mainNavigation, open } from './support';

test.describe('A person browses the catalogue on a phone', () => {
  test('from the home page a life situation leads to a service page with amounts, documents and sources', async ({ page }) => {
    await open(page, '/');
    await expect(page).toHaveTitle(/Соціальна підтримка в громаді/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Соціальна підтримка у вашій громаді');
    await expectNoAxeViolations(page, 'home');

    await page.getByRole('link', { name: /Народження дитини/ }).click();
    await expect(page).toHaveURL(/\/situation\/birth$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Народження дитини');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveTitle(/^Народження дитини — /);
    await expectNoAxeViolations(page, 'catalogue for a life situation');

    await page.getByRole('link', { name: 'Допомога при народженні дитини' }).click();
    await expect(page).toHaveURL(/\/service\/birth-assistance$/);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Допомога при народженні дитини');
    await expect(h1).toBeFocused();
    await expect(page).toHaveTitle(/^Допомога при народженні дитини — /);
    await expect(page.getByRole('heading', { name: 'Скільки' })).toBeVisible();
    await expect(page.getByText(/50 000 грн/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Правова підстава' })).toBeVisible();
    await expect(page.locator('a[href^="https://zakon.rada.gov.ua/"]').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Джерела' })).toBeVisible();
    await expectNoAxeViolations(page, 'service page');

    // Back returns to the filtered list, then home.
    await page.goBack();
    await expect(page).toHaveURL(/\/situation\/birth$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Народження дитини');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Соціальна підтримка у вашій громаді');
  });

  test('filters narrow the catalogue, live in the URL and survive a reload', async ({ page }) => {
    await open(page, '/catalogue');
    const count = page.getByRole('status').filter({ hasText: 'Знайдено' });
    const all = Number((await count.innerText()).match(/\d+/)![0]);
    expect(all).toBeGreaterThanOrEqual(25);

    await page.getByLabel('Вид').selectOption('payment');
    await page.getByLabel('Напрям').selectOption('displacement');
    await page.getByRole('button', { name: 'Показати' }).click();
    await expect(page).toHaveURL(/\/catalogue\?category=displacement&kind=payment$/);
    await expect(page.getByRole('link', { name: 'Допомога на проживання внутрішньо переміщеним особам' })).toBeVisible();
    const filtered = Number((await count.innerText()).match(/\d+/)![0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    await expectNoAxeViolations(page, 'filtered catalogue');

    await page.reload();
    await expect(page.getByLabel('Напрям')).toHaveValue('displacement');
    await expect(page.getByLabel('Вид')).toHaveValue('payment');
    await expect(count).toHaveText(new RegExp(`Знайдено ${filtered} `));

    await page.getByRole('link', { name: 'Скинути фільтри' }).click();
    await expect(page).toHaveURL(/\/catalogue$/);
    await expect(count).toHaveText(new RegExp(`Знайдено ${all} `));
  });

  test('services of the Law on social services are in the catalogue with their legal basis', async ({ page }) => {
    await open(page, '/catalogue?category=social-services');
    await expect(page.getByRole('link', { name: /Соціальний супровід/ })).toBeVisible();
    await page.getByRole('link', { name: /Консультування/ }).click();
    await expect(page.getByText(/Код за Класифікатором соціальних послуг:\s*002\.0/)).toBeVisible();
    await expect(page.getByRole('link', { name: /2671-VIII/ })).toBeVisible();
  });

  test('a deep link opens the page directly and reloads to the same page', async ({ page }) => {
    await open(page, '/service/housing-subsidy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Житлова субсидія');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Житлова субсидія');
  });

  test('an unknown address shows the not-found page with a real 404 status', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сторінку не знайдено');
    await expectNoAxeViolations(page, 'not found');
    const missing = await page.goto('/service/no-such-service');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сторінку не знайдено');
  });

  test('where sources disagree the service page says so', async ({ page }) => {
    await open(page, '/service/idp-living-allowance');
    const note = page.getByRole('region', { name: 'Зверніть увагу' });
    await expect(note).toBeVisible();
    await expect(note).toContainText(/30/);
  });
});

test.describe('On a connection that fails', () => {
  test('a service page carries its own details; another one opened in the app shows what it is and says its details could not be fetched', async ({ page }) => {
    await page.route('**/data/catalogue.bin', (route) => route.abort('internetdisconnected'));
    await open(page, '/service/birth-assistance');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
    await expect(page.getByRole('heading', { name: 'Скільки' })).toBeVisible();

    // Within the app, a service page needs the catalogue's details, which cannot be fetched.
    await (await mainNavigation(page)).getByRole('link', { name: 'Виплати та послуги' }).click();
    await page.getByRole('link', { name: 'Житлова субсидія' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Житлова субсидія');
    await expect(page.getByRole('status')).toHaveText(/Не вдалося завантажити подробиці/);
    await expectNoAxeViolations(page, 'service page without details');
  });

  test('where the catalogue cannot be fetched on a first visit, the page says so and stays readable, in the apps too', async ({ page }) => {
    let refused = 0;
    await page.route('**/data/catalogue-cards.bin', (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    // A pre-rendered page: its content stays, the notice comes first in its main content.
    await page.goto('/service/birth-assistance');
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(/Не вдалося завантажити перелік виплат і послуг/);
    await expect(page.locator('main > :first-child [role="alert"]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Допомога при народженні дитини');
    await expectNoAxeViolations(page, 'service page without the catalogue');
    // An app's own page (the check's answers) has nothing else to show: the notice, in English
    // for an English address, and the button that tries again.
    await page.goto('/en/check/answers');
    await expect(page.getByRole('alert')).toHaveText(/list of payments and services could not be loaded/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The page could not be opened');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const before = refused;
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await expect.poll(() => refused).toBeGreaterThan(before);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, "the check's own page without the catalogue");
  });

  test('the community picker says the list could not be loaded instead of showing nothing', async ({ page }) => {
    await page.route('**/data/communities.bin', (route) => route.abort('internetdisconnected'));
    await open(page, '/community');
    await expect(page.getByRole('alert')).toHaveText(/Не вдалося завантажити список громад/);
    await expectNoAxeViolations(page, 'community picker without communities');
  });
});
