use crate::browser::{self, keys};
use crate::locale::t;
use crate::router::use_query_map;
use crate::state::use_choice;
use leptos::prelude::*;

/// The way back to the application a person came from to choose their community (issue 16): an
/// application's start opens the picker with `?return=/apply/{programme}`; the address is kept on
/// the device while they search (a search or a community's link leaves the query), and once a
/// community is chosen the picker offers "Повернутися до заяви".
#[component]
pub fn ReturnToApplication(
    /// Shown beside the community just chosen (`?code=` the chosen one); else at the top of the
    /// picker, where it keeps the address from the query and stands back for the one beside.
    #[prop(optional)]
    beside_chosen: bool,
) -> impl IntoView {
    let query = use_query_map();
    let choice = use_choice();
    let target = Memo::new(move |_| {
        query
            .read()
            .get("return")
            .filter(|r| is_application(r))
            .or_else(|| browser::load(keys::RETURN).filter(|r| is_application(r)))
    });
    Effect::new(move |_| {
        if let Some(r) = query.read().get("return").filter(|r| is_application(r)) {
            browser::save(keys::RETURN, Some(&r));
        }
    });
    move || {
        let chosen = choice.community.get()?;
        if !beside_chosen && query.read().get("code").as_deref() == Some(chosen.as_str()) {
            return None;
        }
        let to = target.get()?;
        Some(view! {
            <p class="app-actions">
                <a class="app-button" href=to on:click=|_| { browser::save(keys::RETURN, None); }>
                    {t("community-back-to-application")}
                </a>
            </p>
        })
    }
}

/// Is `path` an application's start or page on this site (`/apply/…`, `/en/apply/…`), and nothing
/// else: the picker never sends a person elsewhere.
pub fn is_application(path: &str) -> bool {
    let rest = path.strip_prefix("/en").unwrap_or(path);
    rest.strip_prefix("/apply/").is_some_and(|p| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'/')
    })
}

#[cfg(test)]
mod tests {
    use super::is_application;

    #[test]
    fn only_an_applications_address_on_this_site_is_a_way_back() {
        assert!(is_application("/apply/birth-assistance"));
        assert!(is_application("/en/apply/social-accompaniment"));
        for bad in [
            "https://evil.example/apply/x",
            "//evil.example/apply/x",
            "/apply/",
            "/community",
            "/apply/x?y=1",
            "/apply/x\"><script>",
            "javascript:alert(1)",
        ] {
            assert!(!is_application(bad), "{bad}");
        }
    }
}
