//! Form sources as authors write them (TOML): `data/forms/common.toml` holds shared sections,
//! `data/forms/<programme>.toml` one form each, including sections by name, and
//! `data/forms/request.toml` the general request to the community, the form of every programme of
//! the catalogue without one of its own (issue 16).

use crate::model::*;
use crate::request::Request;
use catalogue::Text;
use catalogue::model::Programme;
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
    /// Its pages, and other sections by name (`identity-open` includes `person`).
    pages: Vec<PageOrSection>,
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
    /// Answers the programme settles, so the form does not ask them (issue 16: a form asks only
    /// what the decision needs): `{ lives = "ukraine" }` for a programme only for people in
    /// Ukraine. The question goes, and so does every page or field shown only for another answer;
    /// a condition that the answer meets is dropped.
    #[serde(default)]
    given: std::collections::BTreeMap<String, String>,
}

/// The general request to the community: one template, made into a form for each programme of the
/// catalogue that has none of its own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestSrc {
    /// The form's title; `{title}` is the programme's.
    title: Text,
    /// Said first on the form's start where the community does not decide the programme;
    /// `{administrator}` is the catalogue's words for who does.
    passed_on: Text,
    /// The hint of each document the catalogue names: optional (the label stays the catalogue's
    /// name, as the status page and the office show it).
    optional_document: Text,
    #[serde(default)]
    before: Vec<Text>,
    pages: Vec<PageOrSection>,
    /// Documents after those the catalogue entry names.
    #[serde(default)]
    documents: Vec<DocumentSrc>,
    /// The family members, asked after the request's pages in the request of a programme whose
    /// amount the eligibility rules count per member (`per_member` of [`compile`]).
    members: Option<RepeatSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum PageOrSection {
    Section { section: String },
    Repeat(RepeatSrc),
    Page(PageSrc),
}

/// The same pages for each of several people (the family members an amount depends on, issue 16):
/// the compiler expands it into ordinary pages, so the apps, the server and the office need nothing
/// new. A page asks how many (a choice of `0..=max`, its field `count.id`), then for each `i` in
/// `1..=max` the `pages`, shown `when = { field = count.id, any_of = [i..=max] }`, with page ids
/// `<page>-<i>`, field ids `<repeat>_<i>_<field>` (`member_2_birth_date`) and `{n}` in titles,
/// labels and hints replaced by `i`. A condition on a field of the repeated pages refers to the
/// same person's field.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RepeatSrc {
    /// The prefix of each person's field ids.
    repeat: String,
    /// At most this many people (the source file says why).
    max: u32,
    count: CountSrc,
    /// One person's pages (without `when`: the count decides).
    pages: Vec<PageSrc>,
}

/// The page that asks how many people the repeated pages are for.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountSrc {
    /// The id of the page and of its one field.
    id: String,
    title: Text,
    hint: Option<Text>,
    /// The answer 0.
    none: Text,
    #[serde(default = "yes")]
    required: bool,
    /// The eligibility fact that suggests the answer (`household`: how many people the check
    /// was told live with the person, see [`crate::prefill::from_household`]).
    prefill: Option<String>,
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

/// `field = a | b`: shown when the field has one of these answers; `field = | a`: also when the
/// question is left unanswered.
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
        "postal-code" => FieldKind::PostalCode,
        "travel-passport" => FieldKind::TravelPassport,
        "document-number" => FieldKind::DocumentNumber,
        other => {
            errors.push(format!(
                "{path}: field {}: kind «{other}» is not one of text, long-text, date, past-date, yes-no, choice (two options or more), rnokpp, passport, unzr, iban, phone, email, postal-index, country, postal-code, travel-passport, document-number",
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

/// The pages of a form: its own, and the shared sections it includes by name.
fn pages(
    path: &str,
    src: &[PageOrSection],
    common: &str,
    sections: &[SectionSrc],
    errors: &mut Vec<String>,
) -> Vec<Page> {
    let mut pages = Vec::new();
    expand(path, src, common, sections, 0, &mut pages, errors);
    pages
}

/// Appends the pages of `src` to `pages`, a section's own included ones in place, at most
/// a few sections deep (a section that includes itself is an error, not a loop).
fn expand(
    path: &str,
    src: &[PageOrSection],
    common: &str,
    sections: &[SectionSrc],
    depth: usize,
    pages: &mut Vec<Page>,
    errors: &mut Vec<String>,
) {
    for p in src {
        match p {
            PageOrSection::Section { section } if depth >= 4 => errors.push(format!(
                "{path}: section «{section}» is included more than 4 sections deep (a loop?)"
            )),
            PageOrSection::Section { section } => {
                match sections.iter().find(|s| &s.id == section) {
                    Some(s) => expand(common, &s.pages, common, sections, depth + 1, pages, errors),
                    None => errors.push(format!("{path}: no section «{section}» in {common}")),
                }
            }
            PageOrSection::Repeat(r) => pages.extend(repeat(path, r, errors)),
            PageOrSection::Page(p) => pages.push(page(path, p, errors)),
        }
    }
}

/// `{n}` replaced by `n` in each language.
fn numbered(text: &Text, n: u32) -> Text {
    Text {
        uk: text.uk.replace("{n}", &n.to_string()),
        en: text.en.replace("{n}", &n.to_string()),
    }
}

/// The pages of a repeat block (see [`RepeatSrc`]): the count's page, then each person's.
fn repeat(path: &str, r: &RepeatSrc, errors: &mut Vec<String>) -> Vec<Page> {
    if !(1..=20).contains(&r.max) {
        errors.push(format!(
            "{path}: repeat «{}»: max is from 1 to 20, not {}",
            r.repeat, r.max
        ));
        return Vec::new();
    }
    let options = (0..=r.max)
        .map(|i| ChoiceOption {
            value: i.to_string(),
            label: if i == 0 {
                r.count.none.clone()
            } else {
                Text {
                    uk: i.to_string(),
                    en: i.to_string(),
                }
            },
        })
        .collect();
    let mut out = vec![Page {
        id: r.count.id.clone(),
        title: r.count.title.clone(),
        hint: None,
        when: None,
        fields: vec![Field {
            id: r.count.id.clone(),
            kind: FieldKind::Choice(options),
            label: r.count.title.clone(),
            hint: r.count.hint.clone(),
            required: r.count.required,
            when: None,
            prefill: r.count.prefill.clone(),
            autocomplete: None,
        }],
    }];
    let own: BTreeSet<&str> = r
        .pages
        .iter()
        .flat_map(|p| p.fields.iter().map(|f| f.id.as_str()))
        .collect();
    for i in 1..=r.max {
        let id = |field: &str| format!("{}_{i}_{field}", r.repeat);
        for src in &r.pages {
            if src.when.is_some() {
                errors.push(format!(
                    "{path}: repeat «{}»: page {} has a condition; the count decides who is asked",
                    r.repeat, src.id
                ));
            }
            let mut p = page(path, src, errors);
            p.id = format!("{}-{i}", src.id);
            p.title = numbered(&p.title, i);
            p.hint = p.hint.map(|h| numbered(&h, i));
            p.when = Some(Condition {
                field: r.count.id.clone(),
                any_of: (i..=r.max).map(|n| n.to_string()).collect(),
            });
            for f in &mut p.fields {
                f.id = id(&f.id);
                f.label = numbered(&f.label, i);
                f.hint = f.hint.as_ref().map(|h| numbered(h, i));
                if let Some(c) = &mut f.when
                    && own.contains(c.field.as_str())
                {
                    c.field = id(&c.field);
                }
            }
            out.push(p);
        }
    }
    out
}

fn documents(path: &str, src: &[DocumentSrc], errors: &mut Vec<String>) -> Vec<Document> {
    src.iter()
        .map(|d| Document {
            id: d.id.clone(),
            label: d.label.clone(),
            hint: d.hint.clone(),
            required: d.required,
            when: d.when.as_deref().and_then(|w| condition(path, w, errors)),
        })
        .collect()
}

/// A form's own checks: unique field and document ids, prefills from known facts, conditions on
/// fields of the form.
fn check(path: &str, form: &Form, facts: &[&str], errors: &mut Vec<String>) {
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
    let mut documents = BTreeSet::new();
    for d in &form.documents {
        if !documents.insert(d.id.as_str()) {
            errors.push(format!("{path}: the document id «{}» is used twice", d.id));
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
}

/// `form` with the answers `given` settled: their fields go, pages and fields shown only for other
/// answers go, conditions they meet are dropped, and pages left without a field go.
fn settle(
    path: &str,
    form: &mut Form,
    given: &std::collections::BTreeMap<String, String>,
    errors: &mut Vec<String>,
) {
    for (field, answer) in given {
        let known = form.field(field).is_some_and(|f| match &f.kind {
            FieldKind::Choice(options) => options.iter().any(|o| &o.value == answer),
            FieldKind::YesNo => answer == "yes" || answer == "no",
            _ => true,
        });
        if !known {
            errors.push(format!(
                "{path}: given «{field} = {answer}» is not an answer of a field of the form"
            ));
        }
    }
    // Some(true): the condition is met by what is given; Some(false): it cannot be met.
    let settled = |c: &Option<Condition>| {
        let c = c.as_ref()?;
        given.get(&c.field).map(|a| c.any_of.contains(a))
    };
    form.pages.retain(|p| settled(&p.when) != Some(false));
    for page in &mut form.pages {
        if settled(&page.when) == Some(true) {
            page.when = None;
        }
        page.fields
            .retain(|f| !given.contains_key(&f.id) && settled(&f.when) != Some(false));
        for f in &mut page.fields {
            if settled(&f.when) == Some(true) {
                f.when = None;
            }
        }
    }
    form.pages.retain(|p| !p.fields.is_empty());
    form.documents.retain(|d| settled(&d.when) != Some(false));
    for d in &mut form.documents {
        if settled(&d.when) == Some(true) {
            d.when = None;
        }
    }
}

pub use crate::request::{decided_by_community, document_id};

/// Compiles the forms: each of `forms` for its programme, and the general request (`request`) for
/// every other programme of the catalogue (`programmes`), so that every programme has a form.
/// `facts` are the eligibility vocabulary's ids (for prefilled fields); `per_member` the
/// programmes whose amount the eligibility rules count per family member, whose general request
/// asks the request's `members` too.
pub fn compile(
    common: SourceFile<'_>,
    request: SourceFile<'_>,
    forms: &[SourceFile<'_>],
    programmes: &[Programme],
    facts: &[&str],
    per_member: &[&str],
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
        let Some(programme) = programmes.iter().find(|p| p.id == src.programme) else {
            errors.push(format!(
                "{path}: «{}» is not a programme of the catalogue",
                src.programme
            ));
            continue;
        };
        let mut form = Form {
            programme: src.programme.clone(),
            title: programme.title.clone(),
            before: src.before,
            pages: pages(path, &src.pages, common.path, &sections, &mut errors),
            documents: documents(path, &src.documents, &mut errors),
        };
        settle(path, &mut form, &src.given, &mut errors);
        check(path, &form, facts, &mut errors);
        if out.iter().any(|f: &Form| f.programme == form.programme) {
            errors.push(format!("{path}: a second form for «{}»", form.programme));
        }
        out.push(form);
    }
    let mut template_out = None;
    match toml::from_str::<RequestSrc>(request.text) {
        Ok(src) => {
            let path = request.path;
            let template = Form {
                programme: String::new(),
                title: src.title,
                before: src.before,
                pages: pages(path, &src.pages, common.path, &sections, &mut errors),
                documents: documents(path, &src.documents, &mut errors),
            };
            check(path, &template, facts, &mut errors);
            if !template.title.uk.contains("{title}") || !template.title.en.contains("{title}") {
                errors.push(format!(
                    "{path}: the title names the programme as {{title}} in both languages"
                ));
            }
            if !(src.passed_on.uk.contains("{administrator}")
                && src.passed_on.en.contains("{administrator}"))
            {
                errors.push(format!(
                    "{path}: passed_on names who decides as {{administrator}} in both languages"
                ));
            }
            if template.pages.is_empty() {
                errors.push(format!("{path}: the request has no pages"));
            }
            let members = src
                .members
                .as_ref()
                .map(|m| repeat(path, m, &mut errors))
                .unwrap_or_default();
            let template = Request {
                template,
                passed_on: src.passed_on,
                optional_document: src.optional_document,
            };
            let general: Vec<Form> = programmes
                .iter()
                .filter(|p| !out.iter().any(|f| f.programme == p.id))
                .map(|p| {
                    let mut form = template.form_for(p);
                    if per_member.contains(&p.id.as_str()) {
                        form.pages.extend(members.iter().cloned());
                        check(path, &form, facts, &mut errors);
                    }
                    form
                })
                .collect();
            out.extend(general);
            template_out = Some(template);
        }
        Err(e) => errors.push(format!("{}: {}", request.path, e.to_string().trim())),
    }
    out.sort_by(|a, b| a.programme.cmp(&b.programme));
    if errors.is_empty() {
        Ok(Forms {
            forms: out,
            request: template_out,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::sentence;

    #[test]
    fn a_document_id_is_its_english_name_in_a_few_latin_words() {
        assert_eq!(
            document_id("Declaration of income and property"),
            "declaration-of-income-and-property"
        );
        assert_eq!(
            document_id("Combat veteran (УБД) certificate, if any"),
            "combat-veteran-certificate-if-any"
        );
        assert_eq!(document_id("ЛКК"), "document");
    }

    #[test]
    fn a_sentence_gets_a_full_stop_only_if_it_lacks_one() {
        let t = |s: &str| Text {
            uk: s.into(),
            en: s.into(),
        };
        assert_eq!(
            sentence(t("Пенсійний фонд України")).uk,
            "Пенсійний фонд України."
        );
        assert_eq!(sentence(t("Fund.")).en, "Fund.");
    }
}
