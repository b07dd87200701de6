// Starts the app on a pre-rendered page. The page is complete without it (links, the search
// form); the app then takes the page over for what needs it: search as you type, the chosen
// community, moving between pages without reloading.
//
// The app (its JS module and wasm) loads once the page has painted and the browser is idle, at
// once when the person starts to interact, or as soon as the page has painted when the page needs
// it (the check's screens, a form's start, the status form: data-start="now"). Loaded by a plain <script defer src>, so the
// Content-Security-Policy needs no inline script.
(() => {
  const me = document.currentScript;
  const module = me.dataset.module;
  const wasm = me.dataset.wasm;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import(module)
      .then((app) => app.default({ module_or_path: wasm }))
      // Without its app the page shows everything it holds, also what waited for the app
      // (first-paint.js, html[data-community]).
      .catch(() => document.documentElement.removeAttribute('data-community'));
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
  // Once the page's first content is on screen (the browser's first-contentful-paint entry; a
  // frame's callback alone may run before that frame is shown, and a slow phone then fetched the
  // app while it had painted nothing). Where the browser does not report paints, two frames on.
  const painted = (then) => {
    let done = false;
    const go = () => {
      if (!done) (done = true), setTimeout(then, 0);
    };
    if (!(window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes('paint'))) {
      requestAnimationFrame(() => requestAnimationFrame(go));
      return;
    }
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) observer.disconnect(), go();
    }).observe({ type: 'paint', buffered: true });
    // A tab opened in the background paints when it is shown; it starts when the person acts.
  };
  if (me.dataset.start === 'now' || location.search || kept('portal.community') || kept('portal.held') || waiting) {
    painted(start);
    return;
  }
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200));
  painted(() => (document.readyState === 'complete' ? idle() : addEventListener('load', idle, { once: true })));
})();
