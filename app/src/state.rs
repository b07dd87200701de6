//! What the person chose, kept on the device: the community where they live now (and apply), and
//! the community they had to leave, if any.

use crate::browser::{self, keys};
use leptos::prelude::*;

/// The person's communities, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    /// Where the person lives now and applies: a КАТОТТГ code.
    pub community: RwSignal<Option<String>>,
    /// Where the person comes from, when they had to leave an occupied or front-line community.
    pub origin: RwSignal<Option<String>>,
    /// The country the person lives in, when abroad (ISO 3166-1 alpha-2). `community` is then
    /// their community in Ukraine: where they are registered, left from or plan to return.
    pub abroad: RwSignal<Option<String>>,
}

impl Choice {
    /// Reads the choice remembered on the device.
    pub fn load() -> Choice {
        Choice {
            community: RwSignal::new(browser::load(keys::COMMUNITY)),
            origin: RwSignal::new(browser::load(keys::ORIGIN)),
            abroad: RwSignal::new(browser::load(keys::ABROAD)),
        }
    }

    /// Sets where the person lives now and remembers it.
    pub fn set_community(&self, code: Option<String>) {
        browser::save(keys::COMMUNITY, code.as_deref());
        self.community.set(code);
    }

    /// Sets the country the person lives in abroad (`None`: in Ukraine) and remembers it.
    pub fn set_abroad(&self, country: Option<String>) {
        browser::save(keys::ABROAD, country.as_deref());
        self.abroad.set(country);
    }

    /// Sets where the person comes from and remembers it.
    pub fn set_origin(&self, code: Option<String>) {
        browser::save(keys::ORIGIN, code.as_deref());
        self.origin.set(code);
    }
}

/// The person's choice of communities.
pub fn use_choice() -> Choice {
    expect_context::<Choice>()
}

/// Whether the device holds an application (sent or waiting) or a reply: the header then links to
/// "Мої заяви". A flag of its own, so that an app reads it without the outbox.
#[derive(Clone, Copy, Debug)]
pub struct Held(pub RwSignal<bool>);

impl Held {
    /// Reads the flag kept on the device.
    pub fn load() -> Held {
        Held(RwSignal::new(browser::load(keys::HELD).is_some()))
    }

    /// Sets the flag and keeps it.
    pub fn set(&self, held: bool) {
        if self.0.get_untracked() != held || browser::load(keys::HELD).is_some() != held {
            browser::save(keys::HELD, held.then_some("1"));
            self.0.set(held);
        }
    }
}
