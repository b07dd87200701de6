//! What the applications API answers with: an application's status and history, as the person who
//! sent it and as the community's staff see it.

use serde::Serialize;
use std::collections::BTreeMap;

/// Where an application is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Stored; nobody has looked at it yet. Only the server sets it, on receipt.
    Received,
    InReview,
    /// Staff need more from the person (the note says what).
    NeedInfo,
    /// Granted.
    Approved,
    /// Refused, with a reason the person reads.
    Refused,
    /// Done with: nothing more happens to it.
    Closed,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Received,
        Status::InReview,
        Status::NeedInfo,
        Status::Approved,
        Status::Refused,
        Status::Closed,
    ];

    /// The statuses staff may set.
    pub const SETTABLE: [Status; 5] = [
        Status::InReview,
        Status::NeedInfo,
        Status::Approved,
        Status::Refused,
        Status::Closed,
    ];

    /// Can staff move an application from `self` to `to`? Received → in review → more
    /// information needed → granted or refused → closed; a decision may be reopened for review,
    /// a closed application stays closed.
    pub fn can_become(self, to: Status) -> bool {
        use Status::*;
        match (self, to) {
            (_, Received) | (Closed, _) => false,
            // The community may ask for more again (another document, say).
            (NeedInfo, NeedInfo) => true,
            (from, to) if from == to => false,
            (Approved | Refused, InReview | Closed) => true,
            (Approved | Refused, _) => false,
            (_, Closed) => false,
            _ => true,
        }
    }

    /// Must a change to this status carry a message to the person (what is needed, the reason)?
    pub fn needs_message(self) -> bool {
        matches!(self, Status::NeedInfo | Status::Refused)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InReview => "in-review",
            Status::NeedInfo => "need-info",
            Status::Approved => "approved",
            Status::Refused => "refused",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// One change of status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    pub status: Status,
    /// RFC 3339, UTC.
    pub at: String,
    /// What staff wrote to the person; `null` when nothing.
    pub note: Option<String>,
}

/// What the person who sent an application sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitizenView {
    pub reference: String,
    pub programme: String,
    pub community: String,
    pub status: Status,
    pub received_at: String,
    /// Raised by every change: a device that holds an older one knows to show what is new.
    pub version: i64,
    pub history: Vec<HistoryEntry>,
    /// The conversation with the community (never its internal notes).
    pub messages: Vec<Message>,
    /// Who of the staff opened the application, and when (newest first).
    pub opened_by: Vec<Opened>,
    /// The documents the community asked for, while it waits for more information.
    pub requested: Vec<String>,
}

/// What the community's staff see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffView {
    pub reference: String,
    pub programme: String,
    pub status: Status,
    pub received_at: String,
    /// The normalised answers (as the shared `forms` validation returned them).
    pub answers: BTreeMap<String, String>,
    /// Document id → attachment ids, in the order the person attached them.
    pub attachments: BTreeMap<String, Vec<String>>,
    pub history: Vec<HistoryEntry>,
}

/// The answer to a receipt of an application (and to every retry of it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Receipt {
    pub reference: String,
    pub token: String,
    pub status: Status,
    pub received_at: String,
}

/// An attachment as stored (without its bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttachmentInfo {
    pub id: String,
    #[serde(rename = "type")]
    pub mime: String,
    pub size: u64,
    pub sha256: String,
}

/// What a staff member may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A case worker: the applications assigned to them and the unassigned ones.
    Worker,
    /// The head of the social protection unit: every application of the community.
    Head,
    /// The community's administrator: every application, and the staff and integrations.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Worker, Role::Head, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Worker => "worker",
            Role::Head => "head",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Sees every application of the community, not only their own and the unassigned.
    pub fn sees_all(self) -> bool {
        !matches!(self, Role::Worker)
    }
}

/// A staff member, as the office shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Staff {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub disabled: bool,
    pub community: String,
    /// Has accepted the invitation (set a password and the second factor).
    pub active: bool,
}

/// Who did something, as shown to staff and to the applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    pub name: String,
    pub role: Role,
}

/// A staff member named on an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assignee {
    pub id: i64,
    pub name: String,
}

/// A file of an application or a message, as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileRef {
    pub id: String,
    #[serde(rename = "type")]
    pub mime: String,
    pub size: u64,
    /// A name to save it under: the document and its position, with the right extension.
    pub name: String,
}

/// A message of the conversation between the community and the applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub id: i64,
    /// `staff` or `applicant`.
    pub from: &'static str,
    pub at: String,
    pub text: String,
    pub documents_requested: Vec<String>,
    pub attachments: Vec<FileRef>,
    pub by: Option<Actor>,
}

/// One change of status, with who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffHistoryEntry {
    pub status: Status,
    pub at: String,
    pub note: Option<String>,
    pub by: Option<Actor>,
}

/// An internal note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub at: String,
    pub text: String,
    pub by: Actor,
}

/// A line of the audit of one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub at: String,
    pub action: String,
    pub by: Actor,
}

/// The documents of one kind attached to an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Documents {
    pub document: String,
    pub attachments: Vec<FileRef>,
}

/// One application as the office shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detail {
    pub reference: String,
    pub programme: String,
    pub community: String,
    pub status: Status,
    pub received_at: String,
    pub version: i64,
    pub assignee: Option<Assignee>,
    pub applicant: String,
    pub awaiting: bool,
    pub answers: BTreeMap<String, String>,
    pub documents: Vec<Documents>,
    /// The documents the form asks for with these answers that are not attached (missing ones
    /// never stop an application: the community asks for them).
    pub missing_documents: Vec<String>,
    /// The form of a community's own programme (the general request made for its published
    /// entry), which the office's compiled forms do not hold; absent for a national programme.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<forms::Form>,
    pub history: Vec<StaffHistoryEntry>,
    pub messages: Vec<Message>,
    pub notes: Vec<Note>,
    pub audit: Vec<AuditEntry>,
}

/// A row of the inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub reference: String,
    pub programme: String,
    pub status: Status,
    pub received_at: String,
    pub applicant: String,
    pub assignee: Option<Assignee>,
    pub version: i64,
    pub awaiting: bool,
}

/// Who opened an application, as the applicant sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Opened {
    pub name: String,
    pub role: Role,
    pub at: String,
}
