//! The changes staff make to an application, each made on the version they saw; what each sends,
//! and what is missing before it can be sent.

use super::present::needs_message;
use serde_json::{Value, json};

/// A change to an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// To a staff member, or to nobody.
    Assign(Option<u64>),
    /// A new status, with the message the applicant reads and the documents asked for.
    Status {
        status: String,
        message: String,
        documents: Vec<String>,
    },
    /// An internal note.
    Note(String),
}

/// Why a change cannot be sent yet: the field to fix and the message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing {
    pub field: &'static str,
    pub message: &'static str,
}

impl Action {
    /// The API's path (under `/office`) and body, on `version`.
    pub fn request(&self, reference: &str, version: u64) -> (String, Value) {
        let base = format!("/applications/{}", crate::url::encode(reference));
        match self {
            Action::Assign(who) => (
                format!("{base}/assign"),
                json!({"version": version, "assignee": who}),
            ),
            Action::Status {
                status,
                message,
                documents,
            } => {
                let mut body = json!({"version": version, "status": status});
                let message = message.trim();
                if !message.is_empty() {
                    body["message"] = json!(message);
                }
                if status == "need-info" && !documents.is_empty() {
                    body["documents"] = json!(documents);
                }
                (format!("{base}/status"), body)
            }
            Action::Note(text) => (
                format!("{base}/notes"),
                json!({"version": version, "text": text.trim()}),
            ),
        }
    }

    /// What is missing before it can be sent.
    pub fn missing(&self) -> Option<Missing> {
        match self {
            Action::Status { status, .. } if status.is_empty() => Some(Missing {
                field: "status-new",
                message: "office-status-missing",
            }),
            Action::Status {
                status, message, ..
            } if needs_message(status) && message.trim().is_empty() => Some(Missing {
                field: "status-message",
                message: if status == "refused" {
                    "office-reason-missing"
                } else {
                    "office-request-missing"
                },
            }),
            Action::Note(text) if text.trim().is_empty() => Some(Missing {
                field: "note-text",
                message: "office-note-missing",
            }),
            _ => None,
        }
    }

    /// The message id that confirms it was saved.
    pub fn done(&self) -> &'static str {
        match self {
            Action::Assign(Some(_)) => "office-assigned",
            Action::Assign(None) => "office-unassigned-done",
            Action::Status { .. } => "office-status-changed",
            Action::Note(_) => "office-note-added",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_change_carries_the_version_it_was_made_on() {
        let (path, body) = Action::Assign(Some(3)).request("2026-000012", 4);
        assert_eq!(path, "/applications/2026-000012/assign");
        assert_eq!(body, json!({"version": 4, "assignee": 3}));
        let (_, body) = Action::Assign(None).request("2026-000012", 5);
        assert_eq!(body, json!({"version": 5, "assignee": null}));
        let (path, body) = Action::Note(" Дзвонила ".into()).request("2026-000012", 6);
        assert_eq!(path, "/applications/2026-000012/notes");
        assert_eq!(body, json!({"version": 6, "text": "Дзвонила"}));
    }

    #[test]
    fn asking_for_more_information_sends_the_message_and_the_documents() {
        let a = Action::Status {
            status: "need-info".into(),
            message: "Додайте довідку".into(),
            documents: vec!["income-certificate".into()],
        };
        let (path, body) = a.request("2026-000012", 7);
        assert_eq!(path, "/applications/2026-000012/status");
        assert_eq!(
            body,
            json!({"version": 7, "status": "need-info", "message": "Додайте довідку",
                   "documents": ["income-certificate"]})
        );
        // Documents go only with a request for more information; an empty message not at all.
        let a = Action::Status {
            status: "in-review".into(),
            message: " ".into(),
            documents: vec!["x".into()],
        };
        assert_eq!(
            a.request("r", 1).1,
            json!({"version": 1, "status": "in-review"})
        );
    }

    #[test]
    fn a_refusal_needs_a_reason_and_a_request_needs_a_message() {
        let status = |s: &str, m: &str| Action::Status {
            status: s.into(),
            message: m.into(),
            documents: vec![],
        };
        assert_eq!(
            status("refused", "").missing().map(|m| m.message),
            Some("office-reason-missing")
        );
        assert_eq!(
            status("need-info", " ").missing().map(|m| m.field),
            Some("status-message")
        );
        assert_eq!(
            status("", "").missing().map(|m| m.field),
            Some("status-new")
        );
        assert_eq!(status("approved", "").missing(), None);
        assert_eq!(
            Action::Note("".into()).missing().map(|m| m.field),
            Some("note-text")
        );
    }
}
