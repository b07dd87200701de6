//! Checks of catalogue entries: everything a reviewer would otherwise have to spot by eye before
//! an entry reaches citizens. [`problems`] lists them in plain English; an empty list means the
//! entry is well-formed. It says nothing about whether the facts are true — that is the sources'
//! job — only that every fact is complete, dated, sourced and points at the official legal text.

use crate::model::{Amount, Kind, Programme, Scope, Source, Text};

/// Where the official texts of legal acts live.
pub const LEGAL_TEXTS: &str = "https://zakon.rada.gov.ua/";

/// Every problem of `p`, one plain sentence each; empty if there are none.
pub fn problems(p: &Programme) -> Vec<String> {
    let mut out = Vec::new();

    if !is_kebab_case(&p.id) {
        out.push(format!(
            "id «{}» is not kebab-case (lowercase latin letters and digits joined by single hyphens)",
            p.id
        ));
    }
    if let Scope::Local(code) = &p.scope
        && !is_katottg_code(code)
    {
        out.push(format!(
            "local scope «{code}» is not a КАТОТТГ code (UA followed by 17 digits)"
        ));
    }

    text(&mut out, "title", &p.title);
    text(&mut out, "summary", &p.summary);
    text(&mut out, "administrator", &p.administrator);
    if p.who.is_empty() {
        out.push("nobody is named in `who`".into());
    }
    texts(&mut out, "who", &p.who);
    texts(&mut out, "documents", &p.documents);
    texts(&mut out, "deadlines", &p.deadlines);
    texts(&mut out, "caveats", &p.caveats);

    if p.legal.is_empty() {
        out.push("there is no legal act".into());
    }
    for (i, act) in p.legal.iter().enumerate() {
        let at = format!("legal act {}", i + 1);
        text(&mut out, &format!("{at} title"), &act.title);
        if act.number.trim().is_empty() {
            out.push(format!("{at} has no number"));
        }
        let local = matches!(p.scope, Scope::Local(_));
        if !(act.url.starts_with(LEGAL_TEXTS) || local && is_gov_ua(&act.url)) {
            out.push(if local {
                format!(
                    "{at} links to «{}», neither to {LEGAL_TEXTS} nor to an https://….gov.ua site",
                    act.url
                )
            } else {
                format!(
                    "{at} links to «{}», not to the official text on {LEGAL_TEXTS}",
                    act.url
                )
            });
        }
    }

    if p.apply.is_empty() {
        out.push("there is no way to apply".into());
    }
    for (i, a) in p.apply.iter().enumerate() {
        if let Some(note) = &a.note {
            text(&mut out, &format!("apply {} note", i + 1), note);
        }
    }

    if p.sources.is_empty() {
        out.push("there are no sources".into());
    }
    sources(&mut out, "the entry", &p.sources);

    for (i, a) in p.amounts.iter().enumerate() {
        amount(&mut out, p, i, a);
    }
    overlapping_amounts(&mut out, &p.amounts);
    if p.kind == Kind::Payment && p.amounts.is_empty() && p.caveats.is_empty() {
        out.push("a payment with no amounts must say in a caveat why and where to ask".into());
    }

    if let Some(code) = &p.classifier_code
        && !is_classifier_code(code)
    {
        out.push(format!("classifier code «{code}» is not of the form 000.0"));
    }

    for k in &p.keywords {
        if k.trim().is_empty() {
            out.push("a keyword is blank".into());
        }
    }
    duplicates(
        &mut out,
        "keyword",
        p.keywords.iter().map(|k| k.to_lowercase()),
    );
    duplicates(
        &mut out,
        "situation",
        p.situations.iter().map(|s| s.slug().to_string()),
    );
    duplicates(
        &mut out,
        "way to apply",
        p.apply.iter().map(|a| a.channel.slug().to_string()),
    );

    out
}

/// Lowercase latin letters and digits in words joined by single hyphens: `idp-living-allowance`.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A КАТОТТГ code: `UA` and 17 digits.
pub fn is_katottg_code(code: &str) -> bool {
    code.len() == 19 && code.starts_with("UA") && code[2..].bytes().all(|b| b.is_ascii_digit())
}

/// An https address on a `gov.ua` site, where a community publishes its council's decisions.
fn is_gov_ua(url: &str) -> bool {
    url.strip_prefix("https://")
        .and_then(|rest| rest.split('/').next())
        .is_some_and(|host| host.ends_with(".gov.ua"))
}

/// A code of the Classifier of social services: three digits, a dot, one digit (`015.1`).
fn is_classifier_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 5 && b[3] == b'.' && b[..3].iter().chain(&b[4..]).all(|c| c.is_ascii_digit())
}

fn text(out: &mut Vec<String>, what: &str, t: &Text) {
    if t.uk.trim().is_empty() {
        out.push(format!("{what} has no Ukrainian text"));
    }
    if t.en.trim().is_empty() {
        out.push(format!("{what} has no English text"));
    }
}

fn texts(out: &mut Vec<String>, what: &str, ts: &[Text]) {
    for (i, t) in ts.iter().enumerate() {
        text(out, &format!("{what} {}", i + 1), t);
    }
}

fn sources(out: &mut Vec<String>, whose: &str, ss: &[Source]) {
    for s in ss {
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) || s.url.contains(' ') {
            out.push(format!(
                "{whose} has a source «{}» that is not a web address",
                s.url
            ));
        }
    }
    duplicates(
        out,
        &format!("source of {whose}"),
        ss.iter().map(|s| s.url.clone()),
    );
}

fn amount(out: &mut Vec<String>, p: &Programme, i: usize, a: &Amount) {
    let at = format!("amount {}", i + 1);
    text(out, &at, &a.text);
    if a.sources.is_empty() {
        out.push(format!("{at} has no sources"));
    }
    sources(out, &at, &a.sources);
    for s in &a.sources {
        match p.sources.iter().find(|e| e.url == s.url) {
            None => out.push(format!(
                "{at} cites «{}», which is missing from the entry's sources",
                s.url
            )),
            Some(e) if e.status != s.status => out.push(format!(
                "{at} rates «{}» as {} but the entry's sources rate it as {}",
                s.url,
                s.status.slug(),
                e.status.slug()
            )),
            Some(_) => {}
        }
    }
    if let Some(until) = a.until
        && until < a.from
    {
        out.push(format!("{at} ends ({until}) before it starts ({})", a.from));
    }
    if let Some(v) = a.value_uah
        && !(v.is_finite() && v > 0.0)
    {
        out.push(format!(
            "{at} has a value of {v} UAH, which is not a positive sum"
        ));
    }
}

/// Two amounts that say the same thing must not apply on the same day: the older one needs an
/// `until`. "The same thing" is the same Ukrainian text, or the same value paid at the same period.
fn overlapping_amounts(out: &mut Vec<String>, amounts: &[Amount]) {
    for (i, a) in amounts.iter().enumerate() {
        for (j, b) in amounts.iter().enumerate().skip(i + 1) {
            let same_text = a.text.uk.trim() == b.text.uk.trim();
            let same_value =
                a.value_uah.is_some() && a.value_uah == b.value_uah && a.period == b.period;
            if (same_text || same_value) && overlap(a, b) {
                out.push(format!(
                    "amounts {} and {} say the same and overlap in time; give the older one an `until`",
                    i + 1,
                    j + 1
                ));
            }
        }
    }
}

fn overlap(a: &Amount, b: &Amount) -> bool {
    let starts_before_end = |x: &Amount, y: &Amount| y.until.is_none_or(|u| x.from <= u);
    starts_before_end(a, b) && starts_before_end(b, a)
}

fn duplicates(out: &mut Vec<String>, what: &str, items: impl Iterator<Item = String>) {
    let mut seen = std::collections::BTreeSet::new();
    let mut reported = std::collections::BTreeSet::new();
    for item in items {
        if !seen.insert(item.clone()) && reported.insert(item.clone()) {
            out.push(format!("{what} «{item}» is listed twice"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Apply, Category, Channel, LegalAct, Period, Situation, SourceStatus};

    fn t(uk: &str, en: &str) -> Text {
        Text {
            uk: uk.into(),
            en: en.into(),
        }
    }

    fn src(url: &str) -> Source {
        Source {
            url: url.into(),
            status: SourceStatus::Official,
        }
    }

    fn amount(value: f64, from: &str, until: Option<&str>) -> Amount {
        Amount {
            text: t(
                &format!("{value} грн на місяць"),
                &format!("UAH {value} a month"),
            ),
            value_uah: Some(value),
            period: Some(Period::Monthly),
            from: from.parse().unwrap(),
            until: until.map(|u| u.parse().unwrap()),
            sources: vec![src("https://www.pfu.gov.ua/a")],
        }
    }

    /// An entry with nothing wrong with it.
    fn good() -> Programme {
        Programme {
            id: "birth-assistance".into(),
            kind: Kind::Payment,
            category: Category::Families,
            situations: vec![Situation::Birth],
            scope: Scope::National,
            title: t("Допомога при народженні дитини", "Birth grant"),
            summary: t("Гроші на дитину.", "Money for a child."),
            who: vec![t("Один із батьків.", "One of the parents.")],
            amounts: vec![amount(860.0, "2014-07-01", Some("2025-12-31"))],
            legal: vec![LegalAct {
                title: t("Закон", "Law"),
                number: "2811-XII".into(),
                date: None,
                url: "https://zakon.rada.gov.ua/laws/show/2811-12".into(),
            }],
            documents: vec![],
            apply: vec![Apply {
                channel: Channel::Pfu,
                note: None,
            }],
            deadlines: vec![],
            administrator: t("Пенсійний фонд України", "Pension Fund of Ukraine"),
            classifier_code: None,
            caveats: vec![],
            sources: vec![src("https://www.pfu.gov.ua/a")],
            keywords: vec!["народження".into(), "birth".into()],
        }
    }

    fn has(p: &Programme, needle: &str) -> bool {
        let found = problems(p);
        found.iter().any(|m| m.contains(needle)) || {
            eprintln!("no problem mentions «{needle}»: {found:?}");
            false
        }
    }

    #[test]
    fn a_complete_entry_has_no_problems() {
        assert_eq!(problems(&good()), Vec::<String>::new());
    }

    #[test]
    fn ids_must_be_kebab_case() {
        for bad in [
            "",
            "Birth",
            "birth_assistance",
            "birth--grant",
            "-birth",
            "birth-",
            "дія",
        ] {
            assert!(!is_kebab_case(bad), "{bad}");
        }
        for ok in ["birth", "idp-living-allowance", "emalyatko", "care-1192"] {
            assert!(is_kebab_case(ok), "{ok}");
        }
        let mut p = good();
        p.id = "Birth_Assistance".into();
        assert!(has(&p, "not kebab-case"));
    }

    #[test]
    fn blank_text_in_either_language_is_a_problem() {
        let mut p = good();
        p.title.en = "  ".into();
        p.who[0].uk = String::new();
        assert!(has(&p, "title has no English text"));
        assert!(has(&p, "who 1 has no Ukrainian text"));
    }

    #[test]
    fn blank_text_deep_inside_an_entry_is_found_too() {
        let mut p = good();
        p.legal[0].title.uk = String::new();
        p.amounts[0].text.en = String::new();
        p.apply[0].note = Some(t("Примітка", ""));
        p.caveats.push(t("", "Check."));
        assert!(has(&p, "legal act 1 title has no Ukrainian text"));
        assert!(has(&p, "amount 1 has no English text"));
        assert!(has(&p, "apply 1 note has no English text"));
        assert!(has(&p, "caveats 1 has no Ukrainian text"));
    }

    #[test]
    fn an_entry_needs_a_legal_act_on_the_official_site() {
        let mut p = good();
        p.legal[0].url = "https://docs.dtkt.ua/doc/587-2020-п".into();
        assert!(has(&p, "not to the official text"));
        p.legal.clear();
        assert!(has(&p, "no legal act"));
    }

    #[test]
    fn a_local_programme_may_cite_a_council_decision_on_its_gov_ua_site() {
        let mut p = good();
        p.legal[0].url = "https://example-rada.gov.ua/docs/rishennia-12".into();
        assert!(has(&p, "not to the official text"));
        p.scope = Scope::Local("UA05020030000031457".into());
        assert_eq!(problems(&p), Vec::<String>::new());
        p.legal[0].url = "https://example.com/gov.ua/rishennia-12".into();
        assert!(has(&p, "nor to an https://….gov.ua site"));
    }

    #[test]
    fn an_entry_needs_sources_and_a_way_to_apply() {
        let mut p = good();
        p.sources.clear();
        p.apply.clear();
        assert!(has(&p, "there are no sources"));
        assert!(has(&p, "no way to apply"));
    }

    #[test]
    fn an_amount_needs_its_own_sources_listed_in_the_entry() {
        let mut p = good();
        p.amounts[0].sources.clear();
        assert!(has(&p, "amount 1 has no sources"));

        let mut p = good();
        p.amounts[0].sources = vec![src("https://example.org/news")];
        assert!(has(&p, "missing from the entry's sources"));

        let mut p = good();
        p.amounts[0].sources[0].status = SourceStatus::Unverified;
        assert!(has(&p, "rates"));
    }

    #[test]
    fn an_amount_cannot_end_before_it_starts() {
        let mut p = good();
        p.amounts[0] = amount(860.0, "2025-01-01", Some("2024-12-31"));
        assert!(has(&p, "ends (2024-12-31) before it starts (2025-01-01)"));
    }

    #[test]
    fn the_same_amount_twice_at_the_same_time_is_a_problem() {
        let mut p = good();
        p.amounts = vec![
            amount(3000.0, "2022-03-20", None),
            amount(3000.0, "2025-01-01", None),
        ];
        assert!(has(&p, "amounts 1 and 2 say the same and overlap"));
    }

    #[test]
    fn the_same_amount_in_consecutive_years_is_fine() {
        let mut p = good();
        p.amounts = vec![
            amount(3000.0, "2024-01-01", Some("2024-12-31")),
            amount(3000.0, "2025-01-01", None),
            amount(2000.0, "2024-01-01", None),
        ];
        assert_eq!(problems(&p), Vec::<String>::new());
    }

    #[test]
    fn a_payment_without_amounts_must_explain_itself_in_a_caveat() {
        let mut p = good();
        p.amounts.clear();
        assert!(has(&p, "a payment with no amounts"));
        p.caveats.push(t(
            "Розмір рахують індивідуально.",
            "The amount is calculated case by case.",
        ));
        assert_eq!(problems(&p), Vec::<String>::new());
    }

    #[test]
    fn a_service_may_have_no_amounts() {
        let mut p = good();
        p.kind = Kind::Service;
        p.amounts.clear();
        assert_eq!(problems(&p), Vec::<String>::new());
    }

    #[test]
    fn classifier_codes_and_local_scopes_are_checked_for_shape() {
        let mut p = good();
        p.classifier_code = Some("15.1".into());
        p.scope = Scope::Local("UA123".into());
        assert!(has(&p, "classifier code «15.1»"));
        assert!(has(&p, "not a КАТОТТГ code"));
        p.classifier_code = Some("015.1".into());
        p.scope = Scope::Local("UA05020030000031457".into());
        assert_eq!(problems(&p), Vec::<String>::new());
    }

    #[test]
    fn a_sum_must_be_positive() {
        let mut p = good();
        p.amounts[0].value_uah = Some(0.0);
        assert!(has(&p, "not a positive sum"));
    }

    #[test]
    fn repeated_keywords_sources_and_channels_are_reported_once() {
        let mut p = good();
        p.keywords = vec!["ВПО".into(), "впо".into(), "ВПО".into()];
        p.sources.push(src("https://www.pfu.gov.ua/a"));
        p.apply.push(p.apply[0].clone());
        let found = problems(&p);
        assert_eq!(found.iter().filter(|m| m.contains("keyword")).count(), 1);
        assert!(has(
            &p,
            "source of the entry «https://www.pfu.gov.ua/a» is listed twice"
        ));
        assert!(has(&p, "way to apply «pfu» is listed twice"));
    }

    #[test]
    fn a_source_must_be_a_web_address() {
        let mut p = good();
        p.sources.push(src("pfu.gov.ua"));
        assert!(has(&p, "not a web address"));
    }
}
