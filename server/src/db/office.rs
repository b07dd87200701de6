//! The back office's SQL: staff accounts, invitations, sessions and integration tokens; the inbox,
//! one application, the changes staff make on a version, the conversation with the applicant,
//! internal notes, the append-only audit and the e-mail notices waiting to be sent.

use super::Refusal;
use crate::clock::Instant;
use crate::model::{
    Actor, Assignee, AuditEntry, Detail, Documents, FileRef, Item, Message, Note, Opened, Role,
    Staff, StaffHistoryEntry, Status,
};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::BTreeMap;

impl ToSql for Role {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for Role {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Role> {
        let s = value.as_str()?;
        Role::parse(s).ok_or_else(|| FromSqlError::Other(format!("unknown role {s}").into()))
    }
}

const STAFF_COLUMNS: &str = "s.id, s.name, s.email, s.role, s.disabled_at IS NOT NULL, s.community, s.password_hash IS NOT NULL";

fn staff_row(r: &Row<'_>) -> rusqlite::Result<Staff> {
    Ok(Staff {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        role: r.get(3)?,
        disabled: r.get(4)?,
        community: r.get(5)?,
        active: r.get(6)?,
    })
}

/// Adds a staff member who has yet to accept their invitation.
pub fn create_staff(
    conn: &Connection,
    community: &str,
    name: &str,
    email: &str,
    role: Role,
    totp_secret: &[u8],
    now: Instant,
) -> Result<Staff, Refusal> {
    let taken: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM staff WHERE email = ?1)")?
        .query_row([email], |r| r.get(0))?;
    if taken {
        return Err(Refusal::EmailTaken);
    }
    conn.prepare_cached(
        "INSERT INTO staff (community, name, email, role, totp_secret, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        community,
        name,
        email,
        role,
        totp_secret,
        now.rfc3339()
    ])?;
    staff_by_id(conn, conn.last_insert_rowid())?.ok_or(Refusal::NotFound)
}

pub fn staff_by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<Staff>> {
    conn.prepare_cached(&format!(
        "SELECT {STAFF_COLUMNS} FROM staff s WHERE s.id = ?1"
    ))?
    .query_row([id], staff_row)
    .optional()
}

/// Stores an invitation (by its SHA-256) for `staff_id`, valid until `expires_at`.
pub fn create_invite(
    conn: &Connection,
    sha256: &str,
    staff_id: i64,
    expires_at: Instant,
) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO invites (sha256, staff_id, expires_at) VALUES (?1, ?2, ?3)")?
        .execute(params![sha256, staff_id, expires_at.0 as i64])?;
    Ok(())
}

/// The person an unused, unexpired invitation is for, and their TOTP secret.
pub fn invite(
    conn: &Connection,
    sha256: &str,
    now: Instant,
) -> rusqlite::Result<Option<(Staff, Vec<u8>)>> {
    conn.prepare_cached(&format!(
        "SELECT {STAFF_COLUMNS}, s.totp_secret FROM invites i JOIN staff s ON s.id = i.staff_id
         WHERE i.sha256 = ?1 AND i.used_at IS NULL AND i.expires_at > ?2
           AND s.disabled_at IS NULL AND s.password_hash IS NULL"
    ))?
    .query_row(params![sha256, now.0 as i64], |r| {
        Ok((staff_row(r)?, r.get(7)?))
    })
    .optional()
}

/// Accepts an invitation: the password and the first TOTP step are set, the link is used up.
pub fn accept_invite(
    conn: &Connection,
    sha256: &str,
    password_hash: &str,
    step: u64,
    now: Instant,
) -> Result<Staff, Refusal> {
    let (staff, _) = invite(conn, sha256, now)?.ok_or(Refusal::NotFound)?;
    conn.prepare_cached("UPDATE invites SET used_at = ?1 WHERE sha256 = ?2")?
        .execute(params![now.rfc3339(), sha256])?;
    conn.prepare_cached(
        "UPDATE staff SET password_hash = ?1, totp_last_step = ?2, failures = 0 WHERE id = ?3",
    )?
    .execute(params![password_hash, step as i64, staff.id])?;
    staff_by_id(conn, staff.id)?.ok_or(Refusal::NotFound)
}

/// What signing in checks against.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub staff: Staff,
    pub password_hash: String,
    pub totp_secret: Vec<u8>,
    pub totp_last_step: u64,
    pub locked_until: Instant,
}

/// The credentials of the active, enabled account with this e-mail address.
pub fn credentials(conn: &Connection, email: &str) -> rusqlite::Result<Option<Credentials>> {
    conn.prepare_cached(&format!(
        "SELECT {STAFF_COLUMNS}, s.password_hash, s.totp_secret, s.totp_last_step, s.locked_until
         FROM staff s
         WHERE s.email = ?1 AND s.disabled_at IS NULL AND s.password_hash IS NOT NULL"
    ))?
    .query_row([email], |r| {
        Ok(Credentials {
            staff: staff_row(r)?,
            password_hash: r.get(7)?,
            totp_secret: r.get(8)?,
            totp_last_step: r.get::<_, i64>(9)? as u64,
            locked_until: Instant(r.get::<_, i64>(10)? as u64),
        })
    })
    .optional()
}

/// The first failures in a row that cost nothing; each one after locks the account for twice as
/// long as the last, from a minute to an hour.
pub const FREE_FAILURES: i64 = 4;
pub const MAX_LOCK_SECS: u64 = 3600;

/// How long the `failures`-th failure in a row locks an account for.
pub fn lock_secs(failures: i64) -> u64 {
    if failures <= FREE_FAILURES {
        0
    } else {
        let doublings = (failures - FREE_FAILURES - 1).min(12) as u32;
        (60u64 << doublings).min(MAX_LOCK_SECS)
    }
}

/// Counts a failed sign-in; answers until when the account is locked now (`None`: not locked).
pub fn sign_in_failed(
    conn: &Connection,
    staff_id: i64,
    now: Instant,
) -> Result<Option<Instant>, Refusal> {
    let failures: i64 = conn
        .prepare_cached(
            "UPDATE staff SET failures = failures + 1 WHERE id = ?1 RETURNING failures",
        )?
        .query_row([staff_id], |r| r.get(0))?;
    let secs = lock_secs(failures);
    if secs == 0 {
        return Ok(None);
    }
    let until = Instant(now.0 + secs);
    conn.prepare_cached("UPDATE staff SET locked_until = ?1 WHERE id = ?2")?
        .execute(params![until.0 as i64, staff_id])?;
    Ok(Some(until))
}

/// A successful sign-in: failures are forgotten, the TOTP step is used up, a session begins.
#[allow(clippy::too_many_arguments)]
pub fn sign_in(
    conn: &Connection,
    staff_id: i64,
    step: u64,
    session_sha256: &str,
    csrf: &str,
    now: Instant,
    expires_at: Instant,
) -> Result<(), Refusal> {
    // A code is good once: another sign-in with the same step (a replay) is refused.
    let used = conn
        .prepare_cached(
            "UPDATE staff SET failures = 0, locked_until = 0, totp_last_step = ?1
             WHERE id = ?2 AND totp_last_step < ?1 AND disabled_at IS NULL",
        )?
        .execute(params![step as i64, staff_id])?;
    if used == 0 {
        return Err(Refusal::Forbidden);
    }
    start_session(conn, staff_id, session_sha256, csrf, now, expires_at)
}

pub fn start_session(
    conn: &Connection,
    staff_id: i64,
    session_sha256: &str,
    csrf: &str,
    now: Instant,
    expires_at: Instant,
) -> Result<(), Refusal> {
    conn.prepare_cached(
        "INSERT INTO sessions (sha256, staff_id, csrf, created_at, seen_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
    )?
    .execute(params![
        session_sha256,
        staff_id,
        csrf,
        now.0 as i64,
        expires_at.0 as i64
    ])?;
    Ok(())
}

/// A session that is still good: the staff member, its CSRF token and when it was last used.
pub fn session(
    conn: &Connection,
    sha256: &str,
    now: Instant,
    idle_secs: u64,
) -> rusqlite::Result<Option<(Staff, String, Instant)>> {
    conn.prepare_cached(&format!(
        "SELECT {STAFF_COLUMNS}, x.csrf, x.seen_at FROM sessions x JOIN staff s ON s.id = x.staff_id
         WHERE x.sha256 = ?1 AND x.ended_at IS NULL AND x.expires_at > ?2 AND x.seen_at > ?3
           AND s.disabled_at IS NULL"
    ))?
    .query_row(
        params![sha256, now.0 as i64, now.0.saturating_sub(idle_secs) as i64],
        |r| {
            Ok((
                staff_row(r)?,
                r.get(7)?,
                Instant(r.get::<_, i64>(8)? as u64),
            ))
        },
    )
    .optional()
}

pub fn touch_session(conn: &Connection, sha256: &str, now: Instant) -> Result<(), Refusal> {
    conn.prepare_cached("UPDATE sessions SET seen_at = ?1 WHERE sha256 = ?2")?
        .execute(params![now.0 as i64, sha256])?;
    Ok(())
}

pub fn end_session(conn: &Connection, sha256: &str, now: Instant) -> Result<(), Refusal> {
    conn.prepare_cached(
        "UPDATE sessions SET ended_at = ?1 WHERE sha256 = ?2 AND ended_at IS NULL",
    )?
    .execute(params![now.0 as i64, sha256])?;
    Ok(())
}

/// The staff of a community, by name.
pub fn staff_of(conn: &Connection, community: &str) -> rusqlite::Result<Vec<Staff>> {
    conn.prepare_cached(&format!(
        "SELECT {STAFF_COLUMNS} FROM staff s WHERE s.community = ?1 ORDER BY s.name, s.id"
    ))?
    .query_map([community], staff_row)?
    .collect()
}

/// Disables an account of `community`: its sessions end and its tokens stop working at once.
pub fn disable_staff(
    conn: &Connection,
    community: &str,
    id: i64,
    now: Instant,
) -> Result<Staff, Refusal> {
    let changed = conn
        .prepare_cached(
            "UPDATE staff SET disabled_at = coalesce(disabled_at, ?1)
             WHERE id = ?2 AND community = ?3",
        )?
        .execute(params![now.rfc3339(), id, community])?;
    if changed == 0 {
        return Err(Refusal::NotFound);
    }
    conn.prepare_cached(
        "UPDATE sessions SET ended_at = ?1 WHERE staff_id = ?2 AND ended_at IS NULL",
    )?
    .execute(params![now.0 as i64, id])?;
    staff_by_id(conn, id)?.ok_or(Refusal::NotFound)
}

/// An integration token as listed (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub owner: Assignee,
    pub created_at: String,
    pub expires_at: String,
    pub revoked_at: Option<String>,
}

fn token_row(r: &Row<'_>) -> rusqlite::Result<TokenRow> {
    Ok(TokenRow {
        id: r.get(0)?,
        name: r.get(1)?,
        owner: Assignee {
            id: r.get(2)?,
            name: r.get(3)?,
        },
        created_at: r.get(4)?,
        expires_at: Instant(r.get::<_, i64>(5)? as u64).rfc3339(),
        revoked_at: r.get(6)?,
    })
}

const TOKEN_COLUMNS: &str = "t.id, t.name, s.id, s.name, t.created_at, t.expires_at, t.revoked_at";

pub fn create_token(
    conn: &Connection,
    sha256: &str,
    name: &str,
    owner: &Staff,
    now: Instant,
    expires_at: Instant,
) -> Result<TokenRow, Refusal> {
    conn.prepare_cached(
        "INSERT INTO api_tokens (sha256, name, owner, community, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        sha256,
        name,
        owner.id,
        owner.community,
        now.rfc3339(),
        expires_at.0 as i64
    ])?;
    let id = conn.last_insert_rowid();
    tokens_where(conn, "t.id = ?1", params![id])?
        .pop()
        .ok_or(Refusal::NotFound)
}

fn tokens_where(
    conn: &Connection,
    condition: &str,
    params: impl rusqlite::Params,
) -> rusqlite::Result<Vec<TokenRow>> {
    conn.prepare_cached(&format!(
        "SELECT {TOKEN_COLUMNS} FROM api_tokens t JOIN staff s ON s.id = t.owner
         WHERE {condition} ORDER BY t.id DESC"
    ))?
    .query_map(params, token_row)?
    .collect()
}

pub fn tokens_of(conn: &Connection, community: &str) -> rusqlite::Result<Vec<TokenRow>> {
    tokens_where(conn, "t.community = ?1", [community])
}

pub fn revoke_token(
    conn: &Connection,
    community: &str,
    id: i64,
    now: Instant,
) -> Result<TokenRow, Refusal> {
    let changed = conn
        .prepare_cached(
            "UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?1)
             WHERE id = ?2 AND community = ?3",
        )?
        .execute(params![now.rfc3339(), id, community])?;
    if changed == 0 {
        return Err(Refusal::NotFound);
    }
    tokens_where(conn, "t.id = ?1", params![id])?
        .pop()
        .ok_or(Refusal::NotFound)
}

/// The owner of a good integration token (not revoked, not expired, owner enabled), acting for the
/// token's community.
pub fn token_owner(
    conn: &Connection,
    sha256: &str,
    now: Instant,
) -> rusqlite::Result<Option<Staff>> {
    conn.prepare_cached(&format!(
        "SELECT {STAFF_COLUMNS} FROM api_tokens t JOIN staff s ON s.id = t.owner
         WHERE t.sha256 = ?1 AND t.revoked_at IS NULL AND t.expires_at > ?2
           AND s.disabled_at IS NULL AND s.community = t.community"
    ))?
    .query_row(params![sha256, now.0 as i64], staff_row)
    .optional()
}

/// Appends a line to the audit.
pub fn audit(
    conn: &Connection,
    who: &Staff,
    application: Option<i64>,
    version: Option<i64>,
    action: &str,
    detail: Option<&str>,
    now: Instant,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit (at, staff_id, name, role, community, application_id, version, action,
                            detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        now.rfc3339(),
        who.id,
        who.name,
        who.role,
        who.community,
        application,
        version,
        action,
        detail
    ])?;
    Ok(())
}

/// What the inbox shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub status: Option<Status>,
    pub programme: Option<String>,
    pub assignee: Option<AssigneeFilter>,
    /// Received on or after this day (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Received on or before this day (`YYYY-MM-DD`).
    pub to: Option<String>,
    /// A reference, or part of the applicant's name.
    pub q: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssigneeFilter {
    Nobody,
    Staff(i64),
}

/// A page of the inbox.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Inbox {
    pub items: Vec<Item>,
    pub total: u64,
    pub counts: BTreeMap<&'static str, u64>,
}

/// What a staff member may see of their community: a worker, what is theirs or nobody's.
fn visible(viewer: &Staff) -> (String, Vec<Box<dyn ToSql>>) {
    let mut params: Vec<Box<dyn ToSql>> = vec![Box::new(viewer.community.clone())];
    let mut sql = "a.community = ?1".to_string();
    if !viewer.role.sees_all() {
        sql.push_str(" AND (a.assignee IS NULL OR a.assignee = ?2)");
        params.push(Box::new(viewer.id));
    }
    (sql, params)
}

/// Folds a name for search: lower case, as Rust knows it for every script.
pub fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Applications per page of the inbox.
pub const PER_PAGE: u64 = 20;

/// A page of the inbox (`page` from 1), newest first, with the counts per status of all the
/// viewer may see.
pub fn inbox(
    conn: &Connection,
    viewer: &Staff,
    filter: &Filter,
    page: u64,
) -> rusqlite::Result<Inbox> {
    let (base, mut params) = visible(viewer);
    let mut counts: BTreeMap<&'static str, u64> =
        Status::ALL.iter().map(|s| (s.as_str(), 0)).collect();
    {
        let refs: Vec<&dyn ToSql> = params.iter().map(|p| p.as_ref()).collect();
        let mut stmt = conn.prepare(&format!(
            "SELECT a.status, COUNT(*) FROM applications a WHERE {base} GROUP BY a.status"
        ))?;
        let rows = stmt.query_map(&refs[..], |r| {
            Ok((r.get::<_, Status>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (status, n) = row?;
            counts.insert(status.as_str(), n as u64);
        }
    }
    let mut sql = base;
    // Adds a condition with one parameter, numbered after those there are.
    fn push(
        sql: &mut String,
        params: &mut Vec<Box<dyn ToSql>>,
        clause: &str,
        value: Box<dyn ToSql>,
    ) {
        params.push(value);
        sql.push_str(&clause.replace('?', &format!("?{}", params.len())));
    }
    if let Some(status) = filter.status {
        push(&mut sql, &mut params, " AND a.status = ?", Box::new(status));
    }
    if let Some(programme) = &filter.programme {
        push(
            &mut sql,
            &mut params,
            " AND a.programme = ?",
            Box::new(programme.clone()),
        );
    }
    match filter.assignee {
        Some(AssigneeFilter::Nobody) => sql.push_str(" AND a.assignee IS NULL"),
        Some(AssigneeFilter::Staff(id)) => {
            push(&mut sql, &mut params, " AND a.assignee = ?", Box::new(id))
        }
        None => {}
    }
    if let Some(from) = &filter.from {
        let clause = " AND substr(a.received_at, 1, 10) >= ?";
        push(&mut sql, &mut params, clause, Box::new(from.clone()));
    }
    if let Some(to) = &filter.to {
        let clause = " AND substr(a.received_at, 1, 10) <= ?";
        push(&mut sql, &mut params, clause, Box::new(to.clone()));
    }
    if let Some(q) = &filter.q {
        let q = fold(q);
        params.push(Box::new(q.clone()));
        let n = params.len();
        params.push(Box::new(format!("%{}%", like_escape(&q))));
        sql.push_str(&format!(
            " AND (a.reference = upper(?{n}) OR a.applicant_folded LIKE ?{} ESCAPE '\\')",
            n + 1
        ));
    }
    let refs: Vec<&dyn ToSql> = params.iter().map(|p| p.as_ref()).collect();
    let total: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM applications a WHERE {sql}"),
        &refs[..],
        |r| r.get(0),
    )?;
    let offset = page.saturating_sub(1).saturating_mul(PER_PAGE) as i64;
    let mut stmt = conn.prepare(&format!(
        "SELECT a.reference, a.programme, a.status, a.received_at, a.applicant, s.id, s.name,
                a.version, a.awaiting
         FROM applications a LEFT JOIN staff s ON s.id = a.assignee
         WHERE {sql} ORDER BY a.id DESC LIMIT {PER_PAGE} OFFSET {offset}"
    ))?;
    let items = stmt
        .query_map(&refs[..], |r| {
            Ok(Item {
                reference: r.get(0)?,
                programme: r.get(1)?,
                status: r.get(2)?,
                received_at: r.get(3)?,
                applicant: r.get(4)?,
                assignee: assignee(r.get(5)?, r.get(6)?),
                version: r.get(7)?,
                awaiting: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Inbox {
        items,
        total: total as u64,
        counts,
    })
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

fn assignee(id: Option<i64>, name: Option<String>) -> Option<Assignee> {
    Some(Assignee {
        id: id?,
        name: name?,
    })
}

/// The id and version of an application the viewer may see.
pub fn find(
    conn: &Connection,
    viewer: &Staff,
    reference: &str,
) -> rusqlite::Result<Option<(i64, i64)>> {
    let (visible, mut params) = visible(viewer);
    params.push(Box::new(reference.to_string()));
    let refs: Vec<&dyn ToSql> = params.iter().map(|p| p.as_ref()).collect();
    conn.query_row(
        &format!(
            "SELECT a.id, a.version FROM applications a WHERE {visible} AND a.reference = ?{}",
            refs.len()
        ),
        &refs[..],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

fn extension(mime: &str) -> &'static str {
    match mime {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "application/pkcs7-signature" => "p7s",
        "application/vnd.etsi.asic-e+zip" => "asice",
        _ => "pdf",
    }
}

/// The name a file is saved under: what it is, its position, the right extension.
pub fn file_name(what: &str, position: i64, mime: &str) -> String {
    let stem: String = what
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{stem}-{position}.{}", extension(mime))
}

fn actor(name: Option<String>, role: Option<Role>) -> Option<Actor> {
    Some(Actor {
        name: name?,
        role: role?,
    })
}

/// One application, whole, as the office shows it.
pub fn detail(conn: &Connection, id: i64) -> rusqlite::Result<Detail> {
    let mut detail = conn
        .prepare_cached(
            "SELECT a.reference, a.programme, a.community, a.status, a.received_at, a.version,
                    s.id, s.name, a.applicant, a.awaiting, unseal('answers', a.answers)
             FROM applications a LEFT JOIN staff s ON s.id = a.assignee WHERE a.id = ?1",
        )?
        .query_row([id], |r| {
            let answers: String = r.get(10)?;
            Ok(Detail {
                reference: r.get(0)?,
                programme: r.get(1)?,
                community: r.get(2)?,
                status: r.get(3)?,
                received_at: r.get(4)?,
                version: r.get(5)?,
                assignee: assignee(r.get(6)?, r.get(7)?),
                applicant: r.get(8)?,
                awaiting: r.get(9)?,
                answers: serde_json::from_str(&answers).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        10,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?,
                documents: Vec::new(),
                missing_documents: Vec::new(),
                form: None,
                history: Vec::new(),
                messages: Vec::new(),
                notes: Vec::new(),
                audit: Vec::new(),
            })
        })?;
    let mut documents: Vec<Documents> = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT d.document, d.position, f.id, f.type, f.size
         FROM application_documents d JOIN attachments f ON f.id = d.attachment_id
         WHERE d.application_id = ?1 ORDER BY d.document, d.position",
    )?;
    let rows = stmt.query_map([id], |r| {
        let document: String = r.get(0)?;
        let mime: String = r.get(3)?;
        Ok((
            document.clone(),
            FileRef {
                name: file_name(&document, r.get(1)?, &mime),
                id: r.get(2)?,
                size: r.get::<_, i64>(4)? as u64,
                mime,
            },
        ))
    })?;
    for row in rows {
        let (document, file) = row?;
        match documents.last_mut() {
            Some(d) if d.document == document => d.attachments.push(file),
            _ => documents.push(Documents {
                document,
                attachments: vec![file],
            }),
        }
    }
    detail.documents = documents;
    detail.history = conn
        .prepare_cached(
            "SELECT h.status, h.at, h.note, s.name, s.role FROM status_history h
             LEFT JOIN staff s ON s.id = h.staff_id
             WHERE h.application_id = ?1 ORDER BY h.position",
        )?
        .query_map([id], |r| {
            Ok(StaffHistoryEntry {
                status: r.get(0)?,
                at: r.get(1)?,
                note: r.get(2)?,
                by: actor(r.get(3)?, r.get(4)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    detail.messages = messages(conn, id)?;
    detail.notes = conn
        .prepare_cached(
            "SELECT n.at, n.text, s.name, s.role FROM notes n JOIN staff s ON s.id = n.staff_id
             WHERE n.application_id = ?1 ORDER BY n.id",
        )?
        .query_map([id], |r| {
            Ok(Note {
                at: r.get(0)?,
                text: r.get(1)?,
                by: Actor {
                    name: r.get(2)?,
                    role: r.get(3)?,
                },
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    detail.audit = audit_of(conn, id, None)?;
    Ok(detail)
}

/// The audit of an application, oldest first; with `after`, only the changes made on a later
/// version than that.
pub fn audit_of(
    conn: &Connection,
    id: i64,
    after: Option<i64>,
) -> rusqlite::Result<Vec<AuditEntry>> {
    conn.prepare_cached(
        "SELECT at, action, name, role FROM audit
         WHERE application_id = ?1 AND (?2 IS NULL OR (version IS NOT NULL AND version > ?2))
         ORDER BY id",
    )?
    .query_map(params![id, after], |r| {
        Ok(AuditEntry {
            at: r.get(0)?,
            action: r.get(1)?,
            by: Actor {
                name: r.get(2)?,
                role: r.get(3)?,
            },
        })
    })?
    .collect()
}

/// The conversation of an application, oldest first.
pub fn messages(conn: &Connection, id: i64) -> rusqlite::Result<Vec<Message>> {
    let mut list: Vec<Message> = conn
        .prepare_cached(
            "SELECT m.id, m.sender, m.at, m.text, m.documents_requested, s.name, s.role
             FROM messages m LEFT JOIN staff s ON s.id = m.staff_id
             WHERE m.application_id = ?1 ORDER BY m.id",
        )?
        .query_map([id], |r| {
            let sender: String = r.get(1)?;
            let requested: String = r.get(4)?;
            Ok(Message {
                id: r.get(0)?,
                from: if sender == "staff" {
                    "staff"
                } else {
                    "applicant"
                },
                at: r.get(2)?,
                text: r.get(3)?,
                documents_requested: serde_json::from_str(&requested).unwrap_or_default(),
                attachments: Vec::new(),
                by: actor(r.get(5)?, r.get(6)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut files = conn.prepare_cached(
        "SELECT ma.position, f.id, f.type, f.size FROM message_attachments ma
         JOIN attachments f ON f.id = ma.attachment_id
         WHERE ma.message_id = ?1 ORDER BY ma.position",
    )?;
    for message in &mut list {
        message.attachments = files
            .query_map([message.id], |r| {
                let mime: String = r.get(2)?;
                Ok(FileRef {
                    name: file_name(&format!("reply-{}", message.id), r.get(0)?, &mime),
                    id: r.get(1)?,
                    size: r.get::<_, i64>(3)? as u64,
                    mime,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(list)
}

/// Reads an application for a staff member, recording the read in the audit.
pub fn open(
    conn: &Connection,
    viewer: &Staff,
    reference: &str,
    now: Instant,
) -> Result<Detail, Refusal> {
    let (id, _) = find(conn, viewer, reference)?.ok_or(Refusal::NotFound)?;
    audit(conn, viewer, Some(id), None, "read", None, now)?;
    Ok(detail(conn, id)?)
}

/// Checks the version a change was made on: the application's id, or `Stale` with what changed.
fn current(
    conn: &Connection,
    viewer: &Staff,
    reference: &str,
    version: i64,
) -> Result<i64, Refusal> {
    let (id, now_version) = find(conn, viewer, reference)?.ok_or(Refusal::NotFound)?;
    if now_version != version {
        return Err(Refusal::Stale(Box::new(Stale {
            current: detail(conn, id)?,
            changes: audit_of(conn, id, Some(version))?,
        })));
    }
    Ok(id)
}

/// What was changed since the version a change was made on.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stale {
    pub current: Detail,
    pub changes: Vec<AuditEntry>,
}

/// Raises the version and records the change; answers the new version.
fn changed(
    conn: &Connection,
    viewer: &Staff,
    id: i64,
    action: &str,
    detail: Option<&str>,
    now: Instant,
) -> rusqlite::Result<i64> {
    let version: i64 = conn
        .prepare_cached(
            "UPDATE applications SET version = version + 1, awaiting = 0 WHERE id = ?1
             RETURNING version",
        )?
        .query_row([id], |r| r.get(0))?;
    audit(conn, viewer, Some(id), Some(version), action, detail, now)?;
    Ok(version)
}

/// Assigns an application (or unassigns it, with `None`). A worker may take it or give it up;
/// the head and the administrator may give it to anyone enabled in the community.
pub fn assign(
    conn: &Connection,
    viewer: &Staff,
    reference: &str,
    version: i64,
    to: Option<i64>,
    now: Instant,
) -> Result<Detail, Refusal> {
    if !viewer.role.sees_all() && to.is_some_and(|id| id != viewer.id) {
        return Err(Refusal::Forbidden);
    }
    let id = current(conn, viewer, reference, version)?;
    let name = match to {
        Some(staff) => Some(
            conn.prepare_cached(
                "SELECT name FROM staff WHERE id = ?1 AND community = ?2 AND disabled_at IS NULL",
            )?
            .query_row(params![staff, viewer.community], |r| r.get::<_, String>(0))
            .optional()?
            .ok_or(Refusal::Invalid("assignee"))?,
        ),
        None => None,
    };
    conn.prepare_cached("UPDATE applications SET assignee = ?1 WHERE id = ?2")?
        .execute(params![to, id])?;
    let what = match &name {
        Some(n) => format!("assigned to {n}"),
        None => "unassigned".into(),
    };
    changed(conn, viewer, id, "assign", Some(&what), now)?;
    Ok(detail(conn, id)?)
}

/// Moves an application on. A message to the person (what is needed, the reason) is stored as
/// the community's message of the conversation.
#[allow(clippy::too_many_arguments)]
pub fn change_status(
    conn: &Connection,
    viewer: &Staff,
    reference: &str,
    version: i64,
    status: Status,
    message: Option<&str>,
    documents: &[String],
    now: Instant,
) -> Result<(i64, Detail), Refusal> {
    let id = current(conn, viewer, reference, version)?;
    let from: Status = conn
        .prepare_cached("SELECT status FROM applications WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    if !from.can_become(status) {
        return Err(Refusal::Transition(from, status));
    }
    conn.prepare_cached("UPDATE applications SET status = ?1 WHERE id = ?2")?
        .execute(params![status, id])?;
    let at = now.rfc3339();
    super::add_history(conn, id, status, &at, message, Some(viewer.id))?;
    if message.is_some() || !documents.is_empty() {
        conn.prepare_cached(
            "INSERT INTO messages (application_id, sender, staff_id, at, text, documents_requested)
             VALUES (?1, 'staff', ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            id,
            viewer.id,
            at,
            message.unwrap_or(""),
            serde_json::to_string(documents).expect("strings serialise")
        ])?;
    }
    changed(conn, viewer, id, "status", Some(status.as_str()), now)?;
    Ok((id, detail(conn, id)?))
}

/// Adds an internal note.
pub fn add_note(
    conn: &Connection,
    viewer: &Staff,
    reference: &str,
    version: i64,
    text: &str,
    now: Instant,
) -> Result<Detail, Refusal> {
    let id = current(conn, viewer, reference, version)?;
    conn.prepare_cached(
        "INSERT INTO notes (application_id, staff_id, at, text) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, viewer.id, now.rfc3339(), text])?;
    changed(conn, viewer, id, "note", None, now)?;
    Ok(detail(conn, id)?)
}

/// A file of an application (or of a reply) the viewer may see, recorded in the audit: its type,
/// bytes and the name to save it under.
pub fn open_file(
    conn: &Connection,
    viewer: &Staff,
    file: &str,
    now: Instant,
) -> Result<(String, Vec<u8>, String), Refusal> {
    let (application, mime, data): (i64, String, Vec<u8>) = conn
        .prepare_cached(
            "SELECT f.application_id, f.type, unseal('file', f.data) FROM attachments f WHERE f.id = ?1
             AND f.application_id IS NOT NULL",
        )?
        .query_row([file], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or(Refusal::NotFound)?;
    let reference: String = conn
        .prepare_cached("SELECT reference FROM applications WHERE id = ?1")?
        .query_row([application], |r| r.get(0))?;
    find(conn, viewer, &reference)?.ok_or(Refusal::NotFound)?;
    let document: Option<(String, i64)> = conn
        .prepare_cached(
            "SELECT document, position FROM application_documents WHERE attachment_id = ?1
             UNION ALL
             SELECT 'reply-' || message_id, position FROM message_attachments
             WHERE attachment_id = ?1",
        )?
        .query_row([file], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let name = match document {
        Some((what, position)) => file_name(&what, position, &mime),
        None => file_name(file, 1, &mime),
    };
    audit(
        conn,
        viewer,
        Some(application),
        None,
        "file",
        Some(&name),
        now,
    )?;
    Ok((mime, data, name))
}

/// Who of the staff opened an application, newest first.
pub fn opened_by(conn: &Connection, id: i64) -> rusqlite::Result<Vec<Opened>> {
    conn.prepare_cached(
        "SELECT name, role, MAX(at) FROM audit
         WHERE application_id = ?1 AND action IN ('read', 'file')
         GROUP BY staff_id, substr(at, 1, 10) ORDER BY MAX(at) DESC LIMIT 100",
    )?
    .query_map([id], |r| {
        Ok(Opened {
            name: r.get(0)?,
            role: r.get(1)?,
            at: r.get(2)?,
        })
    })?
    .collect()
}

/// A reply of the applicant to store.
#[derive(Debug, Clone)]
pub struct NewReply {
    pub device_id: String,
    pub text: String,
    pub attachments: Vec<String>,
    pub content_sha256: String,
}

/// Stores the applicant's reply once however often it is sent; a reply to "more information
/// needed" puts the application back in review. `true` when stored now.
pub fn add_reply(
    conn: &Connection,
    application: i64,
    reply: &NewReply,
    now: Instant,
) -> Result<bool, Refusal> {
    let existing: Option<(i64, Option<String>)> = conn
        .prepare_cached("SELECT application_id, content_sha256 FROM messages WHERE device_id = ?1")?
        .query_row([&reply.device_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((owner, hash)) = existing {
        return if owner == application && hash.as_deref() == Some(&reply.content_sha256) {
            Ok(false)
        } else {
            Err(Refusal::IdReused)
        };
    }
    let status: Status = conn
        .prepare_cached("SELECT status FROM applications WHERE id = ?1")?
        .query_row([application], |r| r.get(0))?;
    // A closed application takes no new reply (`Forbidden`); a repeat of a stored one is answered
    // above as before.
    if status == Status::Closed {
        return Err(Refusal::Forbidden);
    }
    let mut unknown = Vec::new();
    {
        // Only files uploaded with this application's code (issue 14), and not claimed yet.
        let mut owner = conn.prepare_cached(
            "SELECT application_id IS NULL AND for_application IS ?2 FROM attachments
             WHERE id = ?1",
        )?;
        for (i, id) in reply.attachments.iter().enumerate() {
            let free = owner
                .query_row(params![id, application], |r| r.get::<_, bool>(0))
                .optional()?
                .unwrap_or(false);
            if !free || reply.attachments[..i].contains(id) {
                unknown.push(id.clone());
            }
        }
    }
    if !unknown.is_empty() {
        return Err(Refusal::UnknownAttachments(unknown));
    }
    let at = now.rfc3339();
    conn.prepare_cached(
        "INSERT INTO messages (application_id, sender, device_id, content_sha256, at, text)
         VALUES (?1, 'applicant', ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        application,
        reply.device_id,
        reply.content_sha256,
        at,
        reply.text
    ])?;
    let message = conn.last_insert_rowid();
    for (position, attachment) in reply.attachments.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO message_attachments (message_id, position, attachment_id)
             VALUES (?1, ?2, ?3)",
        )?
        .execute(params![message, position as i64 + 1, attachment])?;
        conn.prepare_cached("UPDATE attachments SET application_id = ?1 WHERE id = ?2")?
            .execute(params![application, attachment])?;
    }
    if status == Status::NeedInfo {
        conn.prepare_cached("UPDATE applications SET status = ?1 WHERE id = ?2")?
            .execute(params![Status::InReview, application])?;
        super::add_history(conn, application, Status::InReview, &at, None, None)?;
    }
    conn.prepare_cached(
        "UPDATE applications SET version = version + 1, awaiting = 1 WHERE id = ?1",
    )?
    .execute([application])?;
    Ok(true)
}

/// An e-mail to queue.
#[derive(Debug, Clone)]
pub struct Notice {
    pub subject: String,
    pub body: String,
}

/// The e-mail address the applicant gave, if any.
pub fn applicant_email(conn: &Connection, id: i64) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT json_extract(unseal('answers', answers), '$.email') FROM applications WHERE id = ?1")?
        .query_row([id], |r| r.get::<_, Option<String>>(0))
        .map(|e| e.filter(|e| !e.trim().is_empty()))
}

/// Queues an e-mail to the applicant of `id`, if they gave an address; `true` if queued.
pub fn queue_notice(
    conn: &Connection,
    id: i64,
    notice: &Notice,
    now: Instant,
) -> rusqlite::Result<bool> {
    let Some(to) = applicant_email(conn, id)? else {
        return Ok(false);
    };
    conn.prepare_cached(
        "INSERT INTO notifications (application_id, recipient, subject, body, created_at,
                                    next_try_at)
         VALUES (?1, seal('notice', ?2), ?3, seal('notice', ?4), ?5, ?5)",
    )?
    .execute(params![id, to, notice.subject, notice.body, now.0 as i64])?;
    Ok(true)
}

/// An e-mail waiting to be sent.
#[derive(Debug, Clone)]
pub struct Pending {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

pub fn due_notices(conn: &Connection, now: Instant, limit: u32) -> rusqlite::Result<Vec<Pending>> {
    conn.prepare_cached(
        "SELECT id, unseal('notice', recipient), subject, unseal('notice', body), attempts
         FROM notifications
         WHERE sent_at IS NULL AND next_try_at <= ?1 ORDER BY id LIMIT ?2",
    )?
    .query_map(params![now.0 as i64, limit], |r| {
        Ok(Pending {
            id: r.get(0)?,
            recipient: r.get(1)?,
            subject: r.get(2)?,
            body: r.get(3)?,
            attempts: r.get(4)?,
        })
    })?
    .collect()
}

pub fn notice_sent(conn: &Connection, id: i64, now: Instant) -> Result<(), Refusal> {
    conn.prepare_cached(
        "UPDATE notifications SET sent_at = ?1, attempts = attempts + 1, last_error = NULL
         WHERE id = ?2",
    )?
    .execute(params![now.0 as i64, id])?;
    Ok(())
}

pub fn notice_failed(
    conn: &Connection,
    id: i64,
    error: &str,
    next_try: Instant,
) -> Result<(), Refusal> {
    conn.prepare_cached(
        "UPDATE notifications SET attempts = attempts + 1, last_error = ?1, next_try_at = ?2
         WHERE id = ?3",
    )?
    .execute(params![error, next_try.0 as i64, id])?;
    Ok(())
}

/// Fills the folded applicant's name of rows that have none yet (rows from before the column).
pub fn fold_names(conn: &Connection) -> rusqlite::Result<()> {
    let rows: Vec<(i64, String)> = conn
        .prepare("SELECT id, applicant FROM applications WHERE applicant_folded = '' AND applicant <> ''")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, name) in rows {
        conn.execute(
            "UPDATE applications SET applicant_folded = ?1 WHERE id = ?2",
            params![fold(&name), id],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fifth_failure_in_a_row_locks_for_a_minute_and_each_further_one_twice_as_long() {
        assert_eq!(lock_secs(1), 0);
        assert_eq!(lock_secs(4), 0);
        assert_eq!(lock_secs(5), 60);
        assert_eq!(lock_secs(6), 120);
        assert_eq!(lock_secs(10), 1920);
        assert_eq!(lock_secs(11), 3600);
        assert_eq!(lock_secs(1000), 3600);
    }

    #[test]
    fn a_file_is_named_by_its_document_and_position_with_the_right_extension() {
        assert_eq!(file_name("passport", 2, "image/jpeg"), "passport-2.jpg");
        assert_eq!(
            file_name("signature", 1, "application/pkcs7-signature"),
            "signature-1.p7s"
        );
        assert_eq!(
            file_name("x", 1, "application/vnd.etsi.asic-e+zip"),
            "x-1.asice"
        );
        assert_eq!(file_name("../a b", 1, "application/pdf"), "---a-b-1.pdf");
    }
}

/// A community's profile: the draft its administrator saves and what was last published (JSON of
/// `forms::profile::Profile`, validated before it is written), each with who and when.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileRow {
    pub draft: Option<String>,
    /// Raised by every saved draft; a save or a publication names the draft it was made on.
    pub draft_version: i64,
    pub draft_at: Option<String>,
    pub draft_by: Option<String>,
    pub published: Option<String>,
    /// Raised by every publication; 0 until the first.
    pub version: i64,
    pub published_at: Option<String>,
    pub published_by: Option<String>,
}

/// The profile of `community` (an empty row when it has none yet).
pub fn profile(conn: &Connection, community: &str) -> rusqlite::Result<ProfileRow> {
    Ok(conn
        .prepare_cached(
            "SELECT draft, draft_version, draft_at, draft_by, published, version, published_at,
                    published_by
             FROM community_profiles WHERE community = ?1",
        )?
        .query_row([community], |r| {
            Ok(ProfileRow {
                draft: r.get(0)?,
                draft_version: r.get(1)?,
                draft_at: r.get(2)?,
                draft_by: r.get(3)?,
                published: r.get(4)?,
                version: r.get(5)?,
                published_at: r.get(6)?,
                published_by: r.get(7)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// The published profile of `community` and its version, if it has published one.
pub fn published_profile(
    conn: &Connection,
    community: &str,
) -> rusqlite::Result<Option<(String, i64, String)>> {
    conn.prepare_cached(
        "SELECT published, version, published_at FROM community_profiles
         WHERE community = ?1 AND published IS NOT NULL",
    )?
    .query_row([community], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
    .optional()
}

/// Saves `draft` as `who`'s community's draft, made on draft `version`; a save on an older draft
/// is refused (`Invalid("version")`).
pub fn save_profile(
    conn: &Connection,
    who: &Staff,
    version: i64,
    draft: &str,
    now: Instant,
) -> Result<ProfileRow, Refusal> {
    let current = profile(conn, &who.community)?;
    if current.draft_version != version {
        return Err(Refusal::Invalid("version"));
    }
    conn.prepare_cached(
        "INSERT INTO community_profiles (community, draft, draft_version, draft_at, draft_by)
         VALUES (?1, ?2, 1, ?3, ?4)
         ON CONFLICT (community) DO UPDATE SET draft = excluded.draft,
             draft_version = draft_version + 1, draft_at = excluded.draft_at,
             draft_by = excluded.draft_by",
    )?
    .execute(params![who.community, draft, now.rfc3339(), who.name])?;
    Ok(profile(conn, &who.community)?)
}

/// Publishes draft `version` of `who`'s community: citizens get it from now on.
pub fn publish_profile(
    conn: &Connection,
    who: &Staff,
    version: i64,
    now: Instant,
) -> Result<ProfileRow, Refusal> {
    let current = profile(conn, &who.community)?;
    if current.draft.is_none() {
        return Err(Refusal::NotFound);
    }
    if current.draft_version != version {
        return Err(Refusal::Invalid("version"));
    }
    conn.prepare_cached(
        "UPDATE community_profiles SET published = draft, version = version + 1,
             published_at = ?2, published_by = ?3
         WHERE community = ?1",
    )?
    .execute(params![who.community, now.rfc3339(), who.name])?;
    Ok(profile(conn, &who.community)?)
}

/// A community's own programme: the draft its administrator saves (JSON of
/// `forms::local::Draft`) and what was last published (JSON of the catalogue entry), each with who
/// and when.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeRow {
    pub id: String,
    pub draft: String,
    /// Raised by every saved draft; a save or a publication names the draft it was made on.
    pub draft_version: i64,
    pub draft_at: String,
    pub draft_by: String,
    pub published: Option<String>,
    /// The draft that was published, to tell whether the draft has changed since.
    pub published_draft: Option<String>,
    /// Raised by every publication; 0 until the first.
    pub version: i64,
    pub published_at: Option<String>,
    pub published_by: Option<String>,
}

const PROGRAMME_COLUMNS: &str = "id, draft, draft_version, draft_at, draft_by, published,
    published_draft, version, published_at, published_by";

fn programme_row(r: &rusqlite::Row) -> rusqlite::Result<ProgrammeRow> {
    Ok(ProgrammeRow {
        id: r.get(0)?,
        draft: r.get(1)?,
        draft_version: r.get(2)?,
        draft_at: r.get(3)?,
        draft_by: r.get(4)?,
        published: r.get(5)?,
        published_draft: r.get(6)?,
        version: r.get(7)?,
        published_at: r.get(8)?,
        published_by: r.get(9)?,
    })
}

/// Every programme of `community`, by id.
pub fn programmes(conn: &Connection, community: &str) -> rusqlite::Result<Vec<ProgrammeRow>> {
    conn.prepare_cached(&format!(
        "SELECT {PROGRAMME_COLUMNS} FROM local_programmes WHERE community = ?1 ORDER BY id"
    ))?
    .query_map([community], programme_row)?
    .collect()
}

/// The programme `id` of `community`, if it has one.
pub fn programme(
    conn: &Connection,
    community: &str,
    id: &str,
) -> rusqlite::Result<Option<ProgrammeRow>> {
    conn.prepare_cached(&format!(
        "SELECT {PROGRAMME_COLUMNS} FROM local_programmes WHERE community = ?1 AND id = ?2"
    ))?
    .query_row([community, id], programme_row)
    .optional()
}

/// Saves `draft` as programme `id` of `who`'s community, made on draft `version` (0: a new
/// programme); a save on another version is refused (`Invalid("version")`).
pub fn save_programme(
    conn: &Connection,
    who: &Staff,
    id: &str,
    version: i64,
    draft: &str,
    now: Instant,
) -> Result<ProgrammeRow, Refusal> {
    let current = programme(conn, &who.community, id)?.map_or(0, |r| r.draft_version);
    if current != version {
        return Err(Refusal::Invalid("version"));
    }
    conn.prepare_cached(
        "INSERT INTO local_programmes (community, id, draft, draft_version, draft_at, draft_by)
         VALUES (?1, ?2, ?3, 1, ?4, ?5)
         ON CONFLICT (community, id) DO UPDATE SET draft = excluded.draft,
             draft_version = draft_version + 1, draft_at = excluded.draft_at,
             draft_by = excluded.draft_by",
    )?
    .execute(params![who.community, id, draft, now.rfc3339(), who.name])?;
    programme(conn, &who.community, id)?.ok_or(Refusal::NotFound)
}

/// Publishes draft `version` of programme `id` of `who`'s community as `published` (the
/// catalogue entry that draft was checked into): citizens get it from now on. Refused
/// (`Invalid("version")`) when the draft is no longer that version.
pub fn publish_programme(
    conn: &Connection,
    who: &Staff,
    id: &str,
    version: i64,
    published: &str,
    now: Instant,
) -> Result<ProgrammeRow, Refusal> {
    let current = programme(conn, &who.community, id)?.ok_or(Refusal::NotFound)?;
    if current.draft_version != version {
        return Err(Refusal::Invalid("version"));
    }
    conn.prepare_cached(
        "UPDATE local_programmes SET published = ?3, published_draft = draft,
             version = version + 1, published_at = ?4, published_by = ?5
         WHERE community = ?1 AND id = ?2",
    )?
    .execute(params![
        who.community,
        id,
        published,
        now.rfc3339(),
        who.name
    ])?;
    programme(conn, &who.community, id)?.ok_or(Refusal::NotFound)
}

/// What a community published: its profile's JSON, and each programme's catalogue entry (JSON)
/// with the draft it was published from.
pub type Published = (Option<String>, Vec<(String, Option<String>)>);

/// What `community` published: its profile and its programmes (JSON of the catalogue entries, by
/// id); `None` when it has published nothing.
pub fn published_community(
    conn: &Connection,
    community: &str,
) -> rusqlite::Result<Option<Published>> {
    let profile = published_profile(conn, community)?.map(|(text, _, _)| text);
    let programmes = conn
        .prepare_cached(
            "SELECT published, published_draft FROM local_programmes
             WHERE community = ?1 AND published IS NOT NULL ORDER BY id",
        )?
        .query_map([community], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((profile.is_some() || !programmes.is_empty()).then_some((profile, programmes)))
}

/// Every community that has published something.
pub fn publishing_communities(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached(
        "SELECT community FROM community_profiles WHERE published IS NOT NULL
         UNION SELECT community FROM local_programmes WHERE published IS NOT NULL
         ORDER BY 1",
    )?
    .query_map([], |r| r.get(0))?
    .collect()
}

/// Whether some community has published a programme with this id (its page exists).
pub fn is_published_programme(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM local_programmes WHERE id = ?1 AND published IS NOT NULL)",
    )?
    .query_row([id], |r| r.get(0))
}
