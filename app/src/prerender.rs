//! Pre-rendering: the same components the browser runs, rendered natively to static HTML at
//! build time, one page per public address and language (`src/bin/prerender.rs` writes them).
//!
//! A pre-rendered page is complete without JavaScript. In the browser the app then takes it over
//! ([`crate::start`]) without fetching what the page already holds: a service page carries its
//! programme's details ([`Rendered::data`]).
//!
//! Community pages, search results and everything that depends on the device (a chosen
//! community, answers, drafts) stay client-side.

use crate::components::PrerenderedTitle;
use crate::data;
use crate::url::Part;
use catalogue::Lang;
use catalogue::model::Situation;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

const DETAILS_BIN: &[u8] = include_bytes!("../../data/generated/catalogue.bin");
const RULES_BIN: &[u8] = include_bytes!("../../data/generated/rules.bin");

/// One pre-rendered page.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The page's address, e.g. `/en/service/birth-assistance`.
    pub path: String,
    /// The app that takes the page over in the browser.
    pub part: Part,
    pub lang: Lang,
    /// The document title.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// What goes inside `<body>`.
    pub body: String,
    /// What the page carries for the app, if anything (hex; see [`data::install_page_details`]).
    pub data: Option<String>,
}

/// Installs what the pages show and the browser would fetch: the catalogue's details and the
/// eligibility rules. Call once, before [`render`].
pub fn install_data() -> Result<(), String> {
    data::install_details(DETAILS_BIN)?;
    data::install_rules(RULES_BIN)
}

/// Every address to pre-render: the portal's public pages and the check's first screens, in
/// both languages.
pub fn paths() -> Vec<String> {
    let mut uk = vec![
        "/".to_string(),
        "/catalogue".to_string(),
        "/about".to_string(),
        "/search".to_string(),
        "/check".to_string(),
        "/check/question".to_string(),
    ];
    uk.extend(
        Situation::ALL
            .iter()
            .map(|s| format!("/situation/{}", s.slug())),
    );
    uk.extend(
        data::catalogue()
            .programmes
            .iter()
            .map(|p| format!("/service/{}", p.id)),
    );
    Lang::ALL
        .iter()
        .flat_map(|lang| uk.iter().map(|p| lang.localize(p)))
        .collect()
}

/// Renders the page at `path` as the app would show it on a first visit.
pub fn render(path: &str) -> Rendered {
    let (lang, rest) = Lang::split_path(path);
    let part = crate::url::part_of(path);
    let service = rest.strip_prefix("/service/").and_then(data::details);
    let owner = Owner::new();
    let (body, title) = owner.with(|| {
        provide_context(RequestUrl::new(path));
        let title = RwSignal::new(None);
        provide_context(PrerenderedTitle(title));
        let body = match part {
            Part::Portal => view! { <crate::App/> }.to_html(),
            Part::Check => view! { <crate::CheckApp/> }.to_html(),
            Part::Apply => view! { <crate::ApplyApp/> }.to_html(),
        };
        (body, title.get_untracked())
    });
    let site = i18n::t(lang, "site-name");
    Rendered {
        path: path.to_string(),
        part,
        lang,
        title: title.unwrap_or(site),
        description: match service {
            Some(p) => p.summary.get(lang).to_string(),
            None => i18n::t(lang, "site-description"),
        },
        body,
        data: service.map(data::encode_page_details),
    }
}
