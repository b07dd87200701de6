use crate::browser;
use crate::locale::{t, use_lang};
use catalogue::communities::{Community, CommunityType, ListSection};
use catalogue::hostilities::{Standing, standing_on};
use catalogue::{Communities, Lang};
use leptos::prelude::*;

/// "Грушівська сільська громада" / "Hrushivska rural community"; "місто Київ" / "Kyiv city".
pub fn community_title(c: &Community, lang: Lang) -> String {
    let name = match lang {
        Lang::Uk => &c.name,
        Lang::En => &c.name_en,
    };
    let id = match c.kind {
        CommunityType::Urban => "community-type-urban",
        CommunityType::Settlement => "community-type-settlement",
        CommunityType::Rural => "community-type-rural",
        CommunityType::SpecialStatusCity => "community-type-city",
    };
    i18n::t_args(lang, id, &[("name", i18n::Arg::Str(name))])
}

/// "м. Кривий Ріг, Криворізький район, Дніпропетровська область": its centre, raion and oblast,
/// to tell apart same-named communities (and to find one by the town a person knows).
pub fn community_place(all: &Communities, c: &Community, lang: Lang) -> String {
    let centre_name = match lang {
        Lang::Uk => &c.centre,
        Lang::En => &c.centre_en,
    };
    let centre_id = match c.kind {
        CommunityType::Urban => Some("centre-urban"),
        CommunityType::Settlement => Some("centre-settlement"),
        CommunityType::Rural => Some("centre-rural"),
        CommunityType::SpecialStatusCity => None,
    };
    let around = around(all, c, lang);
    match centre_id {
        Some(id) => {
            let centre = i18n::t_args(lang, id, &[("name", i18n::Arg::Str(centre_name))]);
            format!("{centre}, {around}")
        }
        None => around,
    }
}

/// The raion and oblast of a community.
fn around(all: &Communities, c: &Community, lang: Lang) -> String {
    let oblast = all.oblast_of(c);
    let oblast_name = match lang {
        Lang::Uk => &oblast.name,
        Lang::En => &oblast.name_en,
    };
    let oblast_text = if oblast.code.starts_with("UA01") {
        // The Autonomous Republic of Crimea is not an oblast.
        i18n::t(lang, "crimea")
    } else {
        i18n::t_args(lang, "oblast", &[("name", i18n::Arg::Str(oblast_name))])
    };
    match all.raion_of(c) {
        Some(r) => {
            let raion_name = match lang {
                Lang::Uk => &r.name,
                Lang::En => &r.name_en,
            };
            let raion = i18n::t_args(lang, "raion", &[("name", i18n::Arg::Str(raion_name))]);
            format!("{raion}, {oblast_text}")
        }
        None => oblast_text,
    }
}

/// "Тимчасово окупована територія (частина громади)": a community's standing, as a mark.
pub fn standing_text(standing: Standing) -> String {
    let id = match standing.section {
        ListSection::PossibleHostilities => "section-possible",
        ListSection::ActiveHostilities => "section-active",
        ListSection::ActiveHostilitiesWithStateEResources => "section-active-e",
        ListSection::TemporarilyOccupied => "section-occupied",
    };
    let mut text = t(id);
    if !standing.whole {
        text.push_str(&format!(" ({})", t("section-part")));
    }
    text
}

/// A community in a list of results: its name as a link to its page, where it is, and a mark
/// when it is on the list of hostilities and occupation today.
#[component]
pub fn CommunityCard(
    /// All communities, for the names of raions and oblasts.
    all: &'static Communities,
    /// The community to show.
    community: &'static Community,
) -> impl IntoView {
    let lang = use_lang();
    let c = community;
    let link = lang.localize(&crate::url::with_query("/community", &[("code", &c.code)]));
    let standing = standing_on(c, browser::today()).map(|s| {
        view! {
            <p class="app-card__meta">
                <span class="app-tag app-tag--warning">{standing_text(s)}</span>
            </p>
        }
    });
    view! {
        <li class="app-card app-card--community">
            <h2 class="app-card__title">
                <a href=link>{community_title(c, lang)}</a>
            </h2>
            <p class="app-card__meta">{community_place(all, c, lang)}</p>
            {standing}
        </li>
    }
}
