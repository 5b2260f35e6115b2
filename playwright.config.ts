import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the production build (`next build` first), served
 * by `next start` on 127.0.0.1:3100, in Debian's Chromium (/usr/bin/chromium;
 * `npm run test:e2e` installs it with apt when missing). The date is pinned
 * with PATHWAY_AS_OF so that pages and the advise command agree. The server
 * starts as in production: behind the edge guard (server/preload.cjs), which
 * needs the public origin.
 */
const PORT = Number(process.env.PATHWAY_E2E_PORT ?? 3100);
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 740 }, isMobile: false, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: {
    command: `node --require ./server/preload.cjs node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PATHWAY_AS_OF: '2026-11-28', PATHWAY_PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}` },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
