//! What the portal keeps on the device in `localStorage` (the applications are in [`super::store`]),
//! and the ids it gives what it keeps.

use super::store;

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

/// Keys of what the portal keeps in `localStorage`. Everything the portal stores on the device is
/// listed here, so that "forget everything" can erase it all.
pub mod keys {
    /// The language the person chose.
    pub const LANG: &str = "portal.lang";
    /// The КАТОТТГ code of the community where the person lives now and applies.
    pub const COMMUNITY: &str = "portal.community";
    /// The header's line naming that community, in Ukrainian and in English (a JSON array):
    /// `public/first-paint.js` shows it before the app has started.
    pub const COMMUNITY_LINE: &str = "portal.community-line";
    /// The КАТОТТГ code of the community the person had to leave, if any.
    pub const ORIGIN: &str = "portal.origin";
    /// The country a person lives in when abroad (ISO 3166-1 alpha-2).
    pub const ABROAD: &str = "portal.abroad";
    /// Set once the portal told the person it works offline on this device.
    pub const OFFLINE_READY: &str = "portal.offline-ready";
    /// The eligibility check's answers, only when the person chose "remember on this device".
    pub const ANSWERS: &str = "portal.answers";
    /// Application drafts, in the earlier format (issue 14: applications are now kept in
    /// [`crate::browser::store`]; these four keys are read once, moved there, and removed).
    pub const DRAFTS: &str = "portal.drafts";
    /// Applications submitted, in the earlier format.
    pub const OUTBOX: &str = "portal.outbox";
    /// Replies to the community, in the earlier format.
    pub const REPLIES: &str = "portal.replies";
    /// Answers to the community being written, in the earlier format.
    pub const REPLY_DRAFTS: &str = "portal.reply-drafts";
    /// Set while the device holds an application or a reply: every app's header then links to
    /// "Мої заяви" without reading the outbox.
    pub const HELD: &str = "portal.held";
    /// The application whose start sent the person to choose their community: the picker offers
    /// the way back to it once they have chosen (issue 16).
    pub const RETURN: &str = "portal.return";
    /// The start of the keys of the drafts' journal: `portal.journal.<programme>` holds a draft
    /// whose write to the store was still unfinished when the page was hidden or left (see
    /// `applications::device`). Not in [`ALL`]: "forget everything" removes every key it starts.
    pub const JOURNAL: &str = "portal.journal.";
    /// All of them.
    pub const ALL: [&str; 13] = [
        LANG,
        OFFLINE_READY,
        COMMUNITY,
        COMMUNITY_LINE,
        ORIGIN,
        ABROAD,
        ANSWERS,
        DRAFTS,
        OUTBOX,
        REPLIES,
        REPLY_DRAFTS,
        HELD,
        RETURN,
    ];
}

/// Erases everything this portal stored on the device: `localStorage` and the applications'
/// database.
pub fn forget_everything() {
    for key in keys::ALL {
        let _ = save(key, None);
    }
    for key in keys_starting(keys::JOURNAL) {
        let _ = save(&key, None);
    }
    store::erase();
}

#[cfg(target_arch = "wasm32")]
mod web {
    /// The page's `localStorage`; `None` where the browser denies it (a frame on another site in
    /// some browsers, private modes): reading it may even throw.
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// Does the browser let the portal keep anything on this device here? (A frame on another site
    /// may be denied storage.)
    pub fn storage_available() -> bool {
        storage().is_some()
    }

    /// A value the portal stored on this device.
    pub fn load(key: &str) -> Option<String> {
        // Values are JSON strings, as the portal always wrote them.
        let raw = storage()?.get_item(key).ok().flatten()?;
        serde_json::from_str(&raw).ok()
    }

    /// Stores a value on this device, or removes it with `None`. `false` when the browser refused
    /// (storage denied or full): the portal still works, but cannot keep this.
    pub fn save(key: &str, value: Option<&str>) -> bool {
        // Storage may be denied (private mode, a frame) or full; the caller decides what to say.
        let Some(storage) = storage() else {
            return false;
        };
        match value {
            Some(v) => {
                let json = serde_json::to_string(v).unwrap_or_default();
                storage.set_item(key, &json).is_ok()
            }
            None => storage.remove_item(key).is_ok(),
        }
    }

    /// The keys kept in `localStorage` that start with `prefix` (none where it is denied).
    pub fn keys_starting(prefix: &str) -> Vec<String> {
        let Some(storage) = storage() else {
            return Vec::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect()
    }

    /// 128 random bits from the browser's cryptographic generator, as 32 hex digits: the ids the
    /// device gives applications, answers and attachments, which make a sending exactly-once.
    /// `None` where there is no such generator: no id is ever made without one (issue 14).
    pub fn random_id() -> Option<String> {
        let mut bytes = [0u8; 16];
        let crypto = web_sys::window()?.crypto().ok()?;
        crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
        Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// Outside the browser nothing is kept, and saving is not refused.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub fn storage_available() -> bool {
        true
    }
    pub fn load(_key: &str) -> Option<String> {
        None
    }
    pub fn save(_key: &str, _value: Option<&str>) -> bool {
        true
    }
    pub fn keys_starting(_prefix: &str) -> Vec<String> {
        Vec::new()
    }
    pub fn random_id() -> Option<String> {
        None
    }
}
