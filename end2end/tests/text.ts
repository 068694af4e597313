import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, Map<string, string>>();

/** The single-line messages of `locales/<lang>/main.ftl`, by id (tests look labels up
 *  here so they follow the text instead of copying it). */
function messages(lang: string): Map<string, string> {
  let found = cache.get(lang);
  if (!found) {
    found = new Map();
    const source = readFileSync(join(__dirname, '..', '..', 'locales', lang, 'main.ftl'), 'utf8');
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
