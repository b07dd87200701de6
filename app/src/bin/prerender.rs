//! Writes the pre-rendered pages into a built `dist/`: `cargo run -p app --bin prerender
//! --no-default-features --features ssr -- DIST` (scripts/build.sh runs it after trunk).
//!
//! Each page is the app's own rendering (see `app::prerender`) inside a head made from the app's
//! page that trunk wrote (`app-portal.html`, `app-check.html`): its stylesheet, icon and manifest,
//! and instead of trunk's inline start-up script, `boot.js`, which loads the app after the page
//! has painted; a page no app takes over (`Part::Static`, "How this is decided") has no script
//! at all. Pages are written where a static host looks for them: `/` in `index.html`, `/en`
//! in `en.html`, `/service/x` in `service/x.html`.

use app::prerender::{self, Rendered};
use app::url::Part;
use std::path::{Path, PathBuf};

fn main() {
    let dist = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("dist"), PathBuf::from);
    if let Err(e) = run(&dist) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

fn run(dist: &Path) -> Result<(), String> {
    prerender::install_data()?;
    let portal = Shell::read(&dist.join("app-portal.html"))?;
    let check = Shell::read(&dist.join("app-check.html"))?;
    let apply = Shell::read(&dist.join("app-apply.html"))?;
    let paths = prerender::paths();
    for path in &paths {
        let page = prerender::render(path);
        let shell = match page.part {
            Part::Check => &check,
            Part::Apply => &apply,
            _ => &portal,
        };
        let file = dist.join(file_for(path));
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&file, document(&page, shell))
            .map_err(|e| format!("{}: {e}", file.display()))?;
    }
    // The rules of which app renders an address, for the service worker
    // (`scripts/service_worker.py` reads this file into `sw.js` and removes it).
    let rules = dist.join(".routes.json");
    std::fs::write(&rules, app::url::rules_json())
        .map_err(|e| format!("{}: {e}", rules.display()))?;
    println!("prerender: {} pages in {}", paths.len(), dist.display());
    Ok(())
}

/// Where a static host looks for the page at `path`.
fn file_for(path: &str) -> String {
    match path {
        "/" => "index.html".to_string(),
        _ => format!("{}.html", path.trim_start_matches('/')),
    }
}

/// What a page takes from the app's page trunk built.
struct Shell {
    /// The stylesheet, icon and manifest links.
    links: Vec<String>,
    /// The inline scripts that run before the first paint (`public/first-paint.js`, which trunk
    /// writes into the page as a plain `<script>`), the same text, so the same hash in the
    /// Content-Security-Policy the server derives from the apps' pages.
    first_paint: Vec<String>,
    /// The app's JS module and its wasm.
    module: String,
    wasm: String,
}

impl Shell {
    fn read(path: &Path) -> Result<Shell, String> {
        let html = std::fs::read_to_string(path).map_err(|e| {
            format!(
                "{}: {e} (scripts/build.sh writes it before pre-rendering)",
                path.display()
            )
        })?;
        let head = html.split("</head>").next().unwrap_or_default();
        let links: Vec<&str> = head
            .split("<link ")
            .skip(1)
            .filter_map(|l| l.split_once('>').map(|(attrs, _)| attrs))
            .collect();
        let wanted = |rel: &'static str| {
            links.iter().filter(move |l| {
                l.split_whitespace()
                    .any(|a| a == format!("rel={rel}") || a == format!("rel=\"{rel}\""))
            })
        };
        let href = |attrs: &str| {
            attrs
                .split_whitespace()
                .find_map(|a| a.strip_prefix("href="))
                .map(|h| h.trim_matches('"').to_string())
        };
        let module = wanted("modulepreload")
            .find_map(|l| href(l))
            .ok_or_else(|| format!("{}: no module preload link", path.display()))?;
        let wasm = wanted("preload")
            .filter(|l| l.contains("application/wasm"))
            .find_map(|l| href(l))
            .ok_or_else(|| format!("{}: no wasm preload link", path.display()))?;
        let links = ["stylesheet", "icon", "manifest"]
            .iter()
            .flat_map(|rel| wanted(rel).map(|l| format!("<link {l}>")))
            .collect();
        let first_paint = head
            .split("<script>")
            .skip(1)
            .filter_map(|rest| rest.split_once("</script>"))
            .map(|(script, _)| format!("<script>{script}</script>"))
            .collect();
        Ok(Shell {
            links,
            first_paint,
            module,
            wasm,
        })
    }
}

/// The whole page.
fn document(page: &Rendered, shell: &Shell) -> String {
    let lang = page.lang.tag();
    // The check's screens and the applications' pages (a form's start, the status form) are for
    // answering at once: load their app without waiting for idle time.
    let start = if matches!(page.part, Part::Check | Part::Apply) {
        "now"
    } else {
        "idle"
    };
    // A page no app takes over has neither its start nor what runs before its first paint (it
    // never shows the chosen community, so keeps no line for it).
    let (first_paint, boot) = if page.part == Part::Static {
        (String::new(), String::new())
    } else {
        (
            shell.first_paint.concat(),
            format!(
                "<script defer src=/boot.js data-module=\"{module}\" data-wasm=\"{wasm}\" data-start={start}></script>",
                module = shell.module,
                wasm = shell.wasm,
            ),
        )
    };
    let data = page
        .data
        .as_ref()
        .map(|hex| format!("<script type=application/octet-stream id=page-data>{hex}</script>"))
        .unwrap_or_default();
    format!(
        "<!doctype html><html lang={lang}><head><meta charset=utf-8>\
         <meta content=\"width=device-width,initial-scale=1\" name=viewport>\
         <meta name=description content=\"{description}\"><meta content=#0b3b75 name=theme-color>\
         <title>{title}</title>{first_paint}{links}{boot}</head><body data-prerendered>{body}{data}</body></html>",
        description = escape(&page.description),
        title = escape(&page.title),
        links = shell.links.concat(),
        body = page.body,
    )
}

/// Text safe inside an attribute value or an element.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
