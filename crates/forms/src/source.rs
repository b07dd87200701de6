//! Form sources as authors write them (TOML): `data/forms/common.toml` holds shared sections,
//! `data/forms/<programme>.toml` one form each, including sections by name.

use crate::model::*;
use catalogue::Text;
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommonFile {
    section: Vec<SectionSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionSrc {
    id: String,
    pages: Vec<PageSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FormSrc {
    programme: String,
    #[serde(default)]
    before: Vec<Text>,
    /// Pages in order: a page, or `{ section = "identity" }` for a shared section.
    pages: Vec<PageOrSection>,
    #[serde(default)]
    documents: Vec<DocumentSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum PageOrSection {
    Section { section: String },
    Page(PageSrc),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageSrc {
    id: String,
    title: Text,
    hint: Option<Text>,
    when: Option<String>,
    fields: Vec<FieldSrc>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldSrc {
    id: String,
    kind: String,
    label: Text,
    hint: Option<Text>,
    #[serde(default = "yes")]
    required: bool,
    when: Option<String>,
    prefill: Option<String>,
    autocomplete: Option<String>,
    max: Option<u32>,
    #[serde(default)]
    options: Vec<ChoiceOption>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentSrc {
    id: String,
    label: Text,
    hint: Option<Text>,
    #[serde(default)]
    required: bool,
    when: Option<String>,
}

/// One source file's name and text.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// `field = a | b`: shown when the field has one of these answers.
fn condition(path: &str, src: &str, errors: &mut Vec<String>) -> Option<Condition> {
    let Some((field, values)) = src.split_once('=') else {
        errors.push(format!(
            "{path}: condition «{src}»: write it as `field = answer` or `field = a | b`"
        ));
        return None;
    };
    Some(Condition {
        field: field.trim().to_string(),
        any_of: values.split('|').map(|v| v.trim().to_string()).collect(),
    })
}

fn kind(path: &str, f: &FieldSrc, errors: &mut Vec<String>) -> Option<FieldKind> {
    Some(match f.kind.as_str() {
        "text" => FieldKind::Text {
            max: f.max.unwrap_or(200),
        },
        "long-text" => FieldKind::LongText {
            max: f.max.unwrap_or(2000),
        },
        "date" => FieldKind::Date { past: false },
        "past-date" => FieldKind::Date { past: true },
        "yes-no" => FieldKind::YesNo,
        "choice" if f.options.len() >= 2 => FieldKind::Choice(f.options.clone()),
        "rnokpp" => FieldKind::Rnokpp,
        "passport" => FieldKind::Passport,
        "unzr" => FieldKind::Unzr,
        "iban" => FieldKind::Iban,
        "phone" => FieldKind::Phone,
        "email" => FieldKind::Email,
        "postal-index" => FieldKind::PostalIndex,
        "country" => FieldKind::Country,
        other => {
            errors.push(format!(
                "{path}: field {}: kind «{other}» is not one of text, long-text, date, past-date, yes-no, choice (two options or more), rnokpp, passport, unzr, iban, phone, email, postal-index, country",
                f.id
            ));
            return None;
        }
    })
}

fn page(path: &str, p: &PageSrc, errors: &mut Vec<String>) -> Page {
    Page {
        id: p.id.clone(),
        title: p.title.clone(),
        hint: p.hint.clone(),
        when: p.when.as_deref().and_then(|w| condition(path, w, errors)),
        fields: p
            .fields
            .iter()
            .filter_map(|f| {
                Some(Field {
                    id: f.id.clone(),
                    kind: kind(path, f, errors)?,
                    label: f.label.clone(),
                    hint: f.hint.clone(),
                    required: f.required,
                    when: f.when.as_deref().and_then(|w| condition(path, w, errors)),
                    prefill: f.prefill.clone(),
                    autocomplete: f.autocomplete.clone(),
                })
            })
            .collect(),
    }
}

/// Compiles the forms; `programmes` are the catalogue's ids and titles, `facts` the eligibility
/// vocabulary's ids.
pub fn compile(
    common: SourceFile<'_>,
    forms: &[SourceFile<'_>],
    programmes: &[(&str, &Text)],
    facts: &[&str],
) -> Result<Forms, Vec<String>> {
    let mut errors = Vec::new();
    let common_src: Option<CommonFile> = toml::from_str(common.text)
        .map_err(|e| errors.push(format!("{}: {}", common.path, e.to_string().trim())))
        .ok();
    let sections = common_src.map(|c| c.section).unwrap_or_default();
    let mut out = Vec::new();
    for file in forms {
        let path = file.path;
        let src: FormSrc = match toml::from_str(file.text) {
            Ok(s) => s,
            Err(e) => {
                errors.push(format!("{path}: {}", e.to_string().trim()));
                continue;
            }
        };
        let title = programmes
            .iter()
            .find(|(id, _)| *id == src.programme)
            .map(|(_, t)| (*t).clone());
        let Some(title) = title else {
            errors.push(format!(
                "{path}: «{}» is not a programme of the catalogue",
                src.programme
            ));
            continue;
        };
        let mut pages = Vec::new();
        for p in &src.pages {
            match p {
                PageOrSection::Section { section } => {
                    match sections.iter().find(|s| &s.id == section) {
                        Some(s) => {
                            pages.extend(s.pages.iter().map(|p| page(common.path, p, &mut errors)))
                        }
                        None => errors
                            .push(format!("{path}: no section «{section}» in {}", common.path)),
                    }
                }
                PageOrSection::Page(p) => pages.push(page(path, p, &mut errors)),
            }
        }
        let form = Form {
            programme: src.programme.clone(),
            title,
            before: src.before,
            pages,
            documents: src
                .documents
                .iter()
                .map(|d| Document {
                    id: d.id.clone(),
                    label: d.label.clone(),
                    hint: d.hint.clone(),
                    required: d.required,
                    when: d
                        .when
                        .as_deref()
                        .and_then(|w| condition(path, w, &mut errors)),
                })
                .collect(),
        };
        let mut ids = BTreeSet::new();
        for f in form.fields() {
            if !ids.insert(f.id.as_str()) {
                errors.push(format!("{path}: the field id «{}» is used twice", f.id));
            }
            if let Some(fact) = &f.prefill
                && !facts.contains(&fact.as_str())
            {
                errors.push(format!(
                    "{path}: field {} is prefilled from an unknown fact «{fact}»",
                    f.id
                ));
            }
        }
        let conditions = form
            .pages
            .iter()
            .filter_map(|p| p.when.as_ref())
            .chain(form.fields().filter_map(|f| f.when.as_ref()))
            .chain(form.documents.iter().filter_map(|d| d.when.as_ref()));
        for c in conditions {
            if form.field(&c.field).is_none() {
                errors.push(format!(
                    "{path}: a condition refers to an unknown field «{}»",
                    c.field
                ));
            }
        }
        if out.iter().any(|f: &Form| f.programme == form.programme) {
            errors.push(format!("{path}: a second form for «{}»", form.programme));
        }
        out.push(form);
    }
    out.sort_by(|a, b| a.programme.cmp(&b.programme));
    if errors.is_empty() {
        Ok(Forms { forms: out })
    } else {
        Err(errors)
    }
}
