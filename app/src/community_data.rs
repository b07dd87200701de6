//! What the chosen community published about itself (issue 15): its profile (where to go, who to
//! call, its starosta districts) and its own programmes, fetched as one small file
//! (`/data/community/{code}.bin`, postcard: the catalogue's reader, already in every app, reads
//! it) when that community is chosen, and again on each visit: the
//! server answers `304` while nothing changed, and the service worker keeps the last answer for
//! offline use. Only what the community published is in it, never a draft.
//!
//! The programmes are entries of the catalogue's own model, scoped to the community
//! (`Scope::Local`): the catalogue, search, the service page and the widget show them beside the
//! national ones, and a citizen of another community never gets them.

use crate::state::use_choice;
use catalogue::search::SearchIndex;
use catalogue::{Catalogue, Programme};
use forms::local::CommunityFile;
use leptos::prelude::*;
use rules::ProgrammeRules;
use rules::model::{Basis, Certainty};

/// Where a community's published file is (its compact binary form; `.json` is the same, readable).
pub fn url(code: &str) -> String {
    format!("/data/community/{code}.bin")
}

/// What came of asking for a community's file.
#[derive(Clone, Copy)]
pub enum Published {
    /// No community chosen, or not asked yet.
    Idle,
    Loading,
    /// The community has published nothing (404).
    Nothing,
    /// No answer, or one that could not be read.
    Failed,
    Ready(&'static Local),
}

/// A community's file as the app uses it: kept for the page's life (a person has one community
/// at a time; choosing another fetches its file once).
pub struct Local {
    pub file: CommunityFile,
    /// The programmes as a catalogue.
    pub catalogue: Catalogue,
    /// Their search index, made when search first needs it (only the portal's search does).
    index: std::sync::OnceLock<SearchIndex>,
    /// Their conditions as the check's engine evaluates them, made when the check first needs
    /// them.
    rules: std::sync::OnceLock<Vec<ProgrammeRules>>,
    /// The forms of the programmes it takes applications for through the portal, made when the
    /// applications app first needs them.
    forms: std::sync::OnceLock<Vec<forms::Form>>,
}

impl Local {
    /// The programmes' search index.
    pub fn index(&self) -> &SearchIndex {
        self.index
            .get_or_init(|| SearchIndex::catalogue_only(&self.catalogue))
    }

    /// The programme with this id.
    pub fn get(&self, id: &str) -> Option<&Programme> {
        self.catalogue.get(id)
    }

    /// Whether the community takes applications for programme `id` through the portal.
    pub fn online(&self, id: &str) -> bool {
        self.file.online.iter().any(|o| o == id) && self.get(id).is_some()
    }

    /// The forms of the programmes it takes applications for through the portal: the general
    /// request (`request`, the template of `forms.bin`) made for each one's entry, as the server
    /// makes it from the same published entry.
    pub fn forms(&self, request: &forms::request::Request) -> &[forms::Form] {
        self.forms.get_or_init(|| {
            self.catalogue
                .programmes
                .iter()
                .filter(|p| self.online(&p.id))
                .map(|p| request.form_for(p))
                .collect()
        })
    }

    /// The conditions of the programmes that have any, for the check: each rests on the council's
    /// decision its programme cites (its title, number and date, and its link as the source).
    pub fn check_rules(&self) -> &[ProgrammeRules] {
        self.rules.get_or_init(|| {
            self.file
                .rules
                .iter()
                .filter_map(|r| {
                    let act = self.get(&r.programme)?.legal.first()?;
                    let basis = Basis {
                        quote: match act.date {
                            Some(d) => format!("{} № {}, {}", act.title.uk, act.number, d.dotted()),
                            None => format!("{} № {}", act.title.uk, act.number),
                        },
                        sources: vec![act.url.clone()],
                        status: Certainty::Official,
                    };
                    Some(r.programme(&[basis]))
                })
                .collect()
        })
    }
}

/// What an answer for a community's file holds.
pub enum Answer {
    Ready(Box<Local>),
    /// The community has published nothing (404).
    Nothing,
    /// No answer, or one that could not be read or is another community's.
    Failed,
}

/// The answer to `GET /data/community/{code}.bin`, for community `code`, as what the page shows.
pub fn read(code: &str, answer: Result<(u16, Vec<u8>), String>) -> Answer {
    match answer {
        Ok((200, body)) => {
            let Ok(file) = CommunityFile::from_binary(&body) else {
                return Answer::Failed;
            };
            if file.community != code {
                return Answer::Failed;
            }
            // Only what is scoped to this community: a file can never show another's programmes.
            let programmes: Vec<Programme> = file
                .programmes
                .iter()
                .filter(|p| {
                    p.applies_in(Some(code)) && p.scope != catalogue::model::Scope::National
                })
                .cloned()
                .collect();
            Answer::Ready(Box::new(Local {
                file,
                catalogue: Catalogue { programmes },
                index: std::sync::OnceLock::new(),
                rules: std::sync::OnceLock::new(),
                forms: std::sync::OnceLock::new(),
            }))
        }
        Ok((404, _)) => Answer::Nothing,
        _ => Answer::Failed,
    }
}

/// What the page shows of an answer for community `code`'s file.
fn published(code: &str, answer: Result<(u16, Vec<u8>), String>) -> Published {
    match read(code, answer) {
        Answer::Ready(local) => Published::Ready(Box::leak(local)),
        Answer::Nothing => Published::Nothing,
        Answer::Failed => Published::Failed,
    }
}

/// The chosen community's published data, for every page.
#[derive(Clone, Copy)]
pub struct CommunityData {
    /// The community whose file `state` is.
    code: RwSignal<Option<String>>,
    pub state: RwSignal<Published>,
}

/// The answer for the community the device keeps, fetched as the app starts (beside the cards),
/// so that the app's first rendering already holds what the community published: a page taken
/// over does not move when it arrives.
type Fetched = (String, Result<(u16, Vec<u8>), String>);

thread_local! {
    static PREFETCHED: std::cell::RefCell<Option<Fetched>> = const { std::cell::RefCell::new(None) };
}

/// Fetches the file of community `code`, the one the device keeps, as the app starts (see
/// [`provide`]).
pub async fn prefetch(code: String) {
    let answer = crate::browser::get(&url(&code)).await;
    PREFETCHED.with(|p| *p.borrow_mut() = Some((code, answer)));
}

/// Provides the chosen community's data and fetches it whenever the choice changes.
pub fn provide() {
    // The answer fetched as the app started, if it is for the community chosen now.
    let chosen = use_choice().community.get_untracked();
    let fetched = PREFETCHED
        .with(|p| p.borrow_mut().take())
        .filter(|(code, _)| Some(code) == chosen.as_ref());
    let (code, state) = match fetched {
        Some((code, answer)) => {
            let state = published(&code, answer);
            (Some(code), state)
        }
        None => (None, Published::Idle),
    };
    let data = CommunityData {
        code: RwSignal::new(code),
        state: RwSignal::new(state),
    };
    provide_context(data);
    let choice = use_choice();
    Effect::new(move |_| {
        let chosen = choice.community.get();
        if chosen == data.code.get_untracked() {
            return;
        }
        data.code.set(chosen.clone());
        let Some(code) = chosen else {
            data.state.set(Published::Idle);
            return;
        };
        data.state.set(Published::Loading);
        leptos::task::spawn_local(async move {
            let answer = crate::browser::get(&url(&code)).await;
            // A newer choice wins over a slow answer.
            if data.code.get_untracked().as_deref() != Some(code.as_str()) {
                return;
            }
            data.state.set(published(&code, answer));
        });
    });
}

/// The chosen community's data (an idle one where none was provided, as on a test's page).
pub fn use_community_data() -> CommunityData {
    use_context::<CommunityData>().unwrap_or_else(|| CommunityData {
        code: RwSignal::new(None),
        state: RwSignal::new(Published::Idle),
    })
}

/// The chosen community's own programmes, once loaded (reactive).
pub fn local() -> Option<&'static Local> {
    match use_community_data().state.get() {
        Published::Ready(l) => Some(l),
        _ => None,
    }
}

/// The form of programme `id`: its compiled one, or, for a programme the chosen community takes
/// applications for through the portal, the general request made for it.
pub fn form_for(all: &'static forms::Forms, id: &str) -> Option<&'static forms::Form> {
    all.for_programme(id).or_else(|| {
        local()?
            .forms(all.request.as_ref()?)
            .iter()
            .find(|f| f.programme == id)
    })
}

/// The chosen community's programmes' conditions for the check (none until its file is read).
pub fn local_rules() -> &'static [ProgrammeRules] {
    local().map_or(&[], Local::check_rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: &str = "UA12345678901234567";

    fn file(community: &str, scope: &str) -> Vec<u8> {
        let programme = serde_json::json!({
            "id": "test-local", "kind": "payment", "category": "families", "situations": [],
            "scope": { "local": scope },
            "title": { "uk": "Тест", "en": "Test" }, "summary": { "uk": "Т", "en": "T" },
            "who": [{ "uk": "Т", "en": "T" }], "amounts": [], "legal": [], "documents": [],
            "apply": [], "deadlines": [], "administrator": { "uk": "Т", "en": "T" },
            "classifier_code": null, "caveats": [], "sources": [], "keywords": []
        });
        let file: CommunityFile = serde_json::from_value(serde_json::json!({
            "community": community, "version": "abc", "profile": null,
            "programmes": [programme]
        }))
        .unwrap();
        file.to_binary().unwrap()
    }

    #[test]
    fn a_file_gives_its_communitys_programmes_only() {
        let Answer::Ready(local) = read(CODE, Ok((200, file(CODE, CODE)))) else {
            panic!("the file is read");
        };
        assert!(local.get("test-local").is_some());
        let Answer::Ready(other) = read(CODE, Ok((200, file(CODE, "UA76543210987654321")))) else {
            panic!("the file is read");
        };
        assert!(other.catalogue.programmes.is_empty());
        assert!(matches!(
            read(CODE, Ok((200, file("UA76543210987654321", CODE)))),
            Answer::Failed
        ));
    }

    #[test]
    fn nothing_published_is_not_taken_for_a_failure() {
        assert!(matches!(read(CODE, Ok((404, Vec::new()))), Answer::Nothing));
        assert!(matches!(read(CODE, Err("offline".into())), Answer::Failed));
        assert!(matches!(
            read(CODE, Ok((200, b"{}".to_vec()))),
            Answer::Failed
        ));
    }
}
