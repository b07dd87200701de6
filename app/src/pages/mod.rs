//! The portal's pages, one per route.

mod about;
mod apply;
mod catalogue_page;
mod check;
mod community;
#[cfg(feature = "ssr")]
mod decided;
mod home;
mod not_found;
mod search;
mod service;

pub use about::About;
pub use apply::{ApplyStep, MyApplications, SentPage, StatusPage};
pub use catalogue_page::CataloguePage;
pub use check::{CheckIntro, CheckStep, SettlementForm};
pub use community::CommunityPage;
#[cfg(feature = "ssr")]
pub use decided::HowDecidedPage;
pub use home::Home;
pub use not_found::NotFound;
pub use search::SearchPage;
pub use service::ServicePage;

use catalogue::model::Situation;

/// The message id of a life situation's name.
pub fn situation_message(s: Situation) -> &'static str {
    match s {
        Situation::Birth => "situation-birth",
        Situation::Displacement => "situation-displacement",
        Situation::Disability => "situation-disability",
        Situation::Care => "situation-care",
        Situation::LowIncome => "situation-low-income",
        Situation::BreadwinnerLoss => "situation-breadwinner-loss",
        Situation::ReturnFromAbroad => "situation-return-from-abroad",
        Situation::ChildInDifficulty => "situation-child-in-difficulty",
    }
}

/// A source's address, shortened for reading: the host and the start of the path.
fn display_url(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.trim_start_matches("www.");
    if path.chars().count() > 40 {
        let short: String = path.chars().take(37).collect();
        format!("{host}/{short}…")
    } else if path.is_empty() {
        host.to_string()
    } else {
        format!("{host}/{path}")
    }
}

/// A legal act's number, with its date where the sources give it: «№ 332 від 20.03.2022».
fn legal_number(lang: catalogue::Lang, act: &catalogue::model::LegalAct) -> String {
    match act.date {
        Some(date) => i18n::t_args(
            lang,
            "legal-number-date",
            &[
                ("number", i18n::Arg::Str(&act.number)),
                ("date", i18n::Arg::Str(&date.dotted())),
            ],
        ),
        None => i18n::t_args(
            lang,
            "legal-number",
            &[("number", i18n::Arg::Str(&act.number))],
        ),
    }
}
