//! Filling in a form: one page at a time, the documents, and "check your answers".

use super::programme_title;
use crate::applications::{Attachment, base64_encode, use_applications, within_limits};
use crate::browser;
use crate::components::{PageTitle, SaveProblem};
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::router::{use_navigate, use_query_map};
use crate::state::use_choice;
use catalogue::Lang;
use forms::model::FieldKind;
use forms::sniff;
use forms::{Field, FieldError, Form, Submission, holds, validate_answer};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The largest file the back office takes.
const MAX_FILE: usize = forms::files::MAX_FILE as usize;
/// Photos larger than this (bytes) are scaled down on the device before they are kept.
const SCALE_ABOVE: usize = 500 * 1024;
/// The longer side of a scaled photo, in pixels: a document stays readable.
const PHOTO_SIDE: u32 = 2000;

/// The address of the step after page `index`: the next page the person sees, the documents, or
/// the check of answers.
fn next_step(form: &Form, index: usize, answers: &BTreeMap<String, String>) -> String {
    let next = form.pages[index + 1..]
        .iter()
        .find(|p| holds(&p.when, answers))
        .map(|p| p.id.as_str());
    let step = match next {
        Some(id) => id,
        None if !form.documents.is_empty() => "documents",
        None => "check",
    };
    href(&format!("/apply/{}/{step}", form.programme))
}

/// The error summary: at the top, takes focus, links to each field.
fn error_summary(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    summary(errors, "error-summary", "f-")
}

/// An error summary with its own id (a page may have two forms): each error links to the element
/// whose id is `prefix` and the error's field.
pub(super) fn summary(
    errors: RwSignal<Vec<FieldError>>,
    id: &'static str,
    prefix: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|e| {
                    let target = format!("{prefix}{}", e.field);
                    let href = format!("#{target}");
                    view! {
                        <li><a href=href on:click=move |ev| {
                            ev.prevent_default();
                            browser::focus_id(&target);
                        }>{e.message.get(lang).to_string()}</a></li>
                    }
                })
                .collect_view();
            view! {
                <div class="app-error-summary" id=id role="alert" tabindex="-1">
                    <h2 class="app-error-summary__title">{t("check-error-title")}</h2>
                    <ul class="app-list">{items}</ul>
                </div>
            }
        })
    }
}

/// What the eligibility check knows that fills in a field (a date, a yes/no, a number, how many
/// people live with the person).
fn prefill(field: &Field) -> Option<String> {
    let fact = field.prefill.as_deref()?;
    let screening = use_context::<crate::screening::Screening>()?;
    if fact == forms::prefill::HOUSEHOLD {
        let members = screening
            .answers
            .with_untracked(|a| a.members.as_ref().map(Vec::len));
        return forms::prefill::from_household(field, members);
    }
    screening
        .answers
        .with_untracked(|a| match a.values.get(fact)? {
            rules::Value::Date(d) => Some(d.to_string()),
            rules::Value::Bool(b) => Some(if *b { "yes" } else { "no" }.to_string()),
            _ => None,
        })
}

/// One page of a form.
#[component]
pub fn FormPage(
    /// The form.
    form: &'static Form,
    /// The page's place in the form.
    index: usize,
) -> impl IntoView {
    let lang = use_lang();
    let apps = use_applications();
    let navigate = use_navigate();
    let query = use_query_map();
    let page = &form.pages[index];
    let programme = form.programme.as_str();
    // Foreign numbers, countries and postal codes are checked with the country table (issue 16).
    crate::data::need_countries();
    let mut start = apps.draft(programme).map(|d| d.answers).unwrap_or_default();
    // The country chosen on the community page (issue 16) answers "where do you live" and the
    // country; never an answer the person already gave.
    let abroad = use_choice().abroad.get_untracked();
    let mut prefilled = Vec::new();
    for f in &page.fields {
        if !start.contains_key(&f.id)
            && let Some(v) =
                prefill(f).or_else(|| forms::prefill::from_abroad(f, abroad.as_deref()))
        {
            start.insert(f.id.clone(), v);
            prefilled.push(f.id.as_str());
        }
    }
    let values = RwSignal::new(start);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let set = move |id: String, v: String| {
        values.update(|m| {
            m.insert(id.clone(), v.clone());
        });
        apps.edit(programme, |d| {
            d.answers.insert(id, v);
        });
    };
    let from_check = move || query.read().get("from").as_deref() == Some("check");
    // An РНОКПП that disagrees with the birth date or sex (issue 16) is a warning at its field
    // that the person may confirm, once they have tried to go on from its page.
    let warned = RwSignal::new(false);
    let warning = Memo::new(move |_| {
        (warned.get() && page.fields.iter().any(|f| f.id == "rnokpp"))
            .then(|| values.with(|v| rnokpp_warning(form, v)))
            .flatten()
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let answers = values.get_untracked();
        let today = browser::today();
        let found: Vec<FieldError> = page
            .fields
            .iter()
            .filter(|f| holds(&f.when, &answers))
            .filter_map(|f| validate_answer(f, &answers, today, crate::data::countries()).err())
            .collect();
        if found.is_empty() {
            errors.set(Vec::new());
            // A prefilled answer the person went on with is kept in the draft, as if typed.
            let kept: Vec<(String, String)> = prefilled
                .iter()
                .filter_map(|id| Some((id.to_string(), answers.get(*id)?.clone())))
                .collect();
            if !kept.is_empty() {
                apps.edit(programme, |d| {
                    for (id, v) in kept {
                        d.answers.entry(id).or_insert(v);
                    }
                });
            }
            if page.fields.iter().any(|f| f.id == "rnokpp")
                && forms::unconfirmed_rnokpp_mismatch(form, &answers).is_some()
            {
                warned.set(true);
                request_animation_frame(|| browser::focus_id("f-rnokpp-warning"));
                return;
            }
            let target = if from_check() {
                href(&format!("/apply/{programme}/check"))
            } else {
                next_step(form, index, &answers)
            };
            navigate(&target, Default::default());
        } else {
            errors.set(found);
            request_animation_frame(|| browser::focus_id("error-summary"));
        }
    };
    let single = page.fields.len() == 1;
    let fields = page
        .fields
        .iter()
        .map(|f| {
            let visible = move || values.with(|v| holds(&f.when, v));
            let error = move || {
                errors.with(|es| es.iter().find(|e| e.field == f.id).map(|e| e.message.get(lang).to_string()))
            };
            let warned = Signal::derive(move || f.id == "rnokpp" && warning.read().is_some());
            view! {
                <Show when=visible>
                    <FieldInput field=f values=values error=Signal::derive(error) set=set heading=single warned=warned/>
                </Show>
            }
        })
        .collect_view();
    let confirm = move |ev: leptos::ev::Event| {
        let number = if event_target_checked(&ev) {
            values.with_untracked(|v| v.get("rnokpp").map(|r| r.trim().to_string()))
        } else {
            None
        };
        set(
            forms::RNOKPP_CONFIRMED.to_string(),
            number.unwrap_or_default(),
        );
    };
    let warning_view = move || {
        warning.get().map(|text| {
            view! {
                <div class="app-notice" id="f-rnokpp-warning" tabindex="-1">
                    <p>
                        <span class="app-visually-hidden">{t("apply-warning-prefix")} " "</span>
                        {text.get(lang).to_string()}
                    </p>
                    <div class="app-checkbox">
                        <input class="app-checkbox__input" type="checkbox" id="f-rnokpp_confirmed"
                            prop:checked=move || values.with(forms::rnokpp_confirmed)
                            on:change=confirm/>
                        <label class="app-checkbox__label" for="f-rnokpp_confirmed">{t("apply-rnokpp-confirm")}</label>
                    </div>
                </div>
            }
        })
    };
    let title = page.title.get(lang).to_string();
    view! {
        <PageTitle text=title.clone()/>
        <p>
            <button class="app-link-button app-back" type="button" on:click=|_| browser::go_back()>{t("check-back")}</button>
        </p>
        {error_summary(errors)}
        <form class="app-question" novalidate on:submit=on_submit>
            <p class="app-caption">{programme_title(programme)}</p>
            {(!single).then(|| view! { <h1 class="app-heading-l">{title}</h1> })}
            {page.hint.as_ref().map(|h| view! { <p class="app-hint">{h.get(lang).to_string()}</p> })}
            {fields}
            {warning_view}
            <SaveProblem programme=programme/>
            <button class="app-button" type="submit">{t("check-next")}</button>
        </form>
        <p class="app-hint">{t("apply-saved-as-typed")}</p>
    }
}

/// What the page of the РНОКПП warns of when the number disagrees with the birth date or sex
/// answered (issue 16), in the back office's own words (both dates, and that the person may
/// confirm); `None` when they agree.
fn rnokpp_warning(form: &Form, answers: &BTreeMap<String, String>) -> Option<catalogue::Text> {
    let mut a = answers.clone();
    a.remove(forms::RNOKPP_CONFIRMED);
    forms::unconfirmed_rnokpp_mismatch(form, &a)?;
    forms::validate(form, &a, browser::today())
        .err()?
        .into_iter()
        .find(|e| e.field == "rnokpp" && e.code.contains("mismatch"))
        .map(|e| e.message)
}

/// One field: its label (the page's heading when it is alone), hint, error and input.
#[component]
fn FieldInput(
    /// The field.
    field: &'static Field,
    /// All answers of the draft.
    values: RwSignal<BTreeMap<String, String>>,
    /// The error to show.
    error: Signal<Option<String>>,
    /// Stores an answer.
    set: impl Fn(String, String) + Copy + Send + Sync + 'static,
    /// The label is the page's heading.
    heading: bool,
    /// A warning about the answer is shown below the field (`f-{id}-warning`).
    #[prop(optional, into)]
    warned: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let id = format!("f-{}", field.id);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = field.hint.is_some();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        let warning_id = format!("{id}-warning");
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            if warned.get() {
                ids.push(warning_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let value = move || values.with(|v| v.get(&field.id).cloned().unwrap_or_default());
    let label = field.label.get(lang).to_string();
    let hint = field
        .hint
        .as_ref()
        .map(|h| view! { <p class="app-hint" id=hint_id.clone()>{h.get(lang).to_string()}</p> });
    let error_view = {
        let error_id = error_id.clone();
        move || {
            error.get().map(|m| {
                view! {
                    <p class="app-error-message" id=error_id.clone()>
                        <span class="app-visually-hidden">{t("check-error-prefix")}</span>{m}
                    </p>
                }
            })
        }
    };
    let group = move || {
        if error.get().is_some() {
            "app-form-group app-form-group--error"
        } else {
            "app-form-group"
        }
    };
    let key = field.id.clone();
    let options: Option<Vec<(String, String)>> = match &field.kind {
        FieldKind::YesNo => Some(vec![
            ("yes".into(), t("check-yes")),
            ("no".into(), t("check-no")),
        ]),
        FieldKind::Choice(o) => Some(
            o.iter()
                .map(|o| (o.value.clone(), o.label.get(lang).to_string()))
                .collect(),
        ),
        _ => None,
    };
    if let Some(options) = options {
        let radios = options
            .into_iter()
            .enumerate()
            .map(|(i, (v, text))| {
                let rid = if i == 0 { id.clone() } else { format!("{id}-{i}") };
                let (checked, chosen, key) = (v.clone(), v.clone(), key.clone());
                view! {
                    <div class="app-radios__item">
                        <input class="app-radios__input" type="radio" name=key.clone() id=rid.clone() value=v
                            prop:checked=move || value() == checked
                            on:change=move |_| set(key.clone(), chosen.clone())/>
                        <label class="app-radios__label" for=rid>{text}</label>
                    </div>
                }
            })
            .collect_view();
        let legend = if heading {
            view! { <h1 class="app-heading-l">{label}</h1> }.into_any()
        } else {
            view! { <span class="app-label">{label}</span> }.into_any()
        };
        return view! {
            <div class=group>
                <fieldset class="app-fieldset" aria-describedby=described>
                    <legend class="app-fieldset__legend">{legend}</legend>
                    {hint}
                    {error_view}
                    <div class="app-radios">{radios}</div>
                </fieldset>
            </div>
        }
        .into_any();
    }
    if matches!(field.kind, FieldKind::Country) {
        // A country by its name (issue 16): a list sorted in the page's language, every country
        // but Ukraine; the answer is its ISO code. A `<select>` is what a phone's screen reader
        // and keyboard know, and it fits a 320 px screen; typing a name's first letters jumps.
        crate::data::need_countries();
        let countries = crate::data::use_countries();
        let options = move || {
            countries.get().map(|all| {
                all.abroad(lang)
                    .into_iter()
                    .map(|c| {
                        let code = c.code.clone();
                        let selected = code.clone();
                        view! {
                            <option value=code prop:selected=move || value() == selected>
                                {c.name(lang).to_string()}
                            </option>
                        }
                    })
                    .collect_view()
            })
        };
        let on_change = {
            let key = key.clone();
            move |ev: leptos::ev::Event| set(key.clone(), event_target_value(&ev))
        };
        let label_view = if heading {
            view! { <h1 class="app-heading-l"><label for=id.clone()>{label}</label></h1> }
                .into_any()
        } else {
            view! { <label class="app-label" for=id.clone()>{label}</label> }.into_any()
        };
        return view! {
            <div class=group>
                {label_view}
                {hint}
                {error_view}
                <select class="app-select" id=id.clone() name=key.clone()
                    autocomplete=field.autocomplete.clone().unwrap_or_else(|| "off".into())
                    aria-describedby=described
                    aria-invalid=move || error.get().is_some().then_some("true")
                    on:change=on_change>
                    <option value="" prop:selected=move || value().is_empty()>{t("apply-choose-country")}</option>
                    {options}
                </select>
            </div>
        }
        .into_any();
    }
    let (kind, mode) = match &field.kind {
        FieldKind::Date { .. } => ("date", "numeric"),
        FieldKind::Phone => ("tel", "tel"),
        FieldKind::Email => ("email", "email"),
        FieldKind::Rnokpp | FieldKind::PostalIndex | FieldKind::Unzr => ("text", "numeric"),
        _ => ("text", "text"),
    };
    let label_view = if heading {
        view! { <h1 class="app-heading-l"><label for=id.clone()>{label}</label></h1> }.into_any()
    } else {
        view! { <label class="app-label" for=id.clone()>{label}</label> }.into_any()
    };
    let on_input = {
        let key = key.clone();
        move |ev: leptos::ev::Event| set(key.clone(), event_target_value(&ev))
    };
    let input = if matches!(field.kind, FieldKind::LongText { .. }) {
        view! {
            <textarea class="app-input app-textarea" id=id.clone() name=key.clone() rows="5"
                aria-describedby=described.clone()
                prop:value=value on:input=on_input/>
        }
        .into_any()
    } else {
        view! {
            <input class="app-input" type=kind inputmode=mode id=id.clone() name=key.clone()
                autocomplete=field.autocomplete.clone().unwrap_or_else(|| "off".into())
                aria-describedby=described
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=value on:input=on_input/>
        }
        .into_any()
    };
    view! {
        <div class=group>
            {label_view}
            {hint}
            {error_view}
            {input}
        </div>
    }
    .into_any()
}

/// The documents to attach: photos or PDFs, their type checked by content.
#[component]
pub fn DocumentsPage(
    /// The form.
    form: &'static Form,
) -> impl IntoView {
    let lang = use_lang();
    let apps = use_applications();
    let navigate = use_navigate();
    let programme = form.programme.as_str();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let draft = move || apps.draft(programme);
    let attach = move |doc: String, ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            let (files, mut problems) = take_files(&ev).await;
            // What the back office takes for one application (issue 14), said at the field.
            let held = apps.drafts.with_untracked(|ds| {
                ds.iter()
                    .find(|d| d.programme == programme)
                    .map(|d| d.attachments.clone())
                    .unwrap_or_default()
            });
            let (files, over) = within_limits(&held, files);
            problems.extend(over);
            for file in files {
                apps.edit(programme, |d| {
                    d.attachments.entry(doc.clone()).or_default().push(file)
                });
            }
            errors.set(
                problems
                    .into_iter()
                    .map(|message| FieldError {
                        field: doc.clone(),
                        code: "file".into(),
                        message,
                    })
                    .collect(),
            );
        });
    };
    let remove = move |doc: String, id: String| {
        apps.edit(programme, |d| {
            if let Some(list) = d.attachments.get_mut(&doc) {
                list.retain(|a| a.id != id);
            }
        });
    };
    let docs = form
        .documents
        .iter()
        .map(|d| {
            let input_id = format!("f-{}", d.id);
            let doc = d.id.clone();
            let files = move || {
                let list = draft().and_then(|dr| dr.attachments.get(&doc).cloned()).unwrap_or_default();
                list.into_iter()
                    .map(|a| {
                        let (doc, id) = (doc.clone(), a.id.clone());
                        let label = format!("{} {}", t("check-member-remove"), a.name);
                        view! {
                            <li class="app-member">
                                <span>{a.name.clone()} " (" {kilobytes(lang, a.size)} ")"</span>
                                <button class="app-link-button" type="button" aria-label=label
                                    on:click=move |_| remove(doc.clone(), id.clone())>{t("check-member-remove")}</button>
                            </li>
                        }
                    })
                    .collect_view()
            };
            let doc_for_input = d.id.clone();
            // The label as the form's data writes it: an optional document says so there, once
            // (issue 16: «(за бажанням) (за бажанням)»).
            view! {
                <div class="app-form-group">
                    <label class="app-label" for=input_id.clone()>{d.label.get(lang).to_string()}</label>
                    {d.hint.as_ref().map(|h| view! { <p class="app-hint">{h.get(lang).to_string()}</p> })}
                    <ul class="app-members">{files}</ul>
                    <input class="app-file" type="file" id=input_id accept=".jpg,.jpeg,.png,.pdf,.p7s,.asice,image/jpeg,image/png,application/pdf"
                        on:change=move |ev| attach(doc_for_input.clone(), ev)/>
                </div>
            }
        })
        .collect_view();
    // A missing document never stops an application (issue 13): the check page says which are
    // missing, and the community can ask for them later.
    let on_continue = move |_| {
        navigate(
            &href(&format!("/apply/{programme}/check")),
            Default::default(),
        );
    };
    view! {
        <PageTitle text=t("apply-documents")/>
        <p><button class="app-link-button app-back" type="button" on:click=|_| browser::go_back()>{t("check-back")}</button></p>
        {error_summary(errors)}
        <p class="app-caption">{programme_title(programme)}</p>
        <h1 class="app-heading-l">{t("apply-documents")}</h1>
        <p class="app-hint">{t("apply-documents-hint")}</p>
        <p class="app-hint">{t("apply-documents-later")}</p>
        {docs}
        <SaveProblem programme=programme/>
        <button class="app-button" type="button" on:click=on_continue>{t("check-next")}</button>
    }
}

/// The files a person picked in a file input, read on the device: each one's type checked by its
/// content, a large photo scaled down; and what could not be taken, with why and what to do.
pub(super) async fn take_files(ev: &leptos::ev::Event) -> (Vec<Attachment>, Vec<catalogue::Text>) {
    let mut taken = Vec::new();
    let mut problems = Vec::new();
    for (name, bytes) in browser::read_files(ev).await {
        let problem = |id: &str| {
            let args = [("name", i18n::Arg::Str(&name))];
            catalogue::Text {
                uk: i18n::t_args(Lang::Uk, id, &args),
                en: i18n::t_args(Lang::En, id, &args),
            }
        };
        let Some(kind) = sniff(&bytes) else {
            problems.push(problem("file-not-document"));
            continue;
        };
        // A large photo is scaled down here, on the phone, before it is kept or sent.
        let scaled = if kind.starts_with("image/") && bytes.len() > SCALE_ABOVE {
            browser::scale_photo(&bytes, kind, PHOTO_SIDE).await
        } else {
            None
        };
        let (content_type, data, size) = match scaled {
            Some(b64) => {
                let size = b64.len() / 4 * 3;
                ("image/jpeg", b64, size)
            }
            None => (kind, base64_encode(&bytes), bytes.len()),
        };
        if size > MAX_FILE {
            problems.push(problem("file-too-large"));
            continue;
        }
        let Some(id) = browser::random_id() else {
            problems.push(problem("file-no-random"));
            continue;
        };
        taken.push(Attachment {
            id,
            name,
            content_type: content_type.to_string(),
            size: size as u32,
            data,
        });
    }
    (taken, problems)
}

/// «120 КБ» / «120 KB».
pub(super) fn kilobytes(lang: Lang, size: u32) -> String {
    let kb = size.div_ceil(1024);
    match lang {
        Lang::Uk => format!("{kb}\u{a0}КБ"),
        Lang::En => format!("{kb}\u{a0}KB"),
    }
}

/// "Check your answers", then submit: the whole application is checked as the back office will
/// check it, and goes into the outbox.
#[component]
pub fn CheckPage(
    /// The form.
    form: &'static Form,
) -> impl IntoView {
    let lang = use_lang();
    let apps = use_applications();
    let choice = use_choice();
    let navigate = use_navigate();
    let programme = form.programme.as_str();
    crate::data::need_countries();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let draft = move || apps.draft(programme);
    let rows = move || {
        let answers = draft().map(|d| d.answers).unwrap_or_default();
        form.pages
            .iter()
            .filter(|p| holds(&p.when, &answers))
            .flat_map(|p| p.fields.iter().map(move |f| (p, f)))
            .filter(|(_, f)| holds(&f.when, &answers))
            .map(|(p, f)| {
                let shown = shown_answer(f, answers.get(&f.id).map_or("", String::as_str), lang);
                let change = href(&format!("/apply/{programme}/{}?from=check", p.id));
                view! {
                    <div class="app-summary__row">
                        <dt class="app-summary__key">{f.label.get(lang).to_string()}</dt>
                        <dd class="app-summary__value">{shown}</dd>
                        <dd class="app-summary__action">
                            <a href=change id=format!("f-{}", f.id)>{t("check-change")} <span class="app-visually-hidden">{f.label.get(lang).to_string()}</span></a>
                        </dd>
                    </div>
                }
            })
            .collect_view()
    };
    let documents = move || {
        let d = draft()?;
        let names: Vec<String> = d
            .attachments
            .values()
            .flatten()
            .map(|a| a.name.clone())
            .collect();
        let attached: BTreeMap<String, Vec<String>> = d
            .attachments
            .iter()
            .map(|(doc, list)| (doc.clone(), list.iter().map(|a| a.id.clone()).collect()))
            .collect();
        let missing: Vec<String> =
            forms::submission::missing_documents(form, &d.answers, &attached)
                .into_iter()
                .map(|doc| doc.label.get(lang).to_string())
                .collect();
        let add = href(&format!("/apply/{programme}/documents"));
        Some(view! {
            <h2 class="app-heading-m">{t("apply-documents")}</h2>
            <p>{if names.is_empty() { t("apply-no-documents") } else { names.join(", ") }}</p>
            {(!missing.is_empty()).then(|| view! {
                <div class="app-notice" id="missing-documents">
                    <p>{t("apply-documents-missing")}</p>
                    <ul class="app-list">{missing.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    <p><a href=add>{t("apply-documents-add")}</a></p>
                </div>
            })}
        })
    };
    let submit = move |_| {
        let Some(d) = draft() else { return };
        let Some(community) = choice.community.get_untracked() else {
            errors.set(vec![FieldError {
                field: "community".into(),
                code: "community-required".into(),
                message: catalogue::Text {
                    uk: "Оберіть громаду, до якої йде заява (де ви живете зараз)".into(),
                    en: "Choose the community the application goes to (where you live now)".into(),
                },
            }]);
            request_animation_frame(|| browser::focus_id("error-summary"));
            return;
        };
        let all = data::forms().expect("the form is shown, so the forms are loaded");
        // A community's own programme's form is made on the device from the community's file,
        // not held in forms.bin: the application is checked against the form it was filled in.
        let own = forms::Forms {
            forms: vec![form.clone()],
            request: None,
        };
        let forms = if all.for_programme(programme).is_some() {
            all
        } else {
            &own
        };
        let files: Vec<Attachment> = d.attachments.values().flatten().cloned().collect();
        // Without a cryptographic random source there is no id that makes sending exactly-once.
        let Some(id) = browser::random_id() else {
            errors.set(vec![FieldError {
                field: "community".into(),
                code: "no-random-id".into(),
                message: catalogue::Text {
                    uk: i18n::t(Lang::Uk, "no-random-id"),
                    en: i18n::t(Lang::En, "no-random-id"),
                },
            }]);
            request_animation_frame(|| browser::focus_id("error-summary"));
            return;
        };
        let submission = Submission {
            id,
            programme: programme.to_string(),
            community,
            answers: d.answers.clone(),
            attachments: d
                .attachments
                .iter()
                .map(|(doc, list)| (doc.clone(), list.iter().map(|a| a.id.clone()).collect()))
                .collect(),
        };
        match submission.check_with(forms, crate::data::countries(), browser::today()) {
            Ok(_) => {
                let id = submission.id.clone();
                apps.submit(submission, files);
                navigate(&href(&format!("/applications/{id}")), Default::default());
            }
            Err(forms::SubmissionError::Fields { errors: found }) => {
                errors.set(found);
                request_animation_frame(|| browser::focus_id("error-summary"));
            }
            // Nothing the person can fix on this page (a form the device does not know): say so
            // and what to do, never nothing.
            Err(_) => {
                errors.set(vec![FieldError {
                    field: "community".into(),
                    code: "cannot-send".into(),
                    message: catalogue::Text {
                        uk: i18n::t(Lang::Uk, "apply-cannot-send"),
                        en: i18n::t(Lang::En, "apply-cannot-send"),
                    },
                }]);
                request_animation_frame(|| browser::focus_id("error-summary"));
            }
        }
    };
    view! {
        <PageTitle text=t("apply-check-title")/>
        <p><button class="app-link-button app-back" type="button" on:click=|_| browser::go_back()>{t("check-back")}</button></p>
        {error_summary(errors)}
        <p class="app-caption">{programme_title(programme)}</p>
        <h1 class="app-heading-xl">{t("apply-check-title")}</h1>
        <dl class="app-summary">{rows}</dl>
        {documents}
        <p class="app-no-print">
            <button class="app-button app-button--secondary" type="button" on:click=|_| browser::print()>{t("apply-print")}</button>
        </p>
        <p class="app-hint app-no-print">{t("apply-print-hint")}</p>
        <h2 class="app-heading-m app-no-print">{t("apply-send-heading")}</h2>
        <p class="app-no-print">{t("apply-send-body")}</p>
        <SaveProblem programme=programme/>
        <button class="app-button app-no-print" type="button" on:click=submit>{t("apply-send")}</button>
    }
}

/// An answer as the summary shows it: a choice by its label, yes/no in words.
fn shown_answer(field: &Field, raw: &str, lang: Lang) -> String {
    if raw.trim().is_empty() {
        return i18n::t(lang, "apply-not-given");
    }
    match &field.kind {
        FieldKind::YesNo => i18n::t(
            lang,
            if raw == "yes" {
                "check-yes"
            } else {
                "check-no"
            },
        ),
        FieldKind::Choice(options) => options
            .iter()
            .find(|o| o.value == raw)
            .map(|o| o.label.get(lang).to_string())
            .unwrap_or_else(|| raw.to_string()),
        FieldKind::Date { .. } => raw
            .parse::<catalogue::Date>()
            .map(|d| d.dotted())
            .unwrap_or_else(|_| raw.to_string()),
        FieldKind::Country => crate::data::countries()
            .and_then(|all| all.get(raw))
            .map(|c| c.name(lang).to_string())
            .unwrap_or_else(|| raw.to_string()),
        _ => raw.to_string(),
    }
}
