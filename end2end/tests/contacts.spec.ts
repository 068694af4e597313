import type { Page } from '@playwright/test';
import { test, expect, open, plain, requestsOf } from './fixtures';
import { answer, press, startWalk, type Walk } from './flow';
import { ftl } from './text';

const t = (id: string) => ftl('sv', id);

test('choosing Örebro on an urgent result shows its contacts after 112', async ({ page }) => {
  const walk: Walk = { lang: 'sv', path: 'partner', age: 'adult', self: 'woman', answer: (q) => (q === t('q-partner-kill') ? 'yes' : 'no') };
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk);
  await expect(page.locator('.urgent')).toBeVisible();
  const before = await page.locator('.contact h3').allInnerTexts();
  await page.getByLabel(t('help-municipality-label')).fill('orebro');
  await page.getByRole('button', { name: 'Örebro', exact: true }).click();
  const after = await page.locator('.contact h3').allInnerTexts();
  expect(after[0]).toBe('112');
  const local = after.filter((name) => !before.includes(name));
  expect(local.length).toBeGreaterThan(0);
  expect(after.indexOf(local[0])).toBeGreaterThan(0);
  // A local number is tap-to-call in E.164.
  await expect(page.locator('.contact a[href^="tel:+4619"]').first()).toBeVisible();
  // A number never wraps in two: its spaces are no-break spaces.
  const calls = (await page.locator('.contact a[href^="tel:"]').allInnerTexts()).map(plain);
  expect(calls.some((text) => /\d\u00a0\d/.test(text))).toBe(true);
  for (const text of calls) expect(text).not.toMatch(/\d \d/);
});

test('the municipality picker folds diacritics and groups by county', async ({ page }) => {
  await open(page);
  await press(page, t('nav-help'));
  const search = page.getByLabel(t('help-municipality-label'));
  for (const [typed, name] of [['orebro', 'Örebro'], ['ostersund', 'Östersund'], ['upplands vasby', 'Upplands Väsby']]) {
    await search.fill(typed);
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await search.fill('upplands');
  await expect(page.getByRole('group', { name: 'Stockholms län' })).toBeVisible();
  await search.fill('xyzzy');
  await expect(page.getByText(t('help-municipality-no-match'))).toBeVisible();
  // A municipality without a sourced local contact: the note says how to reach social
  // services through the municipality. Chosen by keyboard.
  const directory = await (await page.request.get('/api/contacts')).json();
  const empty = directory.municipalities.find((m: { contacts?: unknown[] }) => !m.contacts?.length).name as string;
  await search.fill(empty);
  await search.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText(new RegExp(`${empty}.*Ring kommunens växel`))).toBeVisible();
});

test('the request log is the same whichever municipality is chosen', async ({ browser, baseURL }) => {
  const choose = (name: string, typed: string) => async (page: Page) => {
    await open(page);
    await press(page, t('nav-help'));
    await page.getByLabel(t('help-municipality-label')).fill(typed);
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.locator('.contact').first()).toBeVisible();
  };
  expect(await requestsOf(browser, baseURL, choose('Örebro', 'orebro'))).toEqual(
    await requestsOf(browser, baseURL, choose('Kiruna', 'kiruna')),
  );
});
