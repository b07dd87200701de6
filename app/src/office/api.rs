//! The back office's HTTP API (`/api/v1/office/...`, see the contract in the server's OpenAPI
//! document): the shapes it answers with, the errors it gives, and one client that sends the
//! session's CSRF token with every change and ends the session on screen when the server says it
//! has ended.

use super::session::{Session, SessionState};
use catalogue::{Lang, Text};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the back office's API lives.
pub const OFFICE_API: &str = "/api/v1/office";

/// An id the contract leaves untyped (an attachment's, a token's): a number or a string, used
/// only in addresses.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Id {
    Num(u64),
    Text(String),
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Id::Num(n) => write!(f, "{n}"),
            Id::Text(t) => f.write_str(t),
        }
    }
}

/// A staff member.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Staff {
    pub id: u64,
    pub name: String,
    pub email: String,
    /// `worker`, `head` or `admin`.
    pub role: String,
    #[serde(default)]
    pub disabled: bool,
    #[serde(default)]
    pub community: String,
}

/// A community, as the back office names it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Community {
    pub code: String,
    pub name: Text,
}

/// What login, `me` and an accepted invitation answer: who is signed in, and the CSRF token.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SignedIn {
    pub staff: Staff,
    pub csrf: String,
    pub community: Community,
}

/// Someone, by id and name (an application's assignee, a token's owner).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Person {
    pub id: u64,
    pub name: String,
}

/// Who did something, by name and role.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Actor {
    pub name: String,
    pub role: String,
}

/// One row of the inbox.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Item {
    pub reference: String,
    pub programme: String,
    pub status: String,
    pub received_at: String,
    pub applicant: String,
    pub assignee: Option<Person>,
    #[serde(default)]
    pub version: u64,
    /// The applicant has answered and no staff acted since.
    #[serde(default)]
    pub awaiting: bool,
}

/// One page of the inbox.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InboxPage {
    pub items: Vec<Item>,
    pub page: u32,
    pub pages: u32,
    #[serde(default)]
    pub per_page: u32,
    pub total: u64,
    /// Applications per status (with the other filters applied, as the server counts them).
    #[serde(default)]
    pub counts: BTreeMap<String, u64>,
}

/// A file the applicant attached.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Attachment {
    pub id: Id,
    #[serde(rename = "type")]
    pub content_type: String,
    pub size: u64,
    pub name: String,
}

/// The files given for one document of the form.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DocumentFiles {
    pub document: String,
    pub attachments: Vec<Attachment>,
}

/// A step of an application's history.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct HistoryStep {
    pub status: String,
    pub at: String,
    pub note: Option<String>,
    pub by: Option<Actor>,
}

/// A message between the community and the applicant.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Message {
    #[serde(default)]
    pub id: serde_json::Value,
    /// `staff` or `applicant`.
    pub from: String,
    pub at: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub documents_requested: Vec<String>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    pub by: Option<Actor>,
}

/// An internal note.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Note {
    pub at: String,
    pub text: String,
    pub by: Actor,
}

/// A line of the audit, or a change made meanwhile.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    pub action: String,
    pub by: Option<Actor>,
}

/// One application, as its page shows it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Detail {
    pub reference: String,
    pub programme: String,
    #[serde(default)]
    pub community: String,
    pub status: String,
    pub received_at: String,
    pub version: u64,
    pub assignee: Option<Person>,
    pub applicant: String,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    pub documents: Vec<DocumentFiles>,
    /// Documents the form asks for that are not attached: the community may ask for them.
    #[serde(default)]
    pub missing_documents: Vec<String>,
    /// A community's own programme's form, which the compiled forms do not hold.
    #[serde(default)]
    pub form: Option<forms::Form>,
    #[serde(default)]
    pub history: Vec<HistoryStep>,
    #[serde(default)]
    pub messages: Vec<Message>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub audit: Vec<AuditEntry>,
}

/// A change refused because the application changed meanwhile: what it is now, and who changed
/// what since the version the change was made on.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Stale {
    pub current: Detail,
    #[serde(default)]
    pub changes: Vec<AuditEntry>,
}

/// An invitation, as its one-time link shows it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Invite {
    pub name: String,
    pub email: String,
    pub role: String,
    pub community: Community,
    pub totp_secret: String,
    pub totp_uri: String,
}

/// A staff member just invited, and the one-time link to hand them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Invited {
    pub staff: Staff,
    pub invite_url: String,
}

/// The list of staff.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StaffList {
    pub staff: Vec<Staff>,
}

/// An integration token (without its secret).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Token {
    pub id: Id,
    pub name: String,
    pub owner: Option<Person>,
    #[serde(default)]
    pub created_at: String,
    pub expires_at: String,
    pub revoked_at: Option<String>,
}

/// The list of integration tokens.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TokenList {
    pub tokens: Vec<Token>,
}

/// A token just made: its secret is shown this once.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NewToken {
    pub token: String,
    pub id: Id,
    pub name: String,
    pub expires_at: String,
}

/// An error the API answered with (`{"code", "message": {"uk", "en"}, ...}`).
#[derive(Debug, Clone, Deserialize)]
struct ErrorBody {
    code: String,
    message: Option<Text>,
    retry_after: Option<u64>,
    /// For `422`: what is wrong with each field.
    #[serde(default)]
    errors: Vec<forms::FieldError>,
}

/// Why a request gave nothing usable.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// No answer: offline, or the server is unreachable.
    Offline,
    /// The session ended (or never was): the sign-in form is shown again.
    NoSession,
    /// The application changed meanwhile.
    Stale(Box<Stale>),
    /// The server refused, with its code and, usually, a message in both languages.
    Refused {
        status: u16,
        code: String,
        message: Option<Text>,
        /// For `locked`: seconds to wait.
        retry_after: Option<u64>,
    },
    /// An answer the app cannot read (a server of another version).
    Unreadable,
    /// `422` with what is wrong at each field, for the form's error summary (what only the server
    /// can check, such as a programme's conditions against the check's vocabulary).
    Invalid {
        message: Option<Text>,
        errors: Vec<forms::FieldError>,
    },
}

impl ApiError {
    /// The error of an answer that was not a success.
    pub fn from_answer(status: u16, body: &[u8]) -> ApiError {
        if status == 409
            && let Ok(stale) = serde_json::from_slice::<StaleBody>(body)
            && stale.code == "stale"
        {
            return ApiError::Stale(Box::new(Stale {
                current: stale.current,
                changes: stale.changes,
            }));
        }
        match serde_json::from_slice::<ErrorBody>(body) {
            Ok(e) if e.code == "no-session" => ApiError::NoSession,
            Ok(e) if status == 422 && !e.errors.is_empty() => ApiError::Invalid {
                message: e.message,
                errors: e.errors,
            },
            Ok(e) => ApiError::Refused {
                status,
                code: e.code,
                message: e.message,
                retry_after: e.retry_after,
            },
            Err(_) if status == 401 => ApiError::NoSession,
            Err(_) => ApiError::Refused {
                status,
                code: String::new(),
                message: None,
                retry_after: None,
            },
        }
    }

    /// The server's code, if it refused.
    pub fn code(&self) -> Option<&str> {
        match self {
            ApiError::Refused { code, .. } => Some(code),
            ApiError::NoSession => Some("no-session"),
            ApiError::Stale(_) => Some("stale"),
            _ => None,
        }
    }

    /// What happened and what to do, in `lang`.
    pub fn explain(&self, lang: Lang) -> String {
        let t = |id: &str| i18n::t(lang, id);
        match self {
            ApiError::Offline => t("office-error-offline"),
            ApiError::NoSession => t("office-session-ended"),
            ApiError::Stale(_) => t("office-stale-title"),
            ApiError::Unreadable => t("office-error-unreadable"),
            ApiError::Invalid { message, .. } => match message {
                Some(m) if !m.get(lang).trim().is_empty() => m.get(lang).to_string(),
                _ => i18n::t_args(
                    lang,
                    "office-error-server",
                    &[("status", i18n::Arg::Num(422))],
                ),
            },
            ApiError::Refused {
                status,
                code,
                message,
                ..
            } => match code.as_str() {
                "csrf" => t("office-error-csrf"),
                "forbidden" => t("office-error-forbidden"),
                "not-found" => t("office-error-not-found"),
                _ => match message {
                    Some(m) if !m.get(lang).trim().is_empty() => m.get(lang).to_string(),
                    _ => i18n::t_args(
                        lang,
                        "office-error-server",
                        &[("status", i18n::Arg::Num(i64::from(*status)))],
                    ),
                },
            },
        }
    }
}

#[derive(Deserialize)]
struct StaleBody {
    code: String,
    current: Detail,
    #[serde(default)]
    changes: Vec<AuditEntry>,
}

/// Reads a successful answer, or the error of another.
pub fn read_answer<T: DeserializeOwned>(
    answer: Result<(u16, Vec<u8>), String>,
) -> Result<T, ApiError> {
    let (status, body) = answer.map_err(|_| ApiError::Offline)?;
    if (200..300).contains(&status) {
        // A 204 has no body: read it as JSON `null`.
        let body: &[u8] = if body.is_empty() { b"null" } else { &body };
        serde_json::from_slice(body).map_err(|_| ApiError::Unreadable)
    } else {
        Err(ApiError::from_answer(status, &body))
    }
}

/// The back office's client: the session it works in.
#[derive(Clone, Copy, Debug)]
pub struct Api {
    pub session: Session,
}

impl Api {
    /// `GET /api/v1/office{path}`.
    pub async fn get<T: DeserializeOwned>(self, path: &str) -> Result<T, ApiError> {
        let url = format!("{OFFICE_API}{path}");
        let answer = crate::browser::office_send("GET", &url, None, None).await;
        self.watch(read_answer(answer))
    }

    /// `POST /api/v1/office{path}` with a JSON body and the session's CSRF token.
    pub async fn post<T: DeserializeOwned>(
        self,
        path: &str,
        body: &impl Serialize,
    ) -> Result<T, ApiError> {
        let url = format!("{OFFICE_API}{path}");
        let json = serde_json::to_string(body).unwrap_or_else(|_| "{}".into());
        let csrf = self.session.csrf();
        let answer = crate::browser::office_send("POST", &url, Some(&json), csrf.as_deref()).await;
        self.watch(read_answer(answer))
    }

    /// `PUT /api/v1/office{path}` with a JSON body and the session's CSRF token.
    pub async fn put<T: DeserializeOwned>(
        self,
        path: &str,
        body: &impl Serialize,
    ) -> Result<T, ApiError> {
        let url = format!("{OFFICE_API}{path}");
        let json = serde_json::to_string(body).unwrap_or_else(|_| "{}".into());
        let csrf = self.session.csrf();
        let answer = crate::browser::office_send("PUT", &url, Some(&json), csrf.as_deref()).await;
        self.watch(read_answer(answer))
    }

    /// A POST that needs no session (login, accepting an invitation): a 401 is a wrong login,
    /// not an ended session.
    pub async fn post_open<T: DeserializeOwned>(
        path: &str,
        body: &impl Serialize,
    ) -> Result<T, ApiError> {
        let url = format!("{OFFICE_API}{path}");
        let json = serde_json::to_string(body).unwrap_or_else(|_| "{}".into());
        let answer = crate::browser::office_send("POST", &url, Some(&json), None).await;
        match read_answer(answer) {
            Err(ApiError::NoSession) => Err(ApiError::Refused {
                status: 401,
                code: "bad-login".into(),
                message: None,
                retry_after: None,
            }),
            other => other,
        }
    }

    /// A 401 anywhere ends the session on screen: the sign-in form comes back and says why.
    fn watch<T>(self, result: Result<T, ApiError>) -> Result<T, ApiError> {
        if matches!(result, Err(ApiError::NoSession)) {
            self.session
                .state
                .set(SessionState::SignedOut { ended: true });
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stale_change_carries_the_current_state_and_what_changed() {
        let body = r#"{"code":"stale","message":{"uk":"x","en":"y"},
            "current":{"reference":"2026-000012","programme":"birth-assistance","status":"in-review",
              "received_at":"2026-12-01T10:00:00Z","version":5,"assignee":{"id":4,"name":"Ірина"},
              "applicant":"Коваль Олена"},
            "changes":[{"at":"2026-12-06T09:00:00Z","action":"assign","by":{"name":"Ірина","role":"worker"}}]}"#;
        match ApiError::from_answer(409, body.as_bytes()) {
            ApiError::Stale(s) => {
                assert_eq!(s.current.version, 5);
                assert_eq!(
                    s.changes[0].by.as_ref().map(|b| b.name.as_str()),
                    Some("Ірина")
                );
            }
            other => panic!("expected stale, got {other:?}"),
        }
    }

    #[test]
    fn a_lock_says_how_long_to_wait_and_an_ended_session_is_recognised() {
        let locked = br#"{"code":"locked","message":{"uk":"","en":""},"retry_after":120}"#;
        assert!(matches!(
            ApiError::from_answer(429, locked),
            ApiError::Refused {
                retry_after: Some(120),
                ..
            }
        ));
        let ended = br#"{"code":"no-session","message":{"uk":"","en":""}}"#;
        assert_eq!(ApiError::from_answer(401, ended), ApiError::NoSession);
        assert_eq!(ApiError::from_answer(401, b"<html>"), ApiError::NoSession);
    }

    #[test]
    fn a_401_anywhere_brings_back_the_sign_in_form_saying_the_session_ended() {
        let owner = Owner::new();
        owner.set();
        let api = Api {
            session: Session::new(),
        };
        let kept: Result<u8, ApiError> = api.watch(Ok(1));
        assert_eq!(kept, Ok(1));
        assert_eq!(api.session.state.get_untracked(), SessionState::Checking);
        let ended: Result<u8, ApiError> = api.watch(Err(ApiError::NoSession));
        assert_eq!(ended, Err(ApiError::NoSession));
        assert_eq!(
            api.session.state.get_untracked(),
            SessionState::SignedOut { ended: true }
        );
    }

    #[test]
    fn untyped_ids_are_numbers_or_strings() {
        let a: Attachment =
            serde_json::from_str(r#"{"id":"9f2c","type":"image/png","size":1,"name":"a.png"}"#)
                .expect("attachment");
        assert_eq!(a.id.to_string(), "9f2c");
        let t: NewToken =
            serde_json::from_str(r#"{"token":"x","id":7,"name":"n","expires_at":"2027-01-01"}"#)
                .expect("token");
        assert_eq!(t.id.to_string(), "7");
    }

    #[test]
    fn an_empty_success_reads_as_nothing() {
        let r: Result<(), ApiError> = read_answer(Ok((204, Vec::new())));
        assert_eq!(r, Ok(()));
        let r: Result<(), ApiError> = read_answer(Err("network error".into()));
        assert_eq!(r, Err(ApiError::Offline));
    }

    #[test]
    fn the_servers_own_message_is_shown_in_the_readers_language() {
        let e = ApiError::from_answer(
            422,
            r#"{"code":"weak-password","message":{"uk":"Закороткий","en":"Too short"}}"#.as_bytes(),
        );
        assert_eq!(e.explain(Lang::En), "Too short");
        assert_eq!(e.code(), Some("weak-password"));
    }
}
