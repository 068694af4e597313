import type { Page } from '@playwright/test';
import { test, expect, open, neutralSite, EXIT_SITE } from './fixtures';
import { press, startWalk, yesTo, answer, type Walk } from './flow';
import { ftl, LOCALE_CODES as codes } from './text';


/** What the stubbed speech synthesis saw: which voice spoke what, and cancellations. */
interface Spoken {
  voice: string;
  text: string;
}

/** Replaces the browser's speech synthesis, before any page script runs, with a stub
 *  offering `voices`; every `speak` and `cancel` is reported to the test (the report
 *  outlives navigation, so a cancel during quick exit is seen too). */
async function stubSpeech(page: Page, voices: { name: string; lang: string; localService: boolean }[]): Promise<{ spoken: Spoken[]; cancels: () => number }> {
  const spoken: Spoken[] = [];
  let cancels = 0;
  await page.exposeBinding('vvSpeechReport', (_source, kind: string, voice: string, text: string) => {
    if (kind === 'speak') spoken.push({ voice, text });
    else cancels += 1;
  });
  await page.addInitScript((list) => {
    const report = (globalThis as unknown as { vvSpeechReport: (k: string, v: string, t: string) => void }).vvSpeechReport;
    class Synthesis extends EventTarget {
      getVoices() { return list.map((v) => ({ ...v, default: false, voiceURI: v.name })); }
      speak(u: { voice: { name: string } | null; text: string }) { report('speak', u.voice ? u.voice.name : '(none)', u.text); }
      cancel() { report('cancel', '', ''); }
      pause() {}
      resume() {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: new Synthesis(), configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      voice: unknown = null;
      lang = '';
      onend: unknown = null;
      onerror: unknown = null;
      constructor(text: string) { this.text = text; }
    };
  }, voices);
  return { spoken, cancels: () => cancels };
}

/** A BCP 47 tag a phone's voice might carry for the interface language `code`. */
function voiceTag(code: string): string {
  const primary = code.split('-')[0];
  return `${primary}-XX`;
}

/** Opens the app in `code` and goes to the first question of the partner path. */
async function firstQuestion(page: Page, code: string): Promise<void> {
  await open(page, `/?lang=${code}`);
  await page.locator('.start .actions button.primary').click();
  await page.locator('.choices button').last().click();
  await page.locator('.choices button').first().click();
  await page.locator('.choices button').last().click();
  await expect(page.locator('progress')).toBeVisible();
}

for (const code of codes) {
  test(`${code}: read aloud uses only the phone's own voice, never a remote one`, async ({ page }) => {
    const tag = voiceTag(code);
    const speech = await stubSpeech(page, [
      { name: 'remote', lang: tag, localService: false },
      { name: 'local', lang: tag, localService: true },
    ]);
    await firstQuestion(page, code);
    const button = page.locator('.question button.read-aloud');
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(speech.spoken).toEqual([]);
    await button.click();
    await expect.poll(() => speech.spoken.length).toBe(1);
    expect(speech.spoken[0].voice).toBe('local');
    const question = (await page.locator('main h1').innerText()).replace(/[\u2068\u2069]/g, '');
    expect(speech.spoken[0].text).toContain(question);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });
}

test('with only a remote voice, or a voice for another language, there is no read-aloud control', async ({ page }) => {
  await stubSpeech(page, [
    { name: 'remote', lang: 'sv-SE', localService: false },
    { name: 'local English', lang: 'en-GB', localService: true },
  ]);
  await firstQuestion(page, 'sv');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('button.read-aloud')).toHaveCount(0);
  // Switching to English, where the phone has a local voice, shows it.
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.locator('.question button.read-aloud')).toBeVisible();
});

test('nothing plays by itself; speech stops on the next screen, on "start over" and on quick exit', async ({ page }) => {
  await neutralSite(page);
  const speech = await stubSpeech(page, [{ name: 'local', lang: 'sv-SE', localService: true }]);
  const walk: Walk = { lang: 'sv', path: 'partner', age: 'adult', self: 'woman', answer: yesTo('sv', ['q-partner-kill']) };
  await open(page);
  await startWalk(page, walk);
  await answer(page, walk);
  expect(speech.spoken).toEqual([]);
  // The urgent box and the findings each have their own control.
  await page.locator('.urgent button.read-aloud').click();
  await expect.poll(() => speech.spoken.length).toBe(1);
  expect(speech.spoken[0].text).toContain(ftl('sv', 'danger-threat-to-kill'));
  const before = speech.cancels();
  await press(page, ftl('sv', 'result-start-over'));
  await expect.poll(() => speech.cancels()).toBeGreaterThan(before);

  await press(page, ftl('sv', 'nav-start-questions'));
  await page.locator('.choices button').last().click();
  await page.locator('.choices button').first().click();
  await page.locator('.choices button').last().click();
  await page.locator('.question button.read-aloud').click();
  await expect.poll(() => speech.spoken.length).toBe(2);
  const beforeExit = speech.cancels();
  await page.locator('#quick-exit').click();
  await page.waitForURL(EXIT_SITE);
  expect(speech.cancels()).toBeGreaterThan(beforeExit);
});
