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
use crate::router::RequestPath;
use crate::url::Part;
use catalogue::Lang;
use catalogue::model::Situation;
use leptos::prelude::*;

const DETAILS_BIN: &[u8] = include_bytes!("../../data/generated/catalogue.bin");
const RULES_BIN: &[u8] = include_bytes!("../../data/generated/rules.bin");
const FORMS_BIN: &[u8] = include_bytes!("../../data/generated/forms.bin");

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

/// Installs what the pages show and the browser would fetch: the catalogue's details, the
/// eligibility rules and the application forms. Call once, before [`render`].
pub fn install_data() -> Result<(), String> {
    // The static pages' texts ([`Part::Static`]) and any app's.
    i18n::use_all_messages();
    data::install_details(DETAILS_BIN)?;
    data::install_rules(RULES_BIN)?;
    data::install_forms(FORMS_BIN)
}

/// Every address to pre-render, in both languages: the pages the route table (`crates/routes`)
/// marks, a page for each programme and each situation.
pub fn paths() -> Vec<String> {
    routes::prerendered(&|param| match param {
        routes::Param::Programme => data::catalogue()
            .programmes
            .iter()
            .map(|p| p.id.clone())
            .collect(),
        routes::Param::Situation => Situation::ALL
            .iter()
            .map(|s| s.slug().to_string())
            .collect(),
        // The start of every form of the catalogue (a community's own programme's form is made
        // on the device from its published file, so it has no page of its own).
        routes::Param::Form => data::forms()
            .map(|f| f.forms.iter().map(|f| f.programme.clone()).collect())
            .unwrap_or_default(),
        // The table pre-renders no page with another parameter.
        _ => Vec::new(),
    })
}

/// Renders the page at `path` as the app would show it on a first visit.
pub fn render(path: &str) -> Rendered {
    let (lang, rest) = Lang::split_path(path);
    let part = crate::url::part_of(path);
    let service = rest.strip_prefix("/service/").and_then(data::details);
    let decided = rest
        .strip_prefix("/service/")
        .and_then(|r| r.strip_suffix(&format!("/{}", crate::url::HOW_DECIDED)))
        .and_then(data::details);
    let owner = Owner::new();
    let (body, title) = owner.with(|| {
        provide_context(RequestPath(path.to_string()));
        let title = RwSignal::new(None);
        provide_context(PrerenderedTitle(title));
        let body = match part {
            Part::Portal => view! { <crate::App/> }.to_html(),
            Part::Check => view! { <crate::CheckApp/> }.to_html(),
            Part::Apply => view! { <crate::ApplyApp/> }.to_html(),
            Part::Static => view! { <crate::StaticPages/> }.to_html(),
            // Not a citizens' page: the office pre-renders nothing.
            Part::Office => String::new(),
        };
        (body, title.get_untracked())
    });
    let site = i18n::t(lang, "site-name");
    Rendered {
        path: path.to_string(),
        part,
        lang,
        title: title.unwrap_or(site),
        description: match (service, decided) {
            (Some(p), _) => p.summary.get(lang).to_string(),
            (None, Some(p)) => i18n::t_args(
                lang,
                "decided-description",
                &[("title", i18n::Arg::Str(p.title.get(lang)))],
            ),
            (None, None) => i18n::t(lang, "site-description"),
        },
        body,
        data: service.map(data::encode_page_details),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The addresses a page links to on the portal itself.
    fn links(html: &str) -> Vec<String> {
        html.split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|h| h.starts_with('/') && !h.starts_with("//"))
            .map(|h| h.split(['?', '#']).next().unwrap_or(h).to_string())
            .collect()
    }

    #[test]
    fn every_page_is_complete_and_its_links_lead_to_pages_that_exist() {
        install_data().unwrap();
        let paths = paths();
        let static_pages: HashSet<&str> = paths.iter().map(String::as_str).collect();
        let mut checked = 0;
        for path in &paths {
            let page = render(path);
            assert!(page.body.contains("<h1"), "{path} has no heading");
            assert!(page.body.contains("<main"), "{path} has no main");
            assert!(
                page.title.contains(" — "),
                "{path} has only the site's name as title"
            );
            let service = path.contains("/service/") && page.part != Part::Static;
            assert_eq!(page.data.is_some(), service, "{path}");
            for link in links(&page.body) {
                // A page the route table has that only the apps render (they need the device: a
                // community, answers, drafts).
                let exists = static_pages.contains(link.as_str())
                    || routes::find(&link)
                        .is_some_and(|m| m.route.prerender != routes::Prerender::All);
                assert!(exists, "{path} links to {link}, which is no page");
                checked += 1;
            }
        }
        assert!(checked > 1000, "only {checked} links checked");
    }

    #[test]
    fn each_page_is_in_its_language() {
        install_data().unwrap();
        let en = render("/en/service/birth-assistance");
        assert_eq!(en.lang, Lang::En);
        assert!(en.title.starts_with("Birth grant"), "{}", en.title);
        let uk = render("/service/birth-assistance");
        assert!(
            uk.title.starts_with("Допомога при народженні дитини"),
            "{}",
            uk.title
        );
        assert_eq!(render("/check/question").part, Part::Check);
    }

    #[test]
    fn how_decided_lists_every_criterions_sources_values_and_cases() {
        install_data().unwrap();
        let rules = data::rules().unwrap();
        for lang in Lang::ALL {
            for p in &data::catalogue().programmes {
                let page = render(&lang.localize(&crate::url::how_decided(&p.id)));
                assert_eq!(page.part, Part::Static);
                assert!(page.body.contains("<h1"), "{}", page.path);
                let Some(r) = rules.programme(&p.id) else {
                    continue;
                };
                let html = |s: &str| s.replace('&', "&amp;");
                for c in &r.criteria {
                    assert!(page.body.contains(&html(c.met.get(lang))), "{}", page.path);
                    for b in &c.basis {
                        for url in &b.sources {
                            assert!(page.body.contains(&html(url)), "{}: {url}", page.path);
                        }
                    }
                }
                for id in r.amount.params() {
                    let param = rules.parameter(id).unwrap();
                    for v in &param.values {
                        for url in &v.sources {
                            assert!(page.body.contains(&html(url)), "{}: {url}", page.path);
                        }
                    }
                }
            }
        }
        let page = render("/en/service/birth-assistance/how-decided");
        assert!(page.title.starts_with("How “Birth grant"), "{}", page.title);
        assert!(
            page.body
                .contains("A child born on 01.01.2026 brings 50,000 once"),
            "the cases are listed"
        );
        assert!(
            !render("/service/birth-assistance/how-decided")
                .body
                .contains("decided-")
        );
    }
}
