//! Applications on the device: drafts saved as they are typed, and the outbox that sends a
//! submitted application — and the person's replies to the community — to the community's back
//! office: now, when the connection returns, or when a page of applications is next opened, with
//! backoff, until the back office has it. The id each application and reply carries is made on the device,
//! so the back office stores it once however often it is sent. Nothing typed is ever lost: a draft
//! is kept until its application is received, a reply until the community has it.
//!
//! The status of each received application is asked of the back office when "Мої заяви" is opened
//! and when the connection returns ([`Applications::refresh`]), and kept with it.
//!
//! All of it is kept in the device's store (IndexedDB, [`crate::browser::store`]; issue 14), one
//! record per change, through `device`: every write's result reaches [`Applications::problem`].

mod device;

pub use device::{ImportError, OUTBOX_LOCK, export, preload, read_export};

use crate::browser::{self, store};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Where the back office takes applications (the portal's own origin).
pub const API: &str = "/api/v1";

/// A file attached to a draft, kept on the device until the application is received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Made on the device: the back office stores the file once however often it is sent.
    pub id: String,
    pub name: String,
    pub content_type: String,
    pub size: u32,
    /// The file itself, base64.
    pub data: String,
}

/// An application being filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub programme: String,
    pub answers: BTreeMap<String, String>,
    /// Document id → its files.
    #[serde(default)]
    pub attachments: BTreeMap<String, Vec<Attachment>>,
    pub updated: String,
    /// The token the back office issued for this draft's files (issue 14), once any was sent.
    #[serde(default)]
    pub upload_token: Option<String>,
}

/// Where a submitted application is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SendState {
    /// Saved on this device, waiting for a connection.
    Waiting,
    Sending,
    /// The community's back office has it.
    Received,
    /// The back office refused it: something must be fixed in the draft.
    Refused,
}

/// A submitted application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outgoing {
    pub submission: forms::Submission,
    /// The files, sent before the application itself.
    pub files: Vec<Attachment>,
    pub state: SendState,
    /// How many of the files have reached the back office in the current attempt.
    #[serde(default)]
    pub files_sent: u32,
    /// The token the back office issued for the draft's files (issue 14): asked for before the
    /// first file is sent, kept until the application is received, sent with each file and with
    /// the application, which takes only this draft's files.
    #[serde(default)]
    pub upload_token: Option<String>,
    pub attempts: u32,
    pub queued_at: String,
    pub reference: Option<String>,
    /// The secret that shows the application's status; kept on this device.
    pub token: Option<String>,
    pub received_at: Option<String>,
    /// Why the back office refused it, in both languages.
    pub problem: Option<catalogue::Text>,
    /// What the back office last said of it (once received).
    #[serde(default)]
    pub remote: Option<Remote>,
}

/// An application's status as the back office last told it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remote {
    /// `received`, `in-review`, `need-info`, `approved`, `refused`, `closed`.
    pub status: String,
    /// When it took this status.
    pub since: String,
    /// While the community asks for more information: what it wrote.
    pub request: Option<String>,
    /// The documents it asked for.
    pub requested: Vec<String>,
    /// When the device asked.
    pub checked_at: String,
}

impl Remote {
    /// What to keep of a status view, asked at `now`.
    pub fn of(view: &StatusView, now: &str) -> Remote {
        let since = view
            .history
            .iter()
            .rev()
            .find(|h| h.status == view.status)
            .map(|h| h.at.clone())
            .unwrap_or_else(|| view.received_at.clone());
        let request = (view.status == "need-info")
            .then(|| {
                view.messages
                    .iter()
                    .rev()
                    .find(|m| m.from == "staff")
                    .map(|m| m.text.clone())
            })
            .flatten();
        Remote {
            status: view.status.clone(),
            since,
            request,
            requested: view.requested.clone(),
            checked_at: now.to_string(),
        }
    }
}

/// The status view of an application (`GET /applications/{reference}`), for whoever holds its
/// code.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct StatusView {
    pub reference: String,
    #[serde(default)]
    pub programme: String,
    pub status: String,
    #[serde(default)]
    pub received_at: String,
    #[serde(default)]
    pub history: Vec<Step>,
    /// The conversation, oldest first.
    #[serde(default)]
    pub messages: Vec<Message>,
    /// Each time a member of the community's staff opened the application.
    #[serde(default)]
    pub opened_by: Vec<Opened>,
    /// The documents asked for by the latest request for more information.
    #[serde(default)]
    pub requested: Vec<String>,
}

/// One change of status.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Step {
    pub status: String,
    pub at: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// A member of the community's staff, as the applicant sees them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Person {
    pub name: String,
    /// `worker`, `head`, `admin`.
    pub role: String,
}

/// A message of the conversation: from the community (with the documents it asks for) or the
/// applicant's reply.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Message {
    /// `staff` or `applicant`.
    pub from: String,
    pub at: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub documents_requested: Vec<String>,
    #[serde(default)]
    pub attachments: Vec<RemoteFile>,
    #[serde(default)]
    pub by: Option<Person>,
}

/// A file the back office has: the applicant sees its name.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RemoteFile {
    #[serde(default)]
    pub name: String,
}

/// Who opened the application, and when.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Opened {
    pub name: String,
    pub role: String,
    pub at: String,
}

/// The person's answer to the community: a message and documents, sent through the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// Made on the device (32 hex digits): the back office keeps the reply once.
    pub id: String,
    /// The application it answers.
    pub reference: String,
    /// The application's secret code.
    pub token: String,
    pub message: String,
    /// The files, sent before the reply; their contents are dropped once the community has them.
    pub files: Vec<Attachment>,
    pub state: SendState,
    #[serde(default)]
    pub files_sent: u32,
    pub attempts: u32,
    pub queued_at: String,
    pub sent_at: Option<String>,
    pub problem: Option<catalogue::Text>,
}

/// An answer to the community being written, kept as it is typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyDraft {
    /// The application it answers.
    pub reference: String,
    pub message: String,
    pub files: Vec<Attachment>,
}

/// What "Мої заяви" says of an application sent from this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// On the device, waiting for a connection.
    Waiting,
    Sending,
    /// Refused by the back office: to fix and send again.
    Refused,
    /// Received; its status not asked yet.
    Received,
    /// The community asks for more information: what it wrote, since when.
    NeedInfo {
        since: String,
        request: Option<String>,
    },
    /// Any other status, since when.
    Status {
        status: String,
        since: String,
    },
}

impl Shown {
    /// What to show of `o`.
    pub fn of(o: &Outgoing) -> Shown {
        match o.state {
            SendState::Waiting => Shown::Waiting,
            SendState::Sending => Shown::Sending,
            SendState::Refused => Shown::Refused,
            SendState::Received => match &o.remote {
                None => Shown::Received,
                Some(r) if r.status == "need-info" => Shown::NeedInfo {
                    since: r.since.clone(),
                    request: r.request.clone(),
                },
                Some(r) => Shown::Status {
                    status: r.status.clone(),
                    since: r.since.clone(),
                },
            },
        }
    }
}

/// Drafts, the outbox and the replies, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Applications {
    pub drafts: RwSignal<Vec<Draft>>,
    pub outbox: RwSignal<Vec<Outgoing>>,
    pub replies: RwSignal<Vec<Reply>>,
    /// The last refresh of statuses: `None` before, else whether every status could be asked.
    pub refreshed: RwSignal<Option<bool>>,
    /// The status view the back office answered last (the status page shows it if it is the
    /// application shown).
    pub latest: RwSignal<Option<StatusView>>,
    /// How many answers the community has received from this page: a page that shows a status
    /// asks for it again when this changes (the outbox itself reads no status, so that every app
    /// can send answers without carrying the status view).
    pub replied: RwSignal<u32>,
    /// Answers to the community being written, by application.
    reply_drafts: RwSignal<Vec<ReplyDraft>>,
    /// Why the device did not keep the last change (issue 14): shown where the person is typing,
    /// with what to do; `None` once a change is kept again.
    pub problem: RwSignal<Option<store::StoreError>>,
    /// The attachment ids whose bytes the device's store holds.
    documents: StoredValue<BTreeSet<String>>,
    flushing: RwSignal<bool>,
    refreshing: RwSignal<bool>,
    held: Option<crate::state::Held>,
}

impl Applications {
    /// What the device keeps, as [`preload`] read it (an application caught mid-send is waiting
    /// again).
    pub fn load() -> Applications {
        let kept = device::take_preloaded();
        let apps = Applications {
            drafts: RwSignal::new(kept.drafts),
            outbox: RwSignal::new(kept.outbox),
            replies: RwSignal::new(kept.replies),
            refreshed: RwSignal::new(None),
            latest: RwSignal::new(None),
            replied: RwSignal::new(0),
            reply_drafts: RwSignal::new(kept.reply_drafts),
            problem: RwSignal::new(kept.problem),
            documents: StoredValue::new(kept.documents),
            flushing: RwSignal::new(false),
            refreshing: RwSignal::new(false),
            held: use_context::<crate::state::Held>(),
        };
        apps.mark_held();
        // A draft's write still unfinished as the page goes is copied to the journal at once.
        browser::on_page_hidden(move || apps.journal());
        apps
    }

    /// Tells the header (every app's) whether there is anything in "Мої заяви".
    fn mark_held(&self) {
        let any = self.outbox.with_untracked(|o| !o.is_empty())
            || self.replies.with_untracked(|r| !r.is_empty());
        if let Some(held) = self.held {
            held.set(any);
        }
    }

    /// Writes reply `id` (or its removal) and tells the header.
    fn save_reply(&self, id: &str) {
        self.write_reply(id);
        self.mark_held();
    }

    /// The code kept on this device for an application's reference number: from the application
    /// sent from here, or from a reply sent with it.
    pub fn token_for(&self, reference: &str) -> Option<String> {
        self.outbox
            .with_untracked(|o| {
                o.iter()
                    .find(|x| x.reference.as_deref() == Some(reference))
                    .and_then(|x| x.token.clone())
            })
            .or_else(|| {
                self.replies.with_untracked(|r| {
                    r.iter()
                        .rev()
                        .find(|x| x.reference == reference)
                        .map(|x| x.token.clone())
                })
            })
    }

    /// Puts a reply in the outbox and starts sending it; `None` if the browser has no
    /// cryptographic random source to make the reply's id with (nothing is queued). Whether the
    /// device kept it reaches [`Applications::problem`] (it is still sent while the page stays
    /// open).
    pub fn reply(
        &self,
        reference: &str,
        token: &str,
        message: String,
        files: Vec<Attachment>,
    ) -> Option<bool> {
        let id = browser::random_id()?;
        self.replies.update(|r| {
            r.push(Reply {
                id: id.clone(),
                reference: reference.to_string(),
                token: token.to_string(),
                message,
                files,
                state: SendState::Waiting,
                files_sent: 0,
                attempts: 0,
                queued_at: browser::now_iso(),
                sent_at: None,
                problem: None,
            })
        });
        self.save_reply(&id);
        self.flush();
        Some(true)
    }

    /// The answer being written to application `reference`, if any.
    pub fn reply_draft(&self, reference: &str) -> Option<ReplyDraft> {
        self.reply_drafts
            .with_untracked(|ds| ds.iter().find(|d| d.reference == reference).cloned())
    }

    /// Keeps the answer being written to application `reference` (none if it is empty). Whether
    /// the device kept it reaches [`Applications::problem`]; `true` (the change is in memory).
    pub fn keep_reply_draft(&self, reference: &str, message: &str, files: &[Attachment]) -> bool {
        self.reply_drafts.update_untracked(|drafts| {
            drafts.retain(|d| d.reference != reference);
            if !message.trim().is_empty() || !files.is_empty() {
                drafts.push(ReplyDraft {
                    reference: reference.to_string(),
                    message: message.to_string(),
                    files: files.to_vec(),
                });
            }
        });
        self.write_reply_draft(reference);
        true
    }

    /// Takes a refused reply out of the outbox, to be changed and sent again (or not at all).
    pub fn take_reply(&self, id: &str) -> Option<Reply> {
        let reply = self
            .replies
            .with_untracked(|r| r.iter().find(|x| x.id == id).cloned())?;
        self.replies.update(|r| r.retain(|x| x.id != id));
        self.save_reply(id);
        Some(reply)
    }

    /// Asks the back office for the status of every application received from this device, one
    /// after another, and keeps it.
    pub fn refresh(&self) {
        if self.refreshing.get_untracked() {
            return;
        }
        let asks: Vec<(String, String)> = self.outbox.with_untracked(|o| {
            o.iter()
                .filter(|x| x.state == SendState::Received)
                .filter_map(|x| Some((x.reference.clone()?, x.token.clone()?)))
                .collect()
        });
        if asks.is_empty() {
            return;
        }
        self.refreshing.set(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            let mut all = true;
            for (reference, token) in asks {
                match fetch_status(&reference, &token).await {
                    Ok(view) => this.keep_status(&view),
                    Err(_) => all = false,
                }
            }
            this.refreshing.set(false);
            this.refreshed.set(Some(all));
        });
    }

    /// Keeps what the back office said of an application sent from this device.
    pub fn keep_status(&self, view: &StatusView) {
        let remote = Remote::of(view, &browser::now_iso());
        let mut changed = Vec::new();
        self.outbox.update(|o| {
            for x in o.iter_mut() {
                if x.reference.as_deref() == Some(view.reference.as_str())
                    && x.remote.as_ref() != Some(&remote)
                {
                    x.remote = Some(remote.clone());
                    changed.push(x.submission.id.clone());
                }
            }
        });
        for id in changed {
            self.write_outgoing(&id);
        }
        self.latest.set(Some(view.clone()));
    }

    /// Writes application `id` (or its removal) and tells the header.
    fn save_outgoing(&self, id: &str) {
        self.write_outgoing(id);
        self.mark_held();
    }

    /// The draft for a programme, if any.
    pub fn draft(&self, programme: &str) -> Option<Draft> {
        self.drafts
            .with(|ds| ds.iter().find(|d| d.programme == programme).cloned())
    }

    /// Changes (or starts) the draft of a programme and saves it at once (that draft alone).
    /// Whether the device kept it reaches [`Applications::problem`], shown where the person is
    /// typing; the change is in memory either way.
    pub fn edit(&self, programme: &str, f: impl FnOnce(&mut Draft)) {
        self.drafts.update(|ds| {
            let i = match ds.iter().position(|d| d.programme == programme) {
                Some(i) => i,
                None => {
                    // A person starts an application: the browser is asked to keep what the
                    // portal stores even when the device runs short of space.
                    store::persist();
                    ds.push(Draft {
                        programme: programme.to_string(),
                        answers: BTreeMap::new(),
                        attachments: BTreeMap::new(),
                        updated: String::new(),
                        upload_token: None,
                    });
                    ds.len() - 1
                }
            };
            f(&mut ds[i]);
            ds[i].updated = browser::now_iso();
        });
        self.write_draft(programme);
    }

    /// Deletes a draft.
    pub fn delete(&self, programme: &str) {
        self.drafts
            .update(|ds| ds.retain(|d| d.programme != programme));
        self.write_draft(programme);
    }

    /// The file of the draft of `programme` that the person keeps (issue 14: "Download this
    /// application"), handed to the browser's download; `false` if there is no such draft or the
    /// browser did not take the file.
    pub fn download(&self, programme: &str) -> bool {
        let Some(draft) = self.draft(programme) else {
            return false;
        };
        let name = format!("{programme}-{}.json", browser::today());
        browser::download(&name, "application/json", &export(&draft))
    }

    /// Adds the draft a downloaded file holds; its programme.
    pub fn import(&self, bytes: &[u8]) -> Result<String, ImportError> {
        let draft = read_export(bytes)?;
        let programme = draft.programme.clone();
        if self.draft(&programme).is_some() {
            return Err(ImportError::DraftExists);
        }
        self.drafts.update(|ds| ds.push(draft));
        self.write_draft(&programme);
        Ok(programme)
    }

    /// Puts an application in the outbox and starts sending it. The outbox keeps everything the
    /// draft held (one copy on the device): a refused application becomes a draft again.
    pub fn submit(&self, submission: forms::Submission, files: Vec<Attachment>) {
        // Files sent for this draft before (an application refused and fixed) are its draft's.
        let upload_token = self.drafts.with_untracked(|ds| {
            ds.iter()
                .find(|d| d.programme == submission.programme)
                .and_then(|d| d.upload_token.clone())
        });
        self.outbox.update(|o| {
            o.push(Outgoing {
                submission,
                files,
                state: SendState::Waiting,
                files_sent: 0,
                upload_token,
                attempts: 0,
                queued_at: browser::now_iso(),
                reference: None,
                token: None,
                received_at: None,
                problem: None,
                remote: None,
            })
        });
        // One copy on the device: the application and the end of its draft are one write. Should
        // it not fit, the draft is kept as it was (the application is still sent while the page
        // is open, and the person is told).
        let (programme, id) = self
            .outbox
            .with_untracked(|o| {
                o.last()
                    .map(|x| (x.submission.programme.clone(), x.submission.id.clone()))
            })
            .unwrap_or_default();
        let backup = self.drafts.get_untracked();
        self.drafts
            .update(|ds| ds.retain(|d| d.programme != programme));
        let ops = vec![
            self.outgoing_op(&id),
            store::Op::Delete(store::DRAFTS, programme),
        ];
        let written = self.keep(ops);
        self.mark_held();
        let this = *self;
        leptos::task::spawn_local(async move {
            if written.result().await.is_err() {
                this.drafts.set(backup);
            }
        });
        self.flush();
    }

    /// Turns a refused application back into its draft, answers and files, to fix and send again.
    pub fn restore(&self, id: &str) -> Option<String> {
        let item = self
            .outbox
            .with_untracked(|o| o.iter().find(|x| x.submission.id == id).cloned())?;
        let mut attachments: BTreeMap<String, Vec<Attachment>> = BTreeMap::new();
        for (doc, ids) in &item.submission.attachments {
            let files = item.files.iter().filter(|f| ids.contains(&f.id)).cloned();
            attachments.entry(doc.clone()).or_default().extend(files);
        }
        let programme = item.submission.programme.clone();
        self.drafts.update(|ds| {
            ds.retain(|d| d.programme != programme);
            ds.push(Draft {
                programme: programme.clone(),
                answers: item.submission.answers.clone(),
                attachments,
                updated: browser::now_iso(),
                upload_token: item.upload_token.clone(),
            });
        });
        self.write_draft(&programme);
        self.forget(id);
        Some(programme)
    }

    /// Removes an application from the list on this device (its token with it).
    pub fn forget(&self, id: &str) {
        self.outbox.update(|o| o.retain(|x| x.submission.id != id));
        self.save_outgoing(id);
    }

    /// Sends every waiting application, one after another.
    pub fn flush(&self) {
        if self.flushing.get_untracked() {
            return;
        }
        let this = *self;
        let next = self.outbox.with_untracked(|o| {
            o.iter()
                .find(|x| x.state == SendState::Waiting)
                .map(|x| x.submission.id.clone())
        });
        let Some(id) = next else {
            return self.flush_reply();
        };
        self.flushing.set(true);
        // In memory only: the device's record changes under the lock, never from a stale copy.
        self.outbox.update(|o| {
            if let Some(x) = o.iter_mut().find(|x| x.submission.id == id) {
                x.state = SendState::Sending;
                x.files_sent = 0;
            }
        });
        leptos::task::spawn_local(async move {
            let item = this
                .outbox
                .with_untracked(|o| o.iter().find(|x| x.submission.id == id).cloned());
            let progress = {
                let id = id.clone();
                move || {
                    this.set_state(&id, |o| o.files_sent += 1);
                }
            };
            let keep_token = {
                let id = id.clone();
                move |token: Option<String>| {
                    this.set_state(&id, |o| {
                        // A new draft's token: every file goes again.
                        if token.is_none() {
                            o.files_sent = 0;
                        }
                        o.upload_token = token;
                    });
                }
            };
            // One tab sends at a time (issue 14): under the lock, an application another tab has
            // settled meanwhile is taken as that tab left it, and what became of this attempt is
            // kept on the device before the lock is let go (so no tab writes a stale copy over it).
            let outcome = store::exclusively(OUTBOX_LOCK, async {
                if this.settled_elsewhere(&id).await {
                    return Outcome::Gone;
                }
                let outcome = match item {
                    Some(item) => send(&item, keep_token, progress).await,
                    None => Outcome::Gone,
                };
                let changed = match &outcome {
                    Outcome::Received(answer) => this.set_state(&id, |o| {
                        o.state = SendState::Received;
                        o.reference = Some(answer.reference.clone());
                        o.token = Some(answer.token.clone());
                        o.received_at = Some(answer.received_at.clone());
                        o.files.clear();
                        o.upload_token = None;
                        o.problem = None;
                    }),
                    Outcome::Refused(problem) => this.set_state(&id, |o| {
                        o.state = SendState::Refused;
                        o.problem = Some(problem.clone());
                    }),
                    Outcome::TryLater => this.set_state(&id, |o| {
                        o.state = SendState::Waiting;
                        o.attempts += 1;
                    }),
                    // Another draft holds a file under this id (this device lost the token it
                    // was sent with): the file goes again under a new id.
                    Outcome::IdTaken(file) => match browser::random_id() {
                        Some(new) => this.set_state(&id, |o| {
                            o.state = SendState::Waiting;
                            renumber(o, file, &new);
                        }),
                        None => this.set_state(&id, |o| {
                            o.state = SendState::Refused;
                            o.problem = Some(both("outbox-no-random"));
                        }),
                    },
                    Outcome::Gone => None,
                };
                if changed.is_some() {
                    let _ = this.write_outgoing(&id).result().await;
                }
                outcome
            })
            .await;
            this.flushing.set(false);
            if let Outcome::TryLater = outcome {
                // 2, 4, 8 … seconds, at most 5 minutes; and at once when the connection returns.
                let attempts = this.attempts(&id);
                let wait = 1000u32.saturating_mul(1 << attempts.min(8)).min(300_000);
                browser::later(wait, move || this.flush());
            } else {
                this.flush();
            }
        });
    }

    /// Sends the next waiting reply (applications go first: a reply may answer one of them).
    fn flush_reply(&self) {
        let this = *self;
        let next = self.replies.with_untracked(|r| {
            r.iter()
                .find(|x| x.state == SendState::Waiting)
                .map(|x| x.id.clone())
        });
        let Some(id) = next else {
            return;
        };
        self.flushing.set(true);
        // In memory only, as for applications.
        self.replies.update(|r| {
            if let Some(x) = r.iter_mut().find(|x| x.id == id) {
                x.state = SendState::Sending;
                x.files_sent = 0;
            }
        });
        leptos::task::spawn_local(async move {
            let item = this
                .replies
                .with_untracked(|r| r.iter().find(|x| x.id == id).cloned());
            let progress = {
                let id = id.clone();
                move || this.set_reply(&id, |r| r.files_sent += 1)
            };
            // As for applications: one tab at a time, the answer kept before the lock goes.
            let outcome = store::exclusively(OUTBOX_LOCK, async {
                if this.reply_settled_elsewhere(&id).await {
                    return (ReplyOutcome::Gone, 0);
                }
                let outcome = match item {
                    Some(item) => send_reply(&item, progress).await,
                    None => ReplyOutcome::Gone,
                };
                let mut attempts = 0;
                match &outcome {
                    ReplyOutcome::Sent => this.set_reply(&id, |r| {
                        r.state = SendState::Received;
                        r.sent_at = Some(browser::now_iso());
                        r.problem = None;
                        // The community has the files: the device keeps their names only.
                        for f in &mut r.files {
                            f.data.clear();
                        }
                    }),
                    ReplyOutcome::Refused(problem) => this.set_reply(&id, |r| {
                        r.state = SendState::Refused;
                        r.problem = Some(problem.clone());
                    }),
                    ReplyOutcome::TryLater => this.set_reply(&id, |r| {
                        r.state = SendState::Waiting;
                        r.attempts += 1;
                        attempts = r.attempts;
                    }),
                    ReplyOutcome::Gone => return (outcome, attempts),
                }
                let _ = this.write_reply(&id).result().await;
                (outcome, attempts)
            })
            .await;
            let (outcome, attempts) = outcome;
            this.flushing.set(false);
            match outcome {
                ReplyOutcome::Sent => {
                    this.replied.update(|n| *n += 1);
                    this.flush();
                }
                ReplyOutcome::TryLater => {
                    let wait = 1000u32.saturating_mul(1 << attempts.min(8)).min(300_000);
                    browser::later(wait, move || this.flush());
                }
                ReplyOutcome::Refused(_) | ReplyOutcome::Gone => this.flush(),
            }
        });
    }

    /// Changes one reply and saves the replies.
    fn set_reply(&self, id: &str, f: impl FnOnce(&mut Reply)) {
        self.replies.update(|r| {
            if let Some(x) = r.iter_mut().find(|x| x.id == id) {
                f(x);
            }
        });
        self.save_reply(id);
    }

    fn attempts(&self, id: &str) -> u32 {
        self.outbox.with_untracked(|o| {
            o.iter()
                .find(|x| x.submission.id == id)
                .map_or(0, |x| x.attempts)
        })
    }

    /// Changes one application; returns its programme.
    fn set_state(&self, id: &str, f: impl FnOnce(&mut Outgoing)) -> Option<String> {
        let mut programme = None;
        self.outbox.update(|o| {
            if let Some(x) = o.iter_mut().find(|x| x.submission.id == id) {
                f(x);
                programme = Some(x.submission.programme.clone());
            }
        });
        self.save_outgoing(id);
        programme
    }
}

/// The back office's answer to an application it has.
#[derive(Debug, Deserialize)]
struct Received {
    reference: String,
    token: String,
    received_at: String,
}

/// The back office's answer to a request it refuses.
#[derive(Debug, Deserialize)]
struct Refusal {
    message: catalogue::Text,
    #[serde(default)]
    errors: Vec<forms::FieldError>,
}

enum Outcome {
    Received(Received),
    Refused(catalogue::Text),
    TryLater,
    /// A file's id is another draft's: to send again under a new one.
    IdTaken(String),
    Gone,
}

/// Gives file `old` of an application not yet received the id `new`, in its files and in the
/// application's documents.
fn renumber(o: &mut Outgoing, old: &str, new: &str) {
    for f in o.files.iter_mut().filter(|f| f.id == old) {
        f.id = new.to_string();
    }
    for ids in o.submission.attachments.values_mut() {
        for id in ids.iter_mut().filter(|id| id.as_str() == old) {
            *id = new.to_string();
        }
    }
}

enum ReplyOutcome {
    /// The community has it.
    Sent,
    Refused(catalogue::Text),
    TryLater,
    Gone,
}

/// An interface message in both languages (kept with an item on the device, shown in either).
fn both(id: &str) -> catalogue::Text {
    catalogue::Text {
        uk: i18n::t(catalogue::Lang::Uk, id),
        en: i18n::t(catalogue::Lang::En, id),
    }
}

/// Why asking for a status failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusError {
    /// No application with this reference and code.
    NotFound,
    /// No connection.
    Offline,
    /// The back office failed or answered something unreadable.
    Failed,
}

impl StatusError {
    /// The message that says what happened and what to do.
    pub fn message(self) -> &'static str {
        match self {
            StatusError::NotFound => "status-not-found",
            StatusError::Offline => "status-offline",
            StatusError::Failed => "status-failed",
        }
    }
}

/// Asks the back office for an application's status with its code.
pub async fn fetch_status(reference: &str, token: &str) -> Result<StatusView, StatusError> {
    let url = format!("{API}/applications/{}", crate::url::encode(reference));
    match browser::send("GET", &url, "application/json", &[], Some(token)).await {
        Ok((200, body)) => serde_json::from_slice(&body).map_err(|_| StatusError::Failed),
        Ok((401 | 403 | 404, _)) => Err(StatusError::NotFound),
        Ok(_) => Err(StatusError::Failed),
        Err(_) => Err(StatusError::Offline),
    }
}

/// Sends a reply's files, then the reply, with the application's code.
async fn send_reply(reply: &Reply, file_sent: impl Fn()) -> ReplyOutcome {
    let refused = |body: &[u8]| ReplyOutcome::Refused(refusal_or(body, "reply-refused"));
    for f in &reply.files {
        let Some(bytes) = base64_decode(&f.data) else {
            continue;
        };
        // A reply's files are the application's: uploaded with its code (issue 14).
        let url = format!(
            "{API}/attachments/{}?application={}",
            f.id,
            crate::url::encode(&reply.reference)
        );
        match browser::send("PUT", &url, &f.content_type, &bytes, Some(&reply.token)).await {
            Ok((200 | 201, _)) => file_sent(),
            Ok((status, body)) if is_final(status) => return refused(&body),
            _ => return ReplyOutcome::TryLater,
        }
    }
    /// What the back office takes: `{id, message, attachments}`.
    #[derive(Serialize)]
    struct Body<'a> {
        id: &'a str,
        message: &'a str,
        attachments: Vec<&'a str>,
    }
    let body = Body {
        id: &reply.id,
        message: &reply.message,
        attachments: reply.files.iter().map(|f| f.id.as_str()).collect(),
    };
    let body = serde_json::to_vec(&body).unwrap_or_default();
    let url = format!(
        "{API}/applications/{}/replies",
        crate::url::encode(&reply.reference)
    );
    match browser::send("POST", &url, "application/json", &body, Some(&reply.token)).await {
        Ok((200 | 201, _)) => ReplyOutcome::Sent,
        Ok((status, body)) if is_final(status) => refused(&body),
        _ => ReplyOutcome::TryLater,
    }
}

/// Reads a refusal into one message (with each field's message after it).
fn refusal(body: &[u8]) -> catalogue::Text {
    refusal_or(body, "apply-refused-unreadable")
}

/// Reads a refusal into one message (with each field's message after it); message `fallback` if
/// the back office said nothing readable.
fn refusal_or(body: &[u8], fallback: &str) -> catalogue::Text {
    match serde_json::from_slice::<Refusal>(body) {
        Ok(r) => {
            let mut text = r.message;
            for e in r.errors {
                text.uk = format!("{} {}.", text.uk, e.message.uk);
                text.en = format!("{} {}.", text.en, e.message.en);
            }
            text
        }
        Err(_) => both(fallback),
    }
}

/// Sends the files, then the application. Network trouble, a busy or failing back office: try
/// later. A refusal: the person must fix something.
///
/// The files go with the token the back office issued for this draft (issue 14): asked for
/// before the first file and kept (`keep_token`), so that a retry sends them as the same draft's.
/// A token the back office no longer knows (the draft expired, with its files) is replaced at
/// once and every file sent again, once per attempt.
async fn send(
    item: &Outgoing,
    keep_token: impl Fn(Option<String>),
    file_sent: impl Fn(),
) -> Outcome {
    let has_files = item.files.iter().any(|f| !f.data.is_empty());
    let mut token = item.upload_token.clone();
    for round in 0..2 {
        if has_files && token.is_none() {
            token = match new_upload_token().await {
                Ok(t) => Some(t),
                Err(outcome) => return outcome,
            };
            keep_token(token.clone());
        }
        match send_once(item, token.as_deref(), &file_sent).await {
            Sent::Expired if round == 0 => {
                token = None;
                keep_token(None);
            }
            Sent::Expired => return Outcome::TryLater,
            Sent::Done(outcome) => return outcome,
        }
    }
    Outcome::TryLater
}

/// One attempt of [`send`]: done, or the draft's token expired.
enum Sent {
    Done(Outcome),
    Expired,
}

/// Asks the back office for a draft's token (`POST /api/v1/drafts`).
async fn new_upload_token() -> Result<String, Outcome> {
    #[derive(Deserialize)]
    struct NewDraft {
        token: String,
    }
    match browser::send(
        "POST",
        &format!("{API}/drafts"),
        "application/json",
        &[],
        None,
    )
    .await
    {
        Ok((201, body)) => serde_json::from_slice::<NewDraft>(&body)
            .map(|d| d.token)
            .map_err(|_| Outcome::TryLater),
        Ok((status, body)) if is_final(status) => Err(Outcome::Refused(refusal(&body))),
        _ => Err(Outcome::TryLater),
    }
}

/// Sends the files with the draft's `token`, then the application with it.
async fn send_once(item: &Outgoing, token: Option<&str>, file_sent: &impl Fn()) -> Sent {
    for f in &item.files {
        let Some(bytes) = base64_decode(&f.data) else {
            continue;
        };
        let url = format!("{API}/attachments/{}", f.id);
        match browser::send("PUT", &url, &f.content_type, &bytes, token).await {
            Ok((200 | 201, _)) => file_sent(),
            Ok((401, _)) => return Sent::Expired,
            Ok((409, body)) if code_of(&body).as_deref() == Some("id-reused") => {
                return Sent::Done(Outcome::IdTaken(f.id.clone()));
            }
            Ok((status, body)) if is_final(status) => {
                return Sent::Done(Outcome::Refused(refusal(&body)));
            }
            _ => return Sent::Done(Outcome::TryLater),
        }
    }
    let body = serde_json::to_vec(&item.submission).unwrap_or_default();
    let url = format!("{API}/applications");
    Sent::Done(
        match browser::send("POST", &url, "application/json", &body, token).await {
            Ok((200 | 201, body)) => match serde_json::from_slice::<Received>(&body) {
                Ok(r) => Outcome::Received(r),
                Err(_) => Outcome::TryLater,
            },
            Ok((401, _)) => return Sent::Expired,
            Ok((status, body)) if is_final(status) => Outcome::Refused(refusal(&body)),
            _ => Outcome::TryLater,
        },
    )
}

/// The `code` of an error the back office answered.
fn code_of(body: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct Coded {
        code: String,
    }
    serde_json::from_slice::<Coded>(body).ok().map(|c| c.code)
}
/// Of `files`, those that fit beside `held` (a draft's files) within what the back office takes
/// for one draft (issue 14: [`forms::files::MAX_DRAFT_FILES`] files,
/// [`forms::files::MAX_DRAFT_BYTES`] bytes); and for each other one why it was not added.
pub fn within_limits(
    held: &BTreeMap<String, Vec<Attachment>>,
    files: Vec<Attachment>,
) -> (Vec<Attachment>, Vec<catalogue::Text>) {
    use forms::files::{Limit, MAX_DRAFT_BYTES, MAX_DRAFT_FILES, fits};
    let mut count = held.values().map(|l| l.len() as u64).sum::<u64>();
    let mut bytes = held
        .values()
        .flatten()
        .map(|a| u64::from(a.size))
        .sum::<u64>();
    let mut taken = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let size = u64::from(file.size);
        match fits(count, bytes, 1, size, (MAX_DRAFT_FILES, MAX_DRAFT_BYTES)) {
            Ok(()) => {
                count += 1;
                bytes += size;
                taken.push(file);
            }
            Err(limit) => {
                let (id, max) = match limit {
                    Limit::Files(max) => ("file-too-many", max),
                    Limit::Bytes(max) => ("file-too-much", max >> 20),
                };
                let args = [
                    ("name", i18n::Arg::Str(&file.name)),
                    ("max", i18n::Arg::Num(max as i64)),
                ];
                problems.push(catalogue::Text {
                    uk: i18n::t_args(catalogue::Lang::Uk, id, &args),
                    en: i18n::t_args(catalogue::Lang::En, id, &args),
                });
            }
        }
    }
    (taken, problems)
}

/// A 4xx other than "too many requests" or "timeout": sending again will not help.
fn is_final(status: u16) -> bool {
    (400..500).contains(&status) && status != 408 && status != 429
}

/// Standard base64 (with padding) of bytes.
pub fn base64_encode(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The bytes of standard base64; `None` if it is not.
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let s = s.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for chunk in s.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= val(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len().saturating_sub(1)]);
    }
    Some(out)
}

/// The characters of a code in Crockford's base32, read as the back office reads them: either case,
/// `O` as zero, `I` and `L` as one; `U` is not one of them.
fn crockford(c: char) -> Option<char> {
    match c.to_ascii_uppercase() {
        'O' => Some('0'),
        'I' | 'L' => Some('1'),
        'U' => None,
        c @ ('0'..='9' | 'A'..='Z') => Some(c),
        _ => None,
    }
}

/// The code a person typed, as it is sent: a code of 16 characters in four groups
/// (`7KQ4-M2XD-9HZT-WB3E`) however it was typed (spaces, dashes, lower case, `O` for zero), or an
/// earlier receipt's 22-character code exactly as written; `None` if it is neither.
pub fn code_for_request(typed: &str) -> Option<String> {
    let no_spaces: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let old = no_spaces.len() == 22
        && no_spaces
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if old {
        return Some(no_spaces);
    }
    let plain: Option<String> = no_spaces
        .chars()
        .filter(|c| *c != '-')
        .map(crockford)
        .collect();
    let plain = plain.filter(|p| p.len() == 16)?;
    Some(grouped(&plain))
}

/// A code as a person reads it: four groups of four, or an earlier receipt's code as it is.
pub fn shown_code(code: &str) -> String {
    let plain: String = code.chars().filter(|c| *c != '-').collect();
    if plain.len() == 16 && plain.chars().all(|c| crockford(c) == Some(c)) {
        grouped(&plain)
    } else {
        code.to_string()
    }
}

fn grouped(plain: &str) -> String {
    plain
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The device's applications.
pub fn use_applications() -> Applications {
    expect_context::<Applications>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_goes_there_and_back() {
        for bytes in [
            &b""[..],
            b"f",
            b"fo",
            b"foo",
            b"foob",
            b"fooba",
            b"foobar",
            &[0, 255, 128, 7],
        ] {
            let e = base64_encode(bytes);
            assert_eq!(base64_decode(&e).as_deref(), Some(bytes), "{e}");
        }
        assert_eq!(base64_encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64_encode(b"fo"), "Zm8=");
        assert_eq!(base64_decode("Zm9v!"), None);
    }

    #[test]
    fn a_code_is_read_however_it_was_typed() {
        for typed in [
            "7KQ4-M2XD-9HZT-WB3E",
            "7kq4m2xd9hztwb3e",
            " 7KQ4 M2XD 9HZT WB3E ",
            "7kq4-m2xd-9hzt-wb3e",
        ] {
            assert_eq!(
                code_for_request(typed).as_deref(),
                Some("7KQ4-M2XD-9HZT-WB3E"),
                "{typed}"
            );
        }
        // Look-alike letters are read as the digits they look like.
        assert_eq!(
            code_for_request("O0IL-0000-0000-0000").as_deref(),
            Some("0011-0000-0000-0000")
        );
    }

    #[test]
    fn an_earlier_receipts_code_is_sent_exactly_as_written() {
        let old = "aB3_-x9ZkQ0pLm7Tt2Yw5v";
        assert_eq!(old.len(), 22);
        assert_eq!(code_for_request(old).as_deref(), Some(old));
        assert_eq!(code_for_request(&format!(" {old} ")).as_deref(), Some(old));
        assert_eq!(shown_code(old), old);
    }

    #[test]
    fn a_code_of_the_wrong_length_or_with_other_characters_is_not_a_code() {
        assert_eq!(code_for_request(""), None);
        assert_eq!(code_for_request("7KQ4-M2XD-9HZT"), None);
        assert_eq!(code_for_request("7KQ4-M2XD-9HZT-WB3U"), None);
        assert_eq!(code_for_request("7KQ4-M2XD-9HZT-WB3!"), None);
    }

    #[test]
    fn a_code_is_shown_in_four_groups() {
        assert_eq!(shown_code("7KQ4M2XD9HZTWB3E"), "7KQ4-M2XD-9HZT-WB3E");
        assert_eq!(shown_code("7KQ4-M2XD-9HZT-WB3E"), "7KQ4-M2XD-9HZT-WB3E");
    }

    fn view(status: &str) -> StatusView {
        StatusView {
            reference: "2026-000012".into(),
            programme: "idp-allowance".into(),
            status: status.into(),
            received_at: "2026-11-01T10:00:00Z".into(),
            history: vec![
                Step {
                    status: "received".into(),
                    at: "2026-11-01T10:00:00Z".into(),
                    note: None,
                },
                Step {
                    status: "need-info".into(),
                    at: "2026-11-03T09:30:00Z".into(),
                    note: None,
                },
            ],
            messages: vec![Message {
                from: "staff".into(),
                at: "2026-11-03T09:30:00Z".into(),
                text: "Додайте копію паспорта".into(),
                documents_requested: vec!["passport-copy".into()],
                attachments: vec![],
                by: Some(Person {
                    name: "Олена Коваль".into(),
                    role: "worker".into(),
                }),
            }],
            opened_by: vec![],
            requested: vec!["passport-copy".into()],
        }
    }

    fn received(remote: Option<Remote>) -> Outgoing {
        Outgoing {
            submission: forms::Submission {
                id: "0".repeat(32),
                programme: "idp-allowance".into(),
                community: "UA46060250000025047".into(),
                answers: BTreeMap::new(),
                attachments: BTreeMap::new(),
            },
            files: vec![],
            state: SendState::Received,
            files_sent: 0,
            upload_token: None,
            attempts: 0,
            queued_at: "2026-11-01T09:59:00Z".into(),
            reference: Some("2026-000012".into()),
            token: Some("7KQ4-M2XD-9HZT-WB3E".into()),
            received_at: Some("2026-11-01T10:00:00Z".into()),
            problem: None,
            remote,
        }
    }

    fn file(id: &str, size: u32) -> Attachment {
        Attachment {
            id: id.into(),
            name: format!("{id}.pdf"),
            content_type: "application/pdf".into(),
            size,
            data: String::new(),
        }
    }

    #[test]
    fn a_draft_takes_files_up_to_what_the_back_office_takes_for_one_issue_14() {
        i18n::use_all_messages();
        let mut held = BTreeMap::new();
        held.insert(
            "passport".to_string(),
            (0..29).map(|n| file(&n.to_string(), 1000)).collect(),
        );
        let (taken, problems) = within_limits(&held, vec![file("a", 1000), file("b", 1000)]);
        assert_eq!(taken[0].id, "a");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].uk.contains("b.pdf") && problems[0].uk.contains("30"));
        assert!(problems[0].en.contains("30"), "{}", problems[0].en);

        let mut held = BTreeMap::new();
        held.insert("passport".to_string(), vec![file("big", 45 << 20)]);
        let (taken, problems) = within_limits(&held, vec![file("c", 4 << 20), file("d", 2 << 20)]);
        assert_eq!(taken[0].id, "c");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].en.contains("d.pdf") && problems[0].en.contains("50"));
    }

    #[test]
    fn a_file_whose_id_another_draft_holds_goes_again_under_a_new_one() {
        let mut o = received(None);
        o.files = vec![file("old", 10), file("other", 10)];
        o.submission
            .attachments
            .insert("passport".into(), vec!["old".into(), "other".into()]);
        renumber(&mut o, "old", "new");
        assert_eq!(o.files[0].id, "new");
        assert_eq!(o.files[1].id, "other");
        assert_eq!(
            o.submission.attachments["passport"],
            vec!["new".to_string(), "other".to_string()]
        );
    }

    #[test]
    fn the_list_says_received_until_the_status_is_known() {
        assert_eq!(Shown::of(&received(None)), Shown::Received);
        let mut waiting = received(None);
        waiting.state = SendState::Waiting;
        assert_eq!(Shown::of(&waiting), Shown::Waiting);
    }

    #[test]
    fn the_list_shows_a_request_for_more_information_with_what_the_community_wrote() {
        let remote = Remote::of(&view("need-info"), "2026-11-04T08:00:00Z");
        assert_eq!(remote.since, "2026-11-03T09:30:00Z");
        assert_eq!(remote.requested, vec!["passport-copy".to_string()]);
        assert_eq!(
            Shown::of(&received(Some(remote))),
            Shown::NeedInfo {
                since: "2026-11-03T09:30:00Z".into(),
                request: Some("Додайте копію паспорта".into())
            }
        );
    }

    #[test]
    fn the_list_shows_a_later_status_in_place_of_received() {
        let mut v = view("in-review");
        v.history.push(Step {
            status: "in-review".into(),
            at: "2026-11-05T12:00:00Z".into(),
            note: None,
        });
        let remote = Remote::of(&v, "2026-11-06T08:00:00Z");
        assert_eq!(remote.request, None);
        assert_eq!(
            Shown::of(&received(Some(remote))),
            Shown::Status {
                status: "in-review".into(),
                since: "2026-11-05T12:00:00Z".into()
            }
        );
    }

    #[test]
    fn a_status_view_of_the_contract_is_read() {
        let json = r#"{"reference":"2026-000012","programme":"idp-allowance","community":"UA1","status":"need-info",
            "received_at":"2026-11-01T10:00:00Z","version":3,
            "history":[{"status":"received","at":"2026-11-01T10:00:00Z","note":null,"by":null}],
            "messages":[{"id":7,"from":"staff","at":"2026-11-03T09:30:00Z","text":"Потрібен паспорт",
              "documents_requested":["passport-copy"],"attachments":[{"id":"f","type":"image/jpeg","size":12,"name":"x.jpg"}],
              "by":{"name":"Олена Коваль","role":"worker"}}],
            "opened_by":[{"name":"Олена Коваль","role":"worker","at":"2026-11-02T08:00:00Z"}],
            "requested":["passport-copy"]}"#;
        let v: StatusView = serde_json::from_str(json).unwrap();
        assert_eq!(v.messages[0].attachments[0].name, "x.jpg");
        assert_eq!(v.opened_by[0].role, "worker");
        // An older back office's answer, without the conversation, is read too.
        let old: StatusView =
            serde_json::from_str(r#"{"reference":"r","status":"received","history":[]}"#).unwrap();
        assert!(old.messages.is_empty());
    }

    #[test]
    fn only_a_refusal_stops_the_retries() {
        assert!(is_final(400) && is_final(422) && is_final(409) && is_final(413));
        assert!(!is_final(429) && !is_final(408) && !is_final(500) && !is_final(503));
    }
}
