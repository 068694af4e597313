import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the Fluent text, one folder per language. */
export const LOCALES = join(__dirname, '..', '..', 'locales');

/** Every language code: each folder of `locales/` with a `main.ftl`, sorted. */
export const LOCALE_CODES = readdirSync(LOCALES)
  .filter((c) => existsSync(join(LOCALES, c, 'main.ftl')))
  .sort();

const cache = new Map<string, Map<string, string>>();

/** The single-line messages of every `locales/<lang>/*.ftl`, by id (tests look labels
 *  up here so they follow the text instead of copying it). */
function messages(lang: string): Map<string, string> {
  let found = cache.get(lang);
  if (!found) {
    found = new Map();
    const dir = join(LOCALES, lang);
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ftl'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    for (const line of source.split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m && !m[2].includes('{')) found.set(m[1], m[2]);
    }
    cache.set(lang, found);
  }
  return found;
}

/** The text of message `id` in `lang` (single-line messages without placeables). */
export function ftl(lang: string, id: string): string {
  const text = messages(lang).get(id);
  if (text === undefined) throw new Error(`no single-line message ${id} in ${lang}`);
  return text;
}
