//! The eligibility check's state: the answers, kept in memory — and on the device only when the
//! person chooses "remember on this device". Nothing here is ever sent anywhere.

use crate::browser::{self, keys};
use leptos::prelude::*;
use rules::Answers;

/// The name under which a widget hands the answers over to the portal: `/check/…#answers=…`.
pub const HANDOVER: &str = "answers";

/// The check's state, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Screening {
    pub answers: RwSignal<Answers>,
    /// Keep the answers on this device between visits.
    pub remember: RwSignal<bool>,
}

impl Screening {
    /// The answers handed over by a widget whose browser let it keep nothing (in the address's
    /// fragment, which no server sees; removed from the address at once), else those remembered
    /// on the device, if the person asked for that.
    pub fn load() -> Screening {
        let handed = browser::hash_value(HANDOVER).and_then(|s| decode(&s));
        if handed.is_some() {
            browser::clear_hash();
        }
        let saved = browser::load(keys::ANSWERS).and_then(|s| decode(&s));
        let remember = saved.is_some();
        Screening {
            answers: RwSignal::new(handed.or(saved).unwrap_or_default()),
            remember: RwSignal::new(remember),
        }
    }

    /// Changes the answers, and stores them if the person asked to be remembered.
    pub fn update(&self, f: impl FnOnce(&mut Answers)) {
        self.answers.update(f);
        self.persist();
    }

    /// Turns "remember on this device" on or off; off erases the stored copy at once.
    pub fn set_remember(&self, on: bool) {
        self.remember.set(on);
        self.persist();
    }

    fn persist(&self) {
        if self.remember.get_untracked() {
            let encoded = self.answers.with_untracked(encode);
            browser::save(keys::ANSWERS, Some(&encoded));
        } else {
            browser::save(keys::ANSWERS, None);
        }
    }

    /// Forgets every answer, in memory and on the device.
    pub fn forget(&self) {
        self.answers.set(Answers::default());
        self.remember.set(false);
        browser::save(keys::ANSWERS, None);
    }
}

/// The check's state.
pub fn use_screening() -> Screening {
    expect_context::<Screening>()
}

/// Answers as a short text for `localStorage`: postcard bytes in hex.
pub fn encode(a: &Answers) -> String {
    crate::hex::encode(&postcard::to_allocvec(a).unwrap_or_default())
}

/// The answers stored by [`encode`]; `None` if the text is not theirs (an older version).
pub fn decode(s: &str) -> Option<Answers> {
    postcard::from_bytes(&crate::hex::decode(s)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rules::{Member, MemberDisability, Value};

    #[test]
    fn answers_survive_the_trip_to_storage_and_back() {
        let mut a = Answers::default();
        a.set("age", Value::Number(67.0));
        a.set("displaced", Value::Bool(true));
        a.set(
            "origin_community",
            Value::Place {
                code: "UA14140050000020560".into(),
                listed: true,
            },
        );
        a.members = Some(vec![Member {
            age: 9,
            disability: MemberDisability::Child,
            studying: false,
        }]);
        a.decline("pension_month");
        assert_eq!(decode(&encode(&a)), Some(a));
    }

    #[test]
    fn a_foreign_text_is_not_taken_for_answers() {
        assert_eq!(decode("not hex"), None);
        assert_eq!(decode("abc"), None);
    }
}
