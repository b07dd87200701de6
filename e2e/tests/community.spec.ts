import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, open } from './support';

test.describe('A person picks their community', () => {
  test('typing part of the name shows same-named communities apart, and the choice is remembered', async ({ page }) => {
    await open(page, '/community');
    await expectNoAxeViolations(page, 'community picker, empty');
    const box = page.getByRole('searchbox', { name: 'Назва громади' });
    await box.pressSequentially('Андріїв', { delay: 10 });
    await expect(page).toHaveURL(/\/community\?q=/);
    const cards = page.locator('#community-results .app-card');
    // Several communities share the name; each shows its raion and oblast.
    expect(await cards.count()).toBeGreaterThan(2);
    const places = await cards.locator('.app-card__meta').first().innerText();
    expect(places).toMatch(/район, .+ (область|Крим)/);
    await expectNoAxeViolations(page, 'community picker with results');

    await page.getByRole('searchbox', { name: 'Назва громади' }).fill('');
    await page.getByRole('searchbox', { name: 'Назва громади' }).pressSequentially('Бучан', { delay: 10 });
    await page.getByRole('link', { name: 'Бучанська міська громада' }).click();
    await expect(page.getByRole('heading', { name: 'Бучанська міська громада', level: 2 })).toBeVisible();
    await page.getByRole('button', { name: 'Обрати цю громаду' }).click();
    await expect(page.getByText('Це ваша громада.')).toBeVisible();
    await expectNoAxeViolations(page, 'community chosen');

    // Remembered on the device: after a reload the header and the home page show it.
    await page.goto('/');
    await expect(page.locator('.app-header__community')).toContainText('Бучанська міська громада');
    await expect(page.locator('main')).toContainText('Бучанська міська громада');

    // The service page points to the community.
    await open(page, '/service/housing-subsidy');
    await expect(page.getByText(/У вашій громаді \(Бучанська міська громада\)/)).toBeVisible();

    // Forgetting it works.
    await open(page, '/community');
    await page.getByRole('button', { name: 'Забути вибір громади' }).click();
    await page.reload();
    await expect(page.locator('.app-header__community')).toHaveCount(0);
  });

  test('an occupied community is marked, and the person is shown how to get support where they live now', async ({ page }) => {
    await open(page, '/community');
    await page.getByRole('searchbox', { name: 'Назва громади' }).pressSequentially('Мелітопольськ', { delay: 10 });
    const card = page.locator('#community-results .app-card').filter({ hasText: 'Мелітопольська міська громада' });
    await expect(card).toContainText('Тимчасово окупована територія');
    await card.getByRole('link').click();

    const notice = page.getByRole('region', { name: /перелік/ });
    await expect(notice).toContainText('Тимчасово окупована територія');
    await expect(notice).toContainText('довідку');
    await expectNoAxeViolations(page, 'occupied community');
    await page.getByRole('button', { name: 'Це громада, звідки я виїхав(-ла)' }).click();
    await expect(page.getByText(/Збережено як громаду, звідки ви виїхали/)).toBeVisible();

    // Then they choose where they live now.
    const box = page.getByRole('searchbox', { name: 'Назва громади' });
    await box.fill('');
    await box.pressSequentially('Запорізька міськ', { delay: 10 });
    await page.getByRole('link', { name: 'Запорізька міська громада' }).first().click();
    await page.getByRole('button', { name: 'Обрати цю громаду' }).click();
    await page.reload();
    await expect(page.locator('.app-header__community')).toContainText('Запорізька міська громада');
    await expect(page.getByText('Громада, звідки ви виїхали:')).toBeVisible();
    await expect(page.locator('main')).toContainText('Мелітопольська міська громада');

    // The notice leads to the programmes for displaced people.
    await open(page, '/community?code=' + (await page.evaluate(() => localStorage.getItem('portal.origin')))!.replaceAll('"', ''));
    await page.getByRole('link', { name: 'Перегляньте виплати й послуги для переселенців.' }).click();
    await expect(page).toHaveURL(/\/situation\/displacement$/);
  });

  test('a person who knows only their town finds its community: Кривий Ріг → Криворізька', async ({ page }) => {
    await open(page, '/community');
    await page.getByRole('searchbox', { name: 'Назва громади' }).pressSequentially('Кривий Ріг', { delay: 10 });
    const first = page.locator('#community-results .app-card').first();
    await expect(first).toContainText('Криворізька міська громада');
    await expect(first).toContainText('м. Кривий Ріг, Криворізький район, Дніпропетровська область');
  });
});
