//! Every line of SQL of the portal: the schema and its migrations, the writes (each run by the
//! writer thread inside its own savepoint of a group-committed transaction, see `store.rs`) and
//! the reads.
//!
//! SQLite, in WAL mode with `synchronous=FULL` (a commit is on disk when it returns) and foreign
//! keys on.

use crate::clock::Instant;
use crate::keys::Keys;
use crate::model::{AttachmentInfo, CitizenView, HistoryEntry, StaffView, Status};
use crate::tokens::Secret;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

/// The schema, one step per version: step `i` takes `PRAGMA user_version` from `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    r#"
-- Settings of this server: the secret its citizen tokens are made with.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;

CREATE TABLE applications (
    id             INTEGER PRIMARY KEY,
    -- Made on the device: 32 lowercase hex digits. A retry finds its application by it.
    device_id      TEXT NOT NULL UNIQUE,
    -- YYYY-NNNNNN: the year of receipt and a sequence within that year.
    reference      TEXT NOT NULL UNIQUE,
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    programme      TEXT NOT NULL,
    community      TEXT NOT NULL,
    -- The normalised answers, a JSON object of strings.
    answers        TEXT NOT NULL,
    -- SHA-256 of the submission as received (canonical JSON): a retry must match it.
    content_sha256 TEXT NOT NULL,
    status         TEXT NOT NULL
        CHECK (status IN ('received', 'in-review', 'need-info', 'approved', 'refused')),
    received_at    TEXT NOT NULL,
    UNIQUE (year, seq)
) STRICT;
CREATE INDEX applications_by_community ON applications (community, status);

CREATE TABLE status_history (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    position       INTEGER NOT NULL,
    status         TEXT NOT NULL
        CHECK (status IN ('received', 'in-review', 'need-info', 'approved', 'refused')),
    at             TEXT NOT NULL,
    note           TEXT,
    PRIMARY KEY (application_id, position)
) STRICT;

-- A file is stored whole or not at all (one transaction), so every row is complete.
CREATE TABLE attachments (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL CHECK (type IN ('image/jpeg', 'image/png', 'application/pdf',
                                             'application/pkcs7-signature',
                                             'application/vnd.etsi.asic-e+zip')),
    size           INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    data           BLOB NOT NULL,
    uploaded_at    TEXT NOT NULL,
    -- Set when an application refers to it; an attachment belongs to one application only.
    application_id INTEGER REFERENCES applications (id)
) STRICT;
CREATE INDEX attachments_by_application ON attachments (application_id);

CREATE TABLE application_documents (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    document       TEXT NOT NULL,
    position       INTEGER NOT NULL,
    attachment_id  TEXT NOT NULL REFERENCES attachments (id),
    PRIMARY KEY (application_id, document, position)
) STRICT;

-- Only the SHA-256 of a staff token is kept; the token itself is printed once.
CREATE TABLE staff_tokens (
    sha256     TEXT PRIMARY KEY,
    community  TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
"#,
    r#"
-- The websites allowed to frame a community's embed pages (`server embed allow`): bare origins,
-- `scheme://host[:port]`, checked before they are stored.
CREATE TABLE embed_origins (
    community  TEXT NOT NULL,
    origin     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (community, origin)
) STRICT, WITHOUT ROWID;
"#,
    r#"
-- The back office: people with accounts instead of shared tokens, a version on every application,
-- the conversation with the applicant, internal notes, an append-only audit, and e-mail notices.
-- (Run with foreign keys off, as SQLite's way to change a table's constraints asks.)
CREATE TABLE staff (
    id             INTEGER PRIMARY KEY,
    community      TEXT NOT NULL,
    name           TEXT NOT NULL,
    email          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role           TEXT NOT NULL CHECK (role IN ('worker', 'head', 'admin')),
    -- Argon2id in PHC form; NULL until the person accepts the invitation.
    password_hash  TEXT,
    -- The TOTP secret (20 bytes) and the last time step used, so that a code works once.
    totp_secret    BLOB NOT NULL,
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    failures       INTEGER NOT NULL DEFAULT 0,
    locked_until   INTEGER NOT NULL DEFAULT 0,
    disabled_at    TEXT,
    created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX staff_by_community ON staff (community);

-- A one-time link to set a password and the second factor; only its SHA-256 is kept.
CREATE TABLE invites (
    sha256     TEXT PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff (id),
    expires_at INTEGER NOT NULL,
    used_at    TEXT
) STRICT;

-- Signed-in staff: the SHA-256 of the cookie's token, the CSRF token, and when it ends.
CREATE TABLE sessions (
    sha256     TEXT PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff (id),
    csrf       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    seen_at    INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    ended_at   INTEGER
) STRICT;

-- Integrations: named, owned by a staff member, for that member's community, expiring, revocable.
CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    owner      INTEGER NOT NULL REFERENCES staff (id),
    community  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at TEXT
) STRICT;

-- The anonymous staff tokens go: nobody owned them and none could be revoked.
DROP TABLE staff_tokens;

CREATE TABLE applications_v3 (
    id             INTEGER PRIMARY KEY,
    device_id      TEXT NOT NULL UNIQUE,
    reference      TEXT NOT NULL UNIQUE,
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    programme      TEXT NOT NULL,
    community      TEXT NOT NULL,
    answers        TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    status         TEXT NOT NULL
        CHECK (status IN ('received', 'in-review', 'need-info', 'approved', 'refused', 'closed')),
    received_at    TEXT NOT NULL,
    -- Raised by every change; a change made on another version is refused.
    version        INTEGER NOT NULL DEFAULT 1,
    assignee       INTEGER REFERENCES staff (id),
    -- "Surname Given Patronymic", for the inbox's search.
    applicant      TEXT NOT NULL DEFAULT '',
    -- The same in lower case (folded by the server, which knows every script's case).
    applicant_folded TEXT NOT NULL DEFAULT '',
    -- The applicant has written and no staff member has acted since.
    awaiting       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (year, seq)
) STRICT;
INSERT INTO applications_v3 (id, device_id, reference, year, seq, programme, community, answers,
                             content_sha256, status, received_at, applicant)
SELECT id, device_id, reference, year, seq, programme, community, answers, content_sha256, status,
       received_at,
       trim(coalesce(json_extract(answers, '$.surname'), '') || ' ' ||
            coalesce(json_extract(answers, '$.given_name'), '') || ' ' ||
            coalesce(json_extract(answers, '$.patronymic'), ''))
FROM applications;
DROP TABLE applications;
ALTER TABLE applications_v3 RENAME TO applications;
CREATE INDEX applications_by_community ON applications (community, status);

CREATE TABLE status_history_v3 (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    position       INTEGER NOT NULL,
    status         TEXT NOT NULL
        CHECK (status IN ('received', 'in-review', 'need-info', 'approved', 'refused', 'closed')),
    at             TEXT NOT NULL,
    note           TEXT,
    staff_id       INTEGER REFERENCES staff (id),
    PRIMARY KEY (application_id, position)
) STRICT;
INSERT INTO status_history_v3 (application_id, position, status, at, note)
SELECT application_id, position, status, at, note FROM status_history;
DROP TABLE status_history;
ALTER TABLE status_history_v3 RENAME TO status_history;

-- The conversation: what staff wrote to the applicant and the applicant's replies (each made on
-- the device under its own id, stored once however often it is sent).
CREATE TABLE messages (
    id                  INTEGER PRIMARY KEY,
    application_id      INTEGER NOT NULL REFERENCES applications (id),
    sender              TEXT NOT NULL CHECK (sender IN ('staff', 'applicant')),
    staff_id            INTEGER REFERENCES staff (id),
    device_id           TEXT UNIQUE,
    content_sha256      TEXT,
    at                  TEXT NOT NULL,
    text                TEXT NOT NULL,
    -- A JSON array of the documents asked for.
    documents_requested TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX messages_by_application ON messages (application_id);

CREATE TABLE message_attachments (
    message_id    INTEGER NOT NULL REFERENCES messages (id),
    position      INTEGER NOT NULL,
    attachment_id TEXT NOT NULL REFERENCES attachments (id),
    PRIMARY KEY (message_id, position)
) STRICT;

-- Internal notes: staff only, never shown to the applicant.
CREATE TABLE notes (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    staff_id       INTEGER NOT NULL REFERENCES staff (id),
    at             TEXT NOT NULL,
    text           TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_application ON notes (application_id);

-- Who read or changed what, and when: append-only. The name and role are kept as they were.
CREATE TABLE audit (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    staff_id       INTEGER REFERENCES staff (id),
    name           TEXT NOT NULL,
    role           TEXT NOT NULL,
    community      TEXT NOT NULL,
    application_id INTEGER REFERENCES applications (id),
    -- The application's version after a change; NULL for a read.
    version        INTEGER,
    action         TEXT NOT NULL,
    detail         TEXT
) STRICT;
CREATE INDEX audit_by_application ON audit (application_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END;

-- E-mails to applicants, written in the same transaction as what they announce and sent by a
-- background task until the SMTP server accepts them.
CREATE TABLE notifications (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    recipient      TEXT NOT NULL,
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_try_at    INTEGER NOT NULL,
    sent_at        INTEGER,
    last_error     TEXT
) STRICT;
CREATE INDEX notifications_pending ON notifications (next_try_at) WHERE sent_at IS NULL;
"#,
    r#"
-- The day an application's personal data and documents were deleted at the end of its
-- retention period (`purge`); its reference, status and dates stay for the audit.
ALTER TABLE applications ADD COLUMN purged_at TEXT;
"#,
    r#"
-- A community's profile (issue 15): the draft its administrator edits and what it published
-- (JSON, validated by `forms::profile`), each with who and when. Citizens get only `published`.
CREATE TABLE community_profiles (
    community     TEXT PRIMARY KEY,
    draft         TEXT NOT NULL,
    draft_version INTEGER NOT NULL,
    draft_at      TEXT NOT NULL,
    draft_by      TEXT NOT NULL,
    published     TEXT,
    version       INTEGER NOT NULL DEFAULT 0,
    published_at  TEXT,
    published_by  TEXT
) STRICT;
"#,
    r#"
-- Uploads belong to someone (issue 14): an application draft on a device, by the token the server
-- issued for it (only its SHA-256 is kept), or an application, whose code uploads a reply's files.
-- A draft lives while it is used (`used_at`) and goes with its unclaimed files (`purge`).
CREATE TABLE drafts (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    used_at    TEXT NOT NULL
) STRICT;
-- The draft a file was uploaded for (kept once an application claims it, so that the device may
-- send it again), or the application whose code uploaded it.
ALTER TABLE attachments ADD COLUMN draft_id INTEGER REFERENCES drafts (id);
ALTER TABLE attachments ADD COLUMN for_application INTEGER REFERENCES applications (id);
CREATE INDEX attachments_by_draft ON attachments (draft_id) WHERE draft_id IS NOT NULL;
CREATE INDEX attachments_for_application ON attachments (for_application)
    WHERE for_application IS NOT NULL;
-- Files uploaded before they had owners can no longer be claimed by anyone: the device uploads
-- them again, with its draft's token.
DELETE FROM attachments WHERE application_id IS NULL
    AND id NOT IN (SELECT attachment_id FROM message_attachments)
    AND id NOT IN (SELECT attachment_id FROM application_documents);
"#,
    r#"
-- A community's own programmes (issue 15): the draft its administrator edits (JSON of
-- `forms::local::Draft`) and what it published (JSON of the catalogue entry the draft was checked
-- into, with the draft it came from), each with who and when. Citizens get only `published`.
CREATE TABLE local_programmes (
    community       TEXT NOT NULL,
    id              TEXT NOT NULL,
    draft           TEXT NOT NULL,
    draft_version   INTEGER NOT NULL,
    draft_at        TEXT NOT NULL,
    draft_by        TEXT NOT NULL,
    published       TEXT,
    published_draft TEXT,
    version         INTEGER NOT NULL DEFAULT 0,
    published_at    TEXT,
    published_by    TEXT,
    PRIMARY KEY (community, id)
) STRICT;
"#,
];

pub mod office;

/// Why a write was refused: nothing of it is stored.
#[derive(Debug)]
pub enum Refusal {
    /// Another account has this e-mail address.
    EmailTaken,
    /// The staff member may not do this.
    Forbidden,
    /// The change was made on an older version of the application.
    Stale(Box<office::Stale>),
    /// This value of the request names nothing that can be used (e.g. an assignee).
    Invalid(&'static str),
    /// An application cannot go from this status to that one.
    Transition(Status, Status),
    /// The device id is already taken by different content.
    IdReused,
    /// These attachment ids do not exist or belong to another application.
    UnknownAttachments(Vec<String>),
    /// The draft's token names no draft (never issued, or the draft expired).
    NoDraft,
    /// The file would pass a limit of its owner (issue 14).
    OverLimit(forms::files::Limit),
    /// No such application in this community.
    NotFound,
    /// The database failed.
    Sql(rusqlite::Error),
}

impl From<rusqlite::Error> for Refusal {
    fn from(e: rusqlite::Error) -> Refusal {
        Refusal::Sql(e)
    }
}

impl ToSql for Status {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for Status {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Status> {
        let s = value.as_str()?;
        Status::parse(s).ok_or_else(|| FromSqlError::Other(format!("unknown status {s}").into()))
    }
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Deleted personal data (retention) is overwritten, not left in free pages.
    conn.pragma_update(None, "secure_delete", true)?;
    Ok(())
}

/// Opens (creating the file, its folder and the schema if missing) the database for writing.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    open_with_keys(path).map(|(conn, _)| conn)
}

fn io_failure(what: impl std::fmt::Display) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
        Some(what.to_string()),
    )
}

/// Opens the database for writing with its keys (`keys.rs`), making the database (`0600`) and the
/// key file (`0600`) if missing. On the first start after an upgrade the server's secret moves
/// from the `meta` table to the key file (citizens' codes stay what they were) and every
/// personal value not yet sealed with the current data key is sealed.
pub fn open_with_keys(path: &Path) -> rusqlite::Result<(Connection, Keys)> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| io_failure(format!("{}: {e}", dir.display())))?;
    }
    if !path.exists() {
        crate::keys::write_private(path, "")
            .map_err(|e| io_failure(format!("{}: {e}", path.display())))?;
    }
    let mut conn = Connection::open(path)?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(io_failure(format!(
            "journal_mode stays {mode}, WAL is needed"
        )));
    }
    configure(&conn)?;
    migrate(&mut conn)?;
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        crate::keys::make_private(Path::new(&name))
            .map_err(|e| io_failure(format!("{}: {e}", path.display())))?;
    }
    let stored: Option<Vec<u8>> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'server_secret'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let stored = stored.and_then(|b| Secret::from_bytes(&b));
    let mut keys = Keys::read_or_make(path, stored.clone()).map_err(io_failure)?;
    match (&keys.secret, stored) {
        (Some(kept), Some(stored)) if kept.as_bytes() != stored.as_bytes() => {
            return Err(io_failure(format!(
                "the database holds a server secret other than the keys' ({}): citizens' codes \
                 would stop working. Put the database's secret in the keys, or remove one of them",
                crate::keys::file_of(path).display()
            )));
        }
        (Some(_), Some(_)) => {
            conn.execute("DELETE FROM meta WHERE key = 'server_secret'", [])?;
        }
        (None, Some(stored)) => keys.secret = Some(stored),
        _ => {}
    }
    if keys.secret.is_none() {
        return Err(io_failure(
            "the keys have no `secret BASE64` line (the server's secret): add one",
        ));
    }
    keys.register(&conn)?;
    let sealed = keys.seal_all(&conn)?;
    if sealed > 0 {
        tracing::info!(
            sealed,
            key = keys.current(),
            "personal data sealed with the data key"
        );
    }
    Ok((conn, keys))
}

/// Opens a read-only connection to a database `open` has made, with its keys if there are any.
pub fn open_reader(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    // Without keys (a database no server has opened since encryption came) only what is not
    // sealed can be read: counts, say.
    if let Some(keys) = Keys::read(path).map_err(io_failure)? {
        keys.register(&conn)?;
    }
    Ok(conn)
}

/// How long applications and uploads are kept: the operator's decision under the law on personal
/// data protection (see the README).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Retention {
    /// Days after an application reached one of these statuses (its last change) when its
    /// personal data and documents are deleted. None: kept.
    pub after_days: Vec<(Status, u32)>,
    /// Hours after which a file no application claimed is deleted, and a draft not used since
    /// (with the files it uploaded that no application claimed).
    pub orphan_hours: u32,
}

impl Retention {
    /// Nothing is deleted by age but files nobody claimed in 7 days.
    pub const ORPHAN_HOURS: u32 = 7 * 24;

    pub fn keep() -> Retention {
        Retention {
            after_days: Vec::new(),
            orphan_hours: Retention::ORPHAN_HOURS,
        }
    }
}

/// What [`purge`] deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub applications: usize,
    pub files: usize,
    pub orphans: usize,
    /// Drafts not used within the orphans' time (their unclaimed files are among `orphans`).
    pub drafts: usize,
}

/// Deletes, at `now`, the personal data of applications whose retention has ended — their
/// answers, the applicant's name, their documents and files, the conversation, notes and queued
/// notices — keeping the row itself (reference, programme, community, status, dates) and its
/// audit, which is append-only; and the files no application claimed in time.
pub fn purge(conn: &Connection, retention: &Retention, now: Instant) -> rusqlite::Result<Purged> {
    let mut purged = Purged::default();
    for (status, days) in &retention.after_days {
        let cutoff = Instant(now.0.saturating_sub(u64::from(*days) * 86_400)).rfc3339();
        let ids: Vec<i64> = conn
            .prepare_cached(
                "SELECT a.id FROM applications a
                 WHERE a.status = ?1 AND a.purged_at IS NULL
                   AND (SELECT max(h.at) FROM status_history h WHERE h.application_id = a.id) < ?2",
            )?
            .query_map(params![status, cutoff], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            conn.execute(
                "DELETE FROM application_documents WHERE application_id = ?1",
                [id],
            )?;
            conn.execute(
                "DELETE FROM message_attachments
                 WHERE message_id IN (SELECT id FROM messages WHERE application_id = ?1)",
                [id],
            )?;
            purged.files += conn.execute(
                "DELETE FROM attachments WHERE application_id = ?1 OR for_application = ?1",
                [id],
            )?;
            conn.execute("DELETE FROM messages WHERE application_id = ?1", [id])?;
            conn.execute("DELETE FROM notes WHERE application_id = ?1", [id])?;
            conn.execute("DELETE FROM notifications WHERE application_id = ?1", [id])?;
            conn.execute(
                "UPDATE status_history SET note = NULL WHERE application_id = ?1",
                [id],
            )?;
            conn.execute(
                "UPDATE applications SET answers = seal('answers', '{}'), applicant = '',
                        applicant_folded = '', purged_at = ?2
                 WHERE id = ?1",
                params![id, now.rfc3339()],
            )?;
            purged.applications += 1;
        }
    }
    let cutoff = Instant(
        now.0
            .saturating_sub(u64::from(retention.orphan_hours) * 3600),
    )
    .rfc3339();
    // A draft not used for as long goes, with the files it uploaded that no application claimed;
    // those an application claimed stay the application's.
    let expired = "SELECT id FROM drafts WHERE used_at < ?1";
    purged.orphans += conn.execute(
        &format!(
            "DELETE FROM attachments WHERE application_id IS NULL AND draft_id IN ({expired})"
        ),
        [&cutoff],
    )?;
    conn.execute(
        &format!("UPDATE attachments SET draft_id = NULL WHERE draft_id IN ({expired})"),
        [&cutoff],
    )?;
    purged.drafts = conn.execute("DELETE FROM drafts WHERE used_at < ?1", [&cutoff])?;
    // A reply's files that no reply claimed (and any file without an owner).
    purged.orphans += conn.execute(
        "DELETE FROM attachments WHERE application_id IS NULL AND draft_id IS NULL
           AND uploaded_at < ?1
           AND id NOT IN (SELECT attachment_id FROM message_attachments)
           AND id NOT IN (SELECT attachment_id FROM application_documents)",
        [&cutoff],
    )?;
    Ok(purged)
}

/// Copies the database at `from` to the new file `to` (`0600`) with SQLite's online backup, while
/// the server may be writing: the copy is one consistent state. The keys are not copied: keep
/// `<database>.keys` (or `PORTAL_KEYS`) apart; the copy opens with them.
pub fn backup(from: &Path, to: &Path) -> Result<(), String> {
    if to.exists() {
        return Err(format!("{} exists already: name a new file", to.display()));
    }
    let src = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|e| format!("{}: {e}", from.display()))?;
    src.busy_timeout(Duration::from_secs(5))
        .map_err(|e| e.to_string())?;
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    crate::keys::write_private(to, "").map_err(|e| format!("{}: {e}", to.display()))?;
    let result = (|| {
        let mut dst = Connection::open(to)?;
        rusqlite::backup::Backup::new(&src, &mut dst)?.run_to_completion(
            256,
            Duration::from_millis(5),
            None,
        )?;
        dst.pragma_update(None, "journal_mode", "DELETE")?;
        let ok: String = dst.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if ok != "ok" {
            return Err(io_failure(format!("the copy is not whole: {ok}")));
        }
        Ok(())
    })();
    result.map_err(|e: rusqlite::Error| {
        let _ = std::fs::remove_file(to);
        format!("{}: {e}", to.display())
    })
}

/// Brings the schema up to the last version of [`MIGRATIONS`].
///
/// Foreign keys are off while the steps run (a step may rebuild a table, as SQLite's way to
/// change constraints asks) and checked before the transaction commits.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = (|| {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: usize = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for step in MIGRATIONS.iter().skip(version) {
            tx.execute_batch(step)?;
        }
        let broken: i64 =
            tx.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })?;
        if broken > 0 {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
                Some(format!(
                    "{broken} rows break a foreign key after the migration"
                )),
            ));
        }
        tx.pragma_update(None, "user_version", MIGRATIONS.len())?;
        office::fold_names(&tx)?;
        tx.commit()
    })();
    conn.pragma_update(None, "foreign_keys", true)?;
    result
}

/// An application that passed every check, to store.
#[derive(Debug, Clone)]
pub struct NewApplication {
    pub device_id: String,
    pub programme: String,
    pub community: String,
    pub answers: BTreeMap<String, String>,
    pub attachments: BTreeMap<String, Vec<String>>,
    pub content_sha256: String,
    /// The SHA-256 of the token of the draft the files were uploaded for, if one was given.
    pub draft: Option<String>,
}

/// An application as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub reference: String,
    pub status: Status,
    pub received_at: String,
}

/// Did a write store something new, or find it already there?
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<T> {
    Created(T),
    Existing(T),
}

/// Stores an application, or finds it stored by an earlier try of the same submission.
pub fn insert_application(
    conn: &Connection,
    app: &NewApplication,
    now: Instant,
) -> Result<Outcome<Stored>, Refusal> {
    let existing = conn
        .prepare_cached(
            "SELECT content_sha256, reference, status, received_at
             FROM applications WHERE device_id = ?1",
        )?
        .query_row([&app.device_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Stored {
                    reference: r.get(1)?,
                    status: r.get(2)?,
                    received_at: r.get(3)?,
                },
            ))
        })
        .optional()?;
    if let Some((hash, stored)) = existing {
        return if hash == app.content_sha256 {
            Ok(Outcome::Existing(stored))
        } else {
            Err(Refusal::IdReused)
        };
    }

    // Only files uploaded for the draft whose token came with the application, and not claimed.
    let has_files = app.attachments.values().any(|ids| !ids.is_empty());
    let draft = match &app.draft {
        Some(hash) if has_files => Some(draft_by_token(conn, hash)?.ok_or(Refusal::NoDraft)?),
        None if has_files => return Err(Refusal::NoDraft),
        _ => None,
    };
    let mut unknown = Vec::new();
    let mut seen = BTreeSet::new();
    {
        let mut owner = conn.prepare_cached(
            "SELECT application_id IS NULL AND draft_id IS ?2 FROM attachments WHERE id = ?1",
        )?;
        for id in app.attachments.values().flatten() {
            if !seen.insert(id.as_str()) {
                continue;
            }
            let free = owner
                .query_row(params![id, draft], |r| r.get::<_, bool>(0))
                .optional()?
                .unwrap_or(false);
            if !free {
                unknown.push(id.clone());
            }
        }
    }
    if !unknown.is_empty() {
        return Err(Refusal::UnknownAttachments(unknown));
    }

    let year = now.year();
    let seq: i64 = conn
        .prepare_cached("SELECT COALESCE(MAX(seq), 0) + 1 FROM applications WHERE year = ?1")?
        .query_row([year], |r| r.get(0))?;
    let reference = format!("{year}-{seq:06}");
    let received_at = now.rfc3339();
    let answers = serde_json::to_string(&app.answers).expect("strings serialise");
    let applicant = ["surname", "given_name", "patronymic"]
        .iter()
        .filter_map(|k| app.answers.get(*k).map(|v| v.trim()))
        .filter(|v| !v.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    conn.prepare_cached(
        "INSERT INTO applications (device_id, reference, year, seq, programme, community, answers,
                                   content_sha256, status, received_at, applicant,
                                   applicant_folded)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, seal('answers', ?7), ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        app.device_id,
        reference,
        year,
        seq,
        app.programme,
        app.community,
        answers,
        app.content_sha256,
        Status::Received,
        received_at,
        applicant,
        office::fold(&applicant),
    ])?;
    let id = conn.last_insert_rowid();
    add_history(conn, id, Status::Received, &received_at, None, None)?;
    let mut document = conn.prepare_cached(
        "INSERT INTO application_documents (application_id, document, position, attachment_id)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut claim =
        conn.prepare_cached("UPDATE attachments SET application_id = ?1 WHERE id = ?2")?;
    for (doc, ids) in &app.attachments {
        for (position, attachment) in ids.iter().enumerate() {
            document.execute(params![id, doc, position as i64 + 1, attachment])?;
            claim.execute(params![id, attachment])?;
        }
    }
    Ok(Outcome::Created(Stored {
        reference,
        status: Status::Received,
        received_at,
    }))
}

/// Appends a line to an application's history, after its last (`staff`: who made the change;
/// `None` for the server or the applicant).
pub(crate) fn add_history(
    conn: &Connection,
    application: i64,
    status: Status,
    at: &str,
    note: Option<&str>,
    staff: Option<i64>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO status_history (application_id, position, status, at, note, staff_id)
         VALUES (?1, (SELECT COALESCE(MAX(position), 0) + 1 FROM status_history
                      WHERE application_id = ?1), ?2, ?3, ?4, ?5)",
    )?
    .execute(params![application, status, at, note, staff])?;
    Ok(())
}

/// A file to store.
#[derive(Debug, Clone)]
pub struct NewAttachment {
    pub info: AttachmentInfo,
    pub data: axum::body::Bytes,
}

/// Who a file is uploaded for, until an application or a reply claims it (issue 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// A draft on a device (its row id), by the token the server issued for it.
    Draft(i64),
    /// An application (its row id), by its code: a reply's files.
    Application(i64),
}

impl Owner {
    /// The most files and bytes it may hold.
    pub fn limits(self) -> (u64, u64) {
        use forms::files::*;
        match self {
            Owner::Draft(_) => (MAX_DRAFT_FILES, MAX_DRAFT_BYTES),
            Owner::Application(_) => (MAX_APPLICATION_FILES, MAX_APPLICATION_BYTES),
        }
    }
}

/// Starts a draft whose token has this SHA-256.
pub fn new_draft(conn: &Connection, token_sha256: &str, now: Instant) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO drafts (sha256, created_at, used_at) VALUES (?1, ?2, ?2)")?
        .execute(params![token_sha256, now.rfc3339()])?;
    Ok(())
}

/// The draft whose token has this SHA-256, if it has not expired.
pub fn draft_by_token(conn: &Connection, token_sha256: &str) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT id FROM drafts WHERE sha256 = ?1")?
        .query_row([token_sha256], |r| r.get(0))
        .optional()
}

/// How many files, and how many bytes in all, `owner` holds besides file `except` (the one being
/// uploaded, which a retry sends again): a draft, what it uploaded and no application claimed; an
/// application, its documents and every reply's files.
pub fn held(conn: &Connection, owner: Owner, except: &str) -> rusqlite::Result<(u64, u64)> {
    let (files, bytes): (i64, i64) = match owner {
        Owner::Draft(d) => conn
            .prepare_cached(
                "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM attachments
                 WHERE draft_id = ?1 AND application_id IS NULL AND id != ?2",
            )?
            .query_row(params![d, except], |r| Ok((r.get(0)?, r.get(1)?)))?,
        Owner::Application(a) => conn
            .prepare_cached(
                "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM attachments
                 WHERE (application_id = ?1 OR for_application = ?1) AND id != ?2",
            )?
            .query_row(params![a, except], |r| Ok((r.get(0)?, r.get(1)?)))?,
    };
    Ok((files as u64, bytes as u64))
}

/// Stores a file under its device-made id for `owner`, or finds the same bytes stored under it
/// for the same owner already. An id another owner used is `IdReused`, whatever it holds; a file
/// that would pass the owner's limits is `OverLimit`; an application closed (or past its
/// retention) takes no file (`Forbidden`).
pub fn put_attachment(
    conn: &Connection,
    file: &NewAttachment,
    owner: Owner,
    now: Instant,
) -> Result<Outcome<AttachmentInfo>, Refusal> {
    let existing = conn
        .prepare_cached(
            "SELECT sha256, type, size, draft_id, for_application FROM attachments WHERE id = ?1",
        )?
        .query_row([&file.info.id], |r| {
            let draft: Option<i64> = r.get(3)?;
            let application: Option<i64> = r.get(4)?;
            let same_owner = match owner {
                Owner::Draft(d) => draft == Some(d),
                Owner::Application(a) => application == Some(a),
            };
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                same_owner,
            ))
        })
        .optional()?;
    if let Some((sha256, mime, size, same_owner)) = existing {
        return if same_owner && sha256 == file.info.sha256 {
            Ok(Outcome::Existing(AttachmentInfo {
                id: file.info.id.clone(),
                mime,
                size: size as u64,
                sha256,
            }))
        } else {
            Err(Refusal::IdReused)
        };
    }
    let (draft, application) = match owner {
        Owner::Draft(d) => {
            let found = conn
                .prepare_cached("UPDATE drafts SET used_at = ?2 WHERE id = ?1")?
                .execute(params![d, now.rfc3339()])?;
            if found == 0 {
                return Err(Refusal::NoDraft);
            }
            (Some(d), None)
        }
        Owner::Application(a) => {
            let (status, purged): (Status, Option<String>) = conn
                .prepare_cached("SELECT status, purged_at FROM applications WHERE id = ?1")?
                .query_row([a], |r| Ok((r.get(0)?, r.get(1)?)))?;
            if status == Status::Closed || purged.is_some() {
                return Err(Refusal::Forbidden);
            }
            (None, Some(a))
        }
    };
    let (files, bytes) = held(conn, owner, &file.info.id)?;
    forms::files::fits(files, bytes, 1, file.info.size, owner.limits())
        .map_err(Refusal::OverLimit)?;
    conn.prepare_cached(
        "INSERT INTO attachments (id, type, size, sha256, data, uploaded_at, draft_id,
                                  for_application)
         VALUES (?1, ?2, ?3, ?4, seal('file', ?5), ?6, ?7, ?8)",
    )?
    .execute(params![
        file.info.id,
        file.info.mime,
        file.info.size as i64,
        file.info.sha256,
        &file.data[..],
        now.rfc3339(),
        draft,
        application,
    ])?;
    Ok(Outcome::Created(file.info.clone()))
}

/// An integration moves an application on, on the version it gives or, without one, on the
/// version there is now; answers the application as it is then.
#[allow(clippy::too_many_arguments)]
pub fn set_status(
    conn: &Connection,
    staff: &crate::model::Staff,
    reference: &str,
    version: Option<i64>,
    status: Status,
    note: Option<&str>,
    now: Instant,
) -> Result<(i64, StaffView), Refusal> {
    let (_, current) = office::find(conn, staff, reference)?.ok_or(Refusal::NotFound)?;
    let (id, _) = office::change_status(
        conn,
        staff,
        reference,
        version.unwrap_or(current),
        status,
        note,
        &[],
        now,
    )?;
    Ok((id, staff_view(conn, id)?))
}

/// The row id of application `reference` and the device id its code is made from.
pub fn application_device(
    conn: &Connection,
    reference: &str,
) -> rusqlite::Result<Option<(i64, String)>> {
    conn.prepare_cached("SELECT id, device_id FROM applications WHERE reference = ?1")?
        .query_row([reference], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
}

/// The application `reference` and the device id its token is made from.
/// (Answers its row id, the device id and the view.)
pub fn citizen_view(
    conn: &Connection,
    reference: &str,
) -> rusqlite::Result<Option<(i64, String, CitizenView)>> {
    let Some((id, device_id, view)) = conn
        .prepare_cached(
            "SELECT id, device_id, reference, programme, community, status, received_at, version
             FROM applications WHERE reference = ?1",
        )?
        .query_row([reference], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                CitizenView {
                    reference: r.get(2)?,
                    programme: r.get(3)?,
                    community: r.get(4)?,
                    status: r.get(5)?,
                    received_at: r.get(6)?,
                    version: r.get(7)?,
                    history: Vec::new(),
                    messages: Vec::new(),
                    opened_by: Vec::new(),
                    requested: Vec::new(),
                },
            ))
        })
        .optional()?
    else {
        return Ok(None);
    };
    let messages = office::messages(conn, id)?;
    // What the community asked for while it waits for more information.
    let requested = match view.status {
        Status::NeedInfo => messages
            .iter()
            .rev()
            .find(|m| m.from == "staff")
            .map(|m| m.documents_requested.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok(Some((
        id,
        device_id,
        CitizenView {
            history: history(conn, id)?,
            opened_by: office::opened_by(conn, id)?,
            messages,
            requested,
            ..view
        },
    )))
}

fn history(conn: &Connection, application: i64) -> rusqlite::Result<Vec<HistoryEntry>> {
    conn.prepare_cached(
        "SELECT status, at, note FROM status_history WHERE application_id = ?1 ORDER BY position",
    )?
    .query_map([application], |r| {
        Ok(HistoryEntry {
            status: r.get(0)?,
            at: r.get(1)?,
            note: r.get(2)?,
        })
    })?
    .collect()
}

fn staff_view(conn: &Connection, id: i64) -> rusqlite::Result<StaffView> {
    let mut view = conn
        .prepare_cached(
            "SELECT reference, programme, status, received_at, unseal('answers', answers)
             FROM applications WHERE id = ?1",
        )?
        .query_row([id], |r| {
            let answers: String = r.get(4)?;
            Ok(StaffView {
                reference: r.get(0)?,
                programme: r.get(1)?,
                status: r.get(2)?,
                received_at: r.get(3)?,
                answers: serde_json::from_str(&answers).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        4,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?,
                attachments: BTreeMap::new(),
                history: Vec::new(),
            })
        })?;
    let mut docs = conn.prepare_cached(
        "SELECT document, attachment_id FROM application_documents
         WHERE application_id = ?1 ORDER BY document, position",
    )?;
    let rows = docs.query_map([id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (doc, attachment) = row?;
        view.attachments.entry(doc).or_default().push(attachment);
    }
    view.history = history(conn, id)?;
    Ok(view)
}

/// The applications of a community, oldest first, optionally only those with one status.
/// (What the staff member `viewer` may see: a worker, what is theirs or nobody's.)
pub fn staff_applications(
    conn: &Connection,
    viewer: &crate::model::Staff,
    status: Option<Status>,
) -> rusqlite::Result<Vec<StaffView>> {
    let ids: Vec<i64> = conn
        .prepare_cached(
            "SELECT id FROM applications
             WHERE community = ?1 AND (?2 IS NULL OR status = ?2)
               AND (?3 OR assignee IS NULL OR assignee = ?4) ORDER BY id",
        )?
        .query_map(
            params![viewer.community, status, viewer.role.sees_all(), viewer.id],
            |r| r.get(0),
        )?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| staff_view(conn, id)).collect()
}

/// The file `id`, if it belongs to an application of `community`: its type and bytes.
pub fn staff_attachment(
    conn: &Connection,
    community: &str,
    id: &str,
) -> rusqlite::Result<Option<(String, Vec<u8>)>> {
    conn.prepare_cached(
        "SELECT f.type, unseal('file', f.data) FROM attachments f JOIN applications a ON a.id = f.application_id
         WHERE f.id = ?1 AND a.community = ?2",
    )?
    .query_row([id, community], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()
}

/// Allows `origin` to frame the embed pages of `community`; `false` if it was allowed already.
pub fn add_embed_origin(
    conn: &Connection,
    community: &str,
    origin: &str,
    now: Instant,
) -> rusqlite::Result<bool> {
    let added = conn.execute(
        "INSERT OR IGNORE INTO embed_origins (community, origin, created_at) VALUES (?1, ?2, ?3)",
        params![community, origin, now.rfc3339()],
    )?;
    Ok(added == 1)
}

/// No longer allows `origin` to frame the embed pages of `community`; `false` if it was not.
pub fn remove_embed_origin(
    conn: &Connection,
    community: &str,
    origin: &str,
) -> rusqlite::Result<bool> {
    let removed = conn.execute(
        "DELETE FROM embed_origins WHERE community = ?1 AND origin = ?2",
        params![community, origin],
    )?;
    Ok(removed == 1)
}

/// The origins allowed to frame the embed pages of `community`, in order.
pub fn embed_origins(conn: &Connection, community: &str) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached("SELECT origin FROM embed_origins WHERE community = ?1 ORDER BY origin")?
        .query_map([community], |r| r.get(0))?
        .collect()
}

/// An origin allowed to frame a community's embed pages, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOrigin {
    pub community: String,
    pub origin: String,
    pub created_at: String,
}

/// Every allowed origin, or those of one community, by community and origin.
pub fn list_embed_origins(
    conn: &Connection,
    community: Option<&str>,
) -> rusqlite::Result<Vec<EmbedOrigin>> {
    conn.prepare_cached(
        "SELECT community, origin, created_at FROM embed_origins
         WHERE ?1 IS NULL OR community = ?1 ORDER BY community, origin",
    )?
    .query_map([community], |r| {
        Ok(EmbedOrigin {
            community: r.get(0)?,
            origin: r.get(1)?,
            created_at: r.get(2)?,
        })
    })?
    .collect()
}

/// How many rows each table holds (for tests and the load benchmark).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Counts {
    pub applications: u64,
    pub status_history: u64,
    pub attachments: u64,
    pub application_documents: u64,
}

pub fn counts(conn: &Connection) -> rusqlite::Result<Counts> {
    let count = |table: &str| -> rusqlite::Result<u64> {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .map(|n| n as u64)
    };
    Ok(Counts {
        applications: count("applications")?,
        status_history: count("status_history")?,
        attachments: count("attachments")?,
        application_documents: count("application_documents")?,
    })
}

/// Counts the rows of the database at `path` (read-only).
pub fn counts_at(path: &Path) -> rusqlite::Result<Counts> {
    counts(&open_reader(path)?)
}

/// The row id of application `reference`.
pub fn application_id(conn: &Connection, reference: &str) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT id FROM applications WHERE reference = ?1")?
        .query_row([reference], |r| r.get(0))
}

/// How many rows the back office's tables hold (for tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct OfficeCounts {
    pub staff: u64,
    pub sessions: u64,
    pub api_tokens: u64,
    pub messages: u64,
    pub notes: u64,
    pub audit: u64,
    pub notifications: u64,
}

/// Counts the back office's rows of the database at `path` (read-only).
pub fn office_counts_at(path: &Path) -> rusqlite::Result<OfficeCounts> {
    let conn = open_reader(path)?;
    let count = |table: &str| -> rusqlite::Result<u64> {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .map(|n| n as u64)
    };
    Ok(OfficeCounts {
        staff: count("staff")?,
        sessions: count("sessions")?,
        api_tokens: count("api_tokens")?,
        messages: count("messages")?,
        notes: count("notes")?,
        audit: count("audit")?,
        notifications: count("notifications")?,
    })
}
