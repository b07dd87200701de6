//! Reusable pieces of the portal's pages, one component per file.

mod community_card;
mod community_contacts;
mod country_picker;
mod footer;
mod header;
mod hostilities_notice;
mod import_application;
mod language_switch;
mod live_search;
mod page_title;
mod programme_card;
mod return_to_application;
mod save_problem;
mod search_form;

pub use community_card::{CommunityCard, community_place, community_title};
pub use community_contacts::{CommunityContacts, CommunityProgrammes};
pub use country_picker::CountryPicker;
pub use footer::Footer;
pub use header::Header;
pub use hostilities_notice::HostilitiesNotice;
pub use import_application::ImportApplication;
pub use language_switch::LanguageSwitch;
pub use live_search::LiveSearch;
pub use page_title::{PageTitle, PrerenderedTitle};
pub use programme_card::{ProgrammeCard, kind_message};
pub use return_to_application::ReturnToApplication;
pub use save_problem::SaveProblem;
pub use search_form::SearchForm;
