//! Where the device keeps applications (issue 14): the store in IndexedDB
//! ([`crate::browser::store`]), read once before the applications app starts ([`preload`]), the
//! move of what the earlier `localStorage` format held, and the writes of each change.
//!
//! A record is written alone: typing an answer writes that draft (its JSON, files left out), not
//! everything; a file's bytes are written once, when it is added, and deleted when nothing holds
//! it any more. Every write's result reaches [`Applications::problem`], which the page shows where
//! the person is typing, with what to do.
//!
//! A write still unfinished when the page goes (a reload, a link, a closed tab, a phone ending a
//! hidden tab) would be lost, and the last answer typed with it: so while a draft's write is
//! unfinished, the page being hidden or left copies that draft at once into a `localStorage`
//! journal entry ([`keys::JOURNAL`]), and [`preload`] puts an entry newer than the store's draft
//! into the store, removing the entry once the store has it ([`from_journal`]).

use super::{Applications, Attachment, Draft, Outgoing, Reply, ReplyDraft, SendState};
use crate::browser::store::{self, Op, StoreError, Value};
use crate::browser::{self, keys};
use leptos::prelude::*;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

/// Everything the device keeps of applications, as read at the start.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Kept {
    pub drafts: Vec<Draft>,
    pub outbox: Vec<Outgoing>,
    pub replies: Vec<Reply>,
    pub reply_drafts: Vec<ReplyDraft>,
    /// The attachment ids whose bytes the store holds.
    pub documents: BTreeSet<String>,
    /// Why what was read could not be kept in the store (the old `localStorage` records are then
    /// still there, and shown).
    pub problem: Option<StoreError>,
}

thread_local! {
    static PRELOADED: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// The lock held, across every tab of the portal, while one sends from the outbox (issue 14:
/// two tabs never send one application twice).
pub const OUTBOX_LOCK: &str = "portal.outbox";

/// Reads what the device keeps, moving what the earlier `localStorage` format held into the
/// store first; [`Applications::load`] then takes it. Called before the applications app starts.
pub async fn preload() {
    let kept = read_kept().await;
    PRELOADED.with(|p| *p.borrow_mut() = Some(kept));
}

/// What [`preload`] read (nothing natively, or if it was not called).
pub(super) fn take_preloaded() -> Kept {
    PRELOADED
        .with(|p| p.borrow_mut().take())
        .unwrap_or_default()
}

/// The earlier format: `localStorage` keys holding JSON lists, documents base64 inside.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Old {
    pub drafts: Vec<Draft>,
    pub outbox: Vec<Outgoing>,
    pub replies: Vec<Reply>,
    pub reply_drafts: Vec<ReplyDraft>,
    /// The keys read (and so to be removed once the store has their records). A key whose value
    /// cannot be read stays where it is.
    pub keys: Vec<&'static str>,
}

impl Old {
    /// What `localStorage` holds in the earlier format.
    pub fn read() -> Old {
        let mut old = Old::default();
        fn take<T: DeserializeOwned>(key: &'static str, keys: &mut Vec<&'static str>) -> Vec<T> {
            let Some(text) = browser::load(key) else {
                return Vec::new();
            };
            match serde_json::from_str(&text) {
                Ok(list) => {
                    keys.push(key);
                    list
                }
                Err(_) => Vec::new(),
            }
        }
        old.drafts = take(keys::DRAFTS, &mut old.keys);
        old.outbox = take(keys::OUTBOX, &mut old.keys);
        old.replies = take(keys::REPLIES, &mut old.keys);
        old.reply_drafts = take(keys::REPLY_DRAFTS, &mut old.keys);
        old
    }

    /// The writes that put every old record into the store, each file's bytes apart.
    pub fn ops(&self) -> Vec<Op> {
        let mut ops = Vec::new();
        let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        let mut note = |list: &mut dyn Iterator<Item = &Attachment>| {
            for a in list {
                if let Some(bytes) = super::base64_decode(&a.data).filter(|_| !a.data.is_empty()) {
                    files.insert(a.id.clone(), bytes);
                }
            }
        };
        for d in &self.drafts {
            note(&mut d.attachments.values().flatten());
            ops.push(put(
                store::DRAFTS,
                &d.programme,
                &mut d.clone(),
                draft_files,
            ));
        }
        for o in &self.outbox {
            note(&mut o.files.iter());
            ops.push(put(
                store::OUTBOX,
                &o.submission.id,
                &mut o.clone(),
                outgoing_files,
            ));
        }
        for r in &self.replies {
            note(&mut r.files.iter());
            ops.push(put(store::REPLIES, &r.id, &mut r.clone(), reply_files));
        }
        for r in &self.reply_drafts {
            note(&mut r.files.iter());
            ops.push(put(
                store::REPLY_DRAFTS,
                &r.reference,
                &mut r.clone(),
                reply_draft_files,
            ));
        }
        ops.extend(
            files
                .into_iter()
                .map(|(id, bytes)| Op::Put(store::DOCUMENTS, id, Value::Bytes(bytes))),
        );
        ops
    }
}

/// Moves the old records into the store, then reads the store.
async fn read_kept() -> Kept {
    let old = Old::read();
    let opened = store::open().await;
    let moved = match opened {
        Ok(()) if !old.keys.is_empty() => store::write(old.ops()).await,
        other => other,
    };
    if moved.is_ok() {
        // Only once the store has them are the old records removed.
        for key in &old.keys {
            let _ = browser::save(key, None);
        }
    }
    let mut kept = match read_store().await {
        Ok(kept) => kept,
        Err(e) => Kept {
            problem: Some(e),
            ..Kept::default()
        },
    };
    if let Err(e) = moved {
        // The store could not take them: they stay in `localStorage` and are shown from there.
        kept.problem = Some(e);
        merge(&mut kept, old);
    }
    read_journal(&mut kept).await;
    kept
}

/// Puts the journal's drafts that are newer than the store's into the store (and what is shown);
/// each entry is removed once the store has its draft. Where the store refuses, the entries stay
/// (and their drafts are shown), to be tried again at the next start.
async fn read_journal(kept: &mut Kept) {
    let mut entries = Vec::new();
    for key in browser::keys_starting(keys::JOURNAL) {
        match browser::load(&key).and_then(|t| serde_json::from_str::<Draft>(&t).ok()) {
            Some(draft) => entries.push((key, draft)),
            // Nothing anyone can read: nothing to keep.
            None => {
                let _ = browser::save(&key, None);
            }
        }
    }
    if entries.is_empty() {
        return;
    }
    let newer = from_journal(kept, entries.iter().map(|(_, d)| d.clone()).collect());
    let ops: Vec<Op> = kept
        .drafts
        .iter_mut()
        .filter(|d| newer.contains(&d.programme))
        .map(|d| put(store::DRAFTS, &d.programme.clone(), d, draft_files))
        .collect();
    let written = store::write(ops).await;
    for (key, draft) in entries {
        if written.is_ok() || !newer.contains(&draft.programme) {
            let _ = browser::save(&key, None);
        }
    }
    if let Err(e) = written {
        kept.problem.get_or_insert(e);
    }
}

/// Takes each journal draft newer than the draft `kept` holds of its programme (or of a programme
/// it holds none of) in its place; the programmes taken. The journal carries answers: the files
/// are those the store's draft holds (a file's bytes are kept only by the store's write).
pub fn from_journal(kept: &mut Kept, journal: Vec<Draft>) -> BTreeSet<String> {
    let mut taken = BTreeSet::new();
    for mut draft in journal {
        let at = kept
            .drafts
            .iter()
            .position(|d| d.programme == draft.programme);
        let stored = at.map(|i| &kept.drafts[i]);
        let newer = stored.is_none_or(|s| {
            draft.updated > s.updated || (draft.updated == s.updated && draft.answers != s.answers)
        });
        if !newer {
            continue;
        }
        draft.attachments = stored.map(|s| s.attachments.clone()).unwrap_or_default();
        taken.insert(draft.programme.clone());
        match at {
            Some(i) => kept.drafts[i] = draft,
            None => kept.drafts.push(draft),
        }
    }
    taken
}

thread_local! {
    /// The drafts whose last write the store has not yet confirmed: programme, that write's
    /// number, and whether the journal holds a copy.
    static UNSAVED: RefCell<Vec<(String, u64, bool)>> = const { RefCell::new(Vec::new()) };
    static WRITES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The journal's key for the draft of `programme`.
fn journal_key(programme: &str) -> String {
    format!("{}{programme}", keys::JOURNAL)
}

/// Notes that the drafts of `programmes` are being written; the write's number.
fn unsaved(programmes: &[String]) -> u64 {
    let n = WRITES.with(|w| {
        w.set(w.get() + 1);
        w.get()
    });
    UNSAVED.with(|u| {
        let mut u = u.borrow_mut();
        for p in programmes {
            match u.iter_mut().find(|(q, ..)| q == p) {
                Some(entry) => entry.1 = n,
                None => u.push((p.clone(), n, false)),
            }
        }
    });
    n
}

/// The store kept write `n` of the drafts of `programmes`: a draft no later write changes is saved,
/// and its journal entry (if the page was hidden meanwhile) is no longer needed.
fn saved(programmes: &[String], n: u64) {
    for p in programmes {
        let journaled = UNSAVED.with(|u| {
            let mut u = u.borrow_mut();
            let at = u.iter().position(|(q, last, _)| q == p && *last == n)?;
            Some(u.swap_remove(at).2)
        });
        if journaled == Some(true) {
            let _ = browser::save(&journal_key(p), None);
        }
    }
}

/// Adds the old records the store does not hold.
fn merge(kept: &mut Kept, old: Old) {
    for d in old.drafts {
        if !kept.drafts.iter().any(|k| k.programme == d.programme) {
            kept.drafts.push(d);
        }
    }
    for o in old.outbox {
        if !kept
            .outbox
            .iter()
            .any(|k| k.submission.id == o.submission.id)
        {
            kept.outbox.push(o);
        }
    }
    for r in old.replies {
        if !kept.replies.iter().any(|k| k.id == r.id) {
            kept.replies.push(r);
        }
    }
    for r in old.reply_drafts {
        if !kept.reply_drafts.iter().any(|k| k.reference == r.reference) {
            kept.reply_drafts.push(r);
        }
    }
}

/// Every record of the store, the files' bytes back in their attachments.
pub async fn read_store() -> Result<Kept, StoreError> {
    let mut documents = BTreeMap::new();
    for (id, value) in store::read_all(store::DOCUMENTS).await? {
        if let Value::Bytes(bytes) = value {
            documents.insert(id, super::base64_encode(&bytes));
        }
    }
    // The records' texts first, then each kind parsed (one asynchronous path, not four).
    let mut texts = Vec::new();
    for name in [
        store::DRAFTS,
        store::OUTBOX,
        store::REPLIES,
        store::REPLY_DRAFTS,
    ] {
        let records = store::read_all(name).await?.into_iter();
        texts.push(records.filter_map(|(_, v)| match v {
            Value::Json(text) => Some(text),
            Value::Bytes(_) => None,
        }));
    }
    fn parse<T: DeserializeOwned>(texts: Option<impl Iterator<Item = String>>) -> Vec<T> {
        texts
            .into_iter()
            .flatten()
            .filter_map(|t| serde_json::from_str(&t).ok())
            .collect()
    }
    let mut texts = texts.into_iter();
    let mut kept = Kept {
        drafts: parse(texts.next()),
        outbox: parse(texts.next()),
        replies: parse(texts.next()),
        reply_drafts: parse(texts.next()),
        documents: documents.keys().cloned().collect(),
        problem: None,
    };
    let fill = |a: &mut Attachment| {
        if let Some(data) = documents.get(&a.id) {
            a.data = data.clone();
        }
    };
    kept.drafts
        .iter_mut()
        .for_each(|d| d.attachments.values_mut().flatten().for_each(fill));
    kept.outbox
        .iter_mut()
        .for_each(|o| o.files.iter_mut().for_each(fill));
    kept.replies
        .iter_mut()
        .for_each(|r| r.files.iter_mut().for_each(fill));
    kept.reply_drafts
        .iter_mut()
        .for_each(|r| r.files.iter_mut().for_each(fill));
    for o in &mut kept.outbox {
        if o.state == SendState::Sending {
            o.state = SendState::Waiting;
        }
    }
    for r in &mut kept.replies {
        if r.state == SendState::Sending {
            r.state = SendState::Waiting;
        }
    }
    Ok(kept)
}

fn draft_files(d: &mut Draft) -> Vec<&mut Attachment> {
    d.attachments.values_mut().flatten().collect()
}
fn outgoing_files(o: &mut Outgoing) -> Vec<&mut Attachment> {
    o.files.iter_mut().collect()
}
fn reply_files(r: &mut Reply) -> Vec<&mut Attachment> {
    r.files.iter_mut().collect()
}
fn reply_draft_files(r: &mut ReplyDraft) -> Vec<&mut Attachment> {
    r.files.iter_mut().collect()
}

/// A record as the store keeps it: its JSON without the files' bytes (kept apart, once). The
/// bytes are taken out and put back, never copied.
fn put<T: Serialize>(
    name: &'static str,
    key: &str,
    item: &mut T,
    files: fn(&mut T) -> Vec<&mut Attachment>,
) -> Op {
    let taken: Vec<String> = files(item)
        .into_iter()
        .map(|a| std::mem::take(&mut a.data))
        .collect();
    let json = serde_json::to_string(item).unwrap_or_default();
    for (a, data) in files(item).into_iter().zip(taken) {
        a.data = data;
    }
    Op::Put(name, key.to_string(), Value::Json(json))
}

/// An application as a file the person keeps (issue 14): its answers and documents, to e-mail
/// to themselves, bring to a ЦНАП, or import on another device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exported {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    pub version: u32,
    pub draft: Draft,
}

/// What an exported application's file says it is.
pub const EXPORT_FORMAT: &str = "portal-application";

/// Why a file could not be imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportError {
    /// Not an application this portal saved.
    Unreadable,
    /// A draft of the same programme is on this device already.
    DraftExists,
}

impl ImportError {
    /// The `[apply]` message that says what happened and what to do.
    pub fn message(self) -> &'static str {
        match self {
            ImportError::Unreadable => "import-unreadable",
            ImportError::DraftExists => "import-exists",
        }
    }
}

/// The file of a draft: JSON with its answers and documents (base64).
pub fn export(draft: &Draft) -> Vec<u8> {
    let mut draft = draft.clone();
    // The back office's token for the draft's uploads belongs to this device's draft.
    draft.upload_token = None;
    let file = Exported {
        format: EXPORT_FORMAT.into(),
        version: 1,
        draft,
    };
    serde_json::to_vec(&file).unwrap_or_default()
}

/// The draft a file holds.
pub fn read_export(bytes: &[u8]) -> Result<Draft, ImportError> {
    // As text: the reader every other record of the app is parsed with (a smaller module).
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Unreadable)?;
    let file: Exported = serde_json::from_str(text).map_err(|_| ImportError::Unreadable)?;
    let files_read = file
        .draft
        .attachments
        .values()
        .flatten()
        .all(|a| super::base64_decode(&a.data).is_some());
    if file.format != EXPORT_FORMAT || file.version != 1 || !files_read {
        return Err(ImportError::Unreadable);
    }
    Ok(file.draft)
}

/// What became of the last write.
impl Applications {
    /// Writes `records` (and the files they now hold or no longer hold) in one transaction; what
    /// the device answers reaches [`Applications::problem`]. The returned future says it too (the
    /// outbox awaits it while it holds the lock).
    pub(super) fn keep(&self, mut ops: Vec<Op>) -> Written {
        // Files: the ids of those held now (with their bytes) against those the store has. Only
        // ids are gathered: a keystroke copies no file.
        let mut held: BTreeSet<String> = BTreeSet::new();
        self.each_file(|a| {
            if !a.data.is_empty() && !held.contains(&a.id) {
                held.insert(a.id.clone());
            }
        });
        let (added, gone) = self.documents.with_value(|kept| {
            let added: BTreeSet<String> = held.difference(kept).cloned().collect();
            let gone: Vec<String> = kept.difference(&held).cloned().collect();
            (added, gone)
        });
        if !added.is_empty() {
            let mut bytes: BTreeMap<String, Vec<u8>> = BTreeMap::new();
            self.each_file(|a| {
                if added.contains(&a.id)
                    && !bytes.contains_key(&a.id)
                    && let Some(b) = super::base64_decode(&a.data)
                {
                    bytes.insert(a.id.clone(), b);
                }
            });
            ops.extend(
                bytes
                    .into_iter()
                    .map(|(id, b)| Op::Put(store::DOCUMENTS, id, Value::Bytes(b))),
            );
        }
        for id in &gone {
            ops.push(Op::Delete(store::DOCUMENTS, id.clone()));
        }
        self.documents.update_value(|kept| {
            kept.extend(added.iter().cloned());
            gone.iter().for_each(|id| {
                kept.remove(id);
            });
        });
        let drafts: Vec<String> = ops
            .iter()
            .filter_map(|op| match op {
                Op::Put(s, key, _) | Op::Delete(s, key) if *s == store::DRAFTS => Some(key.clone()),
                _ => None,
            })
            .collect();
        let number = unsaved(&drafts);
        let written = store::write(ops);
        let this = *self;
        let (result, done) = futures_once();
        leptos::task::spawn_local(async move {
            let outcome = written.await;
            if outcome.is_ok() {
                saved(&drafts, number);
            }
            if outcome.is_err() {
                // Not kept: the files go again with the next write.
                this.documents.update_value(|kept| {
                    added.iter().for_each(|id| {
                        kept.remove(id);
                    });
                    kept.extend(gone.iter().cloned());
                });
            }
            this.problem.set(outcome.err());
            done(outcome);
        });
        Written(Box::pin(result))
    }

    /// Copies every draft whose write is unfinished into the journal, at once (called as the page
    /// is hidden or left: an unfinished write may then be lost). A draft deleted meanwhile loses its
    /// entry instead. Where `localStorage` is denied or full, nothing is copied: the store's write
    /// remains the record.
    pub fn journal(&self) {
        let pending: Vec<String> =
            UNSAVED.with(|u| u.borrow().iter().map(|e| e.0.clone()).collect());
        for programme in pending {
            let mut draft = None;
            let _ = self.drafts.try_update_untracked(|ds| {
                if let Some(d) = ds.iter_mut().find(|d| d.programme == programme)
                    && let Op::Put(_, _, Value::Json(json)) =
                        put(store::DRAFTS, &programme, d, draft_files)
                {
                    draft = Some(json);
                }
            });
            let kept = browser::save(&journal_key(&programme), draft.as_deref());
            UNSAVED.with(|u| {
                if let Some(entry) = u.borrow_mut().iter_mut().find(|e| e.0 == programme) {
                    entry.2 = kept && draft.is_some();
                }
            });
        }
    }

    /// Calls `f` with every file the drafts, applications, replies and answers being written hold.
    fn each_file(&self, mut f: impl FnMut(&Attachment)) {
        self.drafts.with_untracked(|ds| {
            ds.iter()
                .flat_map(|d| d.attachments.values().flatten())
                .for_each(&mut f)
        });
        self.outbox
            .with_untracked(|o| o.iter().flat_map(|x| &x.files).for_each(&mut f));
        self.replies
            .with_untracked(|r| r.iter().flat_map(|x| &x.files).for_each(&mut f));
        self.reply_drafts
            .with_untracked(|r| r.iter().flat_map(|x| &x.files).for_each(&mut f));
    }

    /// Writes the draft of `programme` (or deletes it, if there is none).
    pub(super) fn write_draft(&self, programme: &str) -> Written {
        let mut op = Op::Delete(store::DRAFTS, programme.to_string());
        self.drafts.update_untracked(|ds| {
            if let Some(d) = ds.iter_mut().find(|d| d.programme == programme) {
                op = put(store::DRAFTS, programme, d, draft_files);
            }
        });
        self.keep(vec![op])
    }

    /// The write of application `id` (or its deletion, if it is gone).
    pub(super) fn outgoing_op(&self, id: &str) -> Op {
        let mut op = Op::Delete(store::OUTBOX, id.to_string());
        self.outbox.update_untracked(|o| {
            if let Some(x) = o.iter_mut().find(|x| x.submission.id == id) {
                op = put(store::OUTBOX, id, x, outgoing_files);
            }
        });
        op
    }

    /// Writes application `id` (or deletes it, if it is gone).
    pub(super) fn write_outgoing(&self, id: &str) -> Written {
        let op = self.outgoing_op(id);
        self.keep(vec![op])
    }

    /// Writes reply `id` (or deletes it, if it is gone).
    pub(super) fn write_reply(&self, id: &str) -> Written {
        let mut op = Op::Delete(store::REPLIES, id.to_string());
        self.replies.update_untracked(|r| {
            if let Some(x) = r.iter_mut().find(|x| x.id == id) {
                op = put(store::REPLIES, id, x, reply_files);
            }
        });
        self.keep(vec![op])
    }

    /// Writes the reply being written to application `reference` (or deletes it).
    pub(super) fn write_reply_draft(&self, reference: &str) -> Written {
        let mut op = Op::Delete(store::REPLY_DRAFTS, reference.to_string());
        self.reply_drafts.update_untracked(|r| {
            if let Some(x) = r.iter_mut().find(|x| x.reference == reference) {
                op = put(store::REPLY_DRAFTS, reference, x, reply_draft_files);
            }
        });
        self.keep(vec![op])
    }

    /// Has another tab sent (or seen refused) application `id` meanwhile? Then this tab takes
    /// what the store says of it. Asked while holding [`OUTBOX_LOCK`].
    pub(super) async fn settled_elsewhere(&self, id: &str) -> bool {
        let Ok(Some(Value::Json(text))) = store::read(store::OUTBOX, id).await else {
            return false;
        };
        let Ok(stored) = serde_json::from_str::<Outgoing>(&text) else {
            return false;
        };
        if matches!(stored.state, SendState::Waiting | SendState::Sending) {
            return false;
        }
        self.outbox.update(|o| {
            if let Some(x) = o.iter_mut().find(|x| x.submission.id == id) {
                let files = std::mem::take(&mut x.files);
                *x = stored;
                if x.state == SendState::Refused {
                    x.files = files;
                }
            }
        });
        true
    }

    /// Has another tab sent reply `id` meanwhile? (As [`Self::settled_elsewhere`].)
    pub(super) async fn reply_settled_elsewhere(&self, id: &str) -> bool {
        let Ok(Some(Value::Json(text))) = store::read(store::REPLIES, id).await else {
            return false;
        };
        let Ok(stored) = serde_json::from_str::<Reply>(&text) else {
            return false;
        };
        if matches!(stored.state, SendState::Waiting | SendState::Sending) {
            return false;
        }
        self.replies.update(|r| {
            if let Some(x) = r.iter_mut().find(|x| x.id == id) {
                let files = std::mem::take(&mut x.files);
                *x = stored;
                if x.state == SendState::Refused {
                    x.files = files;
                }
            }
        });
        true
    }
}

/// What the device answers to a write. It reaches [`Applications::problem`] whether or not it is
/// awaited; the outbox awaits it while it holds the lock.
pub(super) struct Written(
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), StoreError>>>>,
);

impl Written {
    /// Whether the device kept the write.
    pub(super) async fn result(self) -> Result<(), StoreError> {
        self.0.await
    }
}

/// A future completed once by the function returned with it.
fn futures_once<T: 'static>() -> (
    impl std::future::Future<Output = T> + 'static,
    impl FnOnce(T) + 'static,
) {
    use std::rc::Rc;
    use std::task::{Poll, Waker};
    type Slot<T> = Rc<RefCell<(Option<T>, Option<Waker>)>>;
    let slot: Slot<T> = Rc::new(RefCell::new((None, None)));
    let reader = slot.clone();
    let fut = std::future::poll_fn(move |cx| {
        let mut s = reader.borrow_mut();
        match s.0.take() {
            Some(v) => Poll::Ready(v),
            None => {
                s.1 = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    });
    let done = move |v: T| {
        let waker = {
            let mut s = slot.borrow_mut();
            s.0 = Some(v);
            s.1.take()
        };
        if let Some(w) = waker {
            w.wake();
        }
    };
    (fut, done)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Runs a future that never waits (the native store answers at once).
    fn now<T>(f: impl std::future::Future<Output = T>) -> T {
        let mut f = std::pin::pin!(f);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        match f.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(v) => v,
            std::task::Poll::Pending => panic!("the native store never waits"),
        }
    }

    fn file(id: &str, bytes: &[u8]) -> Attachment {
        Attachment {
            id: id.into(),
            name: format!("{id}.jpg"),
            content_type: "image/jpeg".into(),
            size: bytes.len() as u32,
            data: super::super::base64_encode(bytes),
        }
    }

    fn old() -> Old {
        let mut answers = BTreeMap::new();
        answers.insert("surname".to_string(), "Шевченко".to_string());
        let mut attachments = BTreeMap::new();
        attachments.insert(
            "passport".to_string(),
            vec![file("a1", b"\xff\xd8passport")],
        );
        let draft = Draft {
            programme: "idp-allowance".into(),
            answers: answers.clone(),
            attachments,
            updated: "2026-12-01T10:00:00.000Z".into(),
            upload_token: None,
        };
        let outgoing = Outgoing {
            submission: forms::Submission {
                id: "f".repeat(32),
                programme: "housing-aid".into(),
                community: "UA46060250000025047".into(),
                answers,
                attachments: BTreeMap::from([("id-card".to_string(), vec!["b2".to_string()])]),
            },
            files: vec![file("b2", b"%PDF-1.7 card")],
            state: SendState::Sending,
            files_sent: 0,
            upload_token: Some("t".into()),
            attempts: 3,
            queued_at: "2026-12-01T11:00:00.000Z".into(),
            reference: None,
            token: None,
            received_at: None,
            problem: None,
            remote: None,
        };
        let reply = Reply {
            id: "e".repeat(32),
            reference: "2026-000012".into(),
            token: "7KQ4-M2XD-9HZT-WB3E".into(),
            message: "Додаю довідку".into(),
            files: vec![file("c3", b"\x89PNG note")],
            state: SendState::Waiting,
            files_sent: 0,
            attempts: 0,
            queued_at: "2026-12-02T09:00:00.000Z".into(),
            sent_at: None,
            problem: None,
        };
        let reply_draft = ReplyDraft {
            reference: "2026-000013".into(),
            message: "Пишу…".into(),
            files: vec![],
        };
        Old {
            drafts: vec![draft],
            outbox: vec![outgoing],
            replies: vec![reply],
            reply_drafts: vec![reply_draft],
            keys: vec![
                keys::DRAFTS,
                keys::OUTBOX,
                keys::REPLIES,
                keys::REPLY_DRAFTS,
            ],
        }
    }

    #[test]
    fn a_draft_an_application_and_replies_of_the_old_format_move_into_the_store_with_nothing_lost_issue_14()
     {
        store::erase();
        let old = old();
        now(store::write(old.ops())).unwrap();
        let kept = now(read_store()).unwrap();
        assert_eq!(kept.drafts, old.drafts);
        assert_eq!(kept.replies, old.replies);
        assert_eq!(kept.reply_drafts, old.reply_drafts);
        // An application caught mid-send waits to be sent again.
        let mut outbox = old.outbox.clone();
        outbox[0].state = SendState::Waiting;
        assert_eq!(kept.outbox, outbox);
        assert_eq!(
            kept.documents,
            BTreeSet::from(["a1".to_string(), "b2".to_string(), "c3".to_string()])
        );
    }

    #[test]
    fn the_store_keeps_a_files_bytes_apart_never_base64_in_a_record() {
        store::erase();
        now(store::write(old().ops())).unwrap();
        let drafts = now(store::read_all(store::DRAFTS)).unwrap();
        let Value::Json(json) = &drafts[0].1 else {
            panic!("a draft is JSON")
        };
        assert!(json.contains("\"data\":\"\""), "{json}");
        assert_eq!(
            now(store::read(store::DOCUMENTS, "a1")).unwrap(),
            Some(Value::Bytes(b"\xff\xd8passport".to_vec()))
        );
    }

    #[test]
    fn a_write_the_device_refuses_says_why() {
        store::erase();
        store::refuse_writes(Some(StoreError::Full));
        assert_eq!(now(store::write(old().ops())), Err(StoreError::Full));
        store::refuse_writes(None);
        assert_eq!(now(read_store()).unwrap().drafts, vec![]);
        assert_eq!(StoreError::Full.message(), "save-full");
    }

    #[test]
    fn old_records_the_store_could_not_take_are_shown_from_where_they_are() {
        let mut kept = Kept::default();
        merge(&mut kept, old());
        assert_eq!(kept.drafts.len(), 1);
        assert_eq!(kept.outbox.len(), 1);
        // Those the store has are not shown twice.
        merge(&mut kept, old());
        assert_eq!((kept.drafts.len(), kept.replies.len()), (1, 1));
    }

    #[test]
    fn a_downloaded_application_is_imported_with_its_answers_and_documents() {
        let mut draft = old().drafts.remove(0);
        draft.upload_token = Some("secret".into());
        let bytes = export(&draft);
        let back = read_export(&bytes).unwrap();
        assert_eq!(back.answers, draft.answers);
        assert_eq!(back.attachments, draft.attachments);
        // The device's upload token stays on the device.
        assert_eq!(back.upload_token, None);
        assert_eq!(read_export(b"{}"), Err(ImportError::Unreadable));
        assert_eq!(read_export(b"not json"), Err(ImportError::Unreadable));
        let other = String::from_utf8(bytes)
            .unwrap()
            .replace(EXPORT_FORMAT, "other");
        assert_eq!(read_export(other.as_bytes()), Err(ImportError::Unreadable));
    }
    #[test]
    fn a_journal_draft_newer_than_the_stores_takes_its_place_and_an_older_one_does_not() {
        let stored = old().drafts.remove(0);
        let mut kept = Kept {
            drafts: vec![stored.clone()],
            ..Kept::default()
        };
        // Older, or as new and the same: the store has it already.
        let mut older = stored.clone();
        older.updated = "2026-12-01T09:59:59.999Z".into();
        older.answers.insert("name".into(), "Тарас".into());
        assert!(from_journal(&mut kept, vec![older, stored.clone()]).is_empty());
        assert_eq!(kept.drafts, vec![stored.clone()]);
        // Newer by a millisecond: the last answer typed is taken, with the files the store's
        // draft holds (a file's bytes went with the lost write).
        let mut newer = stored.clone();
        newer.updated = "2026-12-01T10:00:00.001Z".into();
        newer.answers.insert("name".into(), "Тарас".into());
        for a in newer.attachments.values_mut().flatten() {
            a.data.clear();
        }
        newer
            .attachments
            .insert("photo".into(), vec![file("lost", b"\xff\xd8photo")]);
        // A draft the store does not hold at all is taken too.
        let mut other = stored.clone();
        other.programme = "housing-aid".into();
        other.attachments.clear();
        let taken = from_journal(&mut kept, vec![newer, other.clone()]);
        assert_eq!(
            taken,
            BTreeSet::from(["idp-allowance".to_string(), "housing-aid".to_string()])
        );
        assert_eq!(kept.drafts[0].answers["name"], "Тарас");
        assert_eq!(kept.drafts[0].attachments, stored.attachments);
        assert_eq!(kept.drafts[1], other);
    }

    #[test]
    fn only_the_last_write_of_a_draft_saves_it() {
        let drafts = vec!["journal-test".to_string()];
        let first = unsaved(&drafts);
        let second = unsaved(&drafts);
        saved(&drafts, first);
        let pending = || UNSAVED.with(|u| u.borrow().iter().any(|e| e.0 == "journal-test"));
        assert!(pending());
        saved(&drafts, second);
        assert!(!pending());
    }
}
