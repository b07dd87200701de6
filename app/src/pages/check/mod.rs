//! The eligibility check: an introduction, one question per screen, a summary of answers to
//! change, the results grouped as likely / maybe / not now, and a personal route of support.
//!
//! Everything is computed on the device by the `rules` crate from the rules fetched before the
//! first question; answers stay in memory unless the person asks to remember them.

mod answers;
mod question;
mod results;
mod settlement;

use answers::CheckAnswers;
use question::CheckQuestion;
use results::{CheckPlan, CheckResults};
pub use settlement::SettlementForm;

use crate::components::{PageTitle, community_title};
use crate::data::{self, LoadState};
use crate::locale::{href, t, use_lang};
use crate::router::use_params_map;
use crate::screening::use_screening;
use crate::url::with_query;
use catalogue::Lang;
use leptos::prelude::*;
use rules::{Answers, Fact, FactKind, MemberDisability, Rules, Status, Value};

/// The introduction: what the check does, what happens to the answers, and the start.
#[component]
pub fn CheckIntro() -> impl IntoView {
    let screening = use_screening();
    data::need_rules();
    // A displaced person will be asked where they came from: have the communities ready, so the
    // check itself needs no request.
    data::need_communities();
    let started = move || {
        screening
            .answers
            .with(|a| !a.values.is_empty() || a.members.is_some() || !a.declined.is_empty())
    };
    let remember_id = "check-remember";
    view! {
        <PageTitle text=t("check-title")/>
        <h1 class="app-heading-xl">{t("check-title")}</h1>
        <p class="app-lead">{t("check-lead")}</p>
        <ul class="app-list app-list--bullet">
            <li>{t("check-privacy-1")}</li>
            <li>{t("check-privacy-2")}</li>
            <li>{t("check-privacy-3")}</li>
        </ul>
        <div class="app-checkbox">
            <input
                class="app-checkbox__input"
                type="checkbox"
                id=remember_id
                aria-describedby="check-remember-hint"
                prop:checked=move || screening.remember.get()
                on:change=move |ev| screening.set_remember(event_target_checked(&ev))
            />
            <label class="app-checkbox__label" for=remember_id>{t("check-remember")}</label>
            <p class="app-hint" id="check-remember-hint">{t("check-remember-hint")}</p>
        </div>
        <RulesState/>
        <p class="app-actions">
            <a href=href("/check/question") class="app-button">
                {move || if started() { t("check-continue") } else { t("check-start") }}
            </a>
        </p>
        {move || started().then(|| view! {
            <p class="app-actions">
                <a href=href("/check/answers")>{t("check-your-answers")}</a> " · "
                <a href=href("/check/results")>{t("check-see-results")}</a> " · "
                <button class="app-link-button" type="button" on:click=move |_| screening.forget()>
                    {t("check-start-again")}
                </button>
            </p>
        })}
    }
}

/// `/check/<step>`: one route for the check's pages (fewer routes, a smaller app).
#[component]
pub fn CheckStep() -> impl IntoView {
    let params = use_params_map();
    let step = Memo::new(move |_| params.read().get("step").unwrap_or_default());
    move || match step.get().as_str() {
        "question" => view! { <CheckQuestion/> }.into_any(),
        "answers" => view! { <CheckAnswers/> }.into_any(),
        "results" => view! { <CheckResults/> }.into_any(),
        "plan" => view! { <CheckPlan/> }.into_any(),
        _ => view! { <crate::pages::NotFound/> }.into_any(),
    }
}

/// Says when the rules are still loading or could not be loaded.
#[component]
pub fn RulesState() -> impl IntoView {
    let state = data::use_rules_state();
    move || match state.get() {
        LoadState::Idle | LoadState::Loading => Some(
            view! { <p class="app-hint" role="status">{t("check-rules-loading")}</p> }.into_any(),
        ),
        LoadState::Failed(_) => Some(
            view! { <p class="app-notice" role="alert">{t("check-rules-failed")}</p> }.into_any(),
        ),
        LoadState::Ready => None,
    }
}

/// The results so far, in one line, as answers arrive.
#[component]
pub fn SoFar(
    /// The rules.
    rules: &'static Rules,
) -> impl IntoView {
    let screening = use_screening();
    let lang = use_lang();
    let counts = move || {
        let today = crate::browser::today();
        let verdicts = screening.answers.with(|a| {
            let local = crate::community_data::local_rules();
            rules::local::evaluate_with(rules, local, a, today)
        });
        let n = |s: Status| verdicts.iter().filter(|v| v.status == s).count() as i64;
        i18n::t_args(
            lang,
            "check-so-far",
            &[
                ("likely", i18n::Arg::Num(n(Status::Likely))),
                ("maybe", i18n::Arg::Num(n(Status::Maybe))),
                ("notnow", i18n::Arg::Num(n(Status::NotNow))),
            ],
        )
    };
    view! {
        <p class="app-so-far" role="status" aria-live="polite">
            {counts} " " <a href=href("/check/results")>{t("check-see-results")}</a>
        </p>
    }
}

/// The link to (re)ask a question; `from_answers` returns to the summary afterwards.
pub fn question_href(fact: &str, from_answers: bool) -> String {
    let from = if from_answers { "answers" } else { "" };
    href(&with_query(
        "/check/question",
        &[("q", fact), ("from", from)],
    ))
}

/// An amount in hryvnias as people write it: «10 000 грн» / «UAH 10,000», kopiykas only when
/// there are some.
pub fn money(lang: Lang, value: f64) -> String {
    let grouped = grouped(lang, value);
    match lang {
        Lang::Uk => format!("{grouped}\u{a0}грн"),
        Lang::En => format!("UAH\u{a0}{grouped}"),
    }
}

/// An amount in another currency: «3\u{a0}000 PLN».
pub fn foreign_money(lang: Lang, value: f64, code: &str) -> String {
    format!("{}\u{a0}{code}", grouped(lang, value))
}

/// A rate as the person gave it, up to four decimals: «10,25» (uk), "10.25" (en). Integer
/// arithmetic: formatting a float would weigh on the module.
pub fn rate_text(lang: Lang, rate: f64) -> String {
    let units = (rate * 10_000.0).round() as i64;
    let frac = format!("{:04}", units % 10_000);
    let frac = frac.trim_end_matches('0');
    let sep = if lang == Lang::Uk { "," } else { "." };
    if frac.is_empty() {
        (units / 10_000).to_string()
    } else {
        format!("{}{sep}{frac}", units / 10_000)
    }
}

/// What the check says of an amount in another currency it rests on: the rate it was converted
/// at, or that it was not; either way, that the community recomputes it at the official rate.
pub fn foreign_note(lang: Lang, f: &rules::ForeignAmount) -> String {
    match f.rate {
        Some(rate) => i18n::t_args(
            lang,
            "check-converted",
            &[
                ("code", i18n::Arg::Str(&f.currency)),
                ("rate", i18n::Arg::Str(&rate_text(lang, rate))),
            ],
        ),
        None => i18n::t_args(
            lang,
            "check-unconverted",
            &[("code", i18n::Arg::Str(&f.currency))],
        ),
    }
}

/// Digits grouped by thousands, with kopiykas (cents) if any.
fn grouped(lang: Lang, value: f64) -> String {
    let cents = (value * 100.0).round() as i64;
    let (whole, frac) = (cents / 100, (cents % 100).abs());
    let digits = whole.abs().to_string();
    let sep = match lang {
        Lang::Uk => '\u{a0}',
        Lang::En => ',',
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    if whole < 0 {
        grouped.insert(0, '−');
    }
    if frac != 0 {
        grouped.push(if lang == Lang::Uk { ',' } else { '.' });
        grouped.push_str(&format!("{frac:02}"));
    }
    grouped
}

/// A household member in a few words: «36 р.», «9 р., дитина з інвалідністю».
pub fn member_text(lang: Lang, m: &rules::Member) -> String {
    let mut s = i18n::t_count(lang, "check-member-age", m.age as i64);
    if m.disability != MemberDisability::None {
        s.push_str(", ");
        s.push_str(&i18n::t(lang, disability_message(m.disability)));
    }
    if m.studying {
        s.push_str(", ");
        s.push_str(&i18n::t(lang, "check-member-studying-short"));
    }
    s
}

/// The message id that names a member's disability.
pub fn disability_message(d: MemberDisability) -> &'static str {
    match d {
        MemberDisability::None => "check-disability-none",
        MemberDisability::Child => "check-disability-child",
        MemberDisability::Group1 => "check-disability-1",
        MemberDisability::Group2 => "check-disability-2",
        MemberDisability::Group3 => "check-disability-3",
    }
}

/// The answer to `fact`, as the summary shows it; `None` if not answered.
pub fn answer_text(fact: &Fact, answers: &Answers, lang: Lang) -> Option<String> {
    if answers.declined.contains(&fact.id) {
        return Some(i18n::t(lang, "check-dont-know"));
    }
    if fact.kind == FactKind::Household {
        let members = answers.members.as_ref()?;
        if members.is_empty() {
            return Some(i18n::t(lang, "check-household-alone"));
        }
        let list: Vec<String> = members.iter().map(|m| member_text(lang, m)).collect();
        return Some(format!(
            "{}: {}",
            i18n::t_count(lang, "check-household-others", members.len() as i64),
            list.join("; ")
        ));
    }
    let value = answers.values.get(&fact.id)?;
    Some(match (&fact.kind, value) {
        (_, Value::Bool(true)) => i18n::t(lang, "check-yes"),
        (_, Value::Bool(false)) => i18n::t(lang, "check-no"),
        (FactKind::Money, Value::Number(n)) => money(lang, *n),
        (
            _,
            Value::Foreign {
                amount,
                currency,
                rate,
            },
        ) => {
            let amount = foreign_money(lang, *amount, currency);
            match rate.filter(|r| rules::answers::valid_rate(*r)) {
                Some(r) => format!(
                    "{amount} (1\u{a0}{currency} = {}\u{a0}{})",
                    rate_text(lang, r),
                    i18n::t(lang, "check-uah")
                ),
                None => format!("{amount}, {}", i18n::t(lang, "check-answer-no-rate")),
            }
        }
        (FactKind::Number { unit, .. }, Value::Number(n)) => {
            format!("{} {}", *n as i64, unit.get(lang))
        }
        (_, Value::Number(n)) => (*n as i64).to_string(),
        (_, Value::Date(d)) => d.dotted(),
        (FactKind::Choice(options), Value::Choice(c)) => options
            .iter()
            .find(|o| &o.value == c)
            .map(|o| o.label.get(lang).to_string())
            .unwrap_or_else(|| c.clone()),
        (_, Value::Choice(c)) => c.clone(),
        (_, Value::Place { code, listed }) => {
            let community = data::communities().and_then(|all| all.get(code));
            let name = community
                .map(|c| community_title(c, lang))
                .unwrap_or_else(|| code.clone());
            let since = community.and_then(catalogue::hostilities::listed_since);
            let note = match (listed, since) {
                (true, Some(d)) => i18n::t_args(
                    lang,
                    "check-place-listed-since",
                    &[("date", i18n::Arg::Str(&d.dotted()))],
                ),
                (true, None) => i18n::t(lang, "check-place-listed"),
                (false, _) => i18n::t(lang, "check-place-not-listed"),
            };
            format!("{name} ({note})")
        }
        (FactKind::Settlement, Value::Origin { code, listing }) => {
            use catalogue::hostilities::OriginListing;
            let name = data::communities()
                .and_then(|all| all.settlement(code))
                .map(|(_, s)| settlement::settlement_label(s, lang))
                .unwrap_or_else(|| code.clone());
            let note = match listing {
                OriginListing::Listed => i18n::t(lang, "check-place-listed"),
                OriginListing::NotListed => i18n::t(lang, "check-place-not-listed"),
                OriginListing::Parts | OriginListing::Unsettled => {
                    i18n::t(lang, "check-settlement-unsettled")
                }
            };
            format!("{name} ({note})")
        }
        (_, Value::Origin { code, listing }) => {
            use catalogue::hostilities::OriginListing;
            let community = data::communities().and_then(|all| all.get(code));
            let name = community
                .map(|c| community_title(c, lang))
                .unwrap_or_else(|| code.clone());
            let since = community.and_then(catalogue::hostilities::listed_since);
            let note = match (listing, since) {
                (OriginListing::Listed, Some(d)) => i18n::t_args(
                    lang,
                    "check-place-listed-since",
                    &[("date", i18n::Arg::Str(&d.dotted()))],
                ),
                (OriginListing::Listed, None) => i18n::t(lang, "check-place-listed"),
                (OriginListing::NotListed, _) => i18n::t(lang, "check-place-not-listed"),
                (OriginListing::Parts, _) => i18n::t(lang, "check-place-listed-in-part"),
                (OriginListing::Unsettled, _) => i18n::t(lang, "check-place-unsettled"),
            };
            format!("{name} ({note})")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_as_people_write_them() {
        assert_eq!(money(Lang::Uk, 10000.0), "10\u{a0}000\u{a0}грн");
        assert_eq!(money(Lang::En, 10000.0), "UAH\u{a0}10,000");
        assert_eq!(money(Lang::Uk, 1816.5), "1\u{a0}816,50\u{a0}грн");
        assert_eq!(money(Lang::En, 650.0), "UAH\u{a0}650");
        assert_eq!(money(Lang::Uk, 41280.0), "41\u{a0}280\u{a0}грн");
    }
}
