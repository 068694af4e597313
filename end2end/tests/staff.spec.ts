import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { test, expect, open, visibleText, expectNoAxeViolations, expectNothingStored, requestSet, requestsOf } from './fixtures';
import { chooseMunicipality, press } from './flow';
import { ftl } from './text';

const t = (id: string) => ftl('sv', id);
const en = (id: string) => ftl('en', id);
/** A request for the staff page's module (its JavaScript or wasm) or its text. */
const STAFF_MODULE = /^GET \/(staff-[0-9a-f]{16}\.(js|wasm)|locales\/[a-z-]+\/staff\.ftl)$/;

test('a poster for Lund in Swedish, Arabic and Somali: link, QR code, print, presets', async ({ page, watch, browser, baseURL }) => {
  await open(page);
  await press(page, t('nav-staff'));
  await expect(page.getByRole('heading', { level: 1, name: t('staff-title') })).toBeVisible();
  await chooseMunicipality(page, 'Lund', 'lund');
  await page.getByRole('checkbox', { name: 'العربية' }).check();
  await page.getByRole('checkbox', { name: 'Soomaali' }).check();
  await page.getByRole('checkbox', { name: 'English' }).click();
  await expect(page.getByRole('status').filter({ hasText: t('staff-builder-too-many-languages') })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'English' })).not.toBeChecked();

  const link = await page.getByLabel(t('staff-builder-link-label')).inputValue();
  expect(link).toBe(`${baseURL}/?lang=sv&kommun=1281&ung=1`);

  // Decode the QR code as drawn on screen.
  const png = PNG.sync.read(await page.locator('svg.qr').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(link);

  // The poster shows each chosen language's lines in its own script and direction.
  const poster = page.getByTestId('poster');
  await expect(poster.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  expect(await poster.locator('.poster-language').count()).toBe(3);
  expect(await poster.innerText()).toContain('116\u00a0111');
  expect(await poster.innerText()).toContain('112');

  // Print emulation: one A4 page.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // Making the poster sent nothing an ordinary visit does not, beyond the staff page's
  // own module and text: the same three files for everyone who opens it.
  const ordinary = await requestsOf(browser, baseURL, async (other) => {
    await open(other);
    await press(other, t('nav-help'));
    await expect(other.locator('.contact').first()).toBeVisible();
  });
  const seen = requestSet(watch);
  expect(seen.filter((r) => ordinary.includes(r))).toEqual(ordinary);
  const extra = seen.filter((r) => !ordinary.includes(r));
  expect(extra).toHaveLength(3);
  for (const request of extra) expect(request).toMatch(STAFF_MODULE);
  await expectNothingStored(page);

  // Opening the link presets Lund, Swedish and the young people's questions, in memory.
  const fresh = await browser.newContext({ locale: 'en-GB' });
  const visitor = await fresh.newPage();
  await visitor.goto(link);
  const entries = await visitor.evaluate(() => history.length);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(visitor.getByRole('heading', { level: 1, name: t('flow-path-title') })).toBeVisible();
  expect(new URL(visitor.url()).search).toBe('');
  // The age step is answered: the paths are worded for young people, and going back
  // shows "under 18" chosen.
  await expect(visitor.getByRole('button', { name: t('flow-path-partner-youth') })).toBeVisible();
  await press(visitor, t('nav-back'));
  await expect(visitor.getByRole('button', { name: t('flow-age-under-18') })).toHaveAttribute('aria-pressed', 'true');
  expect(await visitor.evaluate(() => history.length)).toBe(entries);
  await expectNothingStored(visitor);
  await fresh.close();
});

test('a link preset shows the chosen municipality on the help page', async ({ page }) => {
  await open(page, '/?lang=sv&kommun=1281');
  await press(page, t('nav-help'));
  expect(await visibleText(page)).toContain('Lund');
  await expect(page.locator('#municipality-search')).toHaveCount(0);
});

test('an unknown municipality in a link falls back with a visible note', async ({ page }) => {
  await open(page, '/?lang=sv&kommun=9999');
  await expect(page.getByRole('status').filter({ hasText: '9999' })).toBeVisible();
});

test('axe finds no WCAG 2.2 A/AA violation on the staff page', async ({ page }) => {
  await open(page);
  await press(page, t('nav-staff'));
  await expect(page.locator('svg.qr')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the staff page loads only when opened; leaving it keeps language, municipality and the one history entry', async ({ page, watch }) => {
  await open(page);
  await press(page, t('nav-help'));
  await chooseMunicipality(page, 'Lund', 'lund');
  await press(page, t('nav-home'));
  const entries = await page.evaluate(() => history.length);
  expect(requestSet(watch).filter((r) => STAFF_MODULE.test(r))).toEqual([]);

  await press(page, t('nav-staff'));
  const heading = page.getByRole('heading', { level: 1, name: t('staff-title') });
  await expect(heading).toBeFocused();
  await expect(page.locator('svg.qr')).toBeVisible();
  expect(requestSet(watch).filter((r) => STAFF_MODULE.test(r))).toHaveLength(3);
  // The municipality chosen before is chosen here too, and goes into the link.
  await expect(page.locator('#municipality-search')).toHaveCount(0);
  expect(await page.getByLabel(t('staff-builder-link-label')).inputValue()).toContain('kommun=1281');

  // Switching language on the staff page carries over to the app, quick exit included.
  await page.getByLabel(t('language-label')).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: en('staff-title') })).toBeVisible();
  await expect(page.locator('#quick-exit')).toHaveText(en('quick-exit-button'));
  await expect(page.locator('#language')).toHaveCount(1);
  await press(page, en('nav-home'));
  await expect(page.getByRole('heading', { level: 1, name: en('start-title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#language')).toHaveValue('en');
  await expect(page.locator('.page.staff')).toHaveCount(0);
  await press(page, en('nav-help'));
  expect(await visibleText(page)).toContain('Lund');

  // Opening it again reuses the module already loaded.
  await press(page, en('nav-home'));
  await press(page, en('nav-staff'));
  await expect(page.locator('svg.qr')).toBeVisible();
  // Module and Swedish text once; the English text fetched when the language changed.
  expect(requestSet(watch).filter((r) => STAFF_MODULE.test(r))).toHaveLength(4);
  expect(watch.requests.filter((r) => /\/staff-[0-9a-f]{16}\.wasm$/.test(r.url))).toHaveLength(1);

  expect(await page.evaluate(() => history.length)).toBe(entries);
  expect(new URL(page.url()).search).toBe('');
  await expectNothingStored(page);
  expect(watch.consoleErrors).toEqual([]);
});

test('when the staff page cannot be loaded: a calm note and a way back; a later try loads it', async ({ page }) => {
  await open(page);
  const wasm = /\/staff-[0-9a-f]{16}\.wasm$/;
  await page.route(wasm, (route) => route.abort());
  await press(page, t('nav-staff'));
  await expect(page.getByRole('alert')).toHaveText(t('staff-load-failed'));
  await press(page, t('nav-home'));
  await expect(page.getByRole('heading', { level: 1, name: t('start-title') })).toBeVisible();
  await page.unroute(wasm);
  await press(page, t('nav-staff'));
  await expect(page.locator('svg.qr')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
