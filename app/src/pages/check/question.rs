//! One question per screen, GOV.UK style: the question is the page's heading, a hint, why it is
//! asked, an error summary that takes focus, "Continue" and "I don't know".

use super::settlement::SettlementForm;
use super::{RulesState, SoFar, disability_message, member_text, question_href};
use crate::browser;
use crate::components::{PageTitle, community_place, community_title};
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::router::{use_navigate, use_query_map};
use crate::screening::use_screening;
use crate::state::use_choice;
use crate::stepwise;
use catalogue::Date;
use catalogue::hostilities::origin_listing;
use leptos::prelude::*;
use rules::{Fact, FactKind, Member, MemberDisability, Rules, Value};

/// The id of the first input of every question, which the error summary links to.
pub(super) const INPUT: &str = "q-input";
/// The id of the error summary.
const SUMMARY: &str = "error-summary";
/// The id of the rate of an amount in another currency.
const RATE: &str = "q-rate";

/// `/check/question?q=<fact>&from=answers`: the asked (or the next useful) question.
#[component]
pub fn CheckQuestion() -> impl IntoView {
    data::need_rules();
    data::need_communities();
    let rules = data::use_rules();
    let query = use_query_map();
    let asked = Memo::new(move |_| query.read().get("q"));
    let from_answers = Memo::new(move |_| query.read().get("from").as_deref() == Some("answers"));
    let screening = use_screening();
    move || {
        let Some(rules) = rules.get() else {
            return view! {
                <PageTitle text=t("check-title")/>
                <h1 class="app-heading-l">{t("check-title")}</h1>
                <RulesState/>
            }
            .into_any();
        };
        let today = browser::today();
        let chosen = asked.get().and_then(|id| rules.fact(&id));
        let next = screening.answers.with_untracked(|a| {
            rules::local::next_question_with(rules, crate::community_data::local_rules(), a, today)
        });
        let fact = match (chosen, next) {
            (Some(f), _) => Some(f),
            (None, Some((f, _))) => Some(f),
            (None, None) => None,
        };
        match fact {
            Some(fact) => view! {
                <QuestionPage rules=rules fact=fact from_answers=from_answers.get_untracked()/>
            }
            .into_any(),
            None => view! {
                <PageTitle text=t("check-done-title")/>
                <h1 class="app-heading-l">{t("check-done-title")}</h1>
                <p>{t("check-done-body")}</p>
                <p class="app-actions">
                    <a href=href("/check/results") class="app-button">{t("check-see-results")}</a>
                </p>
                <p><a href=href("/check/answers")>{t("check-your-answers")}</a></p>
            }
            .into_any(),
        }
    }
}

/// What a question's form reports back: an answer, or an error message to show.
pub(super) type Parsed = Result<Value, String>;

/// A question's page around its form.
#[component]
fn QuestionPage(
    /// The rules, for the next question.
    rules: &'static Rules,
    /// The fact asked.
    fact: &'static Fact,
    /// Return to the summary of answers afterwards.
    from_answers: bool,
) -> impl IntoView {
    let lang = use_lang();
    let screening = use_screening();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    // The field the error is about (the first input, or another of the same question).
    let error_at = RwSignal::new(INPUT);
    let today = browser::today();
    // Which undecided programmes this answer may decide: a short summary under the question that
    // opens to the list (evaluating every programme: a later step of a take-over).
    let decides_view = move || {
        let decides = screening.answers.with_untracked(|a| {
            let local = crate::community_data::local_rules();
            let verdicts = rules::local::evaluate_with(rules, local, a, today);
            rules::screener::needed(rules, &verdicts)
                .into_iter()
                .find(|(f, _)| f.id == fact.id)
                .map(|(_, ps)| ps)
                .unwrap_or_default()
        });
        (!decides.is_empty()).then(|| {
            let items = decides
                .iter()
                .filter_map(|id| {
                    data::catalogue()
                        .get(id)
                        .or_else(|| crate::community_data::local()?.get(id))
                })
                .map(|p| view! { <li>{p.title.get(lang).to_string()}</li> })
                .collect_view();
            let summary = i18n::t_count(lang, "check-decides-count", decides.len() as i64);
            view! {
                <details class="app-details">
                    <summary>{summary}</summary>
                    <ul class="app-list app-list--bullet">{items}</ul>
                </details>
            }
        })
    };
    let go_next = Callback::new(move |()| {
        let target = if from_answers {
            href("/check/answers")
        } else {
            match screening.answers.with_untracked(|a| {
                rules::local::next_question_with(
                    rules,
                    crate::community_data::local_rules(),
                    a,
                    today,
                )
            }) {
                Some((next, _)) => question_href(&next.id, false),
                None => href("/check/results"),
            }
        };
        navigate(&target, Default::default());
    });
    let submit = Callback::new(move |parsed: Parsed| match parsed {
        Ok(value) => {
            error.set(None);
            screening.update(|a| {
                // Another community: the settlement chosen among the old one's is asked again.
                if a.values.get(&fact.id) != Some(&value) {
                    for f in rules.facts.iter().filter(|f| {
                        f.kind == FactKind::Settlement && f.after.as_deref() == Some(&fact.id)
                    }) {
                        a.clear(&f.id);
                    }
                }
                a.set(&fact.id, value)
            });
            go_next.run(());
        }
        Err(message) => {
            error.set(Some(message));
            request_animation_frame(|| browser::focus_id(SUMMARY));
        }
    });
    let decline = move |_| {
        screening.update(|a| a.decline(&fact.id));
        go_next.run(());
    };
    let can_decline = fact.kind != FactKind::Household;
    let title = fact.question.get(lang).to_string();
    let form = match &fact.kind {
        FactKind::Household => {
            view! { <HouseholdForm fact=fact error=error go_next=go_next/> }.into_any()
        }
        FactKind::Place => view! { <PlaceForm fact=fact submit=submit error=error/> }.into_any(),
        FactKind::Settlement => {
            view! { <SettlementForm fact=fact submit=submit error=error/> }.into_any()
        }
        FactKind::Money if fact.foreign => {
            view! { <ForeignMoneyForm fact=fact submit=submit error=error error_at=error_at/> }
                .into_any()
        }
        _ => view! { <SimpleForm fact=fact submit=submit error=error today=today/> }.into_any(),
    };
    view! {
        <PageTitle text=title/>
        <p>
            <button class="app-link-button app-back" type="button" on:click=|_| browser::go_back()>
                {t("check-back")}
            </button>
        </p>
        <ErrorSummary error=error target=error_at/>
        {form}
        <details class="app-details">
            <summary>{t("check-why")}</summary>
            <p>{fact.why.get(lang).to_string()}</p>
        </details>
        {stepwise::from_step(stepwise::MORE, decides_view)}
        {can_decline.then(|| view! {
            <p>
                <button class="app-link-button" type="button" on:click=decline>{t("check-dont-know")}</button>
            </p>
        })}
        {stepwise::from_step(stepwise::REST, move || view! { <SoFar rules=rules/> })}
        <p><a href=href("/check/answers")>{t("check-your-answers")}</a></p>
    }
}

/// The error summary: at the top, takes focus, links to the field.
#[component]
fn ErrorSummary(
    /// The message, when there is one.
    error: RwSignal<Option<String>>,
    /// The id of the field it is about.
    target: RwSignal<&'static str>,
) -> impl IntoView {
    move || {
        error.get().map(|message| {
            let target = target.get();
            view! {
                <div class="app-error-summary" id=SUMMARY role="alert" tabindex="-1">
                    <h2 class="app-error-summary__title">{t("check-error-title")}</h2>
                    <ul class="app-list">
                        <li>
                            <a href=format!("#{target}") on:click=move |ev| {
                                ev.prevent_default();
                                browser::focus_id(target);
                            }>{message}</a>
                        </li>
                    </ul>
                </div>
            }
        })
    }
}

/// The inline error under a question, with its hidden "Error:" prefix.
pub(super) fn inline_error(error: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="app-error-message" id="q-error">
                    <span class="app-visually-hidden">{t("check-error-prefix")}</span>
                    {message}
                </p>
            }
        })
    }
}

/// The ids a question's input is described by: its hint and its error.
pub(super) fn described_by(
    has_hint: bool,
    error: RwSignal<Option<String>>,
) -> impl Fn() -> Option<String> {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push("q-hint");
        }
        if error.get().is_some() {
            ids.push("q-error");
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The current answer as the form's text.
fn current_text(fact: &Fact) -> String {
    let screening = use_screening();
    screening
        .answers
        .with_untracked(|a| match a.values.get(&fact.id) {
            Some(Value::Bool(b)) => if *b { "yes" } else { "no" }.to_string(),
            Some(Value::Number(n)) => plain_amount(*n),
            Some(Value::Date(d)) => d.to_string(),
            Some(Value::Choice(c)) => c.clone(),
            _ => String::new(),
        })
}

/// Reads a form's text as an answer to `fact`, or says how to fix it.
pub fn parse_answer(fact: &Fact, text: &str, today: Date, lang: catalogue::Lang) -> Parsed {
    let text = text.trim();
    let msg = |id: &str| i18n::t(lang, id);
    match &fact.kind {
        FactKind::YesNo => match text {
            "yes" => Ok(Value::Bool(true)),
            "no" => Ok(Value::Bool(false)),
            _ => Err(msg("check-error-choose")),
        },
        FactKind::Choice(options) => options
            .iter()
            .find(|o| o.value == text)
            .map(|o| Value::Choice(o.value.clone()))
            .ok_or_else(|| msg("check-error-choose")),
        FactKind::Number { min, max, .. } => {
            let clean: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            match clean.parse::<u32>() {
                Ok(n) if (*min..=*max).contains(&n) => Ok(Value::Number(n as f64)),
                _ => Err(i18n::t_args(
                    lang,
                    "check-error-number",
                    &[
                        ("min", i18n::Arg::Num(*min as i64)),
                        ("max", i18n::Arg::Num(*max as i64)),
                    ],
                )),
            }
        }
        FactKind::Money => {
            let clean: String = text
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| if c == ',' { '.' } else { c })
                .collect();
            let clean = clean
                .trim_end_matches("грн")
                .trim_end_matches("UAH")
                .trim_end_matches('.');
            parse_amount(clean)
                .map(Value::Number)
                .ok_or_else(|| msg("check-error-money"))
        }
        FactKind::Date => match text.parse::<Date>() {
            Ok(d) if d <= today => Ok(Value::Date(d)),
            Ok(_) => Err(msg("check-error-date-future")),
            Err(_) => Err(msg("check-error-date")),
        },
        FactKind::Place | FactKind::Settlement | FactKind::Household => {
            Err(msg("check-error-choose"))
        }
    }
}

/// Reads «12000», «1816.5» or «1816.50» without the float parser (which would weigh on the app):
/// whole hryvnias and up to two digits of kopiykas, at most ten digits.
fn parse_amount(s: &str) -> Option<f64> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || whole.len() > 10 || (!frac.is_empty() && (!digits(frac) || frac.len() > 2))
    {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let kop: u64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}").parse().ok()?
    };
    Some((whole * 100 + kop) as f64 / 100.0)
}

/// An amount as the form shows it back: «12000», «1816.50».
fn plain_amount(n: f64) -> String {
    let cents = (n * 100.0).round() as i64;
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        format!("{}.{:02}", cents / 100, cents % 100)
    }
}

/// Yes/no, a choice, a number, an amount or a date.
#[component]
fn SimpleForm(
    /// The fact asked.
    fact: &'static Fact,
    /// Receives the answer or the error.
    submit: Callback<Parsed>,
    /// The error shown.
    error: RwSignal<Option<String>>,
    /// Today, for dates.
    today: Date,
) -> impl IntoView {
    let lang = use_lang();
    let value = RwSignal::new(current_text(fact));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submit.run(parse_answer(fact, &value.get_untracked(), today, lang));
    };
    let has_hint = fact.hint.is_some();
    let hint = fact
        .hint
        .as_ref()
        .map(|h| view! { <p class="app-hint" id="q-hint">{h.get(lang).to_string()}</p> });
    let question = fact.question.get(lang).to_string();
    let group_class = move || {
        if error.get().is_some() {
            "app-form-group app-form-group--error"
        } else {
            "app-form-group"
        }
    };
    let options: Option<Vec<(String, String)>> = match &fact.kind {
        FactKind::YesNo => Some(vec![
            ("yes".into(), t("check-yes")),
            ("no".into(), t("check-no")),
        ]),
        FactKind::Choice(options) => Some(
            options
                .iter()
                .map(|o| (o.value.clone(), o.label.get(lang).to_string()))
                .collect(),
        ),
        _ => None,
    };
    let body = match options {
        Some(options) => {
            let radios = options
                .into_iter()
                .enumerate()
                .map(|(i, (v, label))| {
                    let id = if i == 0 {
                        INPUT.to_string()
                    } else {
                        format!("q-option-{i}")
                    };
                    let checked = v.clone();
                    let chosen = v.clone();
                    view! {
                        <div class="app-radios__item">
                            <input
                                class="app-radios__input"
                                type="radio"
                                name="answer"
                                id=id.clone()
                                value=v
                                prop:checked=move || value.get() == checked
                                on:change=move |_| value.set(chosen.clone())
                            />
                            <label class="app-radios__label" for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="app-fieldset" aria-describedby=described_by(has_hint, error)>
                    <legend class="app-fieldset__legend">
                        <h1 class="app-heading-l">{question}</h1>
                    </legend>
                    {hint}
                    {inline_error(error)}
                    <div class="app-radios">{radios}</div>
                </fieldset>
            }
            .into_any()
        }
        None => {
            let (input_type, mode, suffix, width) = match &fact.kind {
                FactKind::Date => ("date", "numeric", None, "app-input--date"),
                FactKind::Money => ("text", "decimal", Some(t("check-uah")), "app-input--number"),
                FactKind::Number { unit, .. } => (
                    "text",
                    "numeric",
                    Some(unit.get(lang).to_string()),
                    "app-input--number",
                ),
                _ => ("text", "text", None, ""),
            };
            let max = (fact.kind == FactKind::Date).then(|| today.to_string());
            view! {
                <h1 class="app-heading-l"><label for=INPUT>{question}</label></h1>
                {hint}
                {inline_error(error)}
                <div class="app-input-row">
                    <input
                        class=format!("app-input {width}")
                        type=input_type
                        inputmode=mode
                        id=INPUT
                        name="answer"
                        autocomplete="off"
                        max=max
                        aria-describedby=described_by(has_hint, error)
                        aria-invalid=move || error.get().is_some().then_some("true")
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                    {suffix.map(|s| view! { <span class="app-input-suffix">{s}</span> })}
                </div>
            }
            .into_any()
        }
    };
    view! {
        <form class="app-question" novalidate on:submit=on_submit>
            <div class=group_class>{body}</div>
            <button class="app-button" type="submit">{t("check-next")}</button>
        </form>
    }
}

/// An amount the person may give in the currency it is paid in (an income earned abroad): the
/// amount, its currency (the one of the country they live in first), and for another currency
/// than the hryvnia, optionally, how many hryvnias one unit is at the National Bank's official
/// rate, which the person looks up. The portal carries no rates: without one the amount is kept
/// as given and what depends on it stays open.
#[component]
fn ForeignMoneyForm(
    /// The fact asked.
    fact: &'static Fact,
    /// Receives the answer or the error.
    submit: Callback<Parsed>,
    /// The error shown.
    error: RwSignal<Option<String>>,
    /// The field the error is about.
    error_at: RwSignal<&'static str>,
) -> impl IntoView {
    data::need_currencies();
    let lang = use_lang();
    let choice = use_choice();
    let currencies = data::use_currencies();
    let state = expect_context::<data::DataState>().currencies;
    let (amount0, currency0, rate0) =
        use_screening()
            .answers
            .with_untracked(|a| match a.values.get(&fact.id) {
                Some(Value::Number(n)) => (
                    plain_amount(*n),
                    rules::currency::HRYVNIA.to_string(),
                    String::new(),
                ),
                Some(Value::Foreign {
                    amount,
                    currency,
                    rate,
                }) => (
                    plain_amount(*amount),
                    currency.clone(),
                    rate.map(|r| super::rate_text(catalogue::Lang::En, r))
                        .unwrap_or_default(),
                ),
                _ => (
                    String::new(),
                    rules::currency::HRYVNIA.to_string(),
                    String::new(),
                ),
            });
    let amount = RwSignal::new(amount0);
    let currency = RwSignal::new(currency0);
    let rate = RwSignal::new(rate0);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parsed = parse_foreign(
            fact,
            &amount.get_untracked(),
            &currency.get_untracked(),
            &rate.get_untracked(),
            lang,
        );
        match parsed {
            Ok(v) => {
                error_at.set(INPUT);
                submit.run(Ok(v));
            }
            Err((at, message)) => {
                error_at.set(at);
                submit.run(Err(message));
            }
        }
    };
    let has_hint = fact.hint.is_some();
    let hint = fact
        .hint
        .as_ref()
        .map(|h| view! { <p class="app-hint" id="q-hint">{h.get(lang).to_string()}</p> });
    let error_on = move |at: &'static str| {
        Signal::derive(move || error.get().filter(|_| error_at.get() == at))
    };
    let amount_error = error_on(INPUT);
    let rate_error = error_on(RATE);
    let group_class = move |e: Signal<Option<String>>| {
        move || {
            if e.get().is_some() {
                "app-form-group app-form-group--error"
            } else {
                "app-form-group"
            }
        }
    };
    let amount_described = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push("q-hint");
        }
        if amount_error.get().is_some() {
            ids.push("q-error");
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let options = move || {
        let country = choice.abroad.get();
        let now = currency.get();
        let list: Vec<(String, String)> = match currencies.get() {
            Some(all) => all
                .offered(country.as_deref(), lang)
                .into_iter()
                .map(|c| (c.code.clone(), format!("{} — {}", c.code, c.name.get(lang))))
                .collect(),
            // Until the list arrives: the hryvnia, and the answer given before.
            None => std::iter::once(rules::currency::HRYVNIA.to_string())
                .chain((now != rules::currency::HRYVNIA).then(|| now.clone()))
                .map(|c| (c.clone(), c))
                .collect(),
        };
        list.into_iter()
            .map(|(code, label)| {
                let selected = code == now;
                view! { <option value=code selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let list_state = move || match state.get() {
        data::LoadState::Failed(_) => Some(
            view! { <p class="app-error-message" role="alert">{t("check-currency-failed")}</p> }
                .into_any(),
        ),
        data::LoadState::Ready => None,
        _ => Some(
            view! { <p class="app-hint" role="status">{t("check-currency-loading")}</p> }
                .into_any(),
        ),
    };
    let rate_field = move || {
        let code = currency.get();
        (code != rules::currency::HRYVNIA).then(|| {
            let name = currencies
                .get()
                .and_then(|all| all.get(&code).map(|c| c.name.get(lang).to_string()))
                .unwrap_or_else(|| code.clone());
            let label = i18n::t_args(
                lang,
                "check-rate",
                &[
                    ("code", i18n::Arg::Str(&code)),
                    ("name", i18n::Arg::Str(&name)),
                ],
            );
            let described = move || {
                if rate_error.get().is_some() {
                    "q-rate-hint q-rate-error"
                } else {
                    "q-rate-hint"
                }
            };
            view! {
                <div class=group_class(rate_error)>
                    <label class="app-label" for=RATE>{label}</label>
                    <p class="app-hint" id="q-rate-hint">{t("check-rate-hint")}</p>
                    {move || rate_error.get().map(|m| view! {
                        <p class="app-error-message" id="q-rate-error">
                            <span class="app-visually-hidden">{t("check-error-prefix")}</span>
                            {m}
                        </p>
                    })}
                    <div class="app-input-row">
                        <input
                            class="app-input app-input--number"
                            type="text"
                            inputmode="decimal"
                            id=RATE
                            name="rate"
                            autocomplete="off"
                            aria-describedby=described
                            aria-invalid=move || rate_error.get().is_some().then_some("true")
                            prop:value=move || rate.get()
                            on:input=move |ev| rate.set(event_target_value(&ev))
                        />
                        <span class="app-input-suffix">{t("check-uah")}</span>
                    </div>
                </div>
            }
        })
    };
    view! {
        <form class="app-question" novalidate on:submit=on_submit>
            <div class=group_class(amount_error)>
                <h1 class="app-heading-l"><label for=INPUT>{fact.question.get(lang).to_string()}</label></h1>
                {hint}
                {move || amount_error.get().map(|m| view! {
                    <p class="app-error-message" id="q-error">
                        <span class="app-visually-hidden">{t("check-error-prefix")}</span>
                        {m}
                    </p>
                })}
                <div class="app-input-row">
                    <input
                        class="app-input app-input--number"
                        type="text"
                        inputmode="decimal"
                        id=INPUT
                        name="answer"
                        autocomplete="off"
                        aria-describedby=amount_described
                        aria-invalid=move || amount_error.get().is_some().then_some("true")
                        prop:value=move || amount.get()
                        on:input=move |ev| amount.set(event_target_value(&ev))
                    />
                    <span class="app-input-suffix">{move || {
                        let c = currency.get();
                        if c == rules::currency::HRYVNIA { t("check-uah") } else { c }
                    }}</span>
                </div>
            </div>
            <div class="app-form-group">
                <label class="app-label" for="q-currency">{t("check-currency")}</label>
                {list_state}
                <select
                    class="app-select"
                    id="q-currency"
                    name="currency"
                    on:change=move |ev| currency.set(event_target_value(&ev))
                >
                    {options}
                </select>
            </div>
            {rate_field}
            <button class="app-button" type="submit">{t("check-next")}</button>
        </form>
    }
}

/// Reads an amount in hryvnias or in another currency, with the rate if given; or says which
/// field to fix and how.
pub fn parse_foreign(
    fact: &Fact,
    amount: &str,
    currency: &str,
    rate: &str,
    lang: catalogue::Lang,
) -> Result<Value, (&'static str, String)> {
    if currency == rules::currency::HRYVNIA {
        return parse_answer(fact, amount, Date::new(2000, 1, 1).expect("a date"), lang)
            .map_err(|m| (INPUT, m));
    }
    let amount = decimal(amount);
    let amount = parse_amount(amount.trim_end_matches(currency).trim_end_matches('.'))
        .ok_or_else(|| (INPUT, i18n::t(lang, "check-error-foreign-money")))?;
    let rate = match decimal(rate).as_str() {
        "" => None,
        r => Some(
            parse_rate(r)
                .filter(|r| rules::answers::valid_rate(*r))
                .ok_or_else(|| (RATE, i18n::t(lang, "check-error-rate")))?,
        ),
    };
    Ok(Value::Foreign {
        amount,
        currency: currency.to_string(),
        rate,
    })
}

/// A number as typed, without spaces and with a decimal point.
fn decimal(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == ',' { '.' } else { c })
        .collect()
}

/// Reads a rate such as «10.25» or «9.8765»: up to four decimals, without the float parser.
fn parse_rate(s: &str) -> Option<f64> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || whole.len() > 6 || (!frac.is_empty() && (!digits(frac) || frac.len() > 4))
    {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let frac: u64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<4}").parse().ok()?
    };
    Some((whole * 10_000 + frac) as f64 / 10_000.0)
}

/// The community the person left: typed, found among the communities, chosen with one press.
#[component]
fn PlaceForm(
    /// The fact asked.
    fact: &'static Fact,
    /// Receives the answer or the error.
    submit: Callback<Parsed>,
    /// The error shown.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let communities = data::use_communities();
    let text = RwSignal::new(String::new());
    let pick = move |code: String| {
        let Some(all) = communities.get_untracked() else {
            return;
        };
        match all.get(&code) {
            Some(c) => submit.run(Ok(Value::Origin {
                code,
                listing: origin_listing(c),
            })),
            None => submit.run(Err(t("check-error-place"))),
        }
    };
    // The list the search box controls is always there (empty until something is typed).
    let results = move || {
        let all = communities.get()?;
        let q = text.get();
        if q.trim().is_empty() {
            return None;
        }
        let found = data::index().matches_community(&q, 8);
        if found.is_empty() {
            return Some(
                view! { <li class="app-hint" role="status">{t("check-place-none")}</li> }
                    .into_any(),
            );
        }
        let items = found
            .into_iter()
            .map(|i| {
                let c = &all.communities[i];
                let code = c.code.clone();
                view! {
                    <li>
                        <button class="app-choice" type="button" on:click=move |_| pick(code.clone())>
                            <span class="app-choice__title">{community_title(c, lang)}</span>
                            <span class="app-choice__meta">{community_place(all, c, lang)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(items.into_any())
    };
    // The community saved as "where I come from" on the community page, offered at once.
    let suggestion = move || {
        let all = communities.get()?;
        let c = all.get(&choice.origin.get()?)?;
        let code = c.code.clone();
        Some(view! {
            <p class="app-inset">
                {t("check-place-suggested")} " " <strong>{community_title(c, lang)}</strong> " "
                <button class="app-button app-button--secondary" type="button" on:click=move |_| pick(code.clone())>
                    {t("check-place-use")}
                </button>
            </p>
        })
    };
    let loading = move || {
        communities
            .get()
            .is_none()
            .then(|| view! { <p class="app-hint" role="status">{t("community-loading")}</p> })
    };
    view! {
        <form class="app-question" novalidate on:submit=move |ev| {
            ev.prevent_default();
            submit.run(Err(t("check-error-place")));
        }>
            <h1 class="app-heading-l"><label for=INPUT>{fact.question.get(lang).to_string()}</label></h1>
            {fact.hint.as_ref().map(|h| view! { <p class="app-hint" id="q-hint">{h.get(lang).to_string()}</p> })}
            {suggestion}
            {inline_error(error)}
            <input
                class="app-input"
                type="search"
                id=INPUT
                autocomplete="off"
                aria-describedby="q-hint"
                aria-controls="q-results"
                on:input=move |ev| text.set(event_target_value(&ev))
            />
            {loading}
            <ul class="app-choices" id="q-results">{results}</ul>
        </form>
    }
}

/// Who lives with the person: added one by one.
#[component]
fn HouseholdForm(
    /// The fact asked (the household).
    fact: &'static Fact,
    /// The error shown.
    error: RwSignal<Option<String>>,
    /// Goes on to the next question.
    go_next: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let screening = use_screening();
    let members = RwSignal::new(
        screening
            .answers
            .with_untracked(|a| a.members.clone().unwrap_or_default()),
    );
    let age = RwSignal::new(String::new());
    let disability = RwSignal::new(MemberDisability::None);
    let studying = RwSignal::new(false);
    let announced = RwSignal::new(String::new());
    let fail = move |id: &str| {
        error.set(Some(t(id)));
        request_animation_frame(|| browser::focus_id(SUMMARY));
    };
    let add = move |_| {
        let text = age.get_untracked();
        match text.trim().parse::<u8>() {
            Ok(years) if years <= 120 => {
                let m = Member {
                    age: years,
                    disability: disability.get_untracked(),
                    studying: studying.get_untracked() && (18..=23).contains(&years),
                };
                members.update(|ms| ms.push(m));
                announced.set(format!(
                    "{} {}",
                    t("check-member-added"),
                    member_text(lang, &m)
                ));
                age.set(String::new());
                disability.set(MemberDisability::None);
                studying.set(false);
                error.set(None);
                browser::focus_id(INPUT);
            }
            _ => fail("check-error-member-age"),
        }
    };
    let done = move |_| {
        if !age.get_untracked().trim().is_empty() {
            fail("check-error-member-pending");
            return;
        }
        let list = members.get_untracked();
        screening.update(|a| a.members = Some(list));
        go_next.run(());
    };
    let list = move || {
        let ms = members.get();
        if ms.is_empty() {
            return view! { <p class="app-hint">{t("check-household-empty")}</p> }.into_any();
        }
        let items = ms
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let text = member_text(lang, m);
                let label = i18n::t_args(
                    lang,
                    "check-member-remove-label",
                    &[("number", i18n::Arg::Num(i as i64 + 1)), ("name", i18n::Arg::Str(&text))],
                );
                view! {
                    <li class="app-member">
                        <span>{i18n::t_args(lang, "check-member-number", &[("number", i18n::Arg::Num(i as i64 + 1))])} ": " {text}</span>
                        <button class="app-link-button" type="button" aria-label=label on:click=move |_| {
                            members.update(|ms| {
                                if i < ms.len() {
                                    ms.remove(i);
                                }
                            });
                            announced.set(t("check-member-removed"));
                        }>{t("check-member-remove")}</button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="app-members">{items}</ul> }.into_any()
    };
    let options = MemberDisability::ALL
        .into_iter()
        .map(|d| view! { <option value=d.slug() selected=move || disability.get() == d>{t(disability_message(d))}</option> })
        .collect_view();
    let done_label = move || {
        if members.with(Vec::is_empty) {
            t("check-household-alone-continue")
        } else {
            t("check-household-done")
        }
    };
    view! {
        <h1 class="app-heading-l">{fact.question.get(lang).to_string()}</h1>
        {fact.hint.as_ref().map(|h| view! { <p class="app-hint" id="q-hint">{h.get(lang).to_string()}</p> })}
        {list}
        <p class="app-visually-hidden" role="status">{move || announced.get()}</p>
        <fieldset class="app-fieldset app-panel">
            <legend class="app-fieldset__legend app-heading-m">{t("check-member-add-heading")}</legend>
            {inline_error(error)}
            <label class="app-label" for=INPUT>{t("check-member-age-label")}</label>
            <input
                class="app-input app-input--number"
                type="text"
                inputmode="numeric"
                id=INPUT
                autocomplete="off"
                prop:value=move || age.get()
                on:input=move |ev| age.set(event_target_value(&ev))
            />
            <label class="app-label" for="member-disability">{t("check-member-disability-label")}</label>
            <select class="app-select" id="member-disability" on:change=move |ev| {
                disability.set(MemberDisability::from_slug(&event_target_value(&ev)).unwrap_or_default());
            }>{options}</select>
            <div class="app-checkbox">
                <input
                    class="app-checkbox__input"
                    type="checkbox"
                    id="member-studying"
                    prop:checked=move || studying.get()
                    on:change=move |ev| studying.set(event_target_checked(&ev))
                />
                <label class="app-checkbox__label" for="member-studying">{t("check-member-studying")}</label>
            </div>
            <button class="app-button app-button--secondary" type="button" on:click=add>{t("check-member-add")}</button>
        </fieldset>
        <button class="app-button" type="button" on:click=done>{done_label}</button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalogue::{Lang, Text};

    fn fact(kind: FactKind) -> Fact {
        let text = Text {
            uk: "?".into(),
            en: "?".into(),
        };
        Fact {
            id: "x".into(),
            kind,
            question: text.clone(),
            hint: None,
            why: text,
            after: None,
            open: None,
            foreign: true,
        }
    }

    fn today() -> Date {
        Date::new(2026, 11, 25).unwrap()
    }

    #[test]
    fn amounts_accept_spaces_commas_and_the_currency() {
        let f = fact(FactKind::Money);
        for (text, want) in [
            ("12 000", 12000.0),
            ("1816,50", 1816.5),
            ("9444 грн", 9444.0),
            ("0", 0.0),
        ] {
            assert_eq!(
                parse_answer(&f, text, today(), Lang::Uk),
                Ok(Value::Number(want)),
                "{text}"
            );
        }
        assert_eq!(plain_amount(1816.5), "1816.50");
        assert_eq!(plain_amount(12000.0), "12000");
        for text in ["", "-5", "abc", "1e99", "1.234", "12345678901"] {
            assert!(parse_answer(&f, text, today(), Lang::Uk).is_err(), "{text}");
        }
    }

    #[test]
    fn numbers_outside_their_range_say_the_range() {
        let f = fact(FactKind::Number {
            min: 0,
            max: 120,
            unit: Text {
                uk: "років".into(),
                en: "years".into(),
            },
        });
        assert_eq!(
            parse_answer(&f, "67", today(), Lang::Uk),
            Ok(Value::Number(67.0))
        );
        let e = parse_answer(&f, "121", today(), Lang::En).unwrap_err();
        assert!(e.contains("120"), "{e}");
    }

    #[test]
    fn a_date_in_the_future_is_refused() {
        let f = fact(FactKind::Date);
        assert_eq!(
            parse_answer(&f, "2026-05-01", today(), Lang::Uk),
            Ok(Value::Date(Date::new(2026, 5, 1).unwrap()))
        );
        assert!(parse_answer(&f, "2026-12-01", today(), Lang::Uk).is_err());
        assert!(parse_answer(&f, "", today(), Lang::Uk).is_err());
    }

    #[test]
    fn an_amount_in_another_currency_keeps_its_currency_and_the_rate_if_given() {
        let f = fact(FactKind::Money);
        let zloty = |amount: f64, rate: Option<f64>| Value::Foreign {
            amount,
            currency: "PLN".into(),
            rate,
        };
        assert_eq!(
            parse_foreign(&f, "4 500", "PLN", "10,25", Lang::Uk),
            Ok(zloty(4500.0, Some(10.25)))
        );
        assert_eq!(
            parse_foreign(&f, "4500,50", "PLN", "9.8765", Lang::Uk),
            Ok(zloty(4500.5, Some(9.8765)))
        );
        // No rate: kept as given, not converted.
        assert_eq!(
            parse_foreign(&f, "4500", "PLN", " ", Lang::Uk),
            Ok(zloty(4500.0, None))
        );
        // Hryvnias stay a plain amount.
        assert_eq!(
            parse_foreign(&f, "12 000", "UAH", "", Lang::Uk),
            Ok(Value::Number(12000.0))
        );
    }

    #[test]
    fn a_rate_of_zero_below_zero_or_not_a_number_is_refused_at_its_field() {
        let f = fact(FactKind::Money);
        for rate in ["0", "0,0000", "-4", "abc", "10.12345", "1e3"] {
            let (at, message) = parse_foreign(&f, "4500", "PLN", rate, Lang::Uk).unwrap_err();
            assert_eq!(at, RATE, "{rate}");
            assert_eq!(message, i18n::t(Lang::Uk, "check-error-rate"), "{rate}");
        }
        let (at, _) = parse_foreign(&f, "abc", "PLN", "10", Lang::En).unwrap_err();
        assert_eq!(at, INPUT);
    }

    #[test]
    fn a_rate_is_shown_as_given() {
        assert_eq!(super::super::rate_text(Lang::Uk, 10.25), "10,25");
        assert_eq!(super::super::rate_text(Lang::En, 9.8765), "9.8765");
        assert_eq!(super::super::rate_text(Lang::En, 4.0), "4");
    }
}
