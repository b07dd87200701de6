// Starts the app on a pre-rendered page. The page is complete without it (links, the search
// form); the app then takes the page over for what needs it: search as you type, the chosen
// community, moving between pages without reloading.
//
// The app (its JS module and wasm) loads once the page has painted and the browser is idle, at
// once when the person starts to interact, or right after the first frame when the page needs it
// (the check's screens: data-start="now"). Loaded by a plain <script defer src>, so the
// Content-Security-Policy needs no inline script.
(() => {
  const me = document.currentScript;
  const module = me.dataset.module;
  const wasm = me.dataset.wasm;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import(module).then((app) => app.default({ module_or_path: wasm }));
  };
  // What the device keeps (the portal's own storage; a browser may deny it).
  const kept = (key) => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      return null;
    }
  };
  // A person who reads English is taken to the English home page before anything else.
  if (location.pathname === '/' && kept('portal.lang') === 'en') {
    location.replace('/en');
    return;
  }
  // At once when the page depends on more than its address says: a query (search, filters), a
  // chosen community, applications waiting to be sent, or any application or answer kept on the
  // device (the header then links to "Мої заяви"; answers waiting are sent).
  // (The outbox is JSON inside the stored string; an application still to send has no reference.)
  let waiting = false;
  try {
    waiting = JSON.parse(kept('portal.outbox') ?? '[]').some((o) => !o.reference);
  } catch {}
  for (const type of ['pointerdown', 'keydown', 'focusin', 'input']) {
    addEventListener(type, start, { once: true, passive: true, capture: true });
  }
  if (me.dataset.start === 'now' || location.search || kept('portal.community') || kept('portal.held') || waiting) {
    // Once the first frame is on screen: the page paints before the app's download competes with
    // it. (One frame's callback runs before that frame is shown; the next one's, after it.)
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
    return;
  }
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
})();
