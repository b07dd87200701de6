// The portal's service worker: after one visit the portal opens, the eligibility check runs and
// drafts are saved with no network. scripts/service_worker.py fills in VERSION, ASSETS and ROUTES.
//
// - Pages: the network first (a fresh page when there is a connection), else the cached
//   pre-rendered page of the address, else the cached page of the app the address belongs to (the
//   portal, the check, applications), which renders it.
// - Hashed assets and data: from the cache, fetched once.
// - What a community published (/data/community/{code}.json, issue 15): the network first (the
//   server answers 304 while nothing changed), else the last copy kept, in a cache of its own that
//   outlives a new version of the portal.
// - The back office (/api/): always the network, never cached.
// - The community's staff office (/office, /en/office and its files office-*, app-office.html):
//   never the service worker's business; the browser fetches it as if there were none.
// A new version waits until the person agrees (the page asks, never in the middle of a form).
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
// Which app's page renders an address, written from the route table (crates/routes): the
// language prefixes, the embed prefix, each app's root and page, the portal's page for the rest,
// and the staff office's root.
const ROUTES = __ROUTES__;
const CACHE = `portal-${VERSION}`;
const COMMUNITY = 'community-data';

/** The language prefix of an address or a page's file (`/en/about`, `/en.html`: '/en'; else ''). */
function languageOf(path) {
  return ROUTES.languages.find((p) => path === p || path === `${p}.html` || path.startsWith(p + '/')) || '';
}

/** A pre-rendered page (an address's own HTML file), not an app's page or another file. */
function isPage(file) {
  return file.endsWith('.html') && !file.startsWith('/app-');
}

// The apps, the data and the pages of the language the person reads the portal in (that of the
// pages open when the worker installs); the other language's pages are kept as they are visited.
self.addEventListener('install', (event) => {
  event.waitUntil(
    self.clients.matchAll({ includeUncontrolled: true, type: 'window' }).then((clients) => {
      const languages = new Set(clients.map((c) => languageOf(new URL(c.url).pathname)));
      if (!languages.size) languages.add('');
      const wanted = ASSETS.filter((file) => !isPage(file) || languages.has(languageOf(file)));
      return caches.open(CACHE).then((c) => c.addAll(wanted));
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('portal-') && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'update') self.skipWaiting();
});

/** The address without its language prefix (`/en/check` → `/check`). */
function withoutLanguage(pathname) {
  for (const prefix of ROUTES.languages) {
    if (pathname === prefix) return '/';
    if (pathname.startsWith(prefix + '/')) return pathname.slice(prefix.length);
  }
  return pathname;
}

/** The cached page of the app an address belongs to (the app's url::part_of). */
function shellFor(pathname) {
  let rest = withoutLanguage(pathname);
  // An embedded view (/embed/{community}/…) is the same app's page as the view it shows.
  if (rest.startsWith(ROUTES.embed)) {
    const view = rest.slice(ROUTES.embed.length).indexOf('/');
    rest = view < 0 ? '/' : rest.slice(ROUTES.embed.length + view);
  }
  const app = ROUTES.apps.find(([root]) => rest === root || rest.startsWith(root + '/'));
  return app ? app[1] : ROUTES.rest;
}

/** The staff office's pages and files, which this worker never caches nor serves. */
function isOffice(pathname) {
  const rest = withoutLanguage(pathname);
  return rest === ROUTES.office || rest.startsWith(ROUTES.office + '/') || pathname.startsWith('/office-') || pathname === '/app-office.html';
}

/** The pre-rendered page of an address, as a static host names it. */
function pageFor(pathname) {
  const path = pathname.replace(/\/+$/, '');
  return path === '' ? '/index.html' : `${path}.html`;
}

/** Offline: the address's pre-rendered page, else its app's page (which renders it). */
function cachedPage(pathname) {
  return caches.open(CACHE).then((c) => c.match(pageFor(pathname)).then((hit) => hit || c.match(shellFor(pathname))));
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (isOffice(url.pathname)) return;
  if (url.pathname.startsWith('/data/community/')) {
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok || res.status === 404) {
            const copy = res.clone();
            caches.open(COMMUNITY).then((c) => c.put(url.pathname, copy));
          }
          return res;
        })
        .catch(() => caches.open(COMMUNITY).then((c) => c.match(url.pathname)).then((hit) => hit || Response.error())),
    );
    return;
  }
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          // A pre-rendered page of the release not kept yet (the other language's): kept now.
          const page = pageFor(url.pathname);
          if (res.ok && ASSETS.includes(page)) {
            const copy = res.clone();
            event.waitUntil(caches.open(CACHE).then((c) => c.match(page).then((hit) => hit || c.put(page, copy))));
          }
          return res;
        })
        .catch(() => cachedPage(url.pathname)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req))),
  );
});
