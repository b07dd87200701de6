//! E-mail to applicants: what a notice says, and the task that sends queued notices through the
//! operator's SMTP server.
//!
//! A notice is queued in the same transaction as what it announces (`db::office::queue_notice`),
//! so none is lost or sent for a change that did not happen; the task sends what is due, marks it
//! sent once the server accepted it, and tries again later (1 min, doubling, at most 6 h) when it
//! did not. A notice carries the reference, the status page's address and, on receipt, the code —
//! never an answer of the application.

use crate::api::Api;
use crate::clock::Instant;
use crate::db::office::{self, Notice, Pending};
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, Message};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncTransport, Tokio1Executor};
use std::sync::{Arc, Weak};
use std::time::Duration;
use tokio::sync::Notify;

/// How the server sends e-mail.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// The SMTP server, as an address lettre reads: `smtp://host:port` (no TLS, e.g. a relay on
    /// the same machine), `smtp://host:587?tls=required` (STARTTLS) or `smtps://host:465`, with
    /// `user:password@` if the server wants them.
    pub smtp_url: String,
    /// The sender, e.g. `Соціальна громада <noreply@lviv.example>`.
    pub from: String,
    /// The portal's public address, for links: `https://portal.lviv.example`.
    pub public_url: String,
}

/// Each SMTP conversation ends within this.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);
/// How often the task looks for notices due again when nothing woke it.
const POLL: Duration = Duration::from_secs(30);

fn status_link(public_url: &str, reference: &str) -> String {
    format!(
        "{}/status?reference={reference}",
        public_url.trim_end_matches('/')
    )
}

/// The notice on receipt: the reference and the code, to follow the application from any device.
pub fn receipt_notice(public_url: &str, reference: &str, code: &str) -> Notice {
    let link = status_link(public_url, reference);
    Notice {
        subject: format!("Заяву {reference} отримано · Application {reference} received"),
        body: format!(
            "Громада отримала вашу заяву {reference}.\n\
             Код доступу: {code}\n\
             Статус заяви й повідомлення громади — за посиланням (введіть номер заяви й код):\n\
             {link}\n\
             Нікому не пересилайте цей лист: код відкриває вашу заяву.\n\n\
             The community received your application {reference}.\n\
             Access code: {code}\n\
             Its status and the community's messages are at this address (enter the reference and \
             the code):\n{link}\n\
             Do not forward this e-mail: the code opens your application.\n"
        ),
    }
}

/// The notice of a change: something new about the application, with nothing of its content.
pub fn change_notice(public_url: &str, reference: &str) -> Notice {
    let link = status_link(public_url, reference);
    Notice {
        subject: format!("Новини щодо заяви {reference} · News about application {reference}"),
        body: format!(
            "Щодо вашої заяви {reference} є новини від громади. Перегляньте їх на сторінці \
             статусу (номер заяви й код доступу — з квитанції):\n{link}\n\n\
             There is news from the community about your application {reference}. See it on the \
             status page (the reference and the access code are on your receipt):\n{link}\n"
        ),
    }
}

/// Sends queued notices until the API is gone. `wake` is notified when one is queued.
pub async fn run(config: MailConfig, api: Weak<Api>, wake: Arc<Notify>) {
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url) {
        Ok(builder) => builder.timeout(Some(SMTP_TIMEOUT)).build(),
        Err(e) => {
            tracing::error!("e-mail is off: the SMTP address is not valid: {e}");
            return;
        }
    };
    let from: Mailbox = match config.from.parse() {
        Ok(m) => m,
        Err(e) => {
            tracing::error!("e-mail is off: the sender is not an address: {e}");
            return;
        }
    };
    loop {
        let Some(api) = api.upgrade() else { return };
        let store = &api.store;
        let due = store
            .read(|conn| office::due_notices(conn, Instant::now(), 20))
            .await;
        let due = match due {
            Ok(d) => d,
            Err(e) => {
                tracing::error!("e-mail: reading the queue failed: {e:?}");
                Vec::new()
            }
        };
        for notice in &due {
            let result = send(&transport, &from, notice).await;
            let id = notice.id;
            let write = match result {
                Ok(()) => {
                    store
                        .write(move |conn| office::notice_sent(conn, id, Instant::now()))
                        .await
                }
                Err(error) => {
                    tracing::warn!(
                        "e-mail {id} not sent (try {}): {error}",
                        notice.attempts + 1
                    );
                    let wait = (60u64 << notice.attempts.clamp(0, 9)).min(6 * 3600);
                    store
                        .write(move |conn| {
                            office::notice_failed(
                                conn,
                                id,
                                &error,
                                Instant(Instant::now().0 + wait),
                            )
                        })
                        .await
                }
            };
            if let Err(e) = write {
                tracing::error!("e-mail {id}: recording the outcome failed: {e:?}");
            }
        }
        drop(api);
        if due.len() < 20 {
            tokio::select! {
                () = wake.notified() => {},
                () = tokio::time::sleep(POLL) => {},
            }
        }
    }
}

async fn send(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    notice: &Pending,
) -> Result<(), String> {
    let to: Mailbox = notice
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    // 8-bit text as it is (SMTP servers take 8BITMIME), readable in any client and in a log.
    let body = Body::new_with_encoding(wrap(&notice.body), ContentTransferEncoding::EightBit)
        .map_err(|_| "the body is not 8-bit text".to_string())?;
    let message = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&notice.subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|e| e.to_string())?;
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Lines of at most 72 bytes (8-bit mail takes fewer than 76; a link longer than that stays whole), broken
/// at spaces, with CRLF endings.
fn wrap(text: &str) -> String {
    const MAX: usize = 72;
    let mut out = String::with_capacity(text.len() + text.len() / MAX * 2);
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.len() + 1 + word.len() > MAX {
                out.push_str(&current);
                out.push_str("\r\n");
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(&current);
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_wrapped_at_72_bytes_between_words() {
        let n = receipt_notice(
            "https://portal.example",
            "2026-000012",
            "7KQ4-M2XD-9HZT-WB3E",
        );
        let wrapped = wrap(&n.body);
        assert!(wrapped.split("\r\n").all(|l| l.len() <= 72), "{wrapped}");
        assert_eq!(
            wrapped
                .replace("\r\n", " ")
                .split_whitespace()
                .collect::<Vec<_>>(),
            n.body.split_whitespace().collect::<Vec<_>>()
        );
        assert!(Body::new_with_encoding(wrapped, ContentTransferEncoding::EightBit).is_ok());
    }

    #[test]
    fn a_notice_carries_the_reference_and_the_link_and_nothing_else() {
        let n = change_notice("https://portal.example/", "2026-000012");
        assert!(
            n.body
                .contains("https://portal.example/status?reference=2026-000012")
        );
        assert!(n.subject.contains("2026-000012"));
        let r = receipt_notice(
            "https://portal.example",
            "2026-000012",
            "7KQ4-M2XD-9HZT-WB3E",
        );
        assert!(r.body.contains("7KQ4-M2XD-9HZT-WB3E"));
    }
}
