import { test, expect, plain, open } from './fixtures';
import { PATHS, answer, findings, press, startWalk, walkToResult, yesTo, type Walk } from './flow';
import { ftl } from './text';

/** Names of the contact cards, in the order shown. */
async function contactNames(page: import('@playwright/test').Page): Promise<string[]> {
  return (await page.locator('.contact h3').allInnerTexts()).map(plain);
}

// People from the guidance table (domain/tests/people.rs), walked through the real UI in
// two languages: what the result says and whom it offers first.
for (const lang of ['sv', 'en']) {
  const t = (id: string) => ftl(lang, id);

  test.describe(`people in ${lang}`, () => {
    test('woman, partner hits and puts her down: findings, not her fault, Kvinnofridslinjen first', async ({ page, watch }) => {
      await walkToResult(page, {
        lang, path: 'partner', age: 'adult', self: 'woman',
        answer: yesTo(lang, ['q-partner-hit', 'q-partner-put-down']),
      });
      expect(await findings(page)).toEqual([t('category-physical-title'), t('category-psychological-title')]);
      await expect(page.locator('.urgent')).toHaveCount(0);
      await expect(page.getByText(t('result-not-your-fault'))).toBeVisible();
      await expect(page.getByText(t('result-everyone-welcome'), { exact: true })).toBeVisible();
      const names = await contactNames(page);
      expect(names[0]).toBe('Kvinnofridslinjen');
      expect(names).not.toContain('Stödlinjen för män');
      await expect(page.locator('a[href="tel:+4620505050"]')).toBeVisible();
      expect(watch.consoleErrors).toEqual([]);
    });

    test('strangulation: 112 first, the sign named with its advice', async ({ page }) => {
      await walkToResult(page, {
        lang, path: 'partner', age: 'adult',
        answer: (q) => (q === t('q-partner-neck') ? 'sometimes' : 'no'),
      });
      const urgent = page.locator('.urgent');
      await expect(urgent.getByRole('heading')).toHaveText(t('result-urgent-title'));
      const text = plain(await urgent.innerText());
      expect(text).toContain(t('danger-strangulation'));
      expect(text).toContain(t('danger-strangulation-advice'));
      expect((await contactNames(page))[0]).toBe('112');
    });

    test('self-description not given: women\'s, men\'s and trans people\'s lines are all offered', async ({ page }) => {
      await walkToResult(page, { lang, path: 'partner', age: 'adult', self: 'rather-not-say', answer: yesTo(lang, ['q-partner-threats']) });
      const names = await contactNames(page);
      for (const line of ['Kvinnofridslinjen', 'Stödlinjen för män', 'Stödlinjen för transpersoner']) {
        expect(names).toContain(line);
      }
    });

    test('declined danger questions are never read as "nothing"', async ({ page }) => {
      await walkToResult(page, {
        lang, path: 'partner', age: 'adult', self: 'woman',
        answer: (q) => ([t('q-partner-neck'), t('q-partner-weapon'), t('q-partner-kill')].includes(q) ? 'rather-not-say' : 'no'),
      });
      await expect(page.getByText(t('result-danger-unanswered'), { exact: true })).toBeVisible();
      await expect(page.getByText(t('result-none'), { exact: true })).toHaveCount(0);
      await expect(page.locator('.urgent')).toHaveCount(0);
    });

    test('own thoughts of suicide: Självmordslinjen right after 112, with calm advice', async ({ page }) => {
      await walkToResult(page, {
        lang, path: 'family', age: 'adult', self: 'man',
        answer: yesTo(lang, ['q-family-put-down', 'q-family-suicide-self']),
      });
      await expect(page.locator('.urgent')).toContainText(t('danger-suicidal-thoughts-advice'));
      const names = await contactNames(page);
      expect(names.slice(0, 2)).toEqual(['112', 'Självmordslinjen (Mind)']);
    });

    test('a boy of 17 whose family plans his marriage: urgent, with child protection', async ({ page }) => {
      const asked = await walkToResult(page, {
        lang, path: 'family', age: 'under-18', self: 'man',
        answer: yesTo(lang, ['q-family-love-youth', 'q-family-marriage-youth']),
      });
      expect(asked).toBeGreaterThan(20);
      const urgent = page.locator('.urgent');
      await expect(urgent).toContainText(t('danger-child-marriage'));
      await expect(urgent).toContainText(t('danger-child-marriage-advice'));
      await expect(page.getByRole('heading', { name: t('result-child-protection-title') })).toBeVisible();
      const names = await contactNames(page);
      expect(names[0]).toBe('112');
      expect(names[1]).toBe('Bris');
      expect(names).not.toContain('Kvinnofridslinjen');
    });

    test('a girl whose parent checks her location in an app: described, but not urgent', async ({ page }) => {
      await walkToResult(page, { lang, path: 'family', age: 'under-18', self: 'woman', answer: yesTo(lang, ['q-family-tracking-youth']) });
      expect(await findings(page)).toEqual([t('category-digital-title')]);
      await expect(page.locator('.urgent')).toHaveCount(0);
      expect((await contactNames(page))[0]).toBe('Bris');
    });

    test('a girl of 15 given a place to sleep for sex: urgent, with child protection', async ({ page }) => {
      await walkToResult(page, { lang, path: 'exploitation', age: 'under-18', self: 'woman', answer: yesTo(lang, ['q-exploit-sell-sex-youth']) });
      await expect(page.locator('.urgent')).toContainText(t('danger-child-sexual-exploitation'));
      await expect(page.getByRole('heading', { name: t('result-child-protection-title') })).toBeVisible();
    });

    test('exploitation of an adult: forced labour described, coercion and documents', async ({ page }) => {
      await walkToResult(page, { lang, path: 'exploitation', age: 'adult', answer: () => 'yes' });
      const described = await findings(page);
      for (const category of ['coerced-sex', 'forced-labour', 'debt-bondage', 'documents-taken', 'physical']) {
        expect(described).toContain(t(`category-${category}-title`));
      }
      await expect(page.locator('.urgent')).toBeVisible();
    });

    test('worried about a child to be married off: urgent words for the helper, report concern', async ({ page }) => {
      await walkToResult(page, { lang, path: 'worried', age: 'adult', aboutChild: true, answer: yesTo(lang, ['q-worried-trip']) });
      const urgent = page.locator('.urgent');
      await expect(urgent.getByRole('heading')).toHaveText(t('result-urgent-title-worried'));
      await expect(urgent).toContainText(t('result-urgent-text-worried'));
      await expect(urgent).toContainText(t('danger-forced-trip-or-marriage-advice-worried'));
      await expect(page.getByRole('heading', { name: t('worried-child-title') })).toBeVisible();
      await expect(page.getByText(t('result-not-your-fault'))).toHaveCount(0);
    });

    test('worried about a child, nothing described: guidance and the right to report concern', async ({ page }) => {
      await walkToResult(page, { lang, path: 'worried', age: 'adult', aboutChild: true, answer: () => 'no' });
      expect(await findings(page)).toEqual([]);
      await expect(page.getByText(t('result-none-worried'))).toBeVisible();
      await expect(page.getByRole('heading', { name: t('worried-signs-title') })).toBeVisible();
      await expect(page.getByRole('heading', { name: t('worried-child-title') })).toBeVisible();
    });

    test('a woman who used violence and whose children saw it: programmes, never victim lines', async ({ page }) => {
      await walkToResult(page, {
        lang, path: 'used-violence', age: 'adult', self: 'woman',
        answer: yesTo(lang, ['q-used-hit', 'q-used-children-see']),
      });
      await expect(page.getByText(t('category-physical-text-used'))).toBeVisible();
      await expect(page.getByText(t('result-used-responsibility'))).toBeVisible();
      await expect(page.getByText(t('result-used-children'))).toBeVisible();
      await expect(page.getByRole('heading', { name: t('worried-child-title') })).toHaveCount(0);
      const names = await contactNames(page);
      expect(names[0]).toBe('Välj att sluta');
      for (const line of ['Kvinnofridslinjen', 'Terrafem', 'Brottsofferjouren', 'Stödlinjen för män']) {
        expect(names).not.toContain(line);
      }
    });

    test('the used-violence path with nothing described has its own words', async ({ page }) => {
      await walkToResult(page, { lang, path: 'used-violence', age: 'adult', answer: () => 'no' });
      await expect(page.getByText(t('result-used-none'))).toBeVisible();
      await expect(page.getByText(t('result-used-responsibility'))).toHaveCount(0);
      expect((await contactNames(page))[0]).toBe('Välj att sluta');
    });
  });
}

test('the young people\'s partner path: worded for dating, with the question about nudes', async ({ page }) => {
  const lang = 'sv';
  const seen: string[] = [];
  await walkToResult(page, {
    lang, path: 'partner', age: 'under-18', self: 'woman',
    answer: (question) => {
      seen.push(question);
      return question === ftl(lang, 'q-partner-nudes') ? 'yes' : 'no';
    },
  });
  expect(seen).toContain(ftl(lang, 'q-partner-hit-youth'));
  expect(seen).toContain(ftl(lang, 'q-partner-nudes'));
  expect(seen).not.toContain(ftl(lang, 'q-partner-hit'));
  expect(await findings(page)).toEqual([ftl(lang, 'category-sexual-title')]);
});

test('answers that describe nothing keep a path short; one "yes" opens the detailed questions', async ({ page }) => {
  const walk: Walk = { lang: 'sv', path: 'partner', age: 'adult', self: 'woman', answer: () => 'no' };
  expect(await walkToResult(page, walk)).toBe(19);
  expect(await walkToResult(page, { ...walk, answer: (_, i) => (i === 0 ? 'yes' : 'no') })).toBe(30);
});

test('every path reaches its result with every answer "yes", without touching history', async ({ page }) => {
  await open(page);
  const entries = await page.evaluate(() => history.length);
  for (const path of Object.keys(PATHS) as (keyof typeof PATHS)[]) {
    const walk: Walk = { lang: 'sv', path, age: 'adult', aboutChild: false, answer: () => 'yes' };
    await startWalk(page, walk);
    await answer(page, walk);
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
  await expect(page.locator('.progress-label')).toHaveText(/Question \W?4\W? of \W?30/);
  await expect(page.locator('main h1')).toHaveText(ftl('en', 'q-partner-follow'));
  await press(page, ftl('en', 'nav-back'));
  await expect(page.getByRole('button', { name: ftl('en', 'flow-answer-sometimes'), exact: true })).toHaveAttribute('aria-pressed', 'true');
  await press(page, ftl('en', 'nav-back'));
  await expect(page.getByRole('button', { name: ftl('en', 'flow-answer-no'), exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Change an answer, then go on to the result in English.
  await press(page, ftl('en', 'flow-answer-yes'));
  const rest: Walk = { ...walk, lang: 'en', answer: () => 'no' };
  await answer(page, rest, 2);
  expect(await findings(page)).toEqual([ftl('en', 'category-psychological-title')]);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});
