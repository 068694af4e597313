import { test, expect } from './fixtures';
import { LOCALE_CODES as codes } from './text';

/** The first-load budget: HTML, CSS, JS, wasm, one language and the contacts directory,
 *  counted as encoded (brotli) bytes on the wire in Chromium. Bytes are deterministic,
 *  so this is a test; times are not, so they live in scripts/lighthouse. */
const BUDGET = 200_000;

for (const code of codes) {
  test(`the first load in ${code} is at most ${BUDGET / 1000} KB on the wire`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: 'sv-SE' });
    const page = await context.newPage();
    const responses: Promise<{ url: string; bytes: number; headers: number }>[] = [];
    page.on('requestfinished', (request) =>
      responses.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize, headers: s.responseHeadersSize }))),
    );
    await page.goto(code === 'sv' ? '/' : `/?lang=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('#language')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(responses);
    const total = all.reduce((sum, r) => sum + r.bytes, 0);
    const headers = all.reduce((sum, r) => sum + r.headers, 0);
    const table = all.map((r) => `${String(r.bytes).padStart(8)}  ${new URL(r.url).pathname}`).join('\n');
    const report = `first load in ${code}, encoded body bytes on the wire:\n${table}\n${String(total).padStart(8)}  total (plus ${headers} bytes of response headers)`;
    console.log(code === 'sv' ? report : `first load in ${code}: ${total} bytes`);
    await test.info().attach('first-load.txt', { body: report });
    expect(all.some((r) => r.url.endsWith('/api/contacts'))).toBe(true);
    expect(all.some((r) => r.url.endsWith('.wasm'))).toBe(true);
    expect(all.filter((r) => r.url.includes('/locales/'))).toHaveLength(1);
    // The staff page's and the safety plan's modules load only when someone opens them.
    expect(all.filter((r) => /\/(staff|plan)-[0-9a-f]{16}\./.test(r.url))).toEqual([]);
    expect(total).toBeLessThanOrEqual(BUDGET);
    await context.close();
  });
}
