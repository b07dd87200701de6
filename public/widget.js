/*! Portal widget loader. Licence: EUPL-1.2.
 *
 * Shows the portal's catalogue, one service, the eligibility check or the status page on a
 * community's own website, in an <iframe>. Two lines of HTML:
 *
 *   <div data-portal-widget data-community="UA46060250000025047" data-view="catalogue"></div>
 *   <script src="https://PORTAL/widget.js" async></script>
 *
 * Settings: community (required), view (catalogue | check | service | status; catalogue),
 * service (a programme id, for view=service), lang (uk | en; uk), accent (#rrggbb, or rrggbb in
 * the script's query string; the portal's blue #0b3b75), title (the frame's accessible name; one per view and language). Each comes from, in
 * rising order: the defaults, the query string of this script's src (widget.js?lang=en, for every
 * widget of the page), the element's data-* attribute.
 *
 * The frame is PORTAL[/en]/embed/{community}/{view}?origin=…&accent=rrggbb&widget=ID, where PORTAL
 * is the origin this script came from. The portal lets it be framed only on the websites the
 * community registered (server embed allow: CSP frame-ancestors).
 *
 * Resize: the frame posts {type: 'portal-widget:height', widget: ID, height: PX} to this page.
 * A message is used only if it comes from PORTAL, from that very frame, names its ID and carries
 * a finite height from 0 to 20000; the frame then gets that height. Everything else is ignored.
 * Nothing is sent to the frame but its URL; nothing is stored on this page (no cookies, no
 * storage); the only global is window.PortalWidget = {version}.
 */
(function () {
  'use strict';
  var VERSION = '1';
  var script =
    document.currentScript || document.querySelector('script[src*="/widget.js"]');
  if (!script) return;
  var src = new URL(script.src, location.href);
  var PORTAL = src.origin;
  var VIEWS = { catalogue: 1, check: 1, service: 1, status: 1 };
  var SITE = { uk: 'Соціальна підтримка в громаді', en: 'Social support in your community' };
  var TITLES = {
    uk: {
      catalogue: 'Виплати та послуги',
      service: 'Виплата чи послуга',
      check: 'Перевірте, що вам може належати',
      status: 'Стан заяви'
    },
    en: {
      catalogue: 'Payments and services',
      service: 'A payment or service',
      check: 'Check what you may be entitled to',
      status: 'Application status'
    }
  };
  var NAMES = ['community', 'view', 'service', 'lang', 'accent', 'title'];
  var frames = new Map();
  var first = true;

  window.PortalWidget = window.PortalWidget || { version: VERSION };

  function settings(el) {
    var s = { view: 'catalogue', lang: 'uk', accent: '#0b3b75' };
    NAMES.forEach(function (name) {
      var v = src.searchParams.get(name);
      if (v) s[name] = v;
      v = el.getAttribute('data-' + name);
      if (v) s[name] = v;
    });
    return s;
  }

  // Why the settings cannot work, with how to fix it; '' when they can.
  function problem(s) {
    if (!/^UA\d{17}$/.test(s.community || ''))
      return 'data-community needs a codifier code such as "UA46060250000025047", not "' +
        (s.community || '') + '"';
    if (!VIEWS[s.view])
      return 'data-view is catalogue, check, service or status, not "' + s.view + '"';
    if (s.view == 'service' && !/^[a-z0-9-]+$/.test(s.service || ''))
      return 'data-view="service" needs data-service with a programme id such as "birth-assistance"';
    if (s.lang != 'uk' && s.lang != 'en') return 'data-lang is uk or en, not "' + s.lang + '"';
    if (!/^#?[0-9a-fA-F]{6}$/.test(s.accent))
      return 'data-accent is a colour #rrggbb such as "#0b3b75", not "' + s.accent + '"';
    return '';
  }

  function mount(el) {
    el.setAttribute('data-portal-widget', 'ready');
    var s = settings(el);
    var en = s.lang == 'en';
    var why = problem(s);
    if (why) {
      console.error('Portal widget: ' + why + '.', el);
      var p = document.createElement('p');
      var a = document.createElement('a');
      p.textContent = en
        ? 'The widget could not be shown. Open the portal: '
        : 'Віджет не вдалося показати. Відкрийте портал: ';
      a.href = PORTAL + (en ? '/en' : '/');
      a.textContent = SITE[en ? 'en' : 'uk'];
      p.appendChild(a);
      el.replaceChildren(p);
      return;
    }
    var id = 'pw-' + Math.random().toString(36).slice(2, 10);
    var f = document.createElement('iframe');
    f.src =
      PORTAL + (en ? '/en' : '') + '/embed/' + s.community + '/' +
      (s.view == 'service' ? 'service/' + s.service : s.view) +
      '?origin=' + encodeURIComponent(location.origin) +
      '&accent=' + s.accent.replace('#', '').toLowerCase() +
      '&widget=' + id;
    f.title = s.title || TITLES[s.lang][s.view] + ' — ' + SITE[s.lang];
    f.referrerPolicy = 'no-referrer';
    if (!first) f.loading = 'lazy';
    first = false;
    f.style.cssText = 'display:block;width:100%;height:480px;border:0;overflow:hidden';
    frames.set(id, f);
    el.replaceChildren(f);
  }

  function scan() {
    frames.forEach(function (f, id) {
      if (!f.isConnected) frames.delete(id);
    });
    document.querySelectorAll('[data-portal-widget]:not([data-portal-widget=ready])').forEach(mount);
  }

  addEventListener('message', function (e) {
    var d = e.data;
    var f = d && frames.get(d.widget);
    var h = d && d.height;
    if (
      e.origin !== PORTAL ||
      !f ||
      d.type !== 'portal-widget:height' ||
      e.source !== f.contentWindow ||
      typeof h != 'number' ||
      !(h >= 0 && h <= 20000)
    )
      return;
    f.style.height = Math.ceil(h) + 'px';
  });

  scan();
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', scan);
  // Widgets added later (by a page that builds itself): looked for once per frame of animation.
  var queued = false;
  new MutationObserver(function () {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () {
      queued = false;
      scan();
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
