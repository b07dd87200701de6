//! A community's own programme (issue 15) as its administrator writes it in the office: the same
//! entry as a national one of the catalogue (title, summary, who it is for, amounts each with the
//! date it applies from, the legal basis, documents, how to apply, life situations), typed as
//! text. [`Draft::check`] turns it into a [`catalogue::Programme`] scoped to the community, or
//! returns every error at its field (`title.uk`, `amounts.0.from`, `decision.number`…), and then
//! holds the entry to the catalogue's own rules ([`catalogue::validate::problems`]), so that
//! nothing a national entry could not be reaches citizens.
//!
//! The legal basis of a local programme is the council's (or executive committee's) decision,
//! with its number, date and a link to its text on the community's `….gov.ua` site or on
//! zakon.rada.gov.ua; that link is the entry's official source and the source of every amount.
//! The community's own page about the programme, where it has one, is a further source.
//!
//! Every text is in both languages, as in the national catalogue: the catalogue's rules ask for
//! the English translation, and search and the English pages need it.

use crate::validate::FieldError;
use catalogue::model::{
    Amount, Apply, Category, Channel, Kind, LegalAct, Period, Programme, Scope, Situation, Source,
    SourceStatus, Text,
};
use catalogue::{Date, validate};
use identifiers::WebAddress;
use rules::Rules;
use rules::local::{LocalCriterion, LocalRules, MAX_CRITERIA};
use serde::{Deserialize, Serialize};

/// A title, at most this many characters.
pub const MAX_TITLE: usize = 200;
/// A summary, an amount's sentence, an administrator, at most this many characters.
pub const MAX_TEXT: usize = 1000;
/// A list typed one item a line (who it is for, documents, caveats), at most this many lines.
pub const MAX_LINES: usize = 30;
/// At most this many amounts.
pub const MAX_AMOUNTS: usize = 10;

/// A text in Ukrainian and English, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    #[serde(default)]
    pub uk: String,
    #[serde(default)]
    pub en: String,
}

/// An amount as typed: what a person gets, and from which day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmountDraft {
    /// The amount as a sentence ("5 000 грн одноразово на дитину").
    pub text: Pair,
    /// The sum in hryvnias, where one number says it; empty otherwise.
    #[serde(default)]
    pub value: String,
    /// `one-off`, `monthly`, or empty.
    #[serde(default)]
    pub period: String,
    /// The first day it applies, `YYYY-MM-DD`.
    #[serde(default)]
    pub from: String,
    /// The last day it applies, where the decision says; `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub until: String,
}

/// The council's decision the programme rests on, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Its title («Рішення … міської ради «Про затвердження Програми …»»).
    pub title: Pair,
    pub number: String,
    /// The day it was adopted, `YYYY-MM-DD`.
    pub date: String,
    /// Its text on the community's `https://….gov.ua` site or on zakon.rada.gov.ua.
    pub url: String,
}

/// A condition of the check for a local programme, as typed: in the check's condition language
/// (`displaced and children >= 3`), with what the check says when it holds and when it does not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionDraft {
    #[serde(default)]
    pub test: String,
    /// Said when it holds.
    #[serde(default)]
    pub met: Pair,
    /// Said when it does not.
    #[serde(default)]
    pub unmet: Pair,
}

/// A local programme as the office edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Its address on the portal, kebab-case Latin (`newborn-payment`).
    pub id: String,
    pub kind: Kind,
    pub category: Category,
    #[serde(default)]
    pub situations: Vec<Situation>,
    pub title: Pair,
    pub summary: Pair,
    /// Who it is for, one condition a line, in each language.
    pub who: Pair,
    #[serde(default)]
    pub amounts: Vec<AmountDraft>,
    pub decision: Decision,
    /// The documents to bring, one a line.
    #[serde(default)]
    pub documents: Pair,
    /// Where to apply.
    #[serde(default)]
    pub apply: Vec<Channel>,
    /// Who decides (the department of the council).
    pub administrator: Pair,
    /// What is not settled and where to ask, one a line.
    #[serde(default)]
    pub caveats: Pair,
    /// The community's own page about the programme, where it has one.
    #[serde(default)]
    pub page: String,
    /// The conditions the check evaluates on the device, all to be met; none: the check lists
    /// the programme without a verdict.
    #[serde(default)]
    pub criteria: Vec<CriterionDraft>,
    /// Whether the community takes applications for it through the portal: the general request
    /// to the community ([`crate::request`]) made for this programme, with its documents.
    #[serde(default)]
    pub online: bool,
}

impl Default for Draft {
    fn default() -> Draft {
        Draft {
            id: String::new(),
            kind: Kind::Payment,
            category: Category::Families,
            situations: Vec::new(),
            title: Pair::default(),
            summary: Pair::default(),
            who: Pair::default(),
            amounts: Vec::new(),
            decision: Decision::default(),
            documents: Pair::default(),
            apply: Vec::new(),
            administrator: Pair::default(),
            caveats: Pair::default(),
            page: String::new(),
            criteria: Vec::new(),
            online: false,
        }
    }
}

/// The errors found so far.
struct Errors(Vec<FieldError>);

impl Errors {
    fn push(&mut self, field: &str, code: &str, uk: impl Into<String>, en: impl Into<String>) {
        self.0.push(FieldError::new(field, code, uk, en));
    }

    fn required(&mut self, field: &str) {
        self.push(
            field,
            "local-required",
            "Заповніть це поле: без нього запис не можна опублікувати.",
            "Fill this in: the entry cannot be published without it.",
        );
    }

    /// A text trimmed; required, at most `max` characters, no invisible control characters.
    fn text(&mut self, field: &str, text: &str, max: usize) -> String {
        let text = text.trim();
        if text.is_empty() {
            self.required(field);
            return String::new();
        }
        let chars = text.chars().count();
        if chars > max {
            self.push(
                field,
                "local-too-long",
                format!("Не більше {max} символів, а тут {chars}: скоротіть текст."),
                format!("At most {max} characters, and this has {chars}: shorten the text."),
            );
        } else if text.chars().any(|c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
        }) {
            self.push(
                field,
                "local-control-character",
                "У тексті є невидимі керівні символи: наберіть його заново, не вставляючи з інших програм.",
                "The text has invisible control characters: type it again instead of pasting it.",
            );
        }
        text.to_string()
    }

    fn pair(&mut self, field: &str, p: &Pair, max: usize) -> Text {
        Text {
            uk: self.text(&format!("{field}.uk"), &p.uk, max),
            en: self.text(&format!("{field}.en"), &p.en, max),
        }
    }

    /// Lines typed in each language, paired one to one; `required`: at least one.
    fn lines(&mut self, field: &str, p: &Pair, required: bool) -> Vec<Text> {
        let split = |s: &str| -> Vec<String> {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect()
        };
        let (uk, en) = (split(&p.uk), split(&p.en));
        if uk.is_empty() {
            if required || !en.is_empty() {
                self.required(&format!("{field}.uk"));
            }
            return Vec::new();
        }
        if uk.len() > MAX_LINES {
            self.push(
                &format!("{field}.uk"),
                "local-too-many-lines",
                format!("Не більше {MAX_LINES} рядків."),
                format!("At most {MAX_LINES} lines."),
            );
            return Vec::new();
        }
        if en.len() != uk.len() {
            self.push(
                &format!("{field}.en"),
                "local-lines-differ",
                format!(
                    "Тут {} рядк(ів), а українською {}: перекладіть кожен рядок окремим рядком.",
                    en.len(),
                    uk.len()
                ),
                format!(
                    "This has {} line(s) and the Ukrainian {}: translate each line on a line of its own.",
                    en.len(),
                    uk.len()
                ),
            );
            return Vec::new();
        }
        uk.into_iter()
            .zip(en)
            .map(|(uk, en)| Text {
                uk: self.text(&format!("{field}.uk"), &uk, MAX_TEXT),
                en: self.text(&format!("{field}.en"), &en, MAX_TEXT),
            })
            .collect()
    }

    /// A date `YYYY-MM-DD`; `required` or else `None` when empty.
    fn date(&mut self, field: &str, typed: &str, required: bool) -> Option<Date> {
        let typed = typed.trim();
        if typed.is_empty() {
            if required {
                self.push(
                    field,
                    "local-date-required",
                    "Вкажіть дату (рік, місяць, день): без неї не видно, з якого дня це діє.",
                    "Give the date (year, month, day): without it nobody can tell from when it applies.",
                );
            }
            return None;
        }
        match typed.parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                self.push(
                    field,
                    "local-date",
                    format!(
                        "«{typed}» — не дата: вкажіть рік, місяць і день, наприклад 2025-01-31."
                    ),
                    format!(
                        "«{typed}» is not a date: give the year, month and day, e.g. 2025-01-31."
                    ),
                );
                None
            }
        }
    }

    /// A web address (https); `official`: a decision's text, on a `….gov.ua` site.
    fn url(&mut self, field: &str, typed: &str, official: bool) -> String {
        if typed.trim().is_empty() {
            if official {
                self.required(field);
            }
            return String::new();
        }
        match WebAddress::parse(typed) {
            Err(e) => {
                self.0.push(FieldError::from_error(field, &e));
                String::new()
            }
            Ok(w) => {
                let url = w.as_str().to_string();
                let host = url
                    .strip_prefix("https://")
                    .and_then(|r| r.split(['/', '?', '#']).next())
                    .unwrap_or("");
                if official
                    && !(host.ends_with(".gov.ua") || url.starts_with(validate::LEGAL_TEXTS))
                {
                    self.push(
                        field,
                        "local-decision-url",
                        "Дайте посилання на текст рішення на сайті громади (….gov.ua) або на zakon.rada.gov.ua.",
                        "Link to the decision's text on the community's site (….gov.ua) or on zakon.rada.gov.ua.",
                    );
                }
                url
            }
        }
    }
}

/// What a community published, as citizens fetch it (`/data/community/{code}.json`, readable, and
/// `{code}.bin`, the same in postcard, which the app reads; on a static host the same files,
/// written by `server export-community`): its profile and its programmes, only ever what was
/// published. `version` changes with every publication.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommunityFile {
    /// The community's КАТОТТГ code.
    pub community: String,
    /// Changes whenever anything in the file does (its ETag).
    pub version: String,
    #[serde(default)]
    pub profile: Option<crate::profile::Profile>,
    #[serde(default)]
    pub programmes: Vec<Programme>,
    /// The conditions of those programmes that have any, which the check evaluates.
    #[serde(default)]
    pub rules: Vec<LocalRules>,
    /// The programmes the community takes applications for through the portal (their ids): each
    /// one's form is the general request made for its entry ([`crate::request::Request::form_for`]).
    #[serde(default)]
    pub online: Vec<String>,
}

impl CommunityFile {
    /// The compact binary form (postcard) the app fetches (`/data/community/{code}.bin`): reading
    /// it needs the code that reads the catalogue's own binary file, already in every app, where
    /// JSON would add a reader of its own.
    pub fn to_binary(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(self)
    }

    /// Reads what [`CommunityFile::to_binary`] wrote.
    pub fn from_binary(bytes: &[u8]) -> Result<CommunityFile, postcard::Error> {
        postcard::from_bytes(bytes)
    }
}

/// A sum in hryvnias as typed ("5 000", "1500,50"), if it is a positive number.
fn sum(typed: &str) -> Option<f64> {
    let clean: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let clean = clean.trim_end_matches("грн").trim_end_matches('.');
    clean
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v > 0.0)
}

impl Draft {
    /// The entry as the catalogue holds it, scoped to `community` (its КАТОТТГ code), or every
    /// error at its field. An entry returned passes every check of the catalogue.
    pub fn check(&self, community: &str) -> Result<Programme, Vec<FieldError>> {
        let mut e = Errors(Vec::new());
        let id = self.id.trim().to_string();
        if id.is_empty() {
            e.required("id");
        } else if !validate::is_kebab_case(&id) || id.len() > 60 {
            e.push(
                "id",
                "local-id",
                "Лише малі латинські літери й цифри, слова через дефіс (наприклад newborn-payment), не довше 60 символів.",
                "Lowercase Latin letters and digits only, words joined by hyphens (e.g. newborn-payment), at most 60 characters.",
            );
        }
        let title = e.pair("title", &self.title, MAX_TITLE);
        let summary = e.pair("summary", &self.summary, MAX_TEXT);
        let who = e.lines("who", &self.who, true);

        let mut amounts = Vec::new();
        if self.amounts.len() > MAX_AMOUNTS {
            e.push(
                "amounts",
                "local-too-many-amounts",
                format!("Не більше {MAX_AMOUNTS} сум."),
                format!("At most {MAX_AMOUNTS} amounts."),
            );
        }
        let decision_url = e.url("decision.url", &self.decision.url, true);
        let source = Source {
            url: decision_url.clone(),
            status: SourceStatus::Official,
        };
        let mut typed = 0;
        for (i, a) in self.amounts.iter().take(MAX_AMOUNTS).enumerate() {
            let blank = a.text.uk.trim().is_empty()
                && a.text.en.trim().is_empty()
                && a.value.trim().is_empty()
                && a.from.trim().is_empty()
                && a.until.trim().is_empty();
            if blank {
                continue;
            }
            typed += 1;
            let at = |f: &str| format!("amounts.{i}.{f}");
            let text = e.pair(&at("text"), &a.text, MAX_TEXT);
            let value_uah = if a.value.trim().is_empty() {
                None
            } else {
                let v = sum(&a.value);
                if v.is_none() {
                    e.push(
                        &at("value"),
                        "local-amount-value",
                        "Вкажіть суму в гривнях числом (наприклад 5000), або залиште поле порожнім.",
                        "Give the sum in hryvnias as a number (e.g. 5000), or leave it empty.",
                    );
                }
                v
            };
            let period = match a.period.trim() {
                "" => None,
                "one-off" => Some(Period::OneOff),
                "monthly" => Some(Period::Monthly),
                _ => {
                    e.push(
                        &at("period"),
                        "local-amount-period",
                        "Оберіть, як часто це виплачують.",
                        "Choose how often it is paid.",
                    );
                    None
                }
            };
            let from = e.date(&at("from"), &a.from, true);
            let until = e.date(&at("until"), &a.until, false);
            if let (Some(f), Some(u)) = (from, until)
                && u < f
            {
                e.push(
                    &at("until"),
                    "local-amount-until",
                    "Остання дата раніша за першу: перевірте дати.",
                    "The last day is before the first: check the dates.",
                );
            }
            if let Some(from) = from {
                amounts.push(Amount {
                    text,
                    value_uah,
                    period,
                    from,
                    until,
                    sources: vec![source.clone()],
                });
            }
        }

        let legal_title = e.pair("decision.title", &self.decision.title, MAX_TEXT);
        let number = self.decision.number.trim().to_string();
        if number.is_empty() {
            e.push(
                "decision.number",
                "local-decision-number",
                "Вкажіть номер рішення ради, як у його тексті (наприклад 1234 або 12/34-VIII).",
                "Give the council decision's number as its text has it (e.g. 1234 or 12/34-VIII).",
            );
        } else if number.chars().count() > 50 {
            e.push(
                "decision.number",
                "local-too-long",
                "Номер — не довше 50 символів.",
                "A number is at most 50 characters.",
            );
        }
        let decision_date = e.date("decision.date", &self.decision.date, true);
        let documents = e.lines("documents", &self.documents, false);
        let caveats = e.lines("caveats", &self.caveats, false);
        let administrator = e.pair("administrator", &self.administrator, MAX_TEXT);
        if self.apply.is_empty() {
            e.push(
                "apply",
                "local-apply",
                "Оберіть, куди звертатися: хоча б одне місце.",
                "Choose where to apply: at least one place.",
            );
        }
        if self.kind == Kind::Payment && typed == 0 && caveats.is_empty() {
            e.push(
                "amounts.0.text.uk",
                "local-amount-or-caveat",
                "Вкажіть суму з датою, з якої вона діє, або поясніть у застереженнях, де дізнатися суму.",
                "Give the amount with the date it applies from, or say in the caveats where to ask about it.",
            );
        }
        let page = e.url("page", &self.page, false);
        if !e.0.is_empty() {
            return Err(e.0);
        }
        let mut sources = vec![source];
        if !page.is_empty() && page != decision_url {
            sources.push(Source {
                url: page,
                status: SourceStatus::Secondary,
            });
        }
        let mut situations = self.situations.clone();
        situations.sort();
        situations.dedup();
        let mut apply = self.apply.clone();
        apply.dedup();
        let programme = Programme {
            id,
            kind: self.kind,
            category: self.category,
            situations,
            scope: Scope::Local(community.to_string()),
            title,
            summary,
            who,
            amounts,
            legal: vec![LegalAct {
                title: legal_title,
                number,
                date: decision_date,
                url: decision_url,
            }],
            documents,
            apply: apply
                .into_iter()
                .map(|channel| Apply {
                    channel,
                    note: None,
                })
                .collect(),
            deadlines: Vec::new(),
            administrator,
            classifier_code: None,
            caveats,
            sources,
            keywords: Vec::new(),
        };
        let problems = validate::problems(&programme);
        if problems.is_empty() {
            Ok(programme)
        } else {
            Err(problems
                .into_iter()
                .map(|p| {
                    FieldError::new(
                        "programme",
                        "local-catalogue",
                        format!("Запис не пройшов перевірку каталогу: {p}."),
                        format!("The entry fails a check of the catalogue: {p}."),
                    )
                })
                .collect())
        }
    }

    /// The conditions the check evaluates, compiled against the check's vocabulary (`rules`) by
    /// [`rules::local::compile`]; `None` when there are none; or every error at its field
    /// (`criteria.0.test`, `criteria.0.met.uk`…). Blank conditions are skipped.
    pub fn rules(&self, vocabulary: &Rules) -> Result<Option<LocalRules>, Vec<FieldError>> {
        let mut e = Errors(Vec::new());
        let typed: Vec<(usize, &CriterionDraft)> = self
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                !(c.test.trim().is_empty()
                    && c.met.uk.trim().is_empty()
                    && c.met.en.trim().is_empty()
                    && c.unmet.uk.trim().is_empty()
                    && c.unmet.en.trim().is_empty())
            })
            .collect();
        if typed.len() > MAX_CRITERIA {
            e.push(
                "criteria",
                "local-too-many-criteria",
                format!("Не більше {MAX_CRITERIA} умов."),
                format!("At most {MAX_CRITERIA} conditions."),
            );
        }
        let mut criteria = Vec::new();
        for (i, c) in typed.into_iter().take(MAX_CRITERIA) {
            let at = |f: &str| format!("criteria.{i}.{f}");
            let met = e.pair(&at("met"), &c.met, MAX_TEXT);
            let unmet = e.pair(&at("unmet"), &c.unmet, MAX_TEXT);
            let test = if c.test.trim().is_empty() {
                e.required(&at("test"));
                None
            } else {
                match rules::local::compile(vocabulary, &c.test) {
                    Ok(test) => Some(test),
                    Err(why) => {
                        e.0.push(FieldError {
                            field: at("test"),
                            code: "local-condition".into(),
                            message: why,
                        });
                        None
                    }
                }
            };
            if let Some(test) = test {
                criteria.push(LocalCriterion { test, met, unmet });
            }
        }
        if !e.0.is_empty() {
            return Err(e.0);
        }
        Ok((!criteria.is_empty()).then(|| LocalRules {
            programme: self.id.trim().to_string(),
            criteria,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: &str = "UA12345678901234567";

    fn pair(uk: &str, en: &str) -> Pair {
        Pair {
            uk: uk.into(),
            en: en.into(),
        }
    }

    /// Example input a test types, as an administrator would; no real community's data.
    fn draft() -> Draft {
        Draft {
            id: "test-payment".into(),
            title: pair("Тестова виплата", "Test payment"),
            summary: pair("Опис", "Summary"),
            who: pair("Батьки\nОпікуни", "Parents\nGuardians"),
            amounts: vec![AmountDraft {
                text: pair("1 000 грн одноразово", "UAH 1,000 once"),
                value: "1 000".into(),
                period: "one-off".into(),
                from: "2025-01-01".into(),
                until: String::new(),
            }],
            decision: Decision {
                title: pair(
                    "Рішення ради «Про програму»",
                    "Council decision «On the programme»",
                ),
                number: "12/3".into(),
                date: "2024-12-20".into(),
                url: "https://example-rada.gov.ua/docs/12-3".into(),
            },
            apply: vec![Channel::Cnap, Channel::SocialProtection],
            administrator: pair("Управління соцзахисту", "Social protection department"),
            ..Draft::default()
        }
    }

    #[test]
    fn a_complete_draft_becomes_a_local_entry_that_passes_the_catalogues_rules() {
        let p = draft().check(CODE).unwrap();
        assert_eq!(p.scope, Scope::Local(CODE.into()));
        assert_eq!(p.who.len(), 2);
        assert_eq!(p.who[1].en, "Guardians");
        assert_eq!(p.amounts[0].value_uah, Some(1000.0));
        assert_eq!(p.amounts[0].from.to_string(), "2025-01-01");
        assert_eq!(p.legal[0].number, "12/3");
        assert_eq!(p.sources[0].status, SourceStatus::Official);
        assert_eq!(p.amounts[0].sources, p.sources);
        assert!(validate::problems(&p).is_empty());
    }

    fn fields(d: &Draft) -> Vec<String> {
        d.check(CODE)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn an_amount_without_a_date_and_a_decision_without_a_number_are_named_at_their_fields() {
        let mut d = draft();
        d.amounts[0].from = String::new();
        d.decision.number = " ".into();
        assert_eq!(fields(&d), ["amounts.0.from", "decision.number"]);
    }

    #[test]
    fn a_decision_must_link_to_its_official_text_and_carry_its_date() {
        let mut d = draft();
        d.decision.url = "https://example.com/decision".into();
        d.decision.date = "2024-13-01".into();
        assert_eq!(fields(&d), ["decision.url", "decision.date"]);
        d.decision.url = "https://zakon.rada.gov.ua/laws/show/1-2025".into();
        d.decision.date = "2024-12-01".into();
        assert!(d.check(CODE).is_ok());
    }

    #[test]
    fn english_lines_must_match_the_ukrainian_ones() {
        let mut d = draft();
        d.who.en = "Parents".into();
        assert_eq!(fields(&d), ["who.en"]);
    }

    #[test]
    fn a_payment_with_no_amount_needs_a_caveat_and_a_bad_id_or_sum_is_refused() {
        let mut d = draft();
        d.amounts.clear();
        assert_eq!(fields(&d), ["amounts.0.text.uk"]);
        d.caveats = pair("Суму уточнюйте в ЦНАП", "Ask the ЦНАП for the amount");
        assert!(d.check(CODE).is_ok());
        d.id = "Нова виплата".into();
        d.amounts = vec![AmountDraft {
            value: "багато".into(),
            ..draft().amounts[0].clone()
        }];
        assert_eq!(fields(&d), ["id", "amounts.0.value"]);
    }

    #[test]
    fn a_last_day_before_the_first_and_no_way_to_apply_are_refused() {
        let mut d = draft();
        d.amounts[0].until = "2024-01-01".into();
        d.apply.clear();
        assert_eq!(fields(&d), ["amounts.0.until", "apply"]);
    }

    fn vocabulary() -> Rules {
        Rules::from_json(include_str!("../../../data/generated/rules.json")).unwrap()
    }

    fn with_condition() -> Draft {
        let mut d = draft();
        d.criteria = vec![CriterionDraft {
            test: "displaced and children >= 1".into(),
            met: pair("Ви ВПО з дітьми.", "You are an IDP with children."),
            unmet: pair("Лише для ВПО з дітьми.", "Only for IDPs with children."),
        }];
        d
    }

    #[test]
    fn conditions_compile_against_the_checks_vocabulary_or_say_what_to_fix_at_their_field() {
        let rules = vocabulary();
        assert_eq!(draft().rules(&rules), Ok(None), "no conditions: no verdict");
        let compiled = with_condition().rules(&rules).unwrap().unwrap();
        assert_eq!(compiled.programme, draft().id);
        assert_eq!(compiled.criteria.len(), 1);

        let mut d = with_condition();
        d.criteria[0].test = "displaced and big_family".into();
        d.criteria[0].unmet.en.clear();
        d.criteria.push(CriterionDraft::default());
        d.criteria.push(CriterionDraft {
            met: pair("Так", "Yes"),
            ..CriterionDraft::default()
        });
        let errors = d.rules(&rules).unwrap_err();
        let at: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            at,
            [
                "criteria.0.unmet.en",
                "criteria.0.test",
                "criteria.2.unmet.uk",
                "criteria.2.unmet.en",
                "criteria.2.test"
            ]
        );
        assert!(errors[1].message.uk.contains("«big_family»"));
    }

    #[test]
    fn a_community_file_reads_back_from_its_binary_form() {
        let file = CommunityFile {
            community: CODE.into(),
            version: "0123456789abcdef".into(),
            profile: Some(crate::profile::Profile {
                website: "https://example.gov.ua/".into(),
                ..crate::profile::Profile::default()
            }),
            programmes: vec![draft().check(CODE).unwrap()],
            rules: vec![with_condition().rules(&vocabulary()).unwrap().unwrap()],
            online: vec![draft().id],
        };
        let bytes = file.to_binary().unwrap();
        assert_eq!(CommunityFile::from_binary(&bytes).unwrap(), file);
    }

    #[test]
    fn sums_are_read_as_people_type_them() {
        assert_eq!(sum("5 000"), Some(5000.0));
        assert_eq!(sum("1500,50"), Some(1500.5));
        assert_eq!(sum("0"), None);
        assert_eq!(sum("-3"), None);
    }
}
