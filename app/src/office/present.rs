//! How the back office shows what the API gives: answers with the form's own questions, dates and
//! times, sizes, the TOTP secret in groups, and the message ids of statuses, roles and actions.

use catalogue::Lang;
use forms::{FieldKind, Form};
use std::collections::BTreeMap;

/// One answer as a row of the application's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    /// The page's title, when the page's first row starts here (a section heading).
    pub section: Option<String>,
    /// The field's label in the reader's language (the answer's key if the form has no such
    /// field).
    pub label: String,
    /// The answer: a choice by its label, yes/no in words, a date as dd.mm.yyyy.
    pub value: String,
}

/// The answers in the form's order, each with its question; answers the form does not know
/// (another version of the form) come last, by their key, so nothing is hidden.
pub fn answer_rows(
    form: Option<&Form>,
    answers: &BTreeMap<String, String>,
    lang: Lang,
) -> Vec<AnswerRow> {
    let mut rows = Vec::new();
    let mut shown = std::collections::BTreeSet::new();
    if let Some(form) = form {
        for page in &form.pages {
            let mut first = true;
            for field in &page.fields {
                let Some(raw) = answers.get(&field.id) else {
                    continue;
                };
                shown.insert(field.id.as_str());
                if raw.trim().is_empty() {
                    continue;
                }
                let label = field.label.get(lang).to_string();
                let title = page.title.get(lang);
                rows.push(AnswerRow {
                    // A page of several questions names its section, unless its title is the
                    // question itself.
                    section: (first && page.fields.len() > 1 && title != label)
                        .then(|| title.to_string()),
                    label,
                    value: answer_value(&field.kind, raw, lang),
                });
                first = false;
            }
        }
    }
    // The confirmation of an РНОКПП that disagrees is shown as [`rnokpp_notice`], not as a row.
    shown.insert(forms::RNOKPP_CONFIRMED);
    for (key, raw) in answers {
        if !shown.contains(key.as_str()) && !raw.trim().is_empty() {
            rows.push(AnswerRow {
                section: None,
                label: key.clone(),
                value: raw.clone(),
            });
        }
    }
    rows
}

/// What the staff should know when the applicant's РНОКПП disagrees with the birth date or sex in
/// the application (issue 16): what its digits say and what the application gives. The same
/// check as the applicant's form and the server (`forms::rnokpp_mismatch`); the applicant
/// confirmed the number to send the application.
pub fn rnokpp_notice(
    form: Option<&Form>,
    answers: &BTreeMap<String, String>,
    lang: Lang,
) -> Option<String> {
    use forms::{RnokppMismatch as M, Sex};
    let sex = |s: &Sex| {
        let value = match s {
            Sex::Female => "female",
            Sex::Male => "male",
        };
        form.and_then(|f| f.field("sex"))
            .and_then(|f| match &f.kind {
                FieldKind::Choice(options) => options.iter().find(|o| o.value == value),
                _ => None,
            })
            .map(|o| o.label.get(lang).to_lowercase())
            .unwrap_or_else(|| value.to_string())
    };
    let date = |d: &Option<catalogue::Date>| d.map_or("00000".to_string(), |d| d.dotted());
    let (encoded, entered) = match forms::rnokpp_mismatch(answers)? {
        M::BirthDateDiffers { encoded, entered } => (date(&encoded), entered.dotted()),
        M::SexDiffers { encoded, entered } => (sex(&encoded), sex(&entered)),
        M::BothDiffer {
            encoded_birth_date,
            entered_birth_date,
            encoded_sex,
            entered_sex,
        } => (
            format!("{}, {}", date(&encoded_birth_date), sex(&encoded_sex)),
            format!("{}, {}", entered_birth_date.dotted(), sex(&entered_sex)),
        ),
    };
    Some(i18n::t_args(
        lang,
        "office-rnokpp-mismatch",
        &[
            ("encoded", i18n::Arg::Str(&encoded)),
            ("entered", i18n::Arg::Str(&entered)),
        ],
    ))
}

/// An answer in words.
pub fn answer_value(kind: &FieldKind, raw: &str, lang: Lang) -> String {
    match kind {
        FieldKind::YesNo => match raw {
            "yes" => i18n::t(lang, "check-yes"),
            "no" => i18n::t(lang, "check-no"),
            _ => raw.to_string(),
        },
        FieldKind::Choice(options) => options
            .iter()
            .find(|o| o.value == raw)
            .map(|o| o.label.get(lang).to_string())
            .unwrap_or_else(|| raw.to_string()),
        FieldKind::Date { .. } => raw
            .parse::<catalogue::Date>()
            .map(|d| d.dotted())
            .unwrap_or_else(|_| raw.to_string()),
        _ => raw.to_string(),
    }
}

/// A document of the form by its label in `lang`, or its id.
pub fn document_label(form: Option<&Form>, id: &str, lang: Lang) -> String {
    form.and_then(|f| f.documents.iter().find(|d| d.id == id))
        .map(|d| d.label.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// `dd.mm.yyyy hh:mm` from the parts of a local time; the raw text if there are none.
pub fn date_time(parts: Option<(u32, u32, u32, u32, u32)>, raw: &str) -> String {
    match parts {
        Some((y, mo, d, h, mi)) => format!("{d:02}.{mo:02}.{y:04} {h:02}:{mi:02}"),
        None => raw.to_string(),
    }
}

/// A timestamp (RFC 3339) as `dd.mm.yyyy hh:mm` in the device's time zone.
pub fn when(iso: &str) -> String {
    date_time(crate::browser::local_time(iso), iso)
}

/// The date of a timestamp as `dd.mm.yyyy`, in the device's time zone.
pub fn day(iso: &str) -> String {
    let full = when(iso);
    full.split_once(' ')
        .map(|(d, _)| d.to_string())
        .unwrap_or(full)
}

/// A file's size for people: bytes, KB or MB.
pub fn size(bytes: u64, lang: Lang) -> String {
    let (id, number) = if bytes < 1024 {
        ("office-size-b", bytes.to_string())
    } else if bytes < 1024 * 1024 {
        ("office-size-kb", bytes.div_ceil(1024).to_string())
    } else {
        let tenths = (bytes * 10).div_ceil(1024 * 1024);
        let sep = if lang == Lang::Uk { ',' } else { '.' };
        (
            "office-size-mb",
            format!("{}{sep}{}", tenths / 10, tenths % 10),
        )
    };
    i18n::t_args(lang, id, &[("size", i18n::Arg::Str(&number))])
}

/// A TOTP secret in groups of four, easier to type into an authenticator app.
pub fn grouped(secret: &str) -> String {
    let clean: Vec<char> = secret.chars().filter(|c| !c.is_whitespace()).collect();
    clean
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Can a browser show this file safely in a tab (the server sends it inline, sandboxed)?
pub fn viewable(content_type: &str) -> bool {
    matches!(content_type, "image/jpeg" | "image/png" | "application/pdf")
}

/// The message id of an application's status.
pub fn status_id(status: &str) -> &'static str {
    match status {
        "received" => "office-status-received",
        "in-review" => "office-status-in-review",
        "need-info" => "office-status-need-info",
        "approved" => "office-status-approved",
        "refused" => "office-status-refused",
        "closed" => "office-status-closed",
        _ => "status-unknown",
    }
}

/// The message id of a staff role.
pub fn role_id(role: &str) -> &'static str {
    match role {
        "worker" => "office-role-worker",
        "head" => "office-role-head",
        "admin" => "office-role-admin",
        "applicant" => "office-role-applicant",
        _ => "office-role-other",
    }
}

/// An action of the audit in words (the action's own name if the app does not know it).
pub fn action(action: &str, lang: Lang) -> String {
    let id = match action {
        "read" | "view" | "open" => "office-action-read",
        "assign" => "office-action-assign",
        "status" => "office-action-status",
        "note" => "office-action-note",
        "file" | "attachment" | "download" => "office-action-attachment",
        "message" | "reply" => "office-action-message",
        _ => return action.to_string(),
    };
    i18n::t(lang, id)
}

/// A person with their role: `Олена Коваль (фахівчиня)`.
pub fn by(name: &str, role: &str, lang: Lang) -> String {
    format!("{name} ({})", i18n::t(lang, role_id(role)))
}

/// The statuses a change may go to from `status`, as the contract orders an application's life:
/// received → in review → more information needed → granted | refused → closed. The server has
/// the last word; the screen offers the steps that make sense (and `closed` from anywhere but
/// itself).
pub fn next_statuses(status: &str) -> Vec<&'static str> {
    let all: &[&'static str] = match status {
        "received" => &["in-review", "need-info", "approved", "refused", "closed"],
        "in-review" => &["need-info", "approved", "refused", "closed"],
        "need-info" => &["in-review", "approved", "refused", "closed"],
        "approved" | "refused" => &["closed"],
        "closed" => &[],
        _ => &["in-review", "need-info", "approved", "refused", "closed"],
    };
    all.to_vec()
}

/// Does a change to `status` need a message for the applicant?
pub fn needs_message(status: &str) -> bool {
    matches!(status, "need-info" | "refused")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms() -> forms::Forms {
        forms::Forms::from_json(include_str!("../../../data/generated/forms.json"))
            .expect("forms.json")
    }

    #[test]
    fn answers_are_shown_with_the_forms_questions_and_choices_in_the_readers_language() {
        i18n::use_all_messages();
        let all = forms();
        let form = all.forms.first().expect("a form");
        let mut answers = BTreeMap::new();
        let mut yes_no = None;
        let mut choice = None;
        for field in form.fields() {
            match &field.kind {
                FieldKind::YesNo if yes_no.is_none() => {
                    answers.insert(field.id.clone(), "yes".to_string());
                    yes_no = Some(field.clone());
                }
                FieldKind::Choice(options) if choice.is_none() => {
                    answers.insert(field.id.clone(), options[0].value.clone());
                    choice = Some((field.clone(), options[0].clone()));
                }
                _ => {}
            }
        }
        answers.insert("from-another-version".into(), "x".into());
        for lang in [Lang::Uk, Lang::En] {
            let rows = answer_rows(Some(form), &answers, lang);
            if let Some(f) = &yes_no {
                let row = rows
                    .iter()
                    .find(|r| r.label == f.label.get(lang))
                    .expect("yes/no row");
                assert_eq!(row.value, i18n::t(lang, "check-yes"));
                assert_ne!(row.value, "yes");
            }
            if let Some((f, o)) = &choice {
                let row = rows
                    .iter()
                    .find(|r| r.label == f.label.get(lang))
                    .expect("choice row");
                assert_eq!(row.value, o.label.get(lang));
            }
            let last = rows.last().expect("rows");
            assert_eq!(
                (last.label.as_str(), last.value.as_str()),
                ("from-another-version", "x")
            );
        }
    }

    #[test]
    fn staff_see_an_rnokpp_that_disagrees_with_the_birth_date_with_both_dates_issue_16() {
        i18n::use_all_messages();
        let all = forms();
        let form = all.for_programme("idp-living-allowance");
        // 3287300029 stands for a woman born on 01.01.1990; the applicant gave 27.04.1987.
        let mut answers = BTreeMap::from([
            ("birth_date".to_string(), "1987-04-27".to_string()),
            ("sex".to_string(), "female".to_string()),
            ("rnokpp".to_string(), "3287300029".to_string()),
            (
                forms::RNOKPP_CONFIRMED.to_string(),
                "3287300029".to_string(),
            ),
        ]);
        for lang in [Lang::Uk, Lang::En] {
            let notice = rnokpp_notice(form, &answers, lang).expect("a notice");
            assert!(
                notice.contains("01.01.1990") && notice.contains("27.04.1987"),
                "{notice}"
            );
            let rows = answer_rows(form, &answers, lang);
            assert!(rows.iter().all(|r| r.label != forms::RNOKPP_CONFIRMED));
        }
        answers.insert("sex".into(), "male".into());
        let both = rnokpp_notice(form, &answers, Lang::Uk).unwrap();
        assert!(
            both.contains("01.01.1990, жіноча") && both.contains("27.04.1987, чоловіча"),
            "{both}"
        );
        answers.insert("birth_date".into(), "1990-01-01".into());
        answers.insert("sex".into(), "female".into());
        assert_eq!(rnokpp_notice(form, &answers, Lang::Uk), None);
    }

    #[test]
    fn without_the_form_every_answer_is_still_shown_by_its_key() {
        i18n::use_all_messages();
        let answers = BTreeMap::from([("surname".to_string(), "Коваль".to_string())]);
        let rows = answer_rows(None, &answers, Lang::Uk);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].label, "surname");
    }

    #[test]
    fn dates_and_times_read_as_people_write_them() {
        i18n::use_all_messages();
        let kind = FieldKind::Date { past: true };
        assert_eq!(answer_value(&kind, "2026-03-08", Lang::Uk), "08.03.2026");
        assert_eq!(
            date_time(Some((2026, 12, 6, 9, 5)), "x"),
            "06.12.2026 09:05"
        );
        assert_eq!(date_time(None, "raw"), "raw");
        assert_eq!(when("2026-12-06T10:15:00Z"), "06.12.2026 10:15");
        assert_eq!(day("2026-12-06T10:15:00Z"), "06.12.2026");
    }

    #[test]
    fn sizes_secrets_and_safe_types() {
        i18n::use_all_messages();
        assert_eq!(size(900, Lang::En), "900 B");
        assert_eq!(size(900, Lang::Uk), "900 Б");
        assert_eq!(size(2048, Lang::Uk), "2 КБ");
        assert_eq!(size(1_572_864, Lang::Uk), "1,5 МБ");
        assert_eq!(grouped("JBSWY3DPEHPK3PXP"), "JBSW Y3DP EHPK 3PXP");
        assert_eq!(grouped("ABCDEF"), "ABCD EF");
        assert!(viewable("application/pdf"));
        assert!(!viewable("application/pkcs7-signature"));
    }

    #[test]
    fn an_applications_life_moves_forward_and_a_closed_one_stays_closed() {
        i18n::use_all_messages();
        assert_eq!(next_statuses("received")[0], "in-review");
        assert_eq!(next_statuses("approved"), ["closed"]);
        assert!(next_statuses("closed").is_empty());
        assert!(needs_message("refused") && needs_message("need-info"));
        assert!(!needs_message("approved"));
    }

    #[test]
    fn every_status_role_and_action_has_words_in_both_languages() {
        i18n::use_all_messages();
        for lang in [Lang::Uk, Lang::En] {
            for s in super::super::filters::STATUSES {
                let id = status_id(s);
                assert_ne!(i18n::t(lang, id), id, "{s}");
            }
            for r in ["worker", "head", "admin", "applicant", "x"] {
                let id = role_id(r);
                assert_ne!(i18n::t(lang, id), id, "{r}");
            }
            for a in ["read", "assign", "status", "note", "file", "message"] {
                assert!(!action(a, lang).starts_with("office-"), "{a}");
            }
        }
        assert_eq!(action("something-new", Lang::Uk), "something-new");
    }
}
