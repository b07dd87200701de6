//! The portal's addresses in one table: the languages and their prefixes, the apps and the roots
//! of their addresses, each page's address pattern, which pages are pre-rendered, which have an
//! embedded view, and the staff office.
//!
//! Everything that needs to know an address reads it from here: the app (`app::url::part_of`,
//! the embedded view's links), the pre-renderer's list of pages, the server's page for an address
//! and its `404`s, the service worker's rules (`app::url::rules_json`, written into `sw.js`), and
//! the apps' router (`app/src/router.rs`), which shows for an address the page [`find`] names; a
//! test in `app/src/app.rs` walks every address of this table through its app.
//!
//! Matching here is by form only (a programme id is a non-empty segment, a check step one of
//! [`CHECK_STEPS`]); whether a programme or a community exists is the caller's question, asked
//! with [`Match::params`].
//!
//! **Architecture invariant:** no I/O, no framework; it compiles natively and to wasm32.

pub use catalogue::Lang;

/// Each language with the prefix of its addresses (`/en/about`); the first has none.
pub const LANGUAGES: [(Lang, &str); 2] = [(Lang::Uk, ""), (Lang::En, "/en")];

/// The prefix of `lang`'s addresses: `""` or `"/en"`.
pub fn prefix(lang: Lang) -> &'static str {
    LANGUAGES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, p)| p)
}

/// The apps of the portal: each has its own page and module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum App {
    /// Home, catalogue, service pages, communities, search, about: every address no other app has.
    Portal,
    /// The eligibility check.
    Check,
    /// Applications: forms, drafts, the outbox, the status page.
    Apply,
    /// A page only pre-rendering writes and no app takes over: "How this is decided" for a
    /// programme. An app that reaches it loads it as a page.
    Static,
    /// The community staff's office, none of the citizens' apps.
    Office,
}

impl App {
    /// The app's own page, which renders any of its addresses (`scripts/build.sh` writes
    /// `app-<part>.html`); a static page has none.
    pub fn page(self) -> Option<&'static str> {
        match self {
            App::Portal => Some("/app-portal.html"),
            App::Check => Some("/app-check.html"),
            App::Apply => Some("/app-apply.html"),
            App::Office => Some("/app-office.html"),
            App::Static => None,
        }
    }
}

/// The pages of the portal: what an address shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Catalogue,
    Situation,
    Service,
    HowDecided,
    Community,
    Search,
    About,
    CheckIntro,
    CheckStep,
    Form,
    FormStep,
    Applications,
    Application,
    Status,
    Office,
}

/// What a variable segment of an address holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Param {
    /// A programme of the catalogue (or one a community published): `/service/{id}`.
    Programme,
    /// A life situation's slug: `/situation/{situation}`.
    Situation,
    /// One of [`CHECK_STEPS`].
    CheckStep,
    /// A programme that has an application form: `/apply/{programme}`.
    Form,
    /// A page of a form.
    FormStep,
    /// An application's reference on the device.
    Application,
    /// A community's codifier code (letters and digits): `/embed/{community}/…`.
    Community,
}

impl Param {
    /// The segment's name among the address's parameters (`use_params_map().get(name)`).
    pub fn name(self) -> &'static str {
        match self {
            Param::Programme | Param::Application => "id",
            Param::Situation => "situation",
            Param::CheckStep | Param::FormStep => "step",
            Param::Form => "programme",
            Param::Community => "community",
        }
    }

    /// Can `segment` be such a value, by its form?
    pub fn admits(self, segment: &str) -> bool {
        !segment.is_empty()
            && match self {
                Param::CheckStep => CHECK_STEPS.contains(&segment),
                Param::Community => segment.bytes().all(|b| b.is_ascii_alphanumeric()),
                _ => true,
            }
    }
}

/// The pages of the check after its introduction, in order.
pub const CHECK_STEPS: [&str; 4] = ["question", "answers", "results", "plan"];

/// One segment of an address pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    Lit(&'static str),
    Param(Param),
    /// Any further segments, none included (the office routes inside its own app).
    Rest,
}

/// Which of a page's addresses are pre-rendered (in every language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prerender {
    No,
    /// Every address: the page itself, or one for each value of its parameter.
    All,
    /// Only these values of its one parameter.
    Only(&'static [&'static str]),
}

/// A page and its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub page: Page,
    pub app: App,
    /// The address after the language prefix, as segments; none for `/`.
    pub path: &'static [Seg],
    pub prerender: Prerender,
    /// Does a community's website have it as an embedded view (`/embed/{community}{path}`)?
    pub embed: bool,
}

use Seg::{Lit, Param as P};

/// Every page of the portal.
pub const ROUTES: &[Route] = &[
    route(Page::Home, App::Portal, &[], Prerender::All, false),
    route(
        Page::Catalogue,
        App::Portal,
        &[Lit("catalogue")],
        Prerender::All,
        true,
    ),
    route(
        Page::Situation,
        App::Portal,
        &[Lit("situation"), P(Param::Situation)],
        Prerender::All,
        false,
    ),
    route(
        Page::Service,
        App::Portal,
        &[Lit("service"), P(Param::Programme)],
        Prerender::All,
        true,
    ),
    route(
        Page::HowDecided,
        App::Static,
        &[Lit("service"), P(Param::Programme), Lit(HOW_DECIDED)],
        Prerender::All,
        false,
    ),
    route(
        Page::Community,
        App::Portal,
        &[Lit("community")],
        Prerender::All,
        false,
    ),
    route(
        Page::Search,
        App::Portal,
        &[Lit("search")],
        Prerender::All,
        false,
    ),
    route(
        Page::About,
        App::Portal,
        &[Lit("about")],
        Prerender::All,
        false,
    ),
    route(
        Page::CheckIntro,
        App::Check,
        &[Lit("check")],
        Prerender::All,
        true,
    ),
    route(
        Page::CheckStep,
        App::Check,
        &[Lit("check"), P(Param::CheckStep)],
        Prerender::Only(&["question"]),
        true,
    ),
    route(
        Page::Form,
        App::Apply,
        &[Lit("apply"), P(Param::Form)],
        Prerender::All,
        false,
    ),
    route(
        Page::FormStep,
        App::Apply,
        &[Lit("apply"), P(Param::Form), P(Param::FormStep)],
        Prerender::No,
        false,
    ),
    route(
        Page::Applications,
        App::Apply,
        &[Lit("applications")],
        Prerender::No,
        false,
    ),
    route(
        Page::Application,
        App::Apply,
        &[Lit("applications"), P(Param::Application)],
        Prerender::No,
        false,
    ),
    route(
        Page::Status,
        App::Apply,
        &[Lit("status")],
        Prerender::All,
        true,
    ),
    route(
        Page::Office,
        App::Office,
        &[Lit("office"), Seg::Rest],
        Prerender::No,
        false,
    ),
];

const fn route(
    page: Page,
    app: App,
    path: &'static [Seg],
    prerender: Prerender,
    embed: bool,
) -> Route {
    Route {
        page,
        app,
        path,
        prerender,
        embed,
    }
}

/// The last segment of a programme's "How this is decided" page.
pub const HOW_DECIDED: &str = "how-decided";

/// The address of a programme's "How this is decided" page (in Ukrainian; see [`Lang::localize`]).
pub fn how_decided(programme: &str) -> String {
    format!("/service/{programme}/{HOW_DECIDED}")
}

/// Where an embedded view's address starts: `/embed/{community}/{view…}`.
pub const EMBED: &str = "/embed/";

/// The root of the community staff's office.
pub const OFFICE: &str = "/office";

impl Route {
    /// The route's addresses in `lang`, embedded in `community`'s website if given, with each
    /// parameter taking every value `values` gives it.
    pub fn addresses(
        &self,
        lang: Lang,
        community: Option<&str>,
        values: &dyn Fn(Param) -> Vec<String>,
    ) -> Vec<String> {
        let mut paths = vec![community.map_or(String::new(), |c| format!("/embed/{c}"))];
        for seg in self.path {
            paths = match seg {
                Lit(l) => paths.into_iter().map(|p| format!("{p}/{l}")).collect(),
                P(param) => paths
                    .iter()
                    .flat_map(|p| values(*param).into_iter().map(move |v| format!("{p}/{v}")))
                    .collect(),
                Seg::Rest => paths,
            };
        }
        paths
            .into_iter()
            .map(|p| lang.localize(if p.is_empty() { "/" } else { &p }))
            .collect()
    }
}

/// Every pre-rendered address, the Ukrainian ones first: `values` gives every value of a
/// parameter (each programme, each situation).
pub fn prerendered(values: &dyn Fn(Param) -> Vec<String>) -> Vec<String> {
    let pages: Vec<String> = ROUTES
        .iter()
        .flat_map(|r| match r.prerender {
            Prerender::No => Vec::new(),
            Prerender::All => r.addresses(Lang::Uk, None, values),
            Prerender::Only(only) => r.addresses(Lang::Uk, None, &|_| {
                only.iter().map(|v| v.to_string()).collect()
            }),
        })
        .collect();
    LANGUAGES
        .iter()
        .flat_map(|(lang, _)| pages.iter().map(|p| lang.localize(p)))
        .collect()
}

/// An address read by [`find`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<'a> {
    pub lang: Lang,
    /// The community whose website embeds the view, for an embedded address.
    pub community: Option<&'a str>,
    pub route: &'static Route,
    /// The route's place in [`ROUTES`].
    pub index: usize,
    /// The variable segments' values, in order.
    pub params: Vec<(Param, &'a str)>,
}

impl Match<'_> {
    /// The value of `param`, if the address has one.
    pub fn get(&self, param: Param) -> Option<&str> {
        self.params
            .iter()
            .find(|(p, _)| *p == param)
            .map(|(_, v)| *v)
    }
}

/// The page at `path` (in either language, embedded or not, one trailing slash allowed), if it
/// has the form of one of [`ROUTES`].
pub fn find(path: &str) -> Option<Match<'_>> {
    let (lang, rest) = Lang::split_path(path);
    let rest = match rest.strip_suffix('/') {
        Some(r) if !r.is_empty() => r,
        _ => rest,
    };
    let mut segments: Vec<&str> = if rest == "/" {
        Vec::new()
    } else {
        rest.strip_prefix('/')?.split('/').collect()
    };
    let mut community = None;
    if segments.first() == Some(&EMBED.trim_matches('/')) {
        let code = *segments.get(1)?;
        if !Param::Community.admits(code) {
            return None;
        }
        community = Some(code);
        segments.drain(..2);
        // The view itself: an embed address without one is no page.
        segments.first()?;
    }
    ROUTES
        .iter()
        .enumerate()
        .filter(|(_, r)| community.is_none() || r.embed)
        .find_map(|(index, route)| {
            let params = matches(route.path, &segments)?;
            Some(Match {
                lang,
                community,
                route,
                index,
                params,
            })
        })
}

fn matches<'a>(pattern: &[Seg], segments: &[&'a str]) -> Option<Vec<(Param, &'a str)>> {
    let mut params = Vec::new();
    let mut i = 0;
    for seg in pattern {
        match seg {
            Seg::Rest => return Some(params),
            Lit(l) => {
                if segments.get(i) != Some(l) {
                    return None;
                }
            }
            P(p) => {
                let value = *segments.get(i)?;
                if !p.admits(value) {
                    return None;
                }
                params.push((*p, value));
            }
        }
        i += 1;
    }
    (i == segments.len()).then_some(params)
}

/// The roots of the apps other than the portal's: a root and everything under it belongs to its
/// app (in either language, inside an embedded view too). A first segment that pages of two apps
/// share (`/service/{id}` and its "How this is decided") is no root.
pub fn roots() -> Vec<(String, App)> {
    let mut roots: Vec<(String, App)> = Vec::new();
    for route in ROUTES.iter().filter(|r| r.app != App::Portal) {
        let Some(Lit(first)) = route.path.first() else {
            continue;
        };
        let shared = ROUTES
            .iter()
            .any(|r| r.app != route.app && r.path.first() == Some(&Lit(first)));
        let root = format!("/{first}");
        if !shared && !roots.iter().any(|(r, _)| *r == root) {
            roots.push((root, route.app));
        }
    }
    roots
}

/// Which app serves `path` (in either language): an address under an app's root is that app's
/// even if it is no page (the app then says it is not found), a static page is static, and the
/// portal has the rest. An embedded view belongs to the app of the view.
pub fn app_of(path: &str) -> App {
    let (_, rest) = Lang::split_path(path);
    let (embedded, rest) = match rest.strip_prefix(EMBED).and_then(|t| t.split_once('/')) {
        Some((_, view)) => (true, &rest[rest.len() - view.len() - 1..]),
        None => (false, rest),
    };
    if find(rest).is_some_and(|m| m.route.app == App::Static) {
        return App::Static;
    }
    let under = |root: &str| {
        rest == root
            || rest
                .strip_prefix(root)
                .is_some_and(|after| after.starts_with('/'))
    };
    roots()
        .into_iter()
        // The office has no embedded view.
        .filter(|(_, app)| !(embedded && *app == App::Office))
        .find(|(root, _)| under(root))
        .map_or(App::Portal, |(_, app)| app)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(param: Param) -> Vec<String> {
        match param {
            Param::CheckStep => CHECK_STEPS.iter().map(|s| s.to_string()).collect(),
            Param::Community => vec!["UA1".into()],
            _ => vec!["x".into(), "y-2".into()],
        }
    }

    #[test]
    fn the_prefixes_are_the_languages_own() {
        for (lang, prefix) in LANGUAGES {
            assert_eq!(lang.localize("/about"), format!("{prefix}/about"));
            assert_eq!(
                Lang::split_path(&format!("{prefix}/about")),
                (lang, "/about")
            );
        }
        assert_eq!(Lang::ALL.len(), LANGUAGES.len());
    }

    #[test]
    fn every_address_of_the_table_is_found_as_its_own_page() {
        let mut count = 0;
        for route in ROUTES {
            for (lang, _) in LANGUAGES {
                let communities: &[Option<&str>] = if route.embed {
                    &[None, Some("UA46060250000025047")]
                } else {
                    &[None]
                };
                for community in communities {
                    for path in route.addresses(lang, *community, &values) {
                        let m = find(&path).unwrap_or_else(|| panic!("{path} is not found"));
                        assert_eq!(
                            (m.route.page, m.lang, m.community),
                            (route.page, lang, *community),
                            "{path}"
                        );
                        assert_eq!(app_of(&path), route.app, "{path}");
                        let with_slash = format!("{path}/");
                        assert_eq!(find(&with_slash).map(|m| m.route.page), Some(route.page));
                        count += 1;
                    }
                }
            }
        }
        assert!(count > 40, "{count}");
    }

    #[test]
    fn addresses_of_no_page_are_not_found() {
        for path in [
            "/no-such-page",
            "/service",
            "/service/",
            "/service//x",
            "/service/x/y",
            "/check/no-such-step",
            "/check/question/x",
            "/apply",
            "/apply/",
            "/apply/x/y/z",
            "/applications/x/y",
            "/situation",
            "/uk/about",
            "/en/en/about",
            "/about//",
            "/embed",
            "/embed/",
            "/embed/UA1",
            "/embed/UA1/",
            "/embed/UA1/search",
            "/embed/UA1/service",
            "/embed/UA1/service/a/b",
            "/embed/UA1/check/a/b",
            "/embed/UA1/catalogue/x",
            "/embed/UA1/status/x",
            "/embed//catalogue",
            "/embed/UA1//catalogue",
            "/embed/UA.1/catalogue",
            "/embed/UA1/embed/UA1/catalogue",
            "/en/embedx/UA1/catalogue",
            "/embed/UA1/office",
        ] {
            assert_eq!(find(path).map(|m| m.route.page), None, "{path}");
        }
        assert_eq!(
            find("/office/x/y").map(|m| m.route.page),
            Some(Page::Office)
        );
    }

    #[test]
    fn each_root_is_one_apps_and_the_rest_is_the_portals() {
        let roots = roots();
        assert_eq!(
            roots,
            [
                ("/check".to_string(), App::Check),
                ("/apply".to_string(), App::Apply),
                ("/applications".to_string(), App::Apply),
                ("/status".to_string(), App::Apply),
                ("/office".to_string(), App::Office),
            ]
        );
        assert_eq!(app_of("/check/no-such-step/x"), App::Check);
        assert_eq!(app_of("/checklist"), App::Portal);
        assert_eq!(app_of("/statuses"), App::Portal);
        assert_eq!(app_of("/en/embed/UA1/check/question"), App::Check);
        assert_eq!(app_of("/embed/UA1"), App::Portal);
        assert_eq!(app_of("/en/office/programmes"), App::Office);
        assert_eq!(app_of("/embed/UA1/office"), App::Portal);
        assert_eq!(app_of("/service/how-decided"), App::Portal);
        assert_eq!(app_of(&how_decided("emalyatko")), App::Static);
    }

    #[test]
    fn the_prerendered_pages_are_in_both_languages() {
        let pages = prerendered(&values);
        assert!(pages.contains(&"/".to_string()));
        assert!(pages.contains(&"/en".to_string()));
        assert!(pages.contains(&"/en/check/question".to_string()));
        assert!(!pages.contains(&"/check/plan".to_string()));
        assert!(pages.contains(&"/service/y-2/how-decided".to_string()));
        // The pages only an app shows have a pre-rendered shell too (issue 17): a form's start,
        // the community picker, the status form; not a form's later pages nor the device's
        // applications.
        assert!(pages.contains(&"/community".to_string()));
        assert!(pages.contains(&"/en/status".to_string()));
        assert!(pages.iter().any(|p| p.starts_with("/apply/")));
        assert!(
            !pages
                .iter()
                .any(|p| p.matches('/').count() > 2 && p.starts_with("/apply/")
                    || p.contains("applications"))
        );
        assert_eq!(pages.len() % 2, 0);
    }
}
