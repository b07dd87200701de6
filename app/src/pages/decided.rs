//! `/service/{id}/how-decided`: how the eligibility check decides a programme, for a citizen who
//! wants to know why and a social worker who audits the rule without reading its TOML. Each
//! condition in plain words with the questions it asks, the wording of the sources it rests on and
//! how sure they are, the dated values the amount uses, where the sources disagree, the legal acts
//! and the test cases the rules must pass.
//!
//! Only pre-rendering writes these pages ([`crate::url::Part::Static`]): no app takes them over, so
//! no app's module carries this code or its texts (the `[static]` section of the `.ftl` files).

use crate::components::PageTitle;
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::pages::check::money;
use crate::pages::{NotFound, display_url, legal_number};
use crate::router::use_params_map;
use catalogue::model::{Programme, SourceStatus};
use catalogue::{Lang, Text};
use leptos::prelude::*;
use rules::model::{
    Basis, CaseSummary, Certainty, Criterion, Formula, InForce, ParamValue, Parameter, Unit,
};
use rules::{ProgrammeRules, Rules};
use std::sync::LazyLock;

const CASES_JSON: &str = include_str!("../../../data/generated/rule-cases.json");

/// Every programme's rule cases, as the importer wrote them.
static CASES: LazyLock<Vec<CaseSummary>> = LazyLock::new(|| {
    serde_json::from_str(CASES_JSON).expect("data/generated/rule-cases.json is checked by tests")
});

/// The message id of a source's status.
fn certainty_message(c: Certainty) -> &'static str {
    match c {
        Certainty::Official => "source-official",
        Certainty::Secondary => "source-secondary",
        Certainty::Unverified => "source-unverified",
        Certainty::Disputed => "decided-source-disputed",
    }
}

/// The page of the programme whose id is in the address.
#[component]
pub fn HowDecidedPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.read_untracked().get("id").unwrap_or_default();
    let (Some(programme), Some(rules)) = (data::details(&id), data::rules()) else {
        return view! { <NotFound/> }.into_any();
    };
    view! { <HowDecided programme=programme rules=rules/> }.into_any()
}

#[component]
fn HowDecided(programme: &'static Programme, rules: &'static Rules) -> impl IntoView {
    let lang = use_lang();
    let p = programme;
    let title = p.title.get(lang).to_string();
    let heading = i18n::t_args(lang, "decided-title", &[("title", i18n::Arg::Str(&title))]);
    let body = match rules.programme(&p.id) {
        Some(r) => view! { <Decided programme=p rules=rules decided=r/> }.into_any(),
        None => view! { <NotDecided programme=p/> }.into_any(),
    };
    view! {
        <PageTitle text=heading.clone()/>
        <nav class="app-breadcrumbs" aria-label=t("breadcrumbs")>
            <ol>
                <li><a href=href("/")>{t("nav-home")}</a></li>
                <li><a href=href("/catalogue")>{t("nav-catalogue")}</a></li>
                <li><a href=href(&format!("/service/{}", p.id))>{title}</a></li>
            </ol>
        </nav>
        <h1 class="app-heading-xl">{heading}</h1>
        {body}
        <h2 class="app-heading-m">{t("service-legal")}</h2>
        <ul class="app-list app-list--bullet">
            {p.legal.iter().map(|act| view! {
                <li>
                    <a href=act.url.clone() rel="external noopener" hreflang="uk">
                        {format!("{} ({})", act.title.get(lang), legal_number(lang, act))}
                    </a>
                </li>
            }).collect_view()}
        </ul>
        <p class="app-hint">{t("service-sources-note")}</p>
        <p class="app-hint">{t("service-facts-date")}</p>
        <p class="app-actions">
            <a href=href(&format!("/service/{}", p.id))>{t("decided-back-to-service")}</a>
            " "
            <a href=href("/check")>{t("decided-to-check")}</a>
        </p>
    }
}

/// A programme the check does not decide: who it is for, as the sources say.
#[component]
fn NotDecided(programme: &'static Programme) -> impl IntoView {
    let lang = use_lang();
    let p = programme;
    view! {
        <p class="app-lead">{t("decided-none-lead")}</p>
        <h2 class="app-heading-m">{t("service-who")}</h2>
        <ul class="app-list app-list--bullet">
            {p.who.iter().map(|w| view! { <li>{w.get(lang).to_string()}</li> }).collect_view()}
        </ul>
        <h2 class="app-heading-m">{t("service-sources")}</h2>
        <ul class="app-list app-list--sources">
            {p.sources.iter().map(|s| {
                let status = match s.status {
                    SourceStatus::Official => Certainty::Official,
                    SourceStatus::Secondary => Certainty::Secondary,
                    SourceStatus::Unverified => Certainty::Unverified,
                };
                view! { <li><Status certainty=status/> " " <SourceLink url=s.url.clone()/></li> }
            }).collect_view()}
        </ul>
    }
}

/// A programme the check decides: its verdicts, when it takes applications, its conditions, the
/// amount, the disputes and the cases.
#[component]
fn Decided(
    programme: &'static Programme,
    rules: &'static Rules,
    decided: &'static ProgrammeRules,
) -> impl IntoView {
    let lang = use_lang();
    let r = decided;
    let conditions = r
        .criteria
        .iter()
        .map(|c| view! { <Condition rules=rules criterion=c/> })
        .collect_view();
    // Every parameter the amount and the conditions read, once, in the order first read.
    let mut ids: Vec<String> = r.amount.params().into_iter().map(str::to_string).collect();
    for c in &r.criteria {
        c.test.params(&mut ids);
    }
    let mut seen = Vec::new();
    ids.retain(|id| {
        !seen.contains(id) && {
            seen.push(id.clone());
            true
        }
    });
    let values = ids
        .iter()
        .filter_map(|id| rules.parameter(id))
        .map(|param| view! { <Values param=param/> })
        .collect_view();
    let disputes = disputes(programme, rules, r);
    let disputes = if disputes.is_empty() {
        view! { <p>{t("decided-no-disputes")}</p> }.into_any()
    } else {
        view! {
            <ul class="app-list app-list--bullet">
                {disputes.into_iter().map(|d| view! { <li>{d.get(lang).to_string()}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let cases: Vec<&CaseSummary> = CASES
        .iter()
        .filter(|c| c.programme == r.programme)
        .collect();
    view! {
        <p class="app-lead">{t("decided-lead")}</p>
        <h2 class="app-heading-m">{t("decided-verdicts")}</h2>
        <ul class="app-list app-list--bullet">
            <li><strong>{t("check-likely")}</strong> ": " {t("decided-verdict-likely")}</li>
            <li><strong>{t("check-maybe")}</strong> ": " {t("decided-verdict-maybe")}</li>
            <li><strong>{t("check-not-now")}</strong> ": " {t("decided-verdict-not-now")}</li>
        </ul>
        {r.in_force.as_ref().map(|f| view! { <InForceView in_force=f/> })}
        <h2 class="app-heading-m">{t("decided-conditions")}</h2>
        {if r.criteria.is_empty() {
            view! { <p>{t("decided-no-conditions")}</p> }.into_any()
        } else {
            view! { <ol class="app-criteria">{conditions}</ol> }.into_any()
        }}
        <h2 class="app-heading-m">{t("decided-amount")}</h2>
        <p>{t(formula_message(&r.amount))}</p>
        {(!ids.is_empty()).then(|| view! { <p>{t("decided-values-lead")}</p> })}
        {values}
        <h2 class="app-heading-m">{t("decided-disputes")}</h2>
        {disputes}
        <h2 class="app-heading-m">{t("decided-cases")}</h2>
        <p>{t("decided-cases-lead")}</p>
        <ul class="app-list app-list--bullet">
            {cases.into_iter().map(|c| view! { <CaseItem case=c/> }).collect_view()}
        </ul>
    }
}

/// When the programme takes new applications.
#[component]
fn InForceView(in_force: &'static InForce) -> impl IntoView {
    let lang = use_lang();
    let f = in_force;
    let dates = match (f.from, f.until) {
        (Some(from), Some(until)) => Some(i18n::t_args(
            lang,
            "decided-in-force-between",
            &[
                ("from", i18n::Arg::Str(&from.dotted())),
                ("until", i18n::Arg::Str(&until.dotted())),
            ],
        )),
        (Some(from), None) => Some(i18n::t_args(
            lang,
            "decided-in-force-from",
            &[("from", i18n::Arg::Str(&from.dotted()))],
        )),
        (None, Some(until)) => Some(i18n::t_args(
            lang,
            "decided-in-force-until",
            &[("until", i18n::Arg::Str(&until.dotted()))],
        )),
        (None, None) => None,
    };
    view! {
        <h2 class="app-heading-m">{t("decided-in-force")}</h2>
        {dates.map(|d| view! { <p>{d}</p> })}
        <p>{f.note.get(lang).to_string()}</p>
    }
}

/// One condition: in plain words, the questions it asks, what it rests on.
#[component]
fn Condition(rules: &'static Rules, criterion: &'static Criterion) -> impl IntoView {
    let lang = use_lang();
    let c = criterion;
    // The questions behind the condition: a fact the engine computes (the origin is on the list)
    // stands for the facts it is computed from.
    let mut used = Vec::new();
    c.test.facts(&mut used);
    let mut facts: Vec<&str> = Vec::new();
    for id in &used {
        let inputs = rules::answers::DERIVED
            .iter()
            .find(|(d, _)| d == id)
            .map_or_else(|| vec![id.as_str()], |(_, from)| from.to_vec());
        for input in inputs {
            if !facts.contains(&input) {
                facts.push(input);
            }
        }
    }
    let questions = facts
        .iter()
        .filter_map(|id| rules.fact(id))
        .map(|f| view! { <li>{f.question.get(lang).to_string()}</li> })
        .collect_view();
    view! {
        <li class="app-criterion">
            <p class="app-criterion__text"><strong>{c.met.get(lang).to_string()}</strong></p>
            <p><span class="app-result__label">{t("decided-if-not")}</span> " " {c.unmet.get(lang).to_string()}</p>
            {(!facts.is_empty()).then(|| view! {
                <p class="app-result__label">{t("decided-asks")}</p>
                <ul class="app-list app-list--bullet">{questions}</ul>
            })}
            <p class="app-result__label">{t("decided-rests-on")}</p>
            <ul class="app-list app-list--sources">
                {c.basis.iter().map(|b| view! { <BasisItem basis=b/> }).collect_view()}
            </ul>
            {(!c.readings.is_empty()).then(|| view! { <p class="app-notice">{t("decided-readings")}</p> })}
            {c.open.as_ref().map(|o| view! { <p class="app-notice">{o.get(lang).to_string()}</p> })}
        </li>
    }
}

/// A fact of the sources: its wording (in Ukrainian, as the sources have it), status and sources.
#[component]
fn BasisItem(basis: &'static Basis) -> impl IntoView {
    view! {
        <li>
            <Status certainty=basis.status/> " "
            <q lang="uk">{basis.quote.clone()}</q>
            {basis.sources.iter().map(|url| view! { " " <SourceLink url=url.clone()/> }).collect_view()}
        </li>
    }
}

/// A parameter's values over time, each with its legal act and sources.
#[component]
fn Values(param: &'static Parameter) -> impl IntoView {
    let lang = use_lang();
    view! {
        <h3 class="app-heading-s">{param.title.get(lang).to_string()}</h3>
        <ul class="app-list app-list--sources">
            {param.values.iter().map(|v| view! { <ValueItem unit=param.unit value=v/> }).collect_view()}
        </ul>
    }
}

#[component]
fn ValueItem(unit: Unit, value: &'static ParamValue) -> impl IntoView {
    let lang = use_lang();
    let v = value;
    let period = match v.until {
        Some(until) => i18n::t_args(
            lang,
            "decided-period",
            &[
                ("from", i18n::Arg::Str(&v.from.dotted())),
                ("until", i18n::Arg::Str(&until.dotted())),
            ],
        ),
        None => i18n::t_args(
            lang,
            "decided-period-open",
            &[("from", i18n::Arg::Str(&v.from.dotted()))],
        ),
    };
    view! {
        <li>
            <strong>{period} ": " {value_text(lang, unit, v.value)}</strong>
            {v.legal.as_ref().map(|l| view! { " (" {l.clone()} ")" })}
            <br/>
            <Status certainty=v.status/> " "
            <q lang="uk">{v.quote.clone()}</q>
            {v.sources.iter().map(|url| view! { " " <SourceLink url=url.clone()/> }).collect_view()}
            {v.conflict.as_ref().map(|c| view! {
                <p class="app-notice">
                    {i18n::t_args(lang, "decided-conflict", &[("value", i18n::Arg::Str(&value_text(lang, unit, c.value)))])}
                    " " {c.note.get(lang).to_string()}
                </p>
            })}
            {v.open.as_ref().map(|o| view! { <p class="app-notice">{o.get(lang).to_string()}</p> })}
        </li>
    }
}

fn value_text(lang: Lang, unit: Unit, value: f64) -> String {
    match unit {
        Unit::UahMonthly => format!(
            "{} {}",
            money(lang, value),
            i18n::t(lang, "check-per-month")
        ),
        Unit::UahOnce => format!("{} {}", money(lang, value), i18n::t(lang, "check-once")),
        Unit::Number => {
            let s = value.to_string();
            if lang == Lang::Uk {
                s.replace('.', ",")
            } else {
                s
            }
        }
    }
}

/// One test case as a sentence, with the verdict it must give.
#[component]
fn CaseItem(case: &'static CaseSummary) -> impl IntoView {
    let lang = use_lang();
    let c = case;
    let verdict = match c.expect.as_str() {
        "likely" => t("check-likely"),
        "maybe" => t("check-maybe"),
        _ => t("check-not-now"),
    };
    let mut outcome = i18n::t_args(
        lang,
        "decided-case-outcome",
        &[
            ("date", i18n::Arg::Str(&c.date.dotted())),
            ("verdict", i18n::Arg::Str(&verdict)),
        ],
    );
    if let Some(amount) = c.amount {
        outcome.push_str(&format!(", {}", money(lang, amount)));
    }
    view! {
        <li>
            <span lang="en">{c.name.clone()}</span>
            " — " {outcome}
            {c.follows.as_ref().map(|f| view! { " " <span class="app-hint">"(" {t("decided-case-follows")} " " <span lang="en">{f.clone()}</span> ")"</span> })}
        </li>
    }
}

/// Where the sources leave the check open: the programme's dates, conditions and values that rest
/// on unverified or disputed facts, and the catalogue's caveats.
fn disputes(p: &'static Programme, rules: &'static Rules, r: &'static ProgrammeRules) -> Vec<Text> {
    let mut out: Vec<Text> = Vec::new();
    if let Some(f) = &r.in_force
        && (f.disputed_until.is_some() || f.known_from.is_some() || f.known_until.is_some())
    {
        out.push(f.note.clone());
    }
    for c in &r.criteria {
        if let Some(o) = &c.open {
            out.push(o.clone());
        }
    }
    let mut params: Vec<String> = r.amount.params().into_iter().map(str::to_string).collect();
    for c in &r.criteria {
        c.test.params(&mut params);
    }
    for param in params.iter().filter_map(|id| rules.parameter(id)) {
        for v in &param.values {
            if let Some(c) = &v.conflict {
                out.push(c.note.clone());
            }
            if let Some(o) = &v.open {
                out.push(o.clone());
            }
        }
    }
    out.extend(p.caveats.iter().cloned());
    let mut unique: Vec<Text> = Vec::new();
    for d in out {
        if !unique.contains(&d) {
            unique.push(d);
        }
    }
    unique
}

fn formula_message(f: &Formula) -> &'static str {
    match f {
        Formula::Fixed { on: None, .. } => "decided-formula-fixed",
        Formula::Fixed { on: Some(_), .. } => "decided-formula-fixed-on",
        Formula::PerPerson { .. } => "decided-formula-per-person",
        Formula::Cases(_) => "decided-formula-cases",
        Formula::DisabilityGroup { .. } => "decided-formula-disability-group",
        Formula::Subgroup { .. } => "decided-formula-subgroup",
        Formula::BaseShares { .. } => "decided-formula-base-shares",
        Formula::ChildGap { .. } => "decided-formula-child-gap",
        Formula::NotEstimated => "decided-formula-not-estimated",
    }
}

/// A source's status as a tag.
#[component]
fn Status(certainty: Certainty) -> impl IntoView {
    view! {
        <span class=format!("app-tag app-tag--{}", certainty.slug())>{t(certainty_message(certainty))}</span>
    }
}

/// A link to a source, its address shortened for reading.
#[component]
fn SourceLink(url: String) -> impl IntoView {
    let shown = display_url(&url);
    view! { <a href=url rel="external noopener noreferrer" class="app-source">{shown}</a> }
}
