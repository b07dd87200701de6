//! The pure core of the portal: the catalogue of social payments and services, the territorial
//! communities (hromadas) with their hostilities/occupation status, and search over both.
//!
//! Architecture invariant: this crate never does I/O. It does not touch the DOM, storage, the
//! network, files or SQL, and it compiles both natively and to `wasm32-unknown-unknown`. Data
//! comes in as strings (see [`Catalogue::from_json`], [`Communities::from_json`]); the shells (the
//! app, the server, the importer) decide where those strings come from.

pub mod communities;
pub mod date;
pub mod glossary;
pub mod hostilities;
pub mod lang;
pub mod model;
pub mod normalize;
pub mod search;
pub mod translit;
pub mod validate;

pub use communities::{Communities, Community};
pub use date::Date;
pub use lang::Lang;
pub use model::{Catalogue, Programme, Text};
