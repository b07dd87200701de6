//! Which settlement the person left, where the list names only part of their community: the
//! community's settlements as radio buttons, narrowed by a search field as the community picker
//! searches (issue 12).

use super::question::{INPUT, Parsed, described_by, inline_error};
use crate::data;
use crate::locale::{t, use_lang};
use crate::screening::use_screening;
use catalogue::Lang;
use catalogue::communities::{Settlement, SettlementKind};
use catalogue::hostilities::settlement_listing;
use catalogue::search::matches_settlement;
use leptos::prelude::*;
use rules::{Fact, Value};

/// How many settlements the list shows at once: a community may have more than a hundred.
const SHOWN: usize = 30;

/// A settlement's name as the list shows it, with its category: «Капулівка, село».
pub fn settlement_label(s: &Settlement, lang: Lang) -> String {
    let name = match lang {
        Lang::Uk => &s.name,
        Lang::En => &s.name_en,
    };
    let kind = match s.kind {
        SettlementKind::City => "check-settlement-city",
        SettlementKind::Town => "check-settlement-town",
        SettlementKind::Village => "check-settlement-village",
    };
    format!("{name}, {}", i18n::t(lang, kind))
}

/// The settlement the person left, chosen among the settlements of the community answered to
/// the fact this one comes after.
#[component]
pub fn SettlementForm(
    /// The fact asked.
    fact: &'static Fact,
    /// Receives the answer or the error.
    submit: Callback<Parsed>,
    /// The error shown.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let communities = data::use_communities();
    let answers = use_screening().answers;
    let community_code = StoredValue::new(answers.with_untracked(|a| {
        match fact.after.as_deref().and_then(|f| a.values.get(f)) {
            Some(Value::Origin { code, .. } | Value::Place { code, .. }) => Some(code.clone()),
            _ => None,
        }
    }));
    let chosen = RwSignal::new(answers.with_untracked(|a| match a.values.get(&fact.id) {
        Some(Value::Origin { code, .. }) => code.clone(),
        _ => String::new(),
    }));
    let text = RwSignal::new(String::new());
    let community = move || {
        let all = communities.get()?;
        community_code.with_value(|code| all.get(code.as_deref()?))
    };
    // The settlements that match what is typed (indices into the community's parts).
    let found = Memo::new(move |_| {
        community()
            .map(|c| matches_settlement(&c.parts, &text.get()))
            .unwrap_or_default()
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let answer = community().and_then(|c| {
            let chosen = chosen.get_untracked();
            let s = match c.parts.iter().find(|s| s.code == chosen) {
                Some(s) => s,
                // Enter in the search field when one settlement is left: that one.
                None => match found.get_untracked()[..] {
                    [i] if !text.get_untracked().trim().is_empty() => &c.parts[i],
                    _ => return None,
                },
            };
            Some(Value::Origin {
                code: s.code.clone(),
                listing: settlement_listing(c, s),
            })
        });
        submit.run(answer.ok_or_else(|| t("check-error-settlement")));
    };
    let question = fact.question.get(lang).to_string();
    let has_hint = fact.hint.is_some();
    let hint = fact
        .hint
        .as_ref()
        .map(|h| view! { <p class="app-hint" id="q-hint">{h.get(lang).to_string()}</p> });
    let group_class = move || {
        if error.get().is_some() {
            "app-form-group app-form-group--error"
        } else {
            "app-form-group"
        }
    };
    // What the search found, said to screen readers as it changes (the element stays).
    let status = move || {
        let n = found.get().len();
        if community().is_none() {
            if communities.get().is_none() {
                t("community-loading")
            } else {
                t("check-settlement-no-community")
            }
        } else if n == 0 {
            t("check-settlement-none")
        } else if n > SHOWN {
            format!(
                "{} {}",
                i18n::t_count(lang, "check-settlement-found", n as i64),
                i18n::t_args(
                    lang,
                    "check-settlement-more",
                    &[("shown", i18n::Arg::Num(SHOWN as i64))]
                )
            )
        } else {
            i18n::t_count(lang, "check-settlement-found", n as i64)
        }
    };
    // At most SHOWN of them as radio buttons; the one chosen stays in the list, first, while
    // the search would hide it.
    let list = move || {
        let c = community()?;
        let chosen_now = chosen.get();
        let mut shown: Vec<usize> = found.get().into_iter().take(SHOWN).collect();
        if let Some(i) = c.parts.iter().position(|s| s.code == chosen_now)
            && !shown.contains(&i)
        {
            shown.insert(0, i);
        }
        let radios = shown
            .into_iter()
            .map(|i| {
                let s = &c.parts[i];
                let id = format!("q-settlement-{}", s.code);
                let code = s.code.clone();
                let checked = s.code.clone();
                view! {
                    <div class="app-radios__item">
                        <input
                            class="app-radios__input"
                            type="radio"
                            name="answer"
                            id=id.clone()
                            value=s.code.clone()
                            prop:checked=move || chosen.get() == checked
                            on:change=move |_| chosen.set(code.clone())
                        />
                        <label class="app-radios__label" for=id>{settlement_label(s, lang)}</label>
                    </div>
                }
            })
            .collect_view();
        let legend = i18n::t_args(
            lang,
            "check-settlement-list",
            &[(
                "community",
                i18n::Arg::Str(&crate::components::community_title(c, lang)),
            )],
        );
        Some(view! {
            <fieldset class="app-fieldset">
                <legend class="app-visually-hidden">{legend}</legend>
                <div class="app-radios">{radios}</div>
            </fieldset>
        })
    };
    view! {
        <form class="app-question" novalidate on:submit=on_submit>
            <div class=group_class>
                <h1 class="app-heading-l"><label for=INPUT>{question}</label></h1>
                {hint}
                {inline_error(error)}
                <input
                    class="app-input"
                    type="search"
                    id=INPUT
                    autocomplete="off"
                    aria-describedby=described_by(has_hint, error)
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-controls="q-settlements"
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <p class="app-hint" role="status">{status}</p>
                <div id="q-settlements">{list}</div>
            </div>
            <button class="app-button" type="submit">{t("check-next")}</button>
        </form>
    }
}
