import type { Page } from '@playwright/test';
import { expect, open, plain } from './fixtures';
import { ftl } from './text';

/** The questionnaire's paths, with their label ids (under-18s see `<id>-youth`). How many
 *  questions a path has depends on the answers: some are asked only after an answer
 *  describes violence or fear. */
export const PATHS = {
  partner: { label: 'flow-path-partner' },
  family: { label: 'flow-path-family' },
  exploitation: { label: 'flow-path-exploitation' },
  worried: { label: 'flow-path-worried' },
  'used-violence': { label: 'flow-path-used-violence' },
} as const;

export type PathId = keyof typeof PATHS;
export type AnswerId = 'yes' | 'sometimes' | 'no' | 'rather-not-say';

/** How a walk through the questionnaire answers. */
export interface Walk {
  lang: string;
  path: PathId;
  age: 'under-18' | 'adult';
  /** Worried path: the other person is under 18. */
  aboutChild?: boolean;
  /** Other paths: the self-description label id suffix, or skip. */
  self?: 'woman' | 'man' | 'trans' | 'rather-not-say';
  /** The answer to each question, given its message id's text (isolation marks
   *  stripped) and its index. */
  answer: (question: string, index: number) => AnswerId;
}

/** Clicks a button by its exact label. */
export async function press(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
}

/** Chooses a municipality in the picker (Swedish page) by typing `typed` and pressing its
 *  button. */
export async function chooseMunicipality(page: Page, name: string, typed = name): Promise<void> {
  await page.getByLabel(ftl('sv', 'help-municipality-label')).fill(typed);
  await page.getByRole('button', { name, exact: true }).click();
}

/** Starts the questionnaire from the start screen and answers the profile steps: age,
 *  then the path (worded for young people when under 18), then the last step. */
export async function startWalk(page: Page, walk: Walk): Promise<void> {
  const t = (id: string) => ftl(walk.lang, id);
  await press(page, t('nav-start-questions'));
  await press(page, t(`flow-age-${walk.age}`));
  const label = PATHS[walk.path].label;
  await press(page, t(walk.age === 'under-18' ? `${label}-youth` : label));
  if (walk.path === 'worried') {
    await press(page, t(walk.aboutChild ? 'flow-about-child-yes' : 'flow-about-child-no'));
  } else {
    await press(page, walk.self ? t(`flow-self-${walk.self}`) : t('flow-skip'));
  }
}

/** Answers questions `from` (inclusive) up to `to` (exclusive), or until the result
 *  shows; returns how many questions were answered. */
export async function answer(page: Page, walk: Walk, from = 0, to = Infinity): Promise<number> {
  const result = page.getByRole('heading', { level: 1, name: ftl(walk.lang, 'result-title') });
  const progress = page.locator('.progress-label');
  let i = from;
  for (; i < to; i++) {
    await expect(progress.or(result)).toBeVisible();
    if (await result.isVisible()) break;
    await expect(progress).toContainText(`${i + 1}`);
    const question = plain(await page.locator('main h1').innerText());
    await press(page, ftl(walk.lang, `flow-answer-${walk.answer(question, i)}`));
  }
  return i - from;
}

/** Opens the app and walks the whole questionnaire to the result; returns the number of
 *  questions asked. */
export async function walkToResult(page: Page, walk: Walk): Promise<number> {
  await open(page, `/?lang=${walk.lang}`);
  await startWalk(page, walk);
  const asked = await answer(page, walk);
  await expect(page.getByRole('heading', { level: 1, name: ftl(walk.lang, 'result-title') })).toBeVisible();
  return asked;
}

/** The titles of the forms of violence the result describes. */
export async function findings(page: Page): Promise<string[]> {
  return (await page.locator('.finding h3').allInnerTexts()).map((t) => t.replace(/[\u2068\u2069]/g, ''));
}

/** Answers Yes to the questions whose message ids are listed, No to the rest. */
export function yesTo(lang: string, ids: string[]): (question: string) => AnswerId {
  const yes = new Set(ids.map((id) => ftl(lang, id)));
  return (question) => (yes.has(question) ? 'yes' : 'no');
}
