//! `PUT /attachments/{id}`: a file for an application, stored whole under the id the device made.

use super::{Api, ApiError, media_type, read_body};
use crate::clock::Instant;
use crate::db::{self, NewAttachment, Outcome, Refusal};
use crate::model::AttachmentInfo;
use crate::store::StoreError;
use crate::tokens::sha256_hex;
use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use forms::submission::is_device_id;
use std::sync::Arc;

/// The largest file.
pub const MAX_FILE: usize = 10 * 1024 * 1024;

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

/// Stores a file; the same id with the same bytes again is answered as the first time.
pub async fn upload(
    State(api): State<Arc<Api>>,
    Path(id): Path<String>,
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
    let declared = media_type(&headers);
    let Some(mime) = ACCEPTED
        .into_iter()
        .find(|t| declared.as_deref() == Some(*t))
    else {
        return Err(type_by_content(declared.as_deref(), None));
    };
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
        .write(move |conn| db::put_attachment(conn, &file, Instant::now()))
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
