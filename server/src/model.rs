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
    Approved,
    Refused,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Received,
        Status::InReview,
        Status::NeedInfo,
        Status::Approved,
        Status::Refused,
    ];

    /// The statuses staff may set.
    pub const SETTABLE: [Status; 4] = [
        Status::InReview,
        Status::NeedInfo,
        Status::Approved,
        Status::Refused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InReview => "in-review",
            Status::NeedInfo => "need-info",
            Status::Approved => "approved",
            Status::Refused => "refused",
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
    pub history: Vec<HistoryEntry>,
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
