import { defineConfig } from '@playwright/test';

// The server under test: the release binary built by scripts/test, or any running
// deployment (e.g. nginx serving the static export) named by VV_BASE_URL.
const port = process.env.VV_PORT ?? '3100';
const external = process.env.VV_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;
const server = process.env.VV_SERVER_BIN;

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'sv-SE',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: external
    ? undefined
    : {
        command: `${server ?? 'false'} --addr 127.0.0.1:${port}`,
        url: `${baseURL}/healthz`,
        reuseExistingServer: false,
        stderr: 'pipe',
        timeout: 30_000,
      },
});
