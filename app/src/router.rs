//! The apps' router: the address as signals, the page it shows, and moving between an app's own
//! pages without loading them.
//!
//! Which page an address shows is the route table's answer (`crates/routes`, [`routes::find`]):
//! the citizens' apps have no list of routes of their own, only which view shows each page of the
//! table ([`table_routes`]). The office's few sub-pages are matched by its own shell.
//!
//! Not `leptos_router` (issue 17, build item 3): measured on a one-page module, its router, `<A>`
//! and hooks cost 53 KB brotli (42.5 → 96.0 KB), this one under 8 KB (see ARCHITECTURE.md). The
//! hooks keep `leptos_router`'s names and shapes ([`use_location`], [`use_params_map`],
//! [`use_query_map`], [`use_navigate`]), so pages read the address as they did.
//!
//! A link to a page of the same app is shown in place (the history gets an entry, Back returns);
//! a link to another app's page, or one opened in a new tab, is left to the browser, which loads
//! that app's page.

use crate::browser;
use leptos::prelude::*;

/// The address a page is rendered for outside the browser (the pre-renderer's page).
#[derive(Clone)]
pub struct RequestPath(pub String);

/// The address the app shows.
#[derive(Clone, Copy)]
pub struct Location {
    /// The path (`/en/service/idp-allowance`).
    pub pathname: Memo<String>,
    /// The query with its `?`, or empty.
    pub search: Memo<String>,
    /// Path and query as last set.
    address: RwSignal<(String, String)>,
}

/// The variable segments of the path, or the pairs of the query, by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params(Vec<(String, String)>);

impl Params {
    /// The value of `key`, if the address has one (the first, for a repeated query key).
    pub fn get(&self, key: &str) -> Option<String> {
        self.get_str(key).map(str::to_string)
    }

    /// The value of `key`, borrowed.
    pub fn get_str(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The pairs of a query (`?q=…&x=…`), decoded.
    fn from_query(search: &str) -> Self {
        let query = search.strip_prefix('?').unwrap_or(search);
        Params(
            form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// Parameters with these names and values.
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Params(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }
}

#[derive(Clone, Copy)]
struct Query(Memo<Params>);

#[derive(Clone, Copy)]
struct PathParams(Memo<Params>);

/// Reads an address as one of an app's pages: the page's key (a view of its own) and its
/// parameters; `None` for an address the app does not show itself (a link to it is loaded).
pub type Pages = fn(&str) -> Option<(u32, Params)>;

#[derive(Clone, Copy)]
struct AppPages(Pages);

/// How [`use_navigate`]'s function moves.
#[derive(Clone, Copy, Debug)]
pub struct NavigateOptions {
    /// In place of the current history entry (a search's query as it is typed).
    pub replace: bool,
    /// To the top of the new page (or its fragment).
    pub scroll: bool,
}

impl Default for NavigateOptions {
    fn default() -> Self {
        NavigateOptions {
            replace: false,
            scroll: true,
        }
    }
}

/// Provides the address to the app inside, and, in the browser, follows the links to its own
/// pages and the history in place.
#[component]
pub fn Router(
    /// The app's pages ([`routes`] shows them; a link to any other address is loaded).
    pages: Pages,
    /// The app.
    children: Children,
) -> impl IntoView {
    let start = match use_context::<RequestPath>() {
        Some(RequestPath(url)) => {
            let (path, query, _) = split(&url);
            (path.to_string(), query)
        }
        None => (browser::pathname(), browser::search()),
    };
    let address = RwSignal::new(start);
    let pathname = Memo::new(move |_| address.with(|a| a.0.clone()));
    let search = Memo::new(move |_| address.with(|a| a.1.clone()));
    let location = Location {
        pathname,
        search,
        address,
    };
    provide_context(location);
    provide_context(Query(Memo::new(move |_| {
        search.with(|s| Params::from_query(s))
    })));
    provide_context(AppPages(pages));
    browser::on_history(move || address.set((browser::pathname(), browser::search())));
    browser::on_link_followed(move |url| {
        pages(split(url).0).is_some() && {
            show(location, url, NavigateOptions::default());
            true
        }
    });
    children()
}

/// An address's path, its query with its `?` (or empty) and its fragment without `#`.
fn split(url: &str) -> (&str, String, &str) {
    let (rest, fragment) = url.split_once('#').unwrap_or((url, ""));
    match rest.split_once('?') {
        Some((path, query)) => (path, format!("?{query}"), fragment),
        None => (rest, String::new(), fragment),
    }
}

/// Shows `url` (of this app) in place.
fn show(location: Location, url: &str, options: NavigateOptions) {
    browser::push_address(url, options.replace);
    let (path, query, fragment) = split(url);
    location.address.set((path.to_string(), query));
    if options.scroll {
        let fragment = fragment.to_string();
        request_animation_frame(move || browser::scroll_to(&fragment));
    }
}

/// The address the app shows.
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// The query's pairs.
pub fn use_query_map() -> Memo<Params> {
    expect_context::<Query>().0
}

/// The path's variable segments, by the names the route table gives them
/// ([`routes::Param::name`]), with `community` for an embedded view.
pub fn use_params_map() -> Memo<Params> {
    expect_context::<PathParams>().0
}

/// A function that moves to an address: in place if it is this app's, else by loading it.
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone + 'static {
    let location = use_location();
    let pages = expect_context::<AppPages>().0;
    move |url: &str, options: NavigateOptions| {
        if pages(split(url).0).is_some() {
            show(location, url, options);
        } else if options.replace {
            browser::load_page(url);
        } else {
            browser::go_to(url);
        }
    }
}

/// The view of the page at the address, as the [`Router`]'s pages read it: `view_of` makes the
/// page's view from its key, afresh whenever the key changes (another page, or the same page in
/// the other language); `fallback` where the address is none of the app's pages.
pub fn routes(view_of: fn(u32) -> AnyView, fallback: fn() -> AnyView) -> impl IntoView {
    let location = use_location();
    let pages = expect_context::<AppPages>().0;
    let matched = Memo::new(move |_| location.pathname.with(|p| pages(p)));
    let key = Memo::new(move |_| matched.with(|m| m.as_ref().map(|(k, _)| *k)));
    let params = Memo::new(move |_| {
        matched.with(|m| m.as_ref().map(|(_, p)| p.clone()).unwrap_or_default())
    });
    provide_context(PathParams(params));
    move || match key.get() {
        Some(k) => untrack(|| view_of(k)),
        None => untrack(fallback),
    }
}

/// Reads `path` as one of `app`'s pages of the route table: the key names the route, its
/// language and whether it is embedded, so that each is a view of its own.
pub fn table_match(app: routes::App, path: &str) -> Option<(u32, Params)> {
    let m = routes::find(path).filter(|m| m.route.app == app)?;
    let key = (m.index as u32) * 4 + (m.lang as u32) * 2 + u32::from(m.community.is_some());
    let mut params: Vec<(&str, &str)> = m.params.iter().map(|(p, v)| (p.name(), *v)).collect();
    if let Some(community) = m.community {
        params.push((routes::Param::Community.name(), community));
    }
    Some((key, Params::new(params)))
}

/// The page of the route table a key of [`table_match`] names.
pub fn table_page(key: u32) -> routes::Page {
    routes::ROUTES[(key / 4) as usize].page
}

/// A link of the navigation: `aria-current="page"` while the address is the link's page or
/// below it (the home page's, or an `exact` link's, only when it is the address).
#[component]
pub fn NavLink(
    /// Where it goes.
    href: String,
    /// Its class.
    #[prop(into)]
    class: String,
    /// Current only at the link's own page, not below it.
    #[prop(optional)]
    exact: bool,
    /// Its text.
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let target = href.clone();
    let current = move || {
        let path = location.pathname.get();
        let exact = exact || catalogue::Lang::split_path(&target).1 == "/";
        let here = path == target
            || (!exact && path.starts_with(&target) && path[target.len()..].starts_with('/'));
        here.then_some("page")
    };
    view! { <a href=href class=class aria-current=current>{children()}</a> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_read_decoded_with_its_first_value_for_a_key() {
        let q = Params::from_query(
            "?q=%D0%B4%D0%BE%D0%BF%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0+%D0%92%D0%9F%D0%9E&q=x&kind=payment",
        );
        assert_eq!(q.get("q").as_deref(), Some("допомога ВПО"));
        assert_eq!(q.get_str("kind"), Some("payment"));
        assert_eq!(q.get("missing"), None);
        assert_eq!(Params::from_query(""), Params::default());
    }

    #[test]
    fn each_page_language_and_embedding_is_a_view_of_its_own_and_parameters_are_named() {
        let (uk, params) = table_match(routes::App::Portal, "/service/birth-assistance").unwrap();
        assert_eq!(params.get_str("id"), Some("birth-assistance"));
        let (other, _) = table_match(routes::App::Portal, "/service/idp-allowance").unwrap();
        assert_eq!(
            uk, other,
            "another programme is the same view with other parameters"
        );
        let (en, _) = table_match(routes::App::Portal, "/en/service/birth-assistance").unwrap();
        let (embedded, params) =
            table_match(routes::App::Portal, "/embed/UA46060250000025047/service/x").unwrap();
        assert_eq!(params.get_str("community"), Some("UA46060250000025047"));
        let keys = [uk, en, embedded];
        assert!(keys.iter().all(|k| table_page(*k) == routes::Page::Service));
        assert!(keys[0] != keys[1] && keys[1] != keys[2] && keys[0] != keys[2]);
    }

    #[test]
    fn an_app_matches_only_its_own_pages() {
        assert!(table_match(routes::App::Portal, "/check/question").is_none());
        assert!(table_match(routes::App::Check, "/en/check/question").is_some());
        assert!(table_match(routes::App::Apply, "/status").is_some());
        assert!(table_match(routes::App::Portal, "/status").is_none());
        assert!(table_match(routes::App::Portal, "/no-such-page").is_none());
    }
}
