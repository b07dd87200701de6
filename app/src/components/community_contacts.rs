use crate::locale::{t, use_lang};
use catalogue::Lang;
use forms::profile::{Bilingual, Office, OfficeKind, Profile};
use leptos::prelude::*;
use serde::Deserialize;

/// What a community published about itself (`/api/v1/communities/{code}/profile.json`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Published {
    pub version: i64,
    pub profile: Profile,
}

/// What came of asking for a community's profile.
#[derive(Debug, Clone, PartialEq)]
pub enum Contacts {
    Loading,
    /// The community has published nothing (404).
    Nothing,
    /// No answer, or one that could not be read.
    Failed,
    Ready(Box<Published>),
}

/// The answer to `GET …/profile.json` as what the page shows.
pub fn read_contacts(answer: Result<(u16, Vec<u8>), String>) -> Contacts {
    match answer {
        Ok((200, body)) => serde_json::from_slice::<Published>(&body)
            .map_or(Contacts::Failed, |p| Contacts::Ready(Box::new(p))),
        Ok((404, _)) => Contacts::Nothing,
        _ => Contacts::Failed,
    }
}

/// `text` for a URL's query, percent-encoded (UTF-8; letters, digits and `-._~` kept).
pub fn query_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A link that searches OpenStreetMap for an address: nothing is asked of that site until the
/// person follows it.
pub fn map_link(address: &str) -> String {
    format!(
        "https://www.openstreetmap.org/search?query={}",
        query_encode(address)
    )
}

/// Where to go and whom to call in a community, as the community published it: each office with
/// its address (and a map link), hours, a `tel:` link and e-mail; the website; whether it takes
/// applications online. Says plainly when the community has published nothing yet.
#[component]
pub fn CommunityContacts(
    /// The community's codifier code.
    code: String,
    /// Whether to open with the "where to go" heading (a page of its own) or to list the offices
    /// only, under the caller's heading.
    #[prop(default = true)]
    heading: bool,
) -> impl IntoView {
    let contacts = RwSignal::new(Contacts::Loading);
    let url = format!("/api/v1/communities/{code}/profile.json");
    leptos::task::spawn_local(async move {
        contacts.set(read_contacts(crate::browser::get(&url).await));
    });
    view! {
        <section class="app-contacts" aria-labelledby=heading.then_some("contacts-heading")>
            {heading.then(|| view! {
                <h2 class="app-heading-l" id="contacts-heading">{t("community-contacts")}</h2>
            })}
            {move || match contacts.get() {
                Contacts::Loading => view! { <p class="app-hint" role="status">{t("community-contacts-loading")}</p> }.into_any(),
                Contacts::Nothing => view! { <p>{t("community-contacts-none")}</p> }.into_any(),
                Contacts::Failed => view! { <p class="app-hint">{t("community-contacts-failed")}</p> }.into_any(),
                Contacts::Ready(p) => view! { <Profiled profile=p.profile/> }.into_any(),
            }}
        </section>
    }
}

/// A published profile.
#[component]
fn Profiled(
    /// The profile.
    profile: Profile,
) -> impl IntoView {
    let offices = profile
        .offices
        .into_iter()
        .map(|o| view! { <OfficeContacts office=o/> })
        .collect_view();
    let website = (!profile.website.is_empty()).then(|| {
        let shown = profile
            .website
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        view! {
            <p>
                {t("community-contacts-website")} " "
                <a href=profile.website rel="noopener" target="_blank">
                    {shown}<span class="app-visually-hidden">{t("community-contacts-new-tab")}</span>
                </a>
            </p>
        }
    });
    let online = profile
        .online
        .then(|| view! { <p class="app-inset">{t("community-contacts-online")}</p> });
    view! {
        {offices}
        {website}
        {online}
    }
}

/// A text in the page's language, and whether Ukrainian stands in for a missing English text.
fn shown(text: &Bilingual, lang: Lang) -> (String, bool) {
    let (s, fallback) = text.get(lang == Lang::En);
    (s.to_string(), fallback)
}

/// One office: its name as a heading, address with a map link, hours, phone and e-mail.
#[component]
fn OfficeContacts(
    /// The office.
    office: Office,
) -> impl IntoView {
    let lang = use_lang();
    let (name, f1) = shown(&office.name, lang);
    let (address, f2) = shown(&office.address, lang);
    let (hours, f3) = shown(&office.hours, lang);
    let untranslated = f1 || f2 || f3;
    let kind = match office.kind {
        OfficeKind::Social => t("community-contacts-social"),
        OfficeKind::Cnap => t("community-contacts-cnap"),
    };
    let map = map_link(&office.address.uk);
    let phone = office.phone().map(|p| {
        let href = format!("tel:{}", p.as_str());
        view! {
            <p>{t("community-contacts-phone")} " " <a href=href>{p.display()}</a></p>
        }
    });
    let email = (!office.email.is_empty()).then(|| {
        let href = format!("mailto:{}", office.email);
        view! { <p>{t("community-contacts-email")} " " <a href=href>{office.email.clone()}</a></p> }
    });
    view! {
        <div class="app-contacts__office">
            <h3 class="app-heading-m">{name}</h3>
            <p class="app-hint">{kind}</p>
            <p>
                {address} " "
                <a href=map rel="noopener noreferrer" target="_blank">
                    {t("community-contacts-map")}<span class="app-visually-hidden">{t("community-contacts-new-tab")}</span>
                </a>
            </p>
            {(!hours.is_empty()).then(|| view! { <p>{t("community-contacts-hours")} " " {hours}</p> })}
            {phone}
            {email}
            {untranslated.then(|| view! { <p class="app-hint">{t("community-contacts-untranslated")}</p> })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_link_carries_the_address_encoded_and_asks_nothing_on_load() {
        assert_eq!(
            map_link("вул. Б, 1"),
            "https://www.openstreetmap.org/search?query=%D0%B2%D1%83%D0%BB.%20%D0%91%2C%201"
        );
    }

    #[test]
    fn a_missing_profile_says_so_and_a_failure_is_not_taken_for_one() {
        assert_eq!(read_contacts(Ok((404, Vec::new()))), Contacts::Nothing);
        assert_eq!(read_contacts(Err("offline".into())), Contacts::Failed);
        assert_eq!(read_contacts(Ok((200, b"{}".to_vec()))), Contacts::Failed);
        let body = br#"{"community":"UA1","version":3,"published_at":"2026-12-06T05:00:00Z",
            "profile":{"website":"","online":false,"offices":[]}}"#;
        assert!(
            matches!(read_contacts(Ok((200, body.to_vec()))), Contacts::Ready(p) if p.version == 3)
        );
    }
}
