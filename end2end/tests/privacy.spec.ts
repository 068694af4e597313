import type { Page } from '@playwright/test';
import { test, expect, open, expectNothingStored, expectOnlySameOriginGets, requestsOf, neutralSite, EXIT_SITE as EXIT } from './fixtures';
import { PATHS, answer, chooseMunicipality, press, startWalk, type PathId, type Walk } from './flow';
import { ftl } from './text';

const t = (id: string) => ftl('sv', id);

/** A complete visit: the whole questionnaire, a municipality, the help and safety pages. */
async function completeVisit(page: Page, walk: Walk, municipality: string): Promise<void> {
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk);
  await chooseMunicipality(page, municipality);
  await expect(page.getByText(municipality).first()).toBeVisible();
  await press(page, t('result-start-over'));
  await press(page, t('nav-help'));
  await press(page, t('nav-home'));
  await press(page, t('nav-safety'));
  await expect(page.locator('.requests li').first()).toBeVisible();
}

for (const path of Object.keys(PATHS) as PathId[]) {
  test(`after a complete visit on the ${path} path nothing is stored, sent or added to history`, async ({ page, watch, baseURL }) => {
    await open(page);
    const entries = await page.evaluate(() => history.length);
    await completeVisit(page, { lang: 'sv', path, age: 'adult', aboutChild: true, self: 'woman', answer: () => 'yes' }, 'Örebro');
    await expectNothingStored(page);
    expectOnlySameOriginGets(watch, new URL(baseURL!).origin);
    expect(watch.consoleErrors, 'console errors and CSP violations').toEqual([]);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });
}

test('two opposite visits make exactly the same requests', async ({ browser, baseURL }) => {
  const first = await requestsOf(browser, baseURL, (page) =>
    completeVisit(page, { lang: 'sv', path: 'partner', age: 'adult', self: 'woman', answer: () => 'yes' }, 'Örebro'));
  const second = await requestsOf(browser, baseURL, (page) =>
    completeVisit(page, { lang: 'sv', path: 'used-violence', age: 'under-18', self: 'man', answer: () => 'no' }, 'Lund'));
  expect(second).toEqual(first);
  expect(first.every((r) => r.startsWith('GET '))).toBe(true);
  expect(first).toContain('GET /api/contacts');
});

test('HTML and the contacts document are served no-store', async ({ page }) => {
  const contacts = page.waitForResponse((r) => r.url().endsWith('/api/contacts'));
  const document = await page.goto('/');
  expect(document!.headers()['cache-control']).toBe('no-store');
  expect((await contacts).headers()['cache-control']).toBe('no-store');
});

test('quick exit by button blanks the page at once and leaves no way back to the answers', async ({ page }) => {
  await neutralSite(page, 1500);
  const walk: Walk = { lang: 'sv', path: 'partner', age: 'adult', answer: () => 'yes' };
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk);
  await expect(page.locator('#quick-exit')).toBeVisible();
  // Click without waiting for the navigation: before the neutral site has even
  // answered, the page is blank and its title neutral.
  const blank = await page.evaluate(() => {
    document.getElementById('quick-exit')!.click();
    return { body: document.body.innerHTML, title: document.title };
  });
  expect(blank).toEqual({ body: '', title: 'Väder' });
  await page.waitForURL(EXIT);
  expect(await page.title()).toBe('SMHI');
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain('127.0.0.1');
  expect(await page.locator('.finding').count()).toBe(0);
});

test('quick exit by pressing Shift three times; Shift as a modifier and Escape do not count', async ({ page }) => {
  await neutralSite(page);
  await open(page);
  await press(page, t('nav-start-questions'));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift');
  await expect(page.locator('#shift-status')).toContainText('2');
  await page.keyboard.press('Shift');
  await expect(page.locator('#shift-status')).toContainText('en gång till');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Escape');
  await expect(page.locator('main h1')).toHaveText(t('flow-age-title'));
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT);
});

test('quick exit by Shift three times also on the staff page, whose module is loaded apart', async ({ page }) => {
  await neutralSite(page);
  await open(page);
  await press(page, t('nav-staff'));
  await expect(page.locator('svg.qr')).toBeVisible();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT);
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain('127.0.0.1');
});

test('quick exit stays on screen and uncovered at 320 px, even at the end of a long result', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const walk: Walk = { lang: 'sv', path: 'family', age: 'under-18', answer: () => 'yes' };
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const box = (await page.locator('#quick-exit').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  const topmost = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.id, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(topmost).toBe('quick-exit');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the safety page lists every request the page has made', async ({ page }) => {
  await open(page);
  // The list is read once the page's text has arrived: wait until the contacts have
  // arrived before opening it, and for the list to show (on a loaded machine the text
  // and the contacts can come late).
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.endsWith('/api/contacts')),
  );
  await press(page, t('nav-safety'));
  await expect(page.locator('.requests li').first()).toBeVisible();
  const listed = await page.locator('.requests li').allInnerTexts();
  expect(listed.some((u) => u.endsWith('/api/contacts'))).toBe(true);
  expect(listed.some((u) => u.endsWith('/locales/sv/main.ftl'))).toBe(true);
  expect(listed.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(listed.every((u) => u.startsWith(new URL(page.url()).origin))).toBe(true);
});

test('a page restored from the back-forward cache shows the blank start, never answers', async ({ page }) => {
  const walk: Walk = { lang: 'sv', path: 'partner', age: 'adult', answer: () => 'yes' };
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk, 0, 5);
  const reloaded = page.waitForEvent('load');
  const blank = await page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    return document.body.innerHTML;
  });
  expect(blank).toBe('');
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: t('start-title') })).toBeVisible();
  await press(page, t('nav-start-questions'));
  await expect(page.getByRole('button', { name: t('flow-age-adult') })).toHaveAttribute('aria-pressed', 'false');
  await press(page, t('flow-age-adult'));
  await expect(page.getByRole('button', { name: t('flow-path-partner') })).toHaveAttribute('aria-pressed', 'false');
});
