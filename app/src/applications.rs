//! Applications on the device: drafts saved as they are typed, and the outbox that sends a
//! submitted application to the community's back office — now, when the connection returns, or
//! when the portal is next opened — with backoff, until the back office has it. The id each
//! application carries is made on the device, so the back office stores it once however often it
//! is sent. Nothing typed is ever lost: a draft is kept until its application is received.

use crate::browser::{self, keys};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    pub attempts: u32,
    pub queued_at: String,
    pub reference: Option<String>,
    /// The secret that shows the application's status; kept on this device.
    pub token: Option<String>,
    pub received_at: Option<String>,
    /// Why the back office refused it, in both languages.
    pub problem: Option<catalogue::Text>,
}

/// Drafts and the outbox, as a context value.
#[derive(Clone, Copy, Debug)]
pub struct Applications {
    pub drafts: RwSignal<Vec<Draft>>,
    pub outbox: RwSignal<Vec<Outgoing>>,
    flushing: RwSignal<bool>,
}

fn load<T: for<'de> Deserialize<'de>>(key: &str) -> Vec<T> {
    browser::load(key)
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

impl Applications {
    /// Reads what is stored on the device; an application caught mid-send is waiting again.
    pub fn load() -> Applications {
        let mut outbox: Vec<Outgoing> = load(keys::OUTBOX);
        for o in &mut outbox {
            if o.state == SendState::Sending {
                o.state = SendState::Waiting;
            }
        }
        Applications {
            drafts: RwSignal::new(load(keys::DRAFTS)),
            outbox: RwSignal::new(outbox),
            flushing: RwSignal::new(false),
        }
    }

    fn save_drafts(&self) -> bool {
        let text = self
            .drafts
            .with_untracked(|d| serde_json::to_string(d).unwrap_or_default());
        browser::save(keys::DRAFTS, Some(&text))
    }

    fn save_outbox(&self) -> bool {
        let text = self
            .outbox
            .with_untracked(|o| serde_json::to_string(o).unwrap_or_default());
        browser::save(keys::OUTBOX, Some(&text))
    }

    /// The draft for a programme, if any.
    pub fn draft(&self, programme: &str) -> Option<Draft> {
        self.drafts
            .with(|ds| ds.iter().find(|d| d.programme == programme).cloned())
    }

    /// Changes (or starts) the draft of a programme and saves it at once; `false` if the device
    /// had no room to keep it (the change stays in memory only).
    pub fn edit(&self, programme: &str, f: impl FnOnce(&mut Draft)) -> bool {
        self.drafts.update(|ds| {
            let i = match ds.iter().position(|d| d.programme == programme) {
                Some(i) => i,
                None => {
                    ds.push(Draft {
                        programme: programme.to_string(),
                        answers: BTreeMap::new(),
                        attachments: BTreeMap::new(),
                        updated: String::new(),
                    });
                    ds.len() - 1
                }
            };
            f(&mut ds[i]);
            ds[i].updated = browser::now_iso();
        });
        self.save_drafts()
    }

    /// Deletes a draft.
    pub fn delete(&self, programme: &str) {
        self.drafts
            .update(|ds| ds.retain(|d| d.programme != programme));
        self.save_drafts();
    }

    /// Puts an application in the outbox and starts sending it. The outbox keeps everything the
    /// draft held (one copy on the device): a refused application becomes a draft again.
    pub fn submit(&self, submission: forms::Submission, files: Vec<Attachment>) {
        self.outbox.update(|o| {
            o.push(Outgoing {
                submission,
                files,
                state: SendState::Waiting,
                files_sent: 0,
                attempts: 0,
                queued_at: browser::now_iso(),
                reference: None,
                token: None,
                received_at: None,
                problem: None,
            })
        });
        // One copy on the device: the draft's room goes to the outbox. Should the outbox not fit
        // even so, the draft is kept (and the application is still sent while the page is open).
        let programme = self
            .outbox
            .with_untracked(|o| o.last().map(|x| x.submission.programme.clone()))
            .unwrap_or_default();
        let backup = self.drafts.get_untracked();
        self.drafts
            .update(|ds| ds.retain(|d| d.programme != programme));
        self.save_drafts();
        if !self.save_outbox() {
            self.drafts.set(backup);
            self.save_drafts();
        }
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
            });
        });
        self.save_drafts();
        self.forget(id);
        Some(programme)
    }

    /// Removes an application from the list on this device (its token with it).
    pub fn forget(&self, id: &str) {
        self.outbox.update(|o| o.retain(|x| x.submission.id != id));
        self.save_outbox();
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
            return;
        };
        self.flushing.set(true);
        self.set_state(&id, |o| {
            o.state = SendState::Sending;
            o.files_sent = 0;
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
            let outcome = match item {
                Some(item) => send(&item, progress).await,
                None => Outcome::Gone,
            };
            this.flushing.set(false);
            match outcome {
                Outcome::Received(answer) => {
                    this.set_state(&id, |o| {
                        o.state = SendState::Received;
                        o.reference = Some(answer.reference);
                        o.token = Some(answer.token);
                        o.received_at = Some(answer.received_at);
                        o.files.clear();
                        o.problem = None;
                    });
                    this.flush();
                }
                Outcome::Refused(problem) => {
                    this.set_state(&id, |o| {
                        o.state = SendState::Refused;
                        o.problem = Some(problem);
                    });
                    this.flush();
                }
                Outcome::TryLater => {
                    let attempts = this
                        .set_state(&id, |o| {
                            o.state = SendState::Waiting;
                            o.attempts += 1;
                        })
                        .map(|_| this.attempts(&id))
                        .unwrap_or(0);
                    // 2, 4, 8 … seconds, at most 5 minutes; and at once when the connection returns.
                    let wait = 1000u32.saturating_mul(1 << attempts.min(8)).min(300_000);
                    browser::later(wait, move || this.flush());
                }
                Outcome::Gone => this.flush(),
            }
        });
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
        self.save_outbox();
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
    Gone,
}

/// Reads a refusal into one message (with each field's message after it).
fn refusal(body: &[u8]) -> catalogue::Text {
    match serde_json::from_slice::<Refusal>(body) {
        Ok(r) => {
            let mut text = r.message;
            for e in r.errors {
                text.uk = format!("{} {}.", text.uk, e.message.uk);
                text.en = format!("{} {}.", text.en, e.message.en);
            }
            text
        }
        Err(_) => catalogue::Text {
            uk: "Громада не прийняла заяву. Перевірте відповіді й надішліть знову.".into(),
            en:
                "The community did not accept the application. Check the answers and send it again."
                    .into(),
        },
    }
}

/// Sends the files, then the application. Network trouble, a busy or failing back office: try
/// later. A refusal: the person must fix something.
async fn send(item: &Outgoing, file_sent: impl Fn()) -> Outcome {
    for f in &item.files {
        let Some(bytes) = base64_decode(&f.data) else {
            continue;
        };
        let url = format!("{API}/attachments/{}", f.id);
        match browser::send("PUT", &url, &f.content_type, &bytes, None).await {
            Ok((200 | 201, _)) => file_sent(),
            Ok((status, body)) if is_final(status) => return Outcome::Refused(refusal(&body)),
            _ => return Outcome::TryLater,
        }
    }
    let body = serde_json::to_vec(&item.submission).unwrap_or_default();
    let url = format!("{API}/applications");
    match browser::send("POST", &url, "application/json", &body, None).await {
        Ok((200 | 201, body)) => match serde_json::from_slice::<Received>(&body) {
            Ok(r) => Outcome::Received(r),
            Err(_) => Outcome::TryLater,
        },
        Ok((status, body)) if is_final(status) => Outcome::Refused(refusal(&body)),
        _ => Outcome::TryLater,
    }
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
    fn only_a_refusal_stops_the_retries() {
        assert!(is_final(400) && is_final(422) && is_final(409) && is_final(413));
        assert!(!is_final(429) && !is_final(408) && !is_final(500) && !is_final(503));
    }
}
