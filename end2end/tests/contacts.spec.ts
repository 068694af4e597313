import type { Page } from '@playwright/test';
import { test, expect, open, plain, requestsOf } from './fixtures';
import { answer, chooseMunicipality, press, startWalk, type Walk } from './flow';
import { ftl } from './text';

const t = (id: string) => ftl('sv', id);

/** The parts of the served contacts document these tests read. */
type DirectoryContact = { name: string; kind: string; phone?: unknown; third_party_only?: boolean };
type DirectoryMunicipality = { name: string; contacts?: DirectoryContact[] };
type Directory = { municipalities: DirectoryMunicipality[] };

async function directoryOf(page: Page): Promise<Directory> {
  return (await page.request.get('/api/contacts')).json();
}

/** The contact card whose heading is `name`. */
const card = (page: Page, name: string) =>
  page.locator('.contact').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('choosing Örebro on an urgent result shows its contacts after 112', async ({ page }) => {
  const walk: Walk = { lang: 'sv', path: 'partner', age: 'adult', self: 'woman', answer: (q) => (q === t('q-partner-kill') ? 'yes' : 'no') };
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk);
  await expect(page.locator('.urgent')).toBeVisible();
  const before = await page.locator('.contact h3').allInnerTexts();
  await chooseMunicipality(page, 'Örebro', 'orebro');
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
  // A municipality with no sourced number for its social services (it may have other
  // contacts): the note says how to reach them through the municipality. Chosen by keyboard.
  const directory = await directoryOf(page);
  const socialServicesPhone = (m: DirectoryMunicipality) =>
    (m.contacts ?? []).some((c) => c.kind === 'social-services' && c.phone);
  const without = directory.municipalities.find((m) => !socialServicesPhone(m));
  expect(without, 'a municipality without a social-services number to test the note with').toBeDefined();
  await search.fill(without!.name);
  await search.press('Tab');
  await page.keyboard.press('Enter');
  // Fluent isolates the name with U+2068 … U+2069.
  await expect(page.getByText(new RegExp(`socialtjänsten i \u2068?${without!.name}\u2069? än.*Ring kommunens växel`))).toBeVisible();
  // A municipality with such a number shows no note.
  const withNumber = directory.municipalities.find(socialServicesPhone)!;
  await press(page, t('help-municipality-change'));
  await chooseMunicipality(page, withNumber.name);
  await expect(page.getByText(withNumber.name).first()).toBeVisible();
  await expect(page.getByText('Ring kommunens växel och be')).toHaveCount(0);
});

test('a contact only someone else\'s page states says so on its card', async ({ page }) => {
  await open(page);
  await press(page, t('nav-help'));
  const directory = await directoryOf(page);
  const marked = (c: DirectoryContact) => c.third_party_only === true && c.kind === 'social-services';
  const municipality = directory.municipalities.find((m) => m.contacts?.some(marked))!;
  const contact = municipality.contacts!.find(marked)!;
  await chooseMunicipality(page, municipality.name);
  await expect(card(page, contact.name).getByText(t('contact-source-third-party'))).toBeVisible();
  // A contact read on the organisation's own page does not say it.
  const own = municipality.contacts!.find((c) => !c.third_party_only);
  if (own) {
    await expect(card(page, own.name).getByText(t('contact-source-third-party'))).toHaveCount(0);
  }
  const national = card(page, 'Kvinnofridslinjen');
  await expect(national).toBeVisible();
  await expect(national.getByText(t('contact-source-third-party'))).toHaveCount(0);
});

test('the request log is the same whichever municipality is chosen', async ({ browser, baseURL }) => {
  const choose = (name: string, typed: string) => async (page: Page) => {
    await open(page);
    await press(page, t('nav-help'));
    await chooseMunicipality(page, name, typed);
    await expect(page.locator('.contact').first()).toBeVisible();
  };
  expect(await requestsOf(browser, baseURL, choose('Örebro', 'orebro'))).toEqual(
    await requestsOf(browser, baseURL, choose('Kiruna', 'kiruna')),
  );
});
