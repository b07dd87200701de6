//! Validators of Ukrainian identifiers and contacts, for application forms.
//!
//! Each validator turns what a person typed into a checked, normalised value, or into an error
//! that says in Ukrainian and in English how to fix the input:
//!
//! | what | parse with | value |
//! | --- | --- | --- |
//! | РНОКПП (tax number, 10 digits) | [`Rnokpp::parse`] | [`Rnokpp`], or [`TaxIdOrRefusal`] for people who refused one |
//! | УНЗР (record number in the demographic register) | [`Unzr::parse`] | [`Unzr`] |
//! | passport: ID card or booklet | [`Passport::parse`] | [`Passport`] |
//! | IBAN of a Ukrainian account | [`Iban::parse`] | [`Iban`] |
//! | phone number | [`Phone::parse`], [`Phone::parse_ukrainian`], [`Phone::parse_ukrainian_mobile`] | [`Phone`] (E.164) |
//! | e-mail | [`Email::parse`] | [`Email`] |
//! | website (`https://…`) | [`WebAddress::parse`] | [`WebAddress`] |
//! | date | [`parse_date`], [`not_in_future`], [`not_before`], [`age_on`] | [`Date`] |
//! | postal address | [`UkrainianAddress::parse`], [`ForeignAddress::parse`] | [`UkrainianAddress`], [`ForeignAddress`] |
//!
//! The formats, check algorithms and test vectors come from `shared/data/identifiers/README.md`;
//! each module names what it took from there and what it decided on its own.
//!
//! Every error type has a stable kebab-case [`code`](LocalizedError::code), which is also the
//! `"code"` field of its JSON form (`{"code": "rnokpp-wrong-length", "found": 9}`), and a
//! [`message`](LocalizedError::message) in [`Lang::Uk`] or [`Lang::En`]. [`Error`] gathers them
//! all, for a server that returns the errors of a whole form. The values serialise as their
//! normalised text and deserialise only through their validator, so a value that came in as JSON
//! has been checked too.
//!
//! ```
//! use identifiers::{Lang, Phone, Rnokpp, RnokppError};
//!
//! let phone = Phone::parse("+38 (050) 123-45-67").unwrap();
//! assert_eq!(phone.as_str(), "+380501234567");
//!
//! let error = Rnokpp::parse("175901377").unwrap_err();
//! assert_eq!(error, RnokppError::WrongLength { found: 9 });
//! assert!(error.message(Lang::Uk).starts_with("РНОКПП має 10 цифр, а ви ввели 9."));
//! assert_eq!(
//!     serde_json::to_string(&error).unwrap(),
//!     r#"{"code":"rnokpp-wrong-length","found":9}"#
//! );
//! ```
//!
//! Input is trimmed of surrounding whitespace everywhere. Beyond that a validator accepts only
//! what the README (or, for IBANs and phone numbers, the form's brief) allows, and otherwise says
//! what to change, with the corrected text where it can be worked out (`suggestion`).
//!
//! **Architecture invariant:** pure, no I/O. The crate does not know about the DOM, storage, the
//! network, files or SQL, and it compiles both natively and to `wasm32-unknown-unknown`, so the
//! browser and the server run the same checks. It never reads the clock: whoever needs "today"
//! passes it in.

mod address;
mod country;
mod date;
mod email;
mod iban;
mod passport;
pub mod pattern;
mod phone;
mod rnokpp;
mod text;
mod unzr;
mod web;

pub use address::{
    AddressError, AddressField, CountryCode, ForeignAddress, ForeignAddressInput,
    MAX_FOREIGN_LINES, UkrainianAddress, UkrainianAddressInput,
};
pub use catalogue::{Date, Lang};
pub use country::{Countries, Country, PhonePlan, PlanFit, PostalFormat};
pub use date::{DateError, age_on, is_leap_year, not_before, not_in_future, parse_date};
pub use email::{Email, EmailError};
pub use iban::{Iban, IbanError};
pub use passport::{BookletPassport, IdCardNumber, Passport, PassportError, TravelPassport};
pub use phone::{Phone, PhoneError, UKRAINIAN_MOBILE_CODES};
pub use rnokpp::{Rnokpp, RnokppError, RnokppMismatch, Sex, TaxIdOrRefusal, rnokpp_check_digit};
pub use unzr::{Unzr, UnzrError, UnzrMismatch, unzr_check_digit};
pub use web::{WebAddress, WebAddressError};

use serde::{Deserialize, Serialize};
use std::fmt;

/// An error that a person can fix: a stable code for machines and a message for people.
pub trait LocalizedError: std::error::Error {
    /// The stable kebab-case code, e.g. `rnokpp-wrong-length`; the same as the `"code"` field of
    /// the error's JSON form. Codes are unique across this crate and never change meaning.
    fn code(&self) -> &'static str;

    /// One or two sentences that say what is wrong and how to fix it.
    fn message(&self, lang: Lang) -> String;
}

/// Implements `Display` (the English message), `std::error::Error` and [`LocalizedError`] for an
/// error enum that has inherent `code` and `message` methods.
macro_rules! localized_error {
    ($ty:ty) => {
        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.message(::catalogue::Lang::En))
            }
        }

        impl ::std::error::Error for $ty {}

        impl $crate::LocalizedError for $ty {
            fn code(&self) -> &'static str {
                <$ty>::code(self)
            }

            fn message(&self, lang: ::catalogue::Lang) -> String {
                <$ty>::message(self, lang)
            }
        }
    };
}
pub(crate) use localized_error;

/// Implements `Serialize` as the normalised text and `Deserialize` through the validator, for a
/// value type with `as_str` and `TryFrom<String>`.
macro_rules! text_serde {
    ($ty:ty) => {
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$ty>::try_from(s).map_err(::serde::de::Error::custom)
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_serde;

/// Any error of this crate, for a server that collects the errors of a whole form.
///
/// It serialises as the inner error (`{"code": …, …}`) and deserialises by its code, since codes
/// are unique across the crate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Error {
    Rnokpp(RnokppError),
    RnokppMismatch(RnokppMismatch),
    Unzr(UnzrError),
    UnzrMismatch(UnzrMismatch),
    Passport(PassportError),
    Iban(IbanError),
    Phone(PhoneError),
    Email(EmailError),
    Date(DateError),
    Address(AddressError),
}

impl Error {
    fn inner(&self) -> &dyn LocalizedError {
        match self {
            Error::Rnokpp(e) => e,
            Error::RnokppMismatch(e) => e,
            Error::Unzr(e) => e,
            Error::UnzrMismatch(e) => e,
            Error::Passport(e) => e,
            Error::Iban(e) => e,
            Error::Phone(e) => e,
            Error::Email(e) => e,
            Error::Date(e) => e,
            Error::Address(e) => e,
        }
    }

    /// The inner error's stable code.
    pub fn code(&self) -> &'static str {
        self.inner().code()
    }

    /// The inner error's message.
    pub fn message(&self, lang: Lang) -> String {
        self.inner().message(lang)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {}

impl LocalizedError for Error {
    fn code(&self) -> &'static str {
        Error::code(self)
    }

    fn message(&self, lang: Lang) -> String {
        Error::message(self, lang)
    }
}

macro_rules! from_error {
    ($($variant:ident($ty:ty)),* $(,)?) => {
        $(impl From<$ty> for Error {
            fn from(e: $ty) -> Error {
                Error::$variant(e)
            }
        })*
    };
}

from_error!(
    Rnokpp(RnokppError),
    RnokppMismatch(RnokppMismatch),
    Unzr(UnzrError),
    UnzrMismatch(UnzrMismatch),
    Passport(PassportError),
    Iban(IbanError),
    Phone(PhoneError),
    Email(EmailError),
    Date(DateError),
    Address(AddressError),
);
