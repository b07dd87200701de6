//! The back office's screens.

mod application;
pub mod community;
mod inbox;
pub mod invite;
mod not_found;
pub mod programmes;
pub mod sign_in;
mod staff;
pub mod tokens;

pub use application::ApplicationPage;
pub use community::CommunityPage;
pub use inbox::Inbox;
pub use invite::InvitePage;
pub use not_found::OfficeNotFound;
pub use programmes::{ProgrammePage, ProgrammesPage};
pub use sign_in::SignIn;
pub use staff::StaffPage;
pub use tokens::TokensPage;
