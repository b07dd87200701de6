//! The portal's pages, one per route.

mod about;
mod apply;
mod catalogue_page;
mod check;
mod community;
mod home;
mod not_found;
mod search;
mod service;

pub use about::About;
pub use apply::{ApplyStep, MyApplications, SentPage, StatusPage};
pub use catalogue_page::CataloguePage;
pub use check::{CheckIntro, CheckStep};
pub use community::CommunityPage;
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
