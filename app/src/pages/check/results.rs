//! The results — likely / maybe (what is missing) / not now (why, and what would change it) — and
//! the personal route of support built from them.

use super::{RulesState, foreign_note, money, question_href};
use crate::browser;
use crate::components::PageTitle;
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::screening::use_screening;
use crate::state::use_choice;
use catalogue::Lang;
use leptos::prelude::*;
use rules::screener::next_question;
use rules::{Estimate, Rules, Status, Tri, Verdict, evaluate_all};

/// `/check/results`.
#[component]
pub fn CheckResults() -> impl IntoView {
    data::need_rules();
    let rules = data::use_rules();
    let screening = use_screening();
    let body = move || {
        let rules = rules.get()?;
        let today = browser::today();
        let answers = screening.answers.get();
        // The chosen community's own programmes with conditions are decided like the national ones.
        let local = crate::community_data::local_rules();
        let verdicts = rules::local::evaluate_with(rules, local, &answers, today);
        let next = rules::local::next_question_with(rules, local, &answers, today);
        let group = |status: Status, heading: &str, lead: &str| {
            let items: Vec<_> = verdicts
                .iter()
                .filter(|v| v.status == status)
                .map(|v| view! { <Result rules=rules verdict=v.clone()/> })
                .collect();
            let n = items.len();
            (n > 0).then(|| {
                view! {
                    <section class="app-section">
                        <h2 class="app-heading-l">{t(heading)} " (" {n} ")"</h2>
                        <p class="app-hint">{t(lead)}</p>
                        <ul class="app-results">{items}</ul>
                    </section>
                }
            })
        };
        let unruled = data::catalogue().programmes.len() - rules.programmes.len();
        Some(view! {
            {next.map(|(f, decides)| view! {
                <div class="app-panel">
                    <p>{i18n::t_count(use_lang(), "check-more-questions", decides.len() as i64)}</p>
                    <a href=question_href(&f.id, false) class="app-button">{t("check-continue")}</a>
                </div>
            })}
            {group(Status::Likely, "check-likely", "check-likely-lead")}
            {group(Status::Maybe, "check-maybe", "check-maybe-lead")}
            {group(Status::NotNow, "check-not-now", "check-not-now-lead")}
            {local_programmes()}
            <p class="app-hint">
                {i18n::t_count(use_lang(), "check-unruled", unruled as i64)} " "
                <a href=href("/catalogue")>{t("nav-catalogue")}</a>
            </p>
        })
    };
    view! {
        <PageTitle text=t("check-results-title")/>
        <h1 class="app-heading-xl">{t("check-results-title")}</h1>
        <p class="app-lead">{t("check-results-lead")}</p>
        <RulesState/>
        <p class="app-actions">
            <a href=href("/check/plan") class="app-button">{t("check-plan-link")}</a>
        </p>
        {body}
        <p class="app-actions">
            <a href=href("/check/answers")>{t("check-your-answers")}</a>
        </p>
    }
}

/// The chosen community's own programmes (issue 15) that have no conditions for the check: it
/// lists them to look at, each linking to its page (those with conditions have their verdicts
/// among the others).
fn local_programmes() -> Option<impl IntoView> {
    let lang = use_lang();
    let local = crate::community_data::local()?;
    let ruled = local.check_rules();
    let unruled: Vec<_> = local
        .catalogue
        .programmes
        .iter()
        .filter(|p| !ruled.iter().any(|r| r.programme == p.id))
        .collect();
    (!unruled.is_empty()).then(|| {
        let items = unruled
            .into_iter()
            .map(|p| {
                view! { <li><a href=href(&format!("/service/{}", p.id))>{p.title.get(lang)}</a></li> }
            })
            .collect_view();
        view! {
            <section class="app-section" aria-labelledby="check-local-heading">
                <h2 class="app-heading-l" id="check-local-heading">{t("check-local")}</h2>
                <p class="app-hint">{t("check-local-lead")}</p>
                <ul class="app-list app-list--bullet">{items}</ul>
            </section>
        }
    })
}

/// An estimate in words: «≈ 10 000 грн на місяць», with the date of the values used.
fn estimate_text(lang: Lang, e: &Estimate) -> String {
    let period = if e.monthly {
        "check-per-month"
    } else {
        "check-once"
    };
    format!(
        "≈ {} {} ({})",
        money(lang, e.value_uah),
        i18n::t(lang, period),
        i18n::t_args(
            lang,
            "check-values-of",
            &[("date", i18n::Arg::Str(&e.values_of.dotted()))]
        )
    )
}

/// One programme's verdict with its reasons.
#[component]
fn Result(
    /// The rules, for the questions still missing.
    rules: &'static Rules,
    /// The verdict.
    verdict: Verdict<'static>,
) -> impl IntoView {
    let lang = use_lang();
    let v = verdict;
    // A community's own programme: its entry is in the community's file, and its conditions
    // rest on the council's decision, linked in place of the national pages' "how it is decided".
    let own = crate::community_data::local().and_then(|l| l.get(v.programme));
    let title = data::catalogue()
        .get(v.programme)
        .or(own)
        .map(|p| p.title.get(lang).to_string())
        .unwrap_or_else(|| v.programme.to_string());
    let decision = own.and_then(|p| p.legal.first()).map(|act| {
        view! {
            <p>{t("check-local-decision")} " "
                <a href=act.url.clone() target="_blank" rel="noopener">{act.title.get(lang).to_string()} " № " {act.number.clone()} " " {t("opens-new-tab")}</a>
            </p>
        }
    });
    let link = href(&format!("/service/{}", v.programme));
    // A page no app takes over, in a new tab: the answers, in memory only unless the person asked
    // to keep them, stay with these results (a `target` also keeps the router out: pushed by the
    // router and loaded in place of that entry, the page would not be left by Back).
    let how_decided = href(&crate::url::how_decided(v.programme));
    let title_again = title.clone();
    let estimate = (v.status != Status::NotNow)
        .then_some(v.estimate)
        .flatten()
        .filter(|e| e.value_uah > 0.0)
        .map(|e| view! { <p class="app-amount">{estimate_text(lang, &e)}</p> });
    // An amount in another currency without a rate: the conditions it leaves open say so.
    let unconverted: Vec<String> = v
        .foreign
        .iter()
        .filter(|f| f.rate.is_none())
        .map(|f| foreign_note(lang, f))
        .collect();
    let unconverted_said = v.reasons.iter().any(|r| r.unconverted);
    // The rate each amount was converted at (or, if no condition said it, that it was not).
    let foreign = v
        .foreign
        .iter()
        .filter(|f| f.rate.is_some() || !unconverted_said)
        .map(|f| view! { <p class="app-notice">{foreign_note(lang, f)}</p> })
        .collect_view();
    let reasons = v
        .reasons
        .iter()
        .map(|r| {
            let text = if r.unconverted && !unconverted.is_empty() {
                unconverted.join(" ")
            } else {
                r.text.get(lang).to_string()
            };
            let (class, prefix) = match r.tri {
                Tri::Yes => ("app-reason app-reason--met", "check-reason-met"),
                Tri::No => ("app-reason app-reason--unmet", "check-reason-unmet"),
                Tri::Unknown => ("app-reason app-reason--unknown", "check-reason-unknown"),
            };
            view! {
                <li class=class>
                    <span class="app-reason__prefix">{t(prefix)}</span> " "
                    {text}
                </li>
            }
        })
        .collect_view();
    let missing = (!v.missing.is_empty()).then(|| {
        let links = v
            .missing
            .iter()
            .filter_map(|id| rules.fact(id))
            .map(|f| {
                view! { <li><a href=question_href(&f.id, false)>{f.question.get(lang).to_string()}</a></li> }
            })
            .collect_view();
        view! {
            <p class="app-result__label">{t("check-missing")}</p>
            <ul class="app-list app-list--bullet">{links}</ul>
        }
    });
    // A note already given as a reason is not repeated.
    let disputes = v
        .disputes
        .iter()
        .filter(|d| !v.reasons.iter().any(|r| std::ptr::eq(r.text, **d)))
        .map(|d| view! { <p class="app-notice">{d.get(lang).to_string()}</p> })
        .collect_view();
    let changes = (!v.changes.is_empty()).then(|| {
        let items = v
            .changes
            .iter()
            .map(|c| view! { <li>{c.get(lang).to_string()}</li> })
            .collect_view();
        view! {
            <p class="app-result__label">{t("check-would-change")}</p>
            <ul class="app-list app-list--bullet">{items}</ul>
        }
    });
    let stale = v.stale_values.map(|d| {
        view! {
            <p class="app-hint">
                {i18n::t_args(lang, "check-stale", &[("date", i18n::Arg::Str(&d.dotted()))])}
            </p>
        }
    });
    view! {
        <li class="app-result">
            <h3 class="app-heading-s"><a href=link>{title}</a></h3>
            {estimate}
            <ul class="app-reasons">{reasons}</ul>
            {foreign}
            {missing}
            {disputes}
            {changes}
            {stale}
            {match decision {
                Some(d) => d.into_any(),
                None => view! {
                    <p><a href=how_decided target="_blank" rel="noopener">{t("check-how-decided")}<span class="app-visually-hidden">": " {title_again}</span> " " {t("opens-new-tab")}</a></p>
                }.into_any(),
            }}
        </li>
    }
}

/// `/check/plan`: the steps in order, where to go, deadlines, what stops a payment, what living
/// abroad or returning changes, and a social worker of the community. Printable.
#[component]
pub fn CheckPlan() -> impl IntoView {
    data::need_rules();
    data::need_communities();
    let rules = data::use_rules();
    let screening = use_screening();
    let choice = use_choice();
    let lang = use_lang();
    let body = move || {
        let rules = rules.get()?;
        let today = browser::today();
        let answers = screening.answers.get();
        let verdicts = evaluate_all(rules, &answers, today);
        let route = rules::plan::route(rules, &verdicts, &answers);
        let name = move |id: &str| programme_name(id, lang);
        // Living abroad: said in the check, or chosen with the community.
        let country = choice.abroad.get();
        let abroad_notes = (answers.bool("abroad") == Some(true) || country.is_some())
            .then(|| view! { <AbroadNotes notes=rules::plan::abroad(rules, country.as_deref())/> });
        if route.steps.is_empty() {
            // No steps because nothing applies, or because questions wait for an answer.
            let empty = if next_question(rules, &answers, today).is_some() {
                "check-plan-empty"
            } else {
                "check-plan-none"
            };
            return Some(view! { <p>{t(empty)}</p> {abroad_notes} }.into_any());
        }
        let steps = route
            .steps
            .into_iter()
            .map(|s| {
                let due = s.due.map(|d| {
                    view! {
                        <p class="app-plan__due">
                            <strong>{i18n::t_args(lang, "check-due", &[("date", i18n::Arg::Str(&d.dotted()))])}</strong>
                            " " {s.step.deadline.as_ref().map(|d| d.text.get(lang).to_string())}
                        </p>
                    }
                });
                let place = s
                    .step
                    .place
                    .as_ref()
                    .map(|p| view! { <p><span class="app-result__label">{t("check-where")}</span> " " {p.get(lang).to_string()}</p> });
                let online = s.step.online.clone().map(|url| {
                    view! { <p><a href=url rel="external noopener">{t("check-online")}</a></p> }
                });
                let programmes = s
                    .programmes
                    .into_iter()
                    .map(|id| view! { <li><a href=href(&format!("/service/{id}"))>{name(id)}</a></li> })
                    .collect_view();
                view! {
                    <li class="app-plan__step">
                        <p class="app-plan__text">{s.step.text.get(lang).to_string()}</p>
                        {place}
                        {online}
                        {due}
                        <p class="app-hint">{t("check-for")}</p>
                        <ul class="app-list app-list--bullet">{programmes}</ul>
                    </li>
                }
            })
            .collect_view();
        let stops = (!route.stops.is_empty()).then(|| {
            let items = route
                .stops
                .into_iter()
                .map(|(id, text)| view! { <li><strong>{name(id)}</strong> ": " {text.get(lang).to_string()}</li> })
                .collect_view();
            view! {
                <h2 class="app-heading-m">{t("check-stops")}</h2>
                <ul class="app-list app-list--bullet">{items}</ul>
            }
        });
        // For a person abroad, the notes below say it all, for every programme.
        let abroad = (!route.abroad.is_empty() && abroad_notes.is_none()).then(|| {
            let items = route
                .abroad
                .into_iter()
                .map(|(id, text)| view! { <li><strong>{name(id)}</strong> ": " {text.get(lang).to_string()}</li> })
                .collect_view();
            view! {
                <h2 class="app-heading-m">{t("check-abroad")}</h2>
                <ul class="app-list app-list--bullet">{items}</ul>
            }
        });
        Some(
            view! {
                <ol class="app-plan">{steps}</ol>
                {stops}
                {abroad}
                {abroad_notes}
            }
            .into_any(),
        )
    };
    let community = move || {
        let code = choice.community.get()?;
        let all = data::use_communities().get()?;
        all.get(&code)
            .map(|c| crate::components::community_title(c, lang))
    };
    view! {
        <PageTitle text=t("check-plan-title")/>
        <h1 class="app-heading-xl">{t("check-plan-title")}</h1>
        <p class="app-lead">{t("check-plan-lead")}</p>
        <RulesState/>
        {body}
        <h2 class="app-heading-m">{t("check-worker-heading")}</h2>
        <p>{t("check-worker-body")}</p>
        <p>
            {move || match community() {
                Some(name) => i18n::t_args(lang, "check-worker-community", &[("name", i18n::Arg::Str(&name))]),
                None => t("check-worker-no-community"),
            }}
            " " <a href=href("/community")>{t("home-community-choose")}</a>
        </p>
        {move || choice.community.get().map(|code| view! {
            <crate::components::CommunityContacts code=code heading=false/>
        })}
        <p><a class="app-button app-no-print" href=href("/apply/social-accompaniment")>{t("check-worker-ask")}</a></p>
        <p class="app-hint">{t("check-worker-handover")}</p>
        <p class="app-actions app-no-print">
            <button class="app-button app-button--secondary" type="button" on:click=|_| browser::print()>
                {t("check-print")}
            </button>
            " " <a href=href("/check/results")>{t("check-see-results")}</a>
        </p>
    }
}

/// A programme's title in `lang`.
fn programme_name(id: &str, lang: Lang) -> String {
    data::catalogue()
        .get(id)
        .map(|p| p.title.get(lang).to_string())
        .unwrap_or_default()
}

/// What a person abroad can do from there, what stops, what a return changes and the Unity Hubs
/// the facts name for their country, each with what it rests on.
#[component]
fn AbroadNotes(
    /// The notes, in the order to show them (`rules::plan::abroad`).
    notes: Vec<&'static rules::model::AbroadNote>,
) -> impl IntoView {
    let lang = use_lang();
    let items = notes
        .into_iter()
        .map(|n| {
            let programme = n.programme.as_deref().map(|id| {
                view! { <strong><a href=href(&format!("/service/{id}"))>{programme_name(id, lang)}</a></strong> ": " }
            });
            let sources = n
                .basis
                .iter()
                .flat_map(|b| b.sources.iter())
                .map(|url| view! { " " <a href=url.clone() rel="external noopener">{source_host(url)}</a> })
                .collect_view();
            view! {
                <li>
                    {programme}
                    {n.text.get(lang).to_string()}
                    <span class="app-hint app-abroad__source">" " {t("check-abroad-rests-on")} {sources}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="app-abroad" aria-labelledby="abroad-heading">
            <h2 class="app-heading-m" id="abroad-heading">{t("check-abroad-heading")}</h2>
            <p>{t("check-abroad-apply")}</p>
            <ul class="app-list app-list--bullet">{items}</ul>
        </section>
    }
}

/// A source's host, as a link's text: `https://www.rbc.ua/…` → `rbc.ua`.
fn source_host(url: &str) -> String {
    let host = url.split("://").nth(1).unwrap_or(url);
    let host = host.split('/').next().unwrap_or(host);
    host.strip_prefix("www.").unwrap_or(host).to_string()
}
