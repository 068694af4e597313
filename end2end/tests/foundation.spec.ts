import {
  test,
  expect,
  open,
  visibleText,
  expectNothingStored,
  expectOnlySameOriginGets,
  expectNoAxeViolations,
} from './fixtures';
import { ftl } from './text';

test('the start screen loads in Swedish with no console error or CSP violation', async ({ page, watch, baseURL }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(await visibleText(page)).toContain(ftl('sv', 'start-title'));
  await expect(page.locator('#quick-exit')).toHaveText('Lämna sidan snabbt');
  expect(watch.consoleErrors).toEqual([]);
  expectOnlySameOriginGets(watch, new URL(baseURL!).origin);
  await expectNothingStored(page);
});

test('Arabic from the link is right to left and only Arabic text is fetched', async ({ page, watch }) => {
  await open(page, '/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await visibleText(page)).toContain(ftl('ar', 'start-title'));
  const locales = watch.requests.filter((r) => r.url.includes('/locales/')).map((r) => new URL(r.url).pathname);
  expect(locales).toEqual(['/locales/ar/main.ftl']);
  expect(watch.consoleErrors).toEqual([]);
});

test('the browser language is used when the link names none', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const locales: string[] = [];
  page.on('request', (r) => r.url().includes('/locales/') && locales.push(new URL(r.url()).pathname));
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await visibleText(page)).toContain(ftl('en', 'start-title'));
  // The page's boot script guessed the same language, so its early fetch was used.
  expect(locales).toEqual(['/locales/en/main.ftl']);
  await context.close();
});

test('an unknown language falls back to Swedish with a visible note', async ({ page }) => {
  await open(page, '/?lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('status').filter({ hasText: 'xx' })).toBeVisible();
});

test('switching language changes text and direction without a reload', async ({ page, watch }) => {
  await open(page);
  const loads = watch.navigations.length;
  const entries = await page.evaluate(() => history.length);
  await page.getByLabel('Språk').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await visibleText(page)).toContain(ftl('ar', 'start-title'));
  await expect(page.locator('#quick-exit')).toHaveText('مغادرة الصفحة بسرعة');
  await page.getByLabel('اللغة').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(watch.navigations.length).toBe(loads);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('the shell paints the name and a working quick-exit link before the app', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Vägvisaren' })).toBeVisible();
  await expect(page.locator('#quick-exit')).toHaveAttribute('href', /^https:\/\//);
  expect(await visibleText(page)).toContain('112');
  await context.close();
});

for (const lang of ['sv', 'en', 'ar']) {
  test(`axe finds no WCAG 2.2 A/AA violation on the start screen in ${lang}`, async ({ page }) => {
    await open(page, `/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectNoAxeViolations(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first paint already offers help: 112, Kvinnofridslinjen and quick exit, in Swedish and English', async ({ page }) => {
    await page.goto('/');
    for (const lang of ['sv', 'en']) {
      const line = page.locator(`.shell-help li[lang="${lang}"]`);
      await expect(line.locator('a[href="tel:112"]')).toBeVisible();
      await expect(line.locator('a[href="tel:+4620505050"]')).toBeVisible();
    }
    await expect(page.locator('#quick-exit')).toHaveAttribute('href', /^https:\/\//);
  });
});

test("the app replaces the first paint's help lines once it runs", async ({ page }) => {
  await open(page);
  await expect(page.locator('.shell-help')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: ftl('sv', 'start-title') })).toBeVisible();
});
