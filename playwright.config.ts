import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (CI and these machines); Playwright's own browser elsewhere.
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

// E2E_OUT_DIR and E2E_PORT let several builds be tested side by side; E2E_SUBPATH=0 skips the sub-path build.
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4321);
const subPathPort = port + 1;
const withSubPath = process.env.E2E_SUBPATH !== '0';
export const subPath = '/sociala-medier/';
/** The sub-path build is also the configured deployment: these settings are set there, the main build keeps the defaults. */
export const configuredContact = { REPLY_EMAIL: 'kontakt@vastarvet.se', REPLY_PHONE: '010-441 44 00' };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}/`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'site',
      testIgnore: /sub-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    ...(withSubPath
      ? [
          {
            name: 'sub-path',
            testMatch: /sub-path\.spec\.ts/,
            use: {
              ...devices['Desktop Chrome'],
              channel: undefined,
              baseURL: `http://localhost:${subPathPort}${subPath}`,
            },
          },
        ]
      : []),
  ],
  // Tests run against the built site, never the dev server: CSP and Pagefind exist only there.
  webServer: [
    {
      command: `node scripts/serve-static.ts ${outDir} ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    ...(withSubPath
      ? [
          {
            command: `npx astro build --outDir dist-sub && node scripts/serve-static.ts dist-sub ${subPathPort} ${subPath}`,
            env: { SITE_BASE: subPath, ...configuredContact },
            url: `http://localhost:${subPathPort}${subPath}`,
            reuseExistingServer: !process.env.CI,
            timeout: 180_000,
          },
        ]
      : []),
  ],
});
