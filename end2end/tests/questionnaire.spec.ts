import { test, expect, plain, open } from './fixtures';
import { PATHS, answer, findings, press, startWalk, walkToResult, yesTo, type Walk } from './flow';
import { ftl } from './text';

/** Names of the contact cards, in the order shown. */
async function contactNames(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('.contact h3').allInnerTexts();
}

for (const lang of ['sv', 'en']) {
  const t = (id: string) => ftl(lang, id);

  test.describe(`questionnaire in ${lang}`, () => {
    test('partner path: described forms of violence, no urgency, not your fault', async ({ page, watch }) => {
      await walkToResult(page, {
        lang, path: 'partner', age: 'adult', self: 'woman',
        answer: yesTo(lang, ['q-partner-hit', 'q-partner-put-down']),
      });
      expect(await findings(page)).toEqual([t('category-physical-title'), t('category-psychological-title')]);
      await expect(page.locator('.urgent')).toHaveCount(0);
      await expect(page.getByText(t('result-not-your-fault'))).toBeVisible();
      const names = await contactNames(page);
      expect(names[0]).toBe('Kvinnofridslinjen');
      expect(names).not.toContain('Stödlinjen för män');
      await expect(page.locator('a[href="tel:+4620505050"]')).toBeVisible();
      expect(watch.consoleErrors).toEqual([]);
    });

    test('partner path: one danger sign puts 112 first', async ({ page }) => {
      await walkToResult(page, {
        lang, path: 'partner', age: 'adult',
        answer: (q) => (q === t('q-partner-neck') ? 'sometimes' : 'no'),
      });
      const urgent = page.locator('.urgent');
      await expect(urgent).toBeVisible();
      await expect(urgent.getByRole('heading')).toHaveText(t('result-urgent-title'));
      expect(plain(await urgent.innerText())).toContain(t('danger-strangulation'));
      expect((await contactNames(page))[0]).toBe('112');
      expect(await findings(page)).toContain(t('category-physical-title'));
    });

    test('family path, under 18: youth wording, honour-related control, Bris first', async ({ page }) => {
      await walkToResult(page, {
        lang, path: 'family', age: 'under-18',
        answer: yesTo(lang, ['q-family-friends-youth', 'q-family-love-youth', 'q-family-siblings-youth']),
      });
      expect(await findings(page)).toEqual([t('category-honour-title')]);
      await expect(page.locator('.urgent')).toHaveCount(0);
      const names = await contactNames(page);
      expect(names.slice(0, 2)).toEqual(['Bris', 'Rätt att välja']);
    });

    test('exploitation path: coercion, debt and documents; urgent on threats', async ({ page }) => {
      await walkToResult(page, { lang, path: 'exploitation', age: 'adult', answer: () => 'yes' });
      const described = await findings(page);
      for (const category of ['coerced-sex', 'debt-bondage', 'documents-taken', 'physical']) {
        expect(described).toContain(t(`category-${category}-title`));
      }
      await expect(page.locator('.urgent')).toBeVisible();
    });

    test('worried path about a child: guidance and the right to report concern', async ({ page }) => {
      await walkToResult(page, { lang, path: 'worried', age: 'adult', aboutChild: true, answer: () => 'no' });
      expect(await findings(page)).toEqual([]);
      await expect(page.getByText(t('result-none'))).toBeVisible();
      await expect(page.getByRole('heading', { name: t('worried-signs-title') })).toBeVisible();
      await expect(page.getByRole('heading', { name: t('worried-child-title') })).toBeVisible();
      await expect(page.getByText(t('result-not-your-fault'))).toHaveCount(0);
    });

    test('used-violence path: respectful, programmes for people who use violence first', async ({ page }) => {
      await walkToResult(page, {
        lang, path: 'used-violence', age: 'adult', self: 'man',
        answer: yesTo(lang, ['q-used-hit']),
      });
      expect(await findings(page)).toEqual([t('category-physical-title')]);
      await expect(page.getByText(t('category-physical-text-used'))).toBeVisible();
      await expect(page.getByText(t('result-used-responsibility'))).toBeVisible();
      expect((await contactNames(page))[0]).toBe('Välj att sluta');
      expect(await contactNames(page)).not.toContain('Kvinnofridslinjen');
    });

    test('all "rather not say": no findings, help still offered', async ({ page }) => {
      await walkToResult(page, { lang, path: 'partner', age: 'adult', answer: () => 'rather-not-say' });
      expect(await findings(page)).toEqual([]);
      await expect(page.getByText(t('result-none-rather-not-say'))).toBeVisible();
      expect((await contactNames(page)).length).toBeGreaterThan(3);
    });
  });
}

test('every path reaches its result with every answer "yes", without touching history', async ({ page }) => {
  await open(page);
  const entries = await page.evaluate(() => history.length);
  for (const path of Object.keys(PATHS) as (keyof typeof PATHS)[]) {
    const walk: Walk = { lang: 'sv', path, age: 'adult', aboutChild: false, answer: () => 'yes' };
    await startWalk(page, walk);
    await answer(page, walk, 0, PATHS[path].questions);
    await expect(page.getByRole('heading', { level: 1, name: ftl('sv', 'result-title') })).toBeVisible();
    expect((await findings(page)).length).toBeGreaterThan(3);
    await expect(page.locator('.urgent')).toBeVisible();
    await press(page, ftl('sv', 'result-start-over'));
    await expect(page.getByRole('heading', { level: 1, name: ftl('sv', 'start-title') })).toBeVisible();
  }
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('switching language mid-questionnaire keeps the step and every answer', async ({ page }) => {
  const walk: Walk = { lang: 'sv', path: 'partner', age: 'adult', self: 'woman', answer: (_, i) => (['yes', 'no', 'sometimes'] as const)[i] };
  await open(page);
  const entries = await page.evaluate(() => history.length);
  await startWalk(page, walk);
  await answer(page, walk, 0, 3);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.progress-label')).toHaveText(/Question \W?4\W? of \W?27/);
  await expect(page.locator('main h1')).toHaveText(ftl('en', 'q-partner-follow'));
  await press(page, ftl('en', 'nav-back'));
  await expect(page.getByRole('button', { name: ftl('en', 'flow-answer-sometimes'), exact: true })).toHaveAttribute('aria-pressed', 'true');
  await press(page, ftl('en', 'nav-back'));
  await expect(page.getByRole('button', { name: ftl('en', 'flow-answer-no'), exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Change an answer, then go on to the result in English.
  await press(page, ftl('en', 'flow-answer-yes'));
  const rest: Walk = { ...walk, lang: 'en', answer: () => 'no' };
  await answer(page, rest, 2, 27);
  expect(await findings(page)).toEqual([ftl('en', 'category-psychological-title')]);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});
