// The cost of taking a pre-rendered page over, in Chromium at Lighthouse's mobile CPU slowdown
// (4×): each long task (> 50 ms) from the page's start until the app has started, and the
// take-over's whole span. Run by scripts/bench.sh against the reference server; it prints JSON.
// Hydration (Leptos's own) would walk the page in one task, running every component of it as a
// render does: the same address rendered by its app in one task (the app's own page, served in
// place of the pre-rendered one: `mount_to_body`, no steps) stands for that task here.
import { chromium } from 'playwright';

const base = process.argv[2];
const paths = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || undefined });
const out = {};
for (const [path, oneTask] of paths.flatMap((p) => [[p, false], [p, true]])) {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
      new MutationObserver(() => {
        const s = document.body && document.body.getAttribute('data-app');
        if (s === 'taking-over' && !window.__from) window.__from = performance.now();
        if (s === 'started' && !window.__to) window.__to = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
    });
    if (oneTask) {
      // The app's own page for this address, as a host without pre-rendered pages serves it.
      const part = path.startsWith('/check') ? 'check' : /^\/(apply|status)/.test(path) ? 'apply' : 'portal';
      const html = await (await fetch(`${base}/app-${part}.html`)).text();
      await page.route(base + path, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: html }));
    }
    await page.goto(base + path);
    await page.waitForFunction(() => document.body.getAttribute('data-app') === 'started', null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    runs.push(await page.evaluate(() => {
      const within = window.__long.filter(([s]) => s >= (window.__from || 0) - 1 && s <= window.__to + 1);
      if (!window.__from) window.__from = 0;
      return {
        takeover_ms: Math.round(window.__to - window.__from),
        long_tasks: window.__long.length,
        longest_ms: Math.round(Math.max(0, ...window.__long.map(([, d]) => d))),
        longest_in_takeover_ms: Math.round(Math.max(0, ...within.map(([, d]) => d))),
        blocking_ms: Math.round(window.__long.reduce((a, [, d]) => a + Math.max(0, d - 50), 0)),
      };
    }));
    await context.close();
  }
  const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
  out[oneTask ? `${path} (one task)` : path] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, med(k)]));
}
await browser.close();
console.log(JSON.stringify(out));
