import type { Page } from '@playwright/test';
import { test, expect, open, plain, expectNothingStored, expectOnlySameOriginGets, expectNoAxeViolations, requestSet, neutralSite, EXIT_SITE } from './fixtures';
import { answer, press, startWalk, yesTo, type Walk } from './flow';
import { ftl } from './text';

const t = (id: string) => ftl('sv', id);
/** A request for the safety plan's module (its JavaScript or wasm) or its text. */
const PLAN_MODULE = /^GET \/(plan-[0-9a-f]{16}\.(js|wasm)|locales\/[a-z-]+\/plan\.ftl)$/;
/** What the person writes: none of it may ever leave the page or outlive it. */
const ENTRIES = {
  'plan-people-field': 'Moster Lena 070-123 45 67',
  'plan-codeword-field': 'blåbärspaj',
  'plan-place-field': 'Biblioteket vid torget',
};

/** A woman whose partner strangled her, with children at home, reaches the result. */
async function toResult(page: Page): Promise<void> {
  const walk: Walk = {
    lang: 'sv', path: 'partner', age: 'adult', self: 'woman',
    answer: yesTo('sv', ['q-partner-hit', 'q-partner-neck', 'q-partner-children-see']),
  };
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk);
}

async function openPlan(page: Page): Promise<void> {
  await press(page, t('nav-plan'));
  await expect(page.getByRole('heading', { level: 1, name: t('plan-title') })).toBeVisible();
}

async function fillIn(page: Page): Promise<void> {
  for (const [id, text] of Object.entries(ENTRIES)) await page.getByLabel(t(id)).fill(text);
}

async function expectEmpty(page: Page): Promise<void> {
  for (const id of Object.keys(ENTRIES)) await expect(page.getByLabel(t(id))).toHaveValue('');
  const html = await page.content();
  for (const text of Object.values(ENTRIES)) expect(html).not.toContain(text);
}

test('the plan fits the answers, prints on A4 with what was written and never the answers', async ({ page, watch, baseURL }) => {
  await toResult(page);
  const entries = await page.evaluate(() => history.length);
  await openPlan(page);
  // Sections and suggestions drawn from the answers, in memory.
  await expect(page.getByRole('heading', { name: t('plan-children-title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: t('plan-stay-title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: t('plan-leave-title') })).toBeVisible();
  await expect(page.getByText(t('plan-suggest-care'))).toBeVisible();
  await expect(page.getByText(t('plan-print-warning'))).toBeVisible();
  await fillIn(page);
  await expectNoAxeViolations(page);

  // Printed: the advice and what was written; not the suggestions, the form or the app.
  await page.emulateMedia({ media: 'print' });
  const printed = plain(await page.locator('body').innerText());
  for (const text of Object.values(ENTRIES)) expect(printed).toContain(text);
  expect(printed).toContain(t('plan-people-advice'));
  expect(printed).not.toContain(t('plan-suggest-care'));
  expect(printed).not.toContain(t('danger-strangulation'));
  expect(printed).not.toContain(t('quick-exit-button'));
  await expect(page.locator('.plan textarea').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  // Every page is A4: 210 × 297 mm, about 595 × 842 points.
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, width, height] of boxes) {
    expect(Math.abs(Number(width) - 595.3)).toBeLessThan(2);
    expect(Math.abs(Number(height) - 841.9)).toBeLessThan(2);
  }
  await page.emulateMedia({ media: 'screen' });

  // Kept while the person moves between the plan and the result, in memory only.
  await press(page, t('nav-back'));
  await expect(page.getByRole('heading', { level: 1, name: t('result-title') })).toBeVisible();
  await openPlan(page);
  await expect(page.getByLabel(t('plan-codeword-field'))).toHaveValue(ENTRIES['plan-codeword-field']);

  // Never sent, never stored, no history entry; only the plan's own three files added.
  const sent = watch.requests.map((r) => decodeURIComponent(r.url)).join('\n');
  for (const text of Object.values(ENTRIES)) expect(sent).not.toContain(text);
  expectOnlySameOriginGets(watch, new URL(baseURL!).origin);
  expect(requestSet(watch).filter((r) => PLAN_MODULE.test(r))).toHaveLength(3);
  await expectNothingStored(page);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  expect(watch.consoleErrors).toEqual([]);
});

test('"start over" forgets the plan', async ({ page }) => {
  await toResult(page);
  await openPlan(page);
  await fillIn(page);
  await press(page, t('nav-back'));
  await press(page, t('result-start-over'));
  await press(page, t('nav-help'));
  await openPlan(page);
  await expectEmpty(page);
  await expectNothingStored(page);
});

test('quick exit blanks the plan at once, and a reload starts with an empty plan', async ({ page }) => {
  await neutralSite(page);
  await toResult(page);
  await openPlan(page);
  await fillIn(page);
  const blank = await page.evaluate(() => {
    document.getElementById('quick-exit')!.click();
    return document.body.innerHTML;
  });
  expect(blank).toBe('');
  await page.waitForURL(EXIT_SITE);
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain('127.0.0.1');

  await open(page);
  await press(page, t('nav-help'));
  await openPlan(page);
  await expectEmpty(page);
  await page.getByLabel(t('plan-place-field')).fill('Hos grannen');
  await page.reload();
  await expect(page.locator('#language')).toBeVisible();
  await press(page, t('nav-help'));
  await openPlan(page);
  await expectEmpty(page);
  await expectNothingStored(page);
});

test('the plan for someone who used violence: when anger rises, no plan for leaving', async ({ page }) => {
  const walk: Walk = { lang: 'sv', path: 'used-violence', age: 'adult', self: 'man', answer: yesTo('sv', ['q-used-hit']) };
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk);
  await openPlan(page);
  await expect(page.getByRole('heading', { name: t('plan-anger-title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: t('plan-leave-title') })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: t('plan-place-title') })).toHaveCount(0);
});
