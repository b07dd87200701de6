// A community's own website for the widget's journeys: a plain static host on another origin
// (another port) than the portal. `node host-server.mjs PORT PORTAL_ORIGIN`.
//   /demo              the repository's demo page (examples/embed/index.html), pointed at PORTAL
//   /one?community=…&view=…&service=…&lang=…&accent=…   a page with one widget of those settings
import http from 'node:http';
import fs from 'node:fs';

const [port, portal] = process.argv.slice(2);
const demo = new URL('../examples/embed/index.html', import.meta.url);

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function one(params) {
  const attrs = ['community', 'view', 'service', 'lang', 'accent']
    .filter((k) => params.has(k))
    .map((k) => ` data-${k}="${escape(params.get(k))}"`)
    .join('');
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Сайт громади</title></head>
<body><main><h1>Сайт громади</h1><p><a href="#after" id="before">Перед віджетом</a></p>
<div data-portal-widget${attrs}></div>
<p><a href="#top" id="after">Після віджета</a></p></main>
<script src="${portal}/widget.js" async></script></body></html>`;
}

http
  .createServer((req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    let body;
    if (url.pathname === '/demo') body = fs.readFileSync(demo, 'utf8').replaceAll('http://127.0.0.1:8080', portal);
    else if (url.pathname === '/one') body = one(url.searchParams);
    else if (url.pathname === '/health') body = 'ok';
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  })
  .listen(Number(port), '127.0.0.1');
