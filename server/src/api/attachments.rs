//! `POST /drafts` and `PUT /attachments/{id}`: a file for an application, stored whole under the
//! id the device made, for whoever may upload it (issue 14). A file belongs to someone from the
//! start: a draft on a device, by the token the server issued for it (`POST /drafts`; only its
//! SHA-256 is kept), or an application, by its code and reference (`?application=`: a reply's
//! files). The owner is checked before the body is read, each owner holds at most so many files
//! and bytes ([`forms::files`]), each client uploads at most so many bytes a minute
//! ([`crate::ratelimit::RateLimit::UPLOAD_MIB`]), and an application takes only its draft's files.

use super::applications::opens;
use super::{Api, ApiError, media_type, read_body};
use crate::clock::Instant;
use crate::db::{self, NewAttachment, Outcome, Owner, Refusal};
use crate::model::AttachmentInfo;
use crate::ratelimit::Client;
use crate::store::StoreError;
use crate::tokens::{bearer, new_staff_token, sha256_hex};
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use forms::files::{Limit, MAX_DRAFT_BYTES, MAX_DRAFT_FILES};
use forms::submission::is_device_id;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;

/// The largest file.
pub const MAX_FILE: usize = forms::files::MAX_FILE as usize;

pub use forms::files::{ACCEPTED, sniff};

fn type_by_content(declared: Option<&str>, detected: Option<&str>) -> ApiError {
    ApiError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "type-by-content",
        "Приймаємо лише фото JPEG чи PNG, документ PDF або файл підпису КЕП (.p7s, .asice), і \
         заголовок Content-Type має відповідати вмісту файлу: виберіть такий файл і завантажте \
         його знову.",
        "Only a JPEG or PNG photo, a PDF document or a qualified e-signature file (.p7s, .asice) \
         is accepted, and the Content-Type header must match the file's content: choose such a \
         file and upload it again.",
    )
    .with("accepted", ACCEPTED)
    .with("declared", declared)
    .with("detected", detected)
}

/// `401 bad-draft-token`: no draft's token, or the draft expired. The device asks for a new one
/// (`POST /api/v1/drafts`) and uploads the draft's files again with it.
pub fn bad_draft_token() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "bad-draft-token",
        "Файли заяви завантажують із токеном її чернетки (POST /api/v1/drafts), а цей токен \
         відсутній, невідомий або його чернетка застаріла: отримайте новий токен і завантажте \
         файли заяви знову.",
        "An application's files are uploaded with its draft's token (POST /api/v1/drafts), and \
         this one is missing, unknown or its draft expired: get a new token and upload the \
         application's files again.",
    )
    .challenge()
}

/// `422 too-many-files` or `too-many-bytes`: the owner holds as much as it may.
fn over_limit(limit: Limit, owner: Owner) -> ApiError {
    let (uk_whose, en_whose) = match owner {
        Owner::Draft(_) => ("до однієї заяви", "to one application"),
        Owner::Application(_) => (
            "до заяви разом із відповідями",
            "to an application with its answers",
        ),
    };
    match limit {
        Limit::Files(max) => ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "too-many-files",
            format!(
                "Забагато файлів: {uk_whose} можна додати не більше {max}. Приберіть зайві або \
                 об'єднайте сторінки документа в один PDF."
            ),
            format!(
                "Too many files: at most {max} may be added {en_whose}. Remove some, or put a \
                 document's pages into one PDF."
            ),
        )
        .with("max_files", max),
        Limit::Bytes(max) => {
            let mib = max >> 20;
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "too-many-bytes",
                format!(
                    "Файли завеликі разом: {uk_whose} можна додати до {mib} МБ. Приберіть \
                     зайві або зменште їх (фото меншої роздільності, стиснений PDF)."
                ),
                format!(
                    "The files are too large together: up to {mib} MB may be added {en_whose}. \
                     Remove some or make them smaller (photos at a lower resolution, a \
                     compressed PDF)."
                ),
            )
            .with("max_bytes", max)
        }
    }
}

fn closed() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "closed",
        "Цю заяву закрито: до неї вже не можна додати файл. Щоб звернутися знову, подайте нову \
         заяву або зателефонуйте до громади.",
        "This application is closed: no file can be added to it. To ask again, send a new \
         application or call the community.",
    )
}

/// What `POST /drafts` answers.
#[derive(Debug, serde::Serialize)]
pub struct NewDraft {
    /// Sent as `Authorization: Bearer <token>` with each of the draft's files and with the
    /// application. Shown once: the server keeps only its SHA-256.
    pub token: String,
    pub max_files: u64,
    pub max_bytes: u64,
}

/// `POST /drafts`: a new draft and its token, for a device about to upload a draft's files.
pub async fn new_draft(State(api): State<Arc<Api>>) -> Result<Response, ApiError> {
    let token = new_staff_token()?;
    let hash = sha256_hex(token.as_bytes());
    api.store
        .write(move |conn| Ok(db::new_draft(conn, &hash, Instant::now())?))
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(NewDraft {
            token,
            max_files: MAX_DRAFT_FILES,
            max_bytes: MAX_DRAFT_BYTES,
        }),
    )
        .into_response())
}

/// The query of an upload: the application whose code comes with it (a reply's files).
#[derive(Debug, serde::Deserialize)]
pub struct UploadQuery {
    pub application: Option<String>,
}

/// Who may upload with these headers: the draft of the token, or the application whose code it
/// is. Refused (`401`) before anything else is looked at.
async fn owner(api: &Api, headers: &HeaderMap, query: &UploadQuery) -> Result<Owner, ApiError> {
    match &query.application {
        Some(reference) => Ok(Owner::Application(opens(api, reference, headers).await?)),
        None => {
            let hash = bearer(headers)
                .map(|t| sha256_hex(t.as_bytes()))
                .ok_or_else(bad_draft_token)?;
            api.store
                .read(move |conn| db::draft_by_token(conn, &hash))
                .await?
                .map(Owner::Draft)
                .ok_or_else(bad_draft_token)
        }
    }
}

/// Stores a file; the same id with the same bytes again, for the same owner, is answered as the
/// first time.
pub async fn upload(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
    Query(query): Query<UploadQuery>,
    client: Option<Extension<Client>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    if !is_device_id(&id) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad-id",
            "Ідентифікатор файлу — 32 малі шістнадцяткові цифри (0–9, a–f), створені на \
             пристрої: створіть такий і завантажте файл знову.",
            "A file id is 32 lowercase hexadecimal digits (0–9, a–f) made on the device: make \
             one and upload the file again.",
        ));
    }
    let owner = owner(&api, &headers, &query).await?;
    let declared = media_type(&headers);
    let Some(mime) = ACCEPTED
        .into_iter()
        .find(|t| declared.as_deref() == Some(*t))
    else {
        return Err(type_by_content(declared.as_deref(), None));
    };
    // What the body will weigh, if it says; else the largest file. Limits are checked on it
    // before the body is read, and again when the file is stored.
    let length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(MAX_FILE as u64)
        .min(MAX_FILE as u64);
    let except = id.clone();
    let (files, bytes) = api
        .store
        .read(move |conn| db::held(conn, owner, &except))
        .await?;
    forms::files::fits(files, bytes, 1, length, owner.limits())
        .map_err(|limit| over_limit(limit, owner))?;
    let client = client.map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.0);
    api.uploads
        .take(
            client,
            length as f64 / f64::from(1 << 20),
            std::time::Instant::now(),
        )
        .map_err(ApiError::too_many_requests)?;
    let data = read_body(&headers, body, MAX_FILE).await?;
    let detected = sniff(&data);
    if detected != Some(mime) {
        return Err(type_by_content(Some(mime), detected));
    }
    let info = AttachmentInfo {
        id,
        mime: mime.to_string(),
        size: data.len() as u64,
        sha256: sha256_hex(&data),
    };
    let file = NewAttachment { info, data };
    let outcome = api
        .store
        .write(move |conn| db::put_attachment(conn, &file, owner, Instant::now()))
        .await
        .map_err(|e| match e {
            StoreError::Refused(Refusal::IdReused) => ApiError::new(
                StatusCode::CONFLICT,
                "id-reused",
                "Під цим ідентифікатором уже інший файл: створіть на пристрої новий ідентифікатор \
                 для цього файлу й завантажте його знову.",
                "Another file is stored under this id: make a new id on the device for this file \
                 and upload it again.",
            ),
            StoreError::Refused(Refusal::NoDraft) => bad_draft_token(),
            StoreError::Refused(Refusal::OverLimit(limit)) => over_limit(limit, owner),
            StoreError::Refused(Refusal::Forbidden) => closed(),
            other => ApiError::from(other),
        })?;
    Ok(match outcome {
        Outcome::Created(info) => (StatusCode::CREATED, Json(info)).into_response(),
        Outcome::Existing(info) => (StatusCode::OK, Json(info)).into_response(),
    })
}

#[cfg(test)]
mod tests {
    use super::sniff;

    #[test]
    fn a_file_is_known_by_its_first_bytes() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0]), Some("image/jpeg"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("image/png"));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"%PDF"), None);
        let p7s = [
            &[0x30, 0x82, 0x0A, 0x10][..],
            &[
                0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02,
            ],
            &[0xA0, 0x82],
        ]
        .concat();
        assert_eq!(sniff(&p7s), Some("application/pkcs7-signature"));
        assert_eq!(sniff(&[0x30, 0x82, 0x01, 0x00, 0x02, 0x01]), None);
        let mut asice = b"PK\x03\x04".to_vec();
        asice.extend_from_slice(&[0; 26]);
        asice.extend_from_slice(b"mimetypeapplication/vnd.etsi.asic-e+zip");
        assert_eq!(sniff(&asice), Some("application/vnd.etsi.asic-e+zip"));
        assert_eq!(sniff(b"PK\x03\x04 an ordinary zip"), None);
    }
}
