import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, open, visibleText, expectNoAxeViolations } from './fixtures';
import { LOCALES, LOCALE_CODES as codes } from './text';

const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ckb']);
/** Every message id of the source, to spot an id shown instead of its text. */
const ids = readdirSync(join(LOCALES, 'sv'))
  .filter((f) => f.endsWith('.ftl'))
  .map((f) => readFileSync(join(LOCALES, 'sv', f), 'utf8'))
  .join('\n')
  .split('\n')
  .map((l) => /^([a-z][a-z0-9-]*) =/.exec(l)?.[1])
  .filter((id): id is string => !!id);

/** The screen is translated, fits 320 px and has no axe violation. */
async function expectGoodScreen(page: Page, code: string, what: string): Promise<void> {
  const text = await visibleText(page);
  const shown = ids.filter((id) => text.includes(id));
  expect(shown, `${code} ${what}: untranslated ids`).toEqual([]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${code} ${what}: horizontal overflow`).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
}

test('every offered language has a locale file, and only those', async ({ page }) => {
  await open(page);
  const offered = await page.locator('#language option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered.sort()).toEqual(codes);
  expect(codes.length).toBe(22);
});

for (const code of codes) {
  test(`${code}: start, a question, a result and help render translated at 320 px`, async ({ page, watch }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page, `/?lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', RTL.has(code) ? 'rtl' : 'ltr');
    await expectGoodScreen(page, code, 'start');

    await page.locator('.start .actions button.primary').click();
    await page.locator('.choices button').first().click();
    await page.locator('.choices button').last().click();
    await page.locator('.choices button').last().click();
    await expect(page.locator('progress')).toBeVisible();
    await expectGoodScreen(page, code, 'question');

    while (await page.locator('progress').count()) {
      await page.locator('.choices.answers button').first().click();
    }
    await expect(page.locator('.urgent')).toBeVisible();
    await expect(page.locator('.contact').first()).toBeVisible();
    await expectGoodScreen(page, code, 'result');

    await page.locator('.result .actions button.primary').click();
    await page.locator('.start .actions button').nth(1).click();
    await expect(page.locator('.help')).toBeVisible();
    await expect(page.locator('.contact').first()).toBeVisible();
    await expectGoodScreen(page, code, 'help');
    expect(watch.consoleErrors).toEqual([]);
    if (['ar', 'ti', 'th'].includes(code)) {
      await page.setViewportSize({ width: 360, height: 800 });
      await test.info().attach(`${code}-help-360.png`, { body: await page.screenshot({ fullPage: false }), contentType: 'image/png' });
    }
  });
}

test('the pseudo-locale shows no hard-coded text and no overflow at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const bracketed = async (what: string) => {
    const texts = await page
      .locator('main h1, main h2, main label, main legend, main p.lead, .choices button, nav.actions button, #quick-exit')
      .allInnerTexts();
    for (const text of texts.map((t) => t.replace(/[\u2068\u2069]/g, '').trim()).filter((t) => t)) {
      expect(text, `${what}: hard-coded text`).toMatch(/^\[.*\]$/s);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what}: overflow`).toBeLessThanOrEqual(320);
  };
  await open(page, '/?lang=qps-ploc');
  await bracketed('start');
  await page.locator('.start .actions button.primary').click();
  await bracketed('paths');
  await page.locator('.choices button').nth(1).click();
  await page.locator('.choices button').first().click();
  await bracketed('self-description');
  await page.locator('.choices button').first().click();
  await bracketed('question');
  while (await page.locator('progress').count()) {
    await page.locator('.choices.answers button').first().click();
  }
  await bracketed('result');
});
