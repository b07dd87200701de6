//! `/office/programmes` and `/office/programme` (administrators): the community's own programmes
//! (issue 15). The list says which are published, by whom and when, and which have changes not
//! yet published; the editor writes one as the national catalogue's entries are written (title,
//! summary, who it is for, amounts each with the day it applies from, the council's decision as
//! its legal basis, documents, where to apply, life situations), checked in the browser by the
//! same `forms::local` rules and catalogue checks the server runs, saved as a draft and published
//! when ready. Citizens see only what is published.

use crate::browser;
use crate::locale::{href, t, use_lang};
use crate::office::api::ApiError;
use crate::office::components::{
    ERROR_SUMMARY, ErrorSummary, OfficeTitle, Problem, TextArea, TextField, leak_id,
};
use crate::office::session::{use_api, use_session};
use crate::router::NavigateOptions;
use crate::router::{use_navigate, use_query_map};
use catalogue::Lang;
use catalogue::model::{Category, Channel, Kind, Situation};
use forms::FieldError;
use forms::local::{AmountDraft, CriterionDraft, Decision, Draft, Pair};
use leptos::prelude::*;
use serde::Deserialize;

/// One programme as the office API lists it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Listed {
    pub id: String,
    pub title: Option<Pair>,
    pub draft_at: String,
    pub draft_by: String,
    pub version: i64,
    pub published_at: Option<String>,
    pub published_by: Option<String>,
    pub unpublished: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct List {
    programmes: Vec<Listed>,
}

/// One programme as the office API answers it: the draft and what is published.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProgrammeState {
    pub id: String,
    pub draft: Draft,
    pub draft_version: i64,
    pub draft_at: String,
    pub draft_by: String,
    pub version: i64,
    pub published_at: Option<String>,
    pub published_by: Option<String>,
    pub unpublished: bool,
}

/// What a programme's conditions may name (`GET /office/vocabulary`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Vocabulary {
    facts: Vec<VocabularyFact>,
    derived: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct VocabularyFact {
    id: String,
    question: catalogue::Text,
    #[serde(default)]
    options: Vec<VocabularyOption>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct VocabularyOption {
    value: String,
    label: catalogue::Text,
}

/// The input an error's field (`title.uk`, `amounts.0.from`) belongs to: `lp-` and the field
/// with its dots as hyphens; the whole form (`""`) for a check of the catalogue.
pub fn input_of(field: &str) -> &'static str {
    match field {
        "programme" | "amounts" | "" => "",
        f => leak_id(format!("lp-{}", f.replace('.', "-"))),
    }
}

/// A date-time of the API (`2026-12-06T05:40:00Z`) as read: `2026-12-06 05:40 UTC`.
fn when(at: &str) -> String {
    let s = at.trim_end_matches('Z');
    let (d, time) = s.split_once('T').unwrap_or((s, ""));
    format!("{d} {} UTC", time.get(..5).unwrap_or(time))
}

/// Whether a programme's state reads as published (and by whom), and whether it has changes.
fn status(
    lang: Lang,
    version: i64,
    by: Option<&str>,
    at: Option<&str>,
    unpublished: bool,
) -> String {
    let published = if version == 0 {
        i18n::t(lang, "office-programme-status-none")
    } else {
        i18n::t_args(
            lang,
            "office-profile-status-published",
            &[
                ("version", i18n::Arg::Num(version)),
                ("name", i18n::Arg::Str(by.unwrap_or(""))),
                ("at", i18n::Arg::Str(&when(at.unwrap_or("")))),
            ],
        )
    };
    if unpublished && version > 0 {
        format!("{published} {}", i18n::t(lang, "office-programme-changed"))
    } else {
        published
    }
}

/// The list of the community's programmes.
#[component]
pub fn ProgrammesPage() -> impl IntoView {
    let lang = use_lang();
    let api = use_api();
    let list = RwSignal::new(None::<Result<Vec<Listed>, ApiError>>);
    leptos::task::spawn_local(async move {
        list.set(Some(
            api.get::<List>("/programmes").await.map(|l| l.programmes),
        ));
    });
    let rows = move || {
        list.get().map(|l| match l {
            Err(e) => view! { <Problem error=e/> }.into_any(),
            Ok(all) if all.is_empty() => view! { <p>{t("office-programmes-none")}</p> }.into_any(),
            Ok(all) => {
                let items = all
                    .into_iter()
                    .map(|p| {
                        let title = p
                            .title
                            .as_ref()
                            .map(|t| {
                                if lang == Lang::En && !t.en.is_empty() {
                                    t.en.clone()
                                } else {
                                    t.uk.clone()
                                }
                            })
                            .unwrap_or_else(|| p.id.clone());
                        let link = href(&format!("/office/programme?id={}", p.id));
                        let state = status(
                            lang,
                            p.version,
                            p.published_by.as_deref(),
                            p.published_at.as_deref(),
                            p.unpublished,
                        );
                        view! {
                            <li class="app-office-programmes__item">
                                <a href=link>{title}</a>
                                <p class="app-hint">{state}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="app-list app-office-programmes">{items}</ul> }.into_any()
            }
        })
    };
    view! {
        <OfficeTitle text=t("office-programmes")/>
        <h1 class="app-heading-xl">{t("office-programmes")}</h1>
        <p>{t("office-programmes-lead")}</p>
        <p><a class="app-button" href=href("/office/programme")>{t("office-programmes-new")}</a></p>
        {rows}
    }
}

/// An amount's inputs.
#[derive(Debug, Clone, Copy)]
struct AmountForm {
    text_uk: RwSignal<String>,
    text_en: RwSignal<String>,
    value: RwSignal<String>,
    period: RwSignal<String>,
    from: RwSignal<String>,
    until: RwSignal<String>,
}

impl AmountForm {
    fn new(a: &AmountDraft) -> AmountForm {
        AmountForm {
            text_uk: RwSignal::new(a.text.uk.clone()),
            text_en: RwSignal::new(a.text.en.clone()),
            value: RwSignal::new(a.value.clone()),
            period: RwSignal::new(a.period.clone()),
            from: RwSignal::new(a.from.clone()),
            until: RwSignal::new(a.until.clone()),
        }
    }

    fn read(&self) -> AmountDraft {
        AmountDraft {
            text: Pair {
                uk: self.text_uk.get_untracked(),
                en: self.text_en.get_untracked(),
            },
            value: self.value.get_untracked(),
            period: self.period.get_untracked(),
            from: self.from.get_untracked(),
            until: self.until.get_untracked(),
        }
    }
}

/// A text in both languages as two inputs' values.
#[derive(Debug, Clone, Copy)]
struct PairForm {
    uk: RwSignal<String>,
    en: RwSignal<String>,
}

impl PairForm {
    fn new() -> PairForm {
        PairForm {
            uk: RwSignal::new(String::new()),
            en: RwSignal::new(String::new()),
        }
    }
    fn fill(&self, p: &Pair) {
        self.uk.set(p.uk.clone());
        self.en.set(p.en.clone());
    }
    fn read(&self) -> Pair {
        Pair {
            uk: self.uk.get_untracked(),
            en: self.en.get_untracked(),
        }
    }
}

/// A condition's inputs.
#[derive(Debug, Clone, Copy)]
struct CriterionForm {
    test: RwSignal<String>,
    met: PairForm,
    unmet: PairForm,
}

impl CriterionForm {
    fn new(c: &CriterionDraft) -> CriterionForm {
        let form = CriterionForm {
            test: RwSignal::new(c.test.clone()),
            met: PairForm::new(),
            unmet: PairForm::new(),
        };
        form.met.fill(&c.met);
        form.unmet.fill(&c.unmet);
        form
    }

    fn read(&self) -> CriterionDraft {
        CriterionDraft {
            test: self.test.get_untracked(),
            met: self.met.read(),
            unmet: self.unmet.read(),
        }
    }
}

/// Every input of the editor.
#[derive(Debug, Clone, Copy)]
struct ProgrammeForm {
    id: RwSignal<String>,
    kind: RwSignal<Kind>,
    category: RwSignal<Category>,
    situations: RwSignal<Vec<Situation>>,
    title: PairForm,
    summary: PairForm,
    who: PairForm,
    amounts: RwSignal<Vec<AmountForm>>,
    decision_title: PairForm,
    number: RwSignal<String>,
    date: RwSignal<String>,
    url: RwSignal<String>,
    documents: PairForm,
    apply: RwSignal<Vec<Channel>>,
    administrator: PairForm,
    caveats: PairForm,
    page: RwSignal<String>,
    criteria: RwSignal<Vec<CriterionForm>>,
    online: RwSignal<bool>,
}

impl ProgrammeForm {
    fn new() -> ProgrammeForm {
        ProgrammeForm {
            id: RwSignal::new(String::new()),
            kind: RwSignal::new(Kind::Payment),
            category: RwSignal::new(Category::Families),
            situations: RwSignal::new(Vec::new()),
            title: PairForm::new(),
            summary: PairForm::new(),
            who: PairForm::new(),
            amounts: RwSignal::new(vec![AmountForm::new(&AmountDraft::default())]),
            decision_title: PairForm::new(),
            number: RwSignal::new(String::new()),
            date: RwSignal::new(String::new()),
            url: RwSignal::new(String::new()),
            documents: PairForm::new(),
            apply: RwSignal::new(Vec::new()),
            administrator: PairForm::new(),
            caveats: PairForm::new(),
            page: RwSignal::new(String::new()),
            criteria: RwSignal::new(Vec::new()),
            online: RwSignal::new(false),
        }
    }

    fn fill(&self, d: &Draft) {
        self.id.set(d.id.clone());
        self.kind.set(d.kind);
        self.category.set(d.category);
        self.situations.set(d.situations.clone());
        self.title.fill(&d.title);
        self.summary.fill(&d.summary);
        self.who.fill(&d.who);
        let amounts: Vec<AmountForm> = d.amounts.iter().map(AmountForm::new).collect();
        self.amounts.set(if amounts.is_empty() {
            vec![AmountForm::new(&AmountDraft::default())]
        } else {
            amounts
        });
        self.decision_title.fill(&d.decision.title);
        self.number.set(d.decision.number.clone());
        self.date.set(d.decision.date.clone());
        self.url.set(d.decision.url.clone());
        self.documents.fill(&d.documents);
        self.apply.set(d.apply.clone());
        self.administrator.fill(&d.administrator);
        self.caveats.fill(&d.caveats);
        self.page.set(d.page.clone());
        self.criteria
            .set(d.criteria.iter().map(CriterionForm::new).collect());
        self.online.set(d.online);
    }

    fn read(&self) -> Draft {
        Draft {
            id: self.id.get_untracked().trim().to_string(),
            kind: self.kind.get_untracked(),
            category: self.category.get_untracked(),
            situations: self.situations.get_untracked(),
            title: self.title.read(),
            summary: self.summary.read(),
            who: self.who.read(),
            amounts: self
                .amounts
                .with_untracked(|a| a.iter().map(AmountForm::read).collect()),
            decision: Decision {
                title: self.decision_title.read(),
                number: self.number.get_untracked(),
                date: self.date.get_untracked(),
                url: self.url.get_untracked(),
            },
            documents: self.documents.read(),
            apply: self.apply.get_untracked(),
            administrator: self.administrator.read(),
            caveats: self.caveats.read(),
            page: self.page.get_untracked(),
            criteria: self
                .criteria
                .with_untracked(|c| c.iter().map(CriterionForm::read).collect()),
            online: self.online.get_untracked(),
        }
    }
}

/// The errors of a check as the error summary shows them.
fn shown(errors: Vec<FieldError>, lang: Lang) -> Vec<(&'static str, String)> {
    errors
        .into_iter()
        .map(|e| (input_of(&e.field), e.message.get(lang).to_string()))
        .collect()
}

/// The editor of one programme: `?id=` an existing one, else a new one.
#[component]
pub fn ProgrammePage() -> impl IntoView {
    let lang = use_lang();
    let api = use_api();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let existing = query.read_untracked().get("id");
    let form = ProgrammeForm::new();
    let state = RwSignal::new(None::<Result<ProgrammeState, ApiError>>);
    let errors = RwSignal::new(Vec::<(&'static str, String)>::new());
    let outcome = RwSignal::new(None::<Result<String, ApiError>>);
    if let Some(id) = existing.clone() {
        leptos::task::spawn_local(async move {
            let answer = api
                .get::<ProgrammeState>(&format!("/programmes/{id}"))
                .await;
            if let Ok(s) = &answer {
                form.fill(&s.draft);
            }
            state.set(Some(answer));
        });
    }
    let community = move || session.who().map(|w| w.community.code).unwrap_or_default();
    let version = move || {
        state
            .get_untracked()
            .and_then(Result::ok)
            .map_or(0, |s| s.draft_version)
    };
    let saved_id = move || state.get().and_then(Result::ok).map(|s| s.id);
    let fail = move |e: ApiError| {
        if let ApiError::Invalid { errors: found, .. } = e {
            // What only the server checks (the conditions against the check's vocabulary), at
            // its fields as the browser's own checks are.
            errors.set(shown(found, lang));
            request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
            return;
        }
        outcome.set(Some(Err(e)));
        request_animation_frame(|| browser::focus_id("programme-outcome"));
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome.set(None);
        let draft = form.read();
        if let Err(found) = draft.check(&community()) {
            errors.set(shown(found, lang));
            request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
            return;
        }
        errors.set(Vec::new());
        let id = draft.id.clone();
        let body = serde_json::json!({ "version": version(), "programme": draft });
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api
                .put::<ProgrammeState>(&format!("/programmes/{id}"), &body)
                .await
            {
                Ok(s) => {
                    let first = saved_id().is_none();
                    state.set(Some(Ok(s)));
                    outcome.set(Some(Ok(i18n::t(lang, "office-programme-saved"))));
                    if first {
                        navigate(
                            &href(&format!("/office/programme?id={id}")),
                            NavigateOptions {
                                replace: true,
                                scroll: false,
                            },
                        );
                    }
                    request_animation_frame(|| browser::focus_id("programme-outcome"));
                }
                Err(e) => fail(e),
            }
        });
    };
    let publish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome.set(None);
        let Some(id) = saved_id() else { return };
        let body = serde_json::json!({ "version": version() });
        leptos::task::spawn_local(async move {
            match api
                .post::<ProgrammeState>(&format!("/programmes/{id}/publish"), &body)
                .await
            {
                Ok(s) => {
                    state.set(Some(Ok(s)));
                    outcome.set(Some(Ok(i18n::t(lang, "office-programme-published"))));
                    request_animation_frame(|| browser::focus_id("programme-outcome"));
                }
                Err(e) => fail(e),
            }
        });
    };
    let new = existing.is_none();
    // An existing programme's form waits for it: typing into it before would be overwritten.
    let loaded = move || new || state.with(|s| matches!(s, Some(Ok(_))));
    let status_view = move || {
        if !loaded() && state.with(Option::is_none) {
            return Some(view! { <p class="app-hint" role="status">{t("loading")}</p> }.into_any());
        }
        state.get().map(|s| match s {
            Err(e) => view! { <Problem error=e/> }.into_any(),
            Ok(s) => {
                let text = status(
                    lang,
                    s.version,
                    s.published_by.as_deref(),
                    s.published_at.as_deref(),
                    false,
                );
                let draft = s.unpublished.then(|| {
                    i18n::t_args(
                        lang,
                        "office-profile-status-draft",
                        &[
                            ("name", i18n::Arg::Str(&s.draft_by)),
                            ("at", i18n::Arg::Str(&when(&s.draft_at))),
                        ],
                    )
                });
                view! {
                    <div class="app-panel app-office-profile__status">
                        <p>{text}</p>
                        {draft.map(|d| view! { <p><strong>{d}</strong></p> })}
                    </div>
                }
                .into_any()
            }
        })
    };
    let can_publish = move || {
        state
            .get()
            .and_then(Result::ok)
            .is_some_and(|s| s.unpublished)
    };
    let error = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone()))
        })
    };
    let pair = move |base: &'static str,
                     p: PairForm,
                     label: &'static str,
                     hint: &'static str,
                     area: bool| {
        let uk = leak_id(format!("lp-{base}-uk"));
        let en = leak_id(format!("lp-{base}-en"));
        let l_uk = format!("{} {}", t(label), t("office-programme-in-uk"));
        let l_en = format!("{} {}", t(label), t("office-programme-in-en"));
        if area {
            view! {
                <TextArea id=uk label=l_uk hint=t(hint) value=p.uk error=error(uk)/>
                <TextArea id=en label=l_en hint=t("office-programme-en-hint") value=p.en error=error(en)/>
            }
            .into_any()
        } else {
            view! {
                <TextField id=uk label=l_uk hint=t(hint) value=p.uk error=error(uk)/>
                <TextField id=en label=l_en hint=t("office-programme-en-hint") value=p.en error=error(en)/>
            }
            .into_any()
        }
    };
    let amounts = move || {
        form.amounts
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let id = |f: &str| leak_id(format!("lp-amounts-{i}-{f}"));
                let legend = i18n::t_args(lang, "office-programme-amount-n", &[("n", i18n::Arg::Num(i as i64 + 1))]);
                let (text_uk, text_en, value, period, from, until) =
                    (id("text-uk"), id("text-en"), id("value"), id("period"), id("from"), id("until"));
                let period_error = error(period);
                view! {
                    <fieldset class="app-fieldset app-office-profile__office">
                        <legend class="app-fieldset__legend app-heading-s">{legend}</legend>
                        <TextField id=text_uk label=t("office-programme-amount-text-uk") hint=t("office-programme-amount-text-hint")
                            value=a.text_uk error=error(text_uk)/>
                        <TextField id=text_en label=t("office-programme-amount-text-en") hint=t("office-programme-en-hint")
                            value=a.text_en error=error(text_en)/>
                        <TextField id=value label=t("office-programme-amount-value") hint=t("office-programme-amount-value-hint")
                            value=a.value error=error(value) inputmode="decimal"/>
                        <div class="app-form-group">
                            <label class="app-label" for=period>{t("office-programme-amount-period")}</label>
                            {move || period_error.get().map(|m| view! { <p class="app-error-message" id=format!("{period}-error")>{m}</p> })}
                            <select class="app-select" id=period
                                aria-describedby=move || period_error.get().is_some().then(|| format!("{period}-error"))
                                on:change=move |ev| a.period.set(event_target_value(&ev))>
                                <option value="" selected=move || a.period.get().is_empty()>{t("office-programme-period-none")}</option>
                                <option value="one-off" selected=move || a.period.get() == "one-off">{t("office-programme-period-one-off")}</option>
                                <option value="monthly" selected=move || a.period.get() == "monthly">{t("office-programme-period-monthly")}</option>
                            </select>
                        </div>
                        <TextField id=from label=t("office-programme-amount-from") hint=t("office-programme-date-hint")
                            value=a.from error=error(from) kind="date"/>
                        <TextField id=until label=t("office-programme-amount-until") hint=t("office-programme-until-hint")
                            value=a.until error=error(until) kind="date"/>
                    </fieldset>
                }
            })
            .collect_view()
    };
    let criteria = move || {
        form.criteria
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let test = leak_id(format!("lp-criteria-{i}-test"));
                let legend = i18n::t_args(lang, "office-programme-criterion-n", &[("n", i18n::Arg::Num(i as i64 + 1))]);
                view! {
                    <fieldset class="app-fieldset app-office-profile__office">
                        <legend class="app-fieldset__legend app-heading-s">{legend}</legend>
                        <TextField id=test label=t("office-programme-criterion-test") hint=t("office-programme-criterion-test-hint")
                            value=c.test error=error(test) autocomplete="off"/>
                        {pair(leak_id(format!("criteria-{i}-met")), c.met, "office-programme-criterion-met", "office-programme-criterion-said-hint", false)}
                        {pair(leak_id(format!("criteria-{i}-unmet")), c.unmet, "office-programme-criterion-unmet", "office-programme-criterion-said-hint", false)}
                    </fieldset>
                }
            })
            .collect_view()
    };
    let vocabulary = RwSignal::new(None::<Vocabulary>);
    leptos::task::spawn_local(async move {
        if let Ok(v) = api.get::<Vocabulary>("/vocabulary").await {
            vocabulary.set(Some(v));
        }
    });
    let vocabulary_view = move || {
        vocabulary.get().map(|v| {
            let derived = i18n::t_args(lang, "office-programme-vocabulary-derived", &[("names", i18n::Arg::Str(&v.derived.join(", ")))]);
            let facts = v
                .facts
                .into_iter()
                .map(|f| {
                    let answers = (!f.options.is_empty()).then(|| {
                        let values: Vec<String> = f.options.iter().map(|o| format!("\"{}\" ({})", o.value, o.label.get(lang))).collect();
                        i18n::t_args(lang, "office-programme-vocabulary-answers", &[("values", i18n::Arg::Str(&values.join(", ")))])
                    });
                    view! {
                        <li><code>{f.id}</code> " — " {f.question.get(lang).to_string()}
                            {answers.map(|a| view! { " (" {a} ")" })}</li>
                    }
                })
                .collect_view();
            view! {
                <details class="app-details">
                    <summary class="app-details__summary">{t("office-programme-vocabulary")}</summary>
                    <div class="app-details__text">
                        <ul class="app-list app-list--bullet">{facts}</ul>
                        <p>{derived}</p>
                    </div>
                </details>
            }
        })
    };
    let kinds = Kind::ALL
        .iter()
        .map(|k| {
            let k = *k;
            let id = leak_id(format!("lp-kind-{}", k.slug()));
            view! {
                <div class="app-radios__item">
                    <input class="app-radios__input" type="radio" name="lp-kind" id=id
                        prop:checked=move || form.kind.get() == k
                        on:change=move |_| form.kind.set(k)/>
                    <label class="app-radios__label" for=id>{t(&format!("kind-{}", k.slug()))}</label>
                </div>
            }
        })
        .collect_view();
    let categories = Category::ALL
        .iter()
        .map(|c| {
            let slug = c.slug();
            view! { <option value=slug selected=move || form.category.get().slug() == slug>{t(&format!("category-{slug}"))}</option> }
        })
        .collect_view();
    let situations = Situation::ALL
        .iter()
        .map(|s| {
            let s = *s;
            let id = leak_id(format!("lp-situation-{}", s.slug()));
            view! {
                <div class="app-checkbox">
                    <input class="app-checkbox__input" type="checkbox" id=id
                        prop:checked=move || form.situations.with(|v| v.contains(&s))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            form.situations.update(|v| { v.retain(|x| *x != s); if on { v.push(s); } });
                        }/>
                    <label class="app-checkbox__label" for=id>{t(&format!("situation-{}", s.slug()))}</label>
                </div>
            }
        })
        .collect_view();
    let apply_error = error("lp-apply");
    let channels = Channel::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let c = *c;
            // The first box carries the group's id, for the error summary's link.
            let id = if i == 0 { "lp-apply" } else { leak_id(format!("lp-apply-{}", c.slug())) };
            view! {
                <div class="app-checkbox">
                    <input class="app-checkbox__input" type="checkbox" id=id
                        aria-describedby=move || apply_error.get().is_some().then_some("lp-apply-error")
                        prop:checked=move || form.apply.with(|v| v.contains(&c))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            form.apply.update(|v| { v.retain(|x| *x != c); if on { v.push(c); } });
                        }/>
                    <label class="app-checkbox__label" for=id>{t(&format!("channel-{}", c.slug()))}</label>
                </div>
            }
        })
        .collect_view();
    let id_field = move || match saved_id() {
        Some(id) => view! {
            <p>{t("office-programme-id")} ": " <code>{id}</code></p>
        }
        .into_any(),
        None => view! {
            <TextField id="lp-id" label=t("office-programme-id") hint=t("office-programme-id-hint")
                value=form.id error=error("lp-id") autocomplete="off"/>
        }
        .into_any(),
    };
    let heading = if existing.is_some() {
        "office-programme-edit"
    } else {
        "office-programmes-new"
    };
    view! {
        <OfficeTitle text=t(heading)/>
        <p><a href=href("/office/programmes")>{t("office-programmes-back")}</a></p>
        <h1 class="app-heading-xl">{t(heading)}</h1>
        <p>{t("office-programme-lead")}</p>
        {status_view}
        <div id="programme-outcome" tabindex="-1">
            {move || outcome.get().map(|o| match o {
                Ok(text) => view! { <div class="app-notice" role="status"><p>{text}</p></div> }.into_any(),
                Err(e) => view! { <Problem error=e/> }.into_any(),
            })}
        </div>
        <ErrorSummary errors=errors/>
        <form class="app-office-profile" novalidate on:submit=save hidden=move || !loaded()>
            {id_field}
            <fieldset class="app-fieldset">
                <legend class="app-fieldset__legend app-heading-s">{t("office-programme-kind")}</legend>
                <div class="app-radios">{kinds}</div>
            </fieldset>
            <div class="app-form-group">
                <label class="app-label" for="lp-category">{t("office-programme-category")}</label>
                <select class="app-select" id="lp-category" on:change=move |ev| {
                    if let Some(c) = Category::from_slug(&event_target_value(&ev)) { form.category.set(c); }
                }>{categories}</select>
            </div>
            {pair("title", form.title, "office-programme-title", "office-programme-title-hint", false)}
            {pair("summary", form.summary, "office-programme-summary", "office-programme-summary-hint", true)}
            {pair("who", form.who, "office-programme-who", "office-programme-lines-hint", true)}
            <h2 class="app-heading-l">{t("office-programme-amounts")}</h2>
            <p class="app-hint">{t("office-programme-amounts-hint")}</p>
            {amounts}
            <p>
                <button class="app-button app-button--secondary" type="button" on:click=move |_| {
                    let n = form.amounts.with_untracked(Vec::len);
                    form.amounts.update(|a| a.push(AmountForm::new(&AmountDraft::default())));
                    request_animation_frame(move || browser::focus_id(&format!("lp-amounts-{n}-text-uk")));
                }>{t("office-programme-add-amount")}</button>
            </p>
            <fieldset class="app-fieldset app-office-profile__office">
                <legend class="app-fieldset__legend app-heading-m">{t("office-programme-decision")}</legend>
                <p class="app-hint">{t("office-programme-decision-hint")}</p>
                {pair("decision-title", form.decision_title, "office-programme-decision-title", "office-programme-decision-title-hint", false)}
                <TextField id="lp-decision-number" label=t("office-programme-decision-number") hint=t("office-programme-decision-number-hint")
                    value=form.number error=error("lp-decision-number")/>
                <TextField id="lp-decision-date" label=t("office-programme-decision-date") hint=t("office-programme-date-hint")
                    value=form.date error=error("lp-decision-date") kind="date"/>
                <TextField id="lp-decision-url" label=t("office-programme-decision-url") hint=t("office-programme-decision-url-hint")
                    value=form.url error=error("lp-decision-url") kind="url"/>
            </fieldset>
            {pair("documents", form.documents, "office-programme-documents", "office-programme-lines-hint", true)}
            <fieldset class="app-fieldset" aria-describedby=move || apply_error.get().is_some().then_some("lp-apply-error")>
                <legend class="app-fieldset__legend app-heading-s">{t("office-programme-apply")}</legend>
                {move || apply_error.get().map(|m| view! { <p class="app-error-message" id="lp-apply-error">{m}</p> })}
                {channels}
            </fieldset>
            <div class="app-form-group">
                <div class="app-checkbox">
                    <input class="app-checkbox__input" type="checkbox" id="lp-online" aria-describedby="lp-online-hint"
                        prop:checked=move || form.online.get()
                        on:change=move |ev| form.online.set(event_target_checked(&ev))/>
                    <label class="app-checkbox__label" for="lp-online">{t("office-programme-online")}</label>
                    <p class="app-hint" id="lp-online-hint">{t("office-programme-online-hint")}</p>
                </div>
            </div>
            <fieldset class="app-fieldset">
                <legend class="app-fieldset__legend app-heading-s">{t("office-programme-situations")}</legend>
                {situations}
            </fieldset>
            {pair("administrator", form.administrator, "office-programme-administrator", "office-programme-administrator-hint", false)}
            {pair("caveats", form.caveats, "office-programme-caveats", "office-programme-caveats-hint", true)}
            <TextField id="lp-page" label=t("office-programme-page") hint=t("office-programme-page-hint")
                value=form.page error=error("lp-page") kind="url"/>
            <h2 class="app-heading-m">{t("office-programme-criteria")}</h2>
            <p class="app-hint">{t("office-programme-criteria-lead")}</p>
            {vocabulary_view}
            {criteria}
            <p>
                <button class="app-button app-button--secondary" type="button" on:click=move |_| {
                    let n = form.criteria.with_untracked(Vec::len);
                    form.criteria.update(|c| c.push(CriterionForm::new(&CriterionDraft::default())));
                    request_animation_frame(move || browser::focus_id(&format!("lp-criteria-{n}-test")));
                }>{t("office-programme-add-criterion")}</button>
            </p>
            <button class="app-button" type="submit">{t("office-profile-save")}</button>
        </form>
        <section class="app-section" aria-labelledby="publish-heading" hidden=move || !loaded()>
            <h2 class="app-heading-l" id="publish-heading">{t("office-profile-publish")}</h2>
            <p>{t("office-programme-publish-lead")}</p>
            <form novalidate on:submit=publish>
                <button class="app-button" type="submit" disabled=move || !can_publish()>
                    {t("office-profile-publish")}
                </button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_of_the_check_names_the_input_it_belongs_to() {
        assert_eq!(input_of("title.uk"), "lp-title-uk");
        assert_eq!(input_of("amounts.0.from"), "lp-amounts-0-from");
        assert_eq!(input_of("decision.number"), "lp-decision-number");
        assert_eq!(input_of("apply"), "lp-apply");
        assert_eq!(input_of("programme"), "");
    }

    #[test]
    fn a_state_says_who_published_which_version_and_whether_it_changed_since() {
        i18n::use_all_messages();
        assert_eq!(
            status(Lang::En, 0, None, None, true),
            i18n::t(Lang::En, "office-programme-status-none")
        );
        let s = status(
            Lang::En,
            2,
            Some("Olena"),
            Some("2026-12-06T05:40:12Z"),
            true,
        );
        assert!(
            s.contains("Olena") && s.contains("2026-12-06 05:40 UTC"),
            "{s}"
        );
    }
}
