import { defineConfig, devices } from '@playwright/test';

// The journeys run in Debian's Chromium (never a downloaded browser) against the release build
// served by the reference server, as a person gets it.
const PORT = Number(process.env.PORTAL_PORT ?? 4173);
// The back office keeps applications in a real SQLite file, fresh for each run.
export const DB = '../target/e2e.sqlite';
// The widget: Lviv's community website (registered) and a website nobody registered.
export const LVIV = 'UA46060250000025047';
export const PORTAL = `http://127.0.0.1:${PORT}`;
const HOST_PORT = PORT + 2;
const FOREIGN_PORT = PORT + 3;
export const HOST = `http://127.0.0.1:${HOST_PORT}`;
// A real SMTP server on loopback takes the e-mail to applicants; what it got is at SINK/messages.
const SMTP_PORT = PORT + 4;
const SINK_PORT = PORT + 5;
export const SINK = `http://127.0.0.1:${SINK_PORT}`;
export const FOREIGN = `http://127.0.0.1:${FOREIGN_PORT}`;
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'uk-UA',
    // The service worker is tested on its own (offline.spec.ts); elsewhere every request reaches
    // the server, as the journeys expect.
    serviceWorkers: 'block',
    trace: 'off',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 5'], browserName: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } } },
  ],
  webServer: [
    {
      // A fresh database in which Lviv's community registered its website (HOST) for the widget.
      command:
        `rm -f ${DB} ${DB}-wal ${DB}-shm` +
        ` && ../target/debug/server embed allow --db ${DB} --community ${LVIV} --origin ${HOST}` +
        ` && ../target/debug/server --dist ../dist --addr 127.0.0.1:${PORT} --db ${DB}` +
        ` --smtp smtp://127.0.0.1:${SMTP_PORT} --mail-from noreply@lviv.example --public-url http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${PORT}/robots.txt`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node smtp-sink.mjs ${SMTP_PORT} ${SINK_PORT}`,
      url: `${SINK}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // A community's website on another origin, and a website that no community registered.
    ...[HOST_PORT, FOREIGN_PORT].map((port) => ({
      command: `node host-server.mjs ${port} http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${port}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    })),
  ],
});
