//! Where to go and whom to call in the chosen community, as it published them (issue 15): its
//! offices, its starosta districts with their settlements, its website. From the community's
//! published file ([`crate::community_data`]), never from a draft.

use crate::community_data::{Published, use_community_data};
use crate::locale::{t, use_lang};
use catalogue::Lang;
use forms::profile::{Bilingual, District, Office, OfficeKind, Profile};
use leptos::prelude::*;

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
/// its address (and a map link), hours, a `tel:` link and e-mail; its starosta districts; the
/// website; whether it takes applications online. Says plainly when the community has published
/// nothing yet.
#[component]
pub fn CommunityContacts(
    /// The community's codifier code (the chosen one, whose file the app fetches).
    code: String,
    /// Whether to open with the "where to go" heading (a page of its own) or to list the offices
    /// only, under the caller's heading.
    #[prop(default = true)]
    heading: bool,
) -> impl IntoView {
    let data = use_community_data();
    view! {
        <section class="app-contacts" aria-labelledby=heading.then_some("contacts-heading")>
            {heading.then(|| view! {
                <h2 class="app-heading-l" id="contacts-heading">{t("community-contacts")}</h2>
            })}
            {move || match data.state.get() {
                Published::Idle | Published::Loading => view! { <p class="app-hint" role="status">{t("community-contacts-loading")}</p> }.into_any(),
                Published::Failed => view! { <p class="app-hint">{t("community-contacts-failed")}</p> }.into_any(),
                Published::Ready(l) if l.file.community == code => match &l.file.profile {
                    Some(p) => view! { <Profiled profile=p.clone()/> }.into_any(),
                    None => view! { <p>{t("community-contacts-none")}</p> }.into_any(),
                },
                _ => view! { <p>{t("community-contacts-none")}</p> }.into_any(),
            }}
        </section>
    }
}

/// The chosen community's own programmes, as it published them (issue 15), each linking to its
/// page; says so when it has published none.
#[component]
pub fn CommunityProgrammes() -> impl IntoView {
    let data = use_community_data();
    move || {
        let programmes: Vec<&'static catalogue::Programme> = match data.state.get() {
            Published::Ready(l) => l.catalogue.programmes.iter().collect(),
            Published::Nothing => Vec::new(),
            _ => return None,
        };
        let list = if programmes.is_empty() {
            view! { <p>{t("community-programmes-none")}</p> }.into_any()
        } else {
            let cards = programmes
                .into_iter()
                .map(|p| view! { <crate::components::ProgrammeCard programme=p/> })
                .collect_view();
            view! { <ul class="app-cards">{cards}</ul> }.into_any()
        };
        Some(view! {
            <section class="app-section" aria-labelledby="community-programmes-heading">
                <h2 class="app-heading-l" id="community-programmes-heading">{t("community-programmes")}</h2>
                <p>{t("community-programmes-lead")}</p>
                {list}
            </section>
        })
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
    let districts = (!profile.districts.is_empty()).then(|| {
        let items = profile
            .districts
            .into_iter()
            .map(|d| view! { <DistrictContacts district=d/> })
            .collect_view();
        view! {
            <h3 class="app-heading-m">{t("community-contacts-districts")}</h3>
            {items}
        }
    });
    view! {
        {offices}
        {districts}
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
    view! {
        <div class="app-contacts__office">
            <h3 class="app-heading-m">{name}</h3>
            <p class="app-hint">{kind}</p>
            <Reach address=address map=map hours=hours phone=office.phone().map(|p| (p.as_str().to_string(), p.display())) email=office.email.clone()/>
            {untranslated.then(|| view! { <p class="app-hint">{t("community-contacts-untranslated")}</p> })}
        </div>
    }
}

/// One starosta district: its name, its settlements, and where its starosta receives people.
#[component]
fn DistrictContacts(
    /// The district.
    district: District,
) -> impl IntoView {
    let lang = use_lang();
    let (name, f1) = shown(&district.name, lang);
    let (address, f2) = shown(&district.address, lang);
    let (hours, f3) = shown(&district.hours, lang);
    // Settlements are named in Ukrainian, as the codifier names them.
    let untranslated = f1 || f2 || f3 || lang == Lang::En;
    let map = map_link(&district.address.uk);
    view! {
        <div class="app-contacts__office app-contacts__district">
            <h4 class="app-heading-s">{name}</h4>
            <p>{t("community-contacts-settlements")} " " {district.settlements.join(", ")}</p>
            <Reach address=address map=map hours=hours phone=district.phone().map(|p| (p.as_str().to_string(), p.display())) email=district.email.clone()/>
            {untranslated.then(|| view! { <p class="app-hint">{t("community-contacts-untranslated")}</p> })}
        </div>
    }
}

/// How to reach a place: its address with a map link, its hours, a `tel:` link and e-mail.
#[component]
fn Reach(
    /// The address, in the page's language.
    address: String,
    /// A link that searches a map for it (asks nothing of the map's site until followed).
    map: String,
    /// Opening hours, or empty.
    hours: String,
    /// The phone number, if any: the `tel:` link's number (E.164) and as it reads.
    phone: Option<(String, String)>,
    /// The e-mail address, or empty.
    email: String,
) -> impl IntoView {
    let phone = phone.map(|(number, shown)| {
        let href = format!("tel:{number}");
        view! {
            <p class="app-contacts__line">
                <span class="app-contacts__label">{t("community-contacts-phone")}</span> " "
                <a class="app-contacts__call" href=href>{shown}</a>
            </p>
        }
    });
    let email = (!email.is_empty()).then(|| {
        let href = format!("mailto:{email}");
        view! {
            <p class="app-contacts__line">
                <span class="app-contacts__label">{t("community-contacts-email")}</span> " "
                <a href=href>{email}</a>
            </p>
        }
    });
    view! {
        <p class="app-contacts__address">
            {address} " "
            <a class="app-contacts__map" href=map rel="noopener noreferrer" target="_blank">
                {t("community-contacts-map")}<span class="app-visually-hidden">{t("community-contacts-new-tab")}</span>
            </a>
        </p>
        {(!hours.is_empty()).then(|| view! {
            <p class="app-contacts__line">
                <span class="app-contacts__label">{t("community-contacts-hours")}</span> " " {hours}
            </p>
        })}
        {phone}
        {email}
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
}
