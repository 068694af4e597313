import { test as base, expect, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** One request the page made, as the privacy tests compare them. */
export interface SeenRequest {
  method: string;
  url: string;
}

/** What a test watches on its page: requests, console errors and navigations. */
export interface Watch {
  requests: SeenRequest[];
  consoleErrors: string[];
  navigations: string[];
}

/** Removes Fluent's bidi isolation marks (U+2068, U+2069) from text. */
export function plain(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** The page's visible text without isolation marks. */
export async function visibleText(page: Page): Promise<string> {
  return plain(await page.locator('body').innerText());
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { requests: [], consoleErrors: [], navigations: [] };
    page.on('request', (r: Request) => watch.requests.push({ method: r.method(), url: r.url() }));
    page.on('console', (m) => {
      if (m.type() === 'error') watch.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => watch.consoleErrors.push(String(e)));
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) watch.navigations.push(f.url());
    });
    await use(watch);
  },
});

export { expect };

/** The neutral site quick exit goes to (the build's default). */
export const EXIT_SITE = 'https://www.smhi.se/';

/** Stands in for the neutral site (there is no internet here), answering after `delay`. */
export async function neutralSite(page: Page, delay = 0): Promise<void> {
  await page.route(`${EXIT_SITE}**`, async (route) => {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<title>SMHI</title><p>Väder</p>' });
  });
}

/** Opens the app and waits until the Leptos app has mounted (the language picker). */
export async function open(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#language')).toBeVisible();
}

/** Asserts nothing is stored on the device: cookies, Web Storage, IndexedDB, Cache
 *  Storage, service workers. */
export async function expectNothingStored(page: Page): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: 0, caches: 0, workers: 0 });
}

/** Asserts every request went to the page's own origin and was a GET. */
export function expectOnlySameOriginGets(watch: Watch, origin: string): void {
  for (const r of watch.requests) {
    if (r.url.startsWith('data:')) continue;
    expect(new URL(r.url).origin, r.url).toBe(origin);
    expect(r.method, r.url).toBe('GET');
  }
}

/** Asserts axe-core finds no WCAG 2.2 A/AA violation on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** The requests a page made as sorted, unique `METHOD /path` lines. */
export function requestSet(watch: Watch): string[] {
  return [...new Set(watch.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`))].sort();
}

/** Runs `visit` on a new page in a fresh context and returns the requests it made. */
export async function requestsOf(
  browser: import('@playwright/test').Browser,
  baseURL: string | undefined,
  visit: (page: Page) => Promise<void>,
): Promise<string[]> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const watch: Watch = { requests: [], consoleErrors: [], navigations: [] };
  page.on('request', (r) => watch.requests.push({ method: r.method(), url: r.url() }));
  await visit(page);
  await context.close();
  return requestSet(watch);
}
