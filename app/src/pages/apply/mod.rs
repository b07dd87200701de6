//! Applying: a form one page at a time (GOV.UK: the question is the heading, an error summary
//! that takes focus, check your answers, a confirmation with the reference number), every answer
//! saved on the device as it is typed, and the outbox that sends it to the community.

mod fill;
mod one_tab;
mod sent;
mod status;

pub use sent::{MyApplications, SentPage};
pub use status::StatusPage;

use crate::applications::use_applications;
use crate::components::{PageTitle, community_title};
use crate::data::{self, LoadState};
use crate::locale::{href, t, use_lang};
use crate::router::use_params_map;
use crate::state::use_choice;
use fill::{CheckPage, DocumentsPage, FormPage};
use forms::Form;
use leptos::prelude::*;

/// `/apply/:programme` and `/apply/:programme/:step`: the form's start, a page, the documents,
/// or "check your answers".
#[component]
pub fn ApplyStep() -> impl IntoView {
    data::need_forms();
    data::need_communities();
    let params = use_params_map();
    let programme = Memo::new(move |_| params.read().get("programme").unwrap_or_default());
    let step = Memo::new(move |_| params.read().get("step"));
    let forms = data::use_forms();
    let state = data::use_forms_state();
    let pages = move || {
        let Some(all) = forms.get() else {
            return match state.get() {
                LoadState::Failed(_) => view! {
                    <h1 class="app-heading-l">{t("apply-title")}</h1>
                    <p class="app-notice" role="alert">{t("apply-forms-failed")}</p>
                }
                .into_any(),
                _ => view! {
                    <h1 class="app-heading-l">{t("apply-title")}</h1>
                    <p class="app-hint" role="status">{t("loading")}</p>
                }
                .into_any(),
            };
        };
        let Some(form) = crate::community_data::form_for(all, &programme.get()) else {
            // A community's own programme's form needs the community's file: wait for it.
            let waiting = match crate::community_data::use_community_data().state.get() {
                crate::community_data::Published::Loading => true,
                crate::community_data::Published::Idle => use_choice().community.get().is_some(),
                _ => false,
            };
            if waiting {
                return view! {
                    <h1 class="app-heading-l">{t("apply-title")}</h1>
                    <p class="app-hint" role="status">{t("loading")}</p>
                }
                .into_any();
            }
            return view! { <crate::pages::NotFound/> }.into_any();
        };
        match step.get().as_deref() {
            None => view! { <Start form=form/> }.into_any(),
            Some("documents") => view! { <DocumentsPage form=form/> }.into_any(),
            Some("check") => view! { <CheckPage form=form/> }.into_any(),
            Some(page) => match form.pages.iter().position(|p| p.id == page) {
                Some(i) => view! { <FormPage form=form index=i/> }.into_any(),
                None => view! { <crate::pages::NotFound/> }.into_any(),
            },
        }
    };
    // One tab at a time edits the programme's draft.
    view! { <one_tab::OneTab programme=programme>{pages}</one_tab::OneTab> }
}

/// The programme's title in the current language, from its form (applying needs no catalogue);
/// its id until the forms are loaded.
pub fn programme_title(id: &str) -> String {
    let lang = use_lang();
    data::forms()
        .and_then(|f| crate::community_data::form_for(f, id))
        .map(|f| f.title.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// The message id of an application's status.
pub fn status_message(s: &str) -> &'static str {
    match s {
        "received" => "status-received",
        "in-review" => "status-in-review",
        "need-info" => "status-need-info",
        "approved" => "status-approved",
        "refused" => "status-refused",
        "closed" => "status-closed",
        _ => "status-unknown",
    }
}

/// The message id of a staff member's role, as the applicant reads it.
pub fn role_message(role: &str) -> &'static str {
    match role {
        "worker" => "role-worker",
        "head" => "role-head",
        "admin" => "role-admin",
        _ => "role-staff",
    }
}

/// A document a community asks for, by its label in the programme's form (in the current
/// language); what the community wrote if the form has no such document.
pub fn document_label(programme: &str, id: &str) -> String {
    let lang = use_lang();
    data::forms()
        .and_then(|f| crate::community_data::form_for(f, programme))
        .and_then(|f| f.documents.iter().find(|d| d.id == id))
        .map(|d| d.label.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// A moment of the back office (RFC 3339, UTC) on the device's clock: `03.11.2026, 11:30`.
pub fn when(at: &str) -> String {
    local_time(at, crate::browser::utc_offset_minutes())
}

/// `at` (RFC 3339 in UTC, `2026-11-03T09:30:00Z`) shown `offset` minutes ahead of UTC, as
/// `dd.mm.yyyy, HH:MM`; the date alone if there is no time, `at` itself if it is not a moment.
fn local_time(at: &str, offset: i32) -> String {
    let Some(date) = at.get(..10).and_then(|d| d.parse::<catalogue::Date>().ok()) else {
        return at.to_string();
    };
    let time = at.get(11..16).and_then(|t| {
        let (h, m) = t.split_once(':')?;
        Some(h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?)
    });
    let Some(minutes) = time else {
        return date.dotted();
    };
    let total = date.days_since_epoch() * 1440 + minutes + offset as i64;
    let day = catalogue::Date::from_days_since_epoch(total.div_euclid(1440)).unwrap_or(date);
    let m = total.rem_euclid(1440);
    format!("{}, {:02}:{:02}", day.dotted(), m / 60, m % 60)
}

/// The form's start: what it is for, what to know before, where it goes, the draft.
#[component]
fn Start(
    /// The form.
    form: &'static Form,
) -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let apps = use_applications();
    let communities = data::use_communities();
    let programme = form.programme.as_str();
    let title = programme_title(&form.programme);
    let first = href(&format!("/apply/{}/{}", form.programme, form.pages[0].id));
    let draft = move || apps.draft(programme);
    // "Продовжити" goes on where the person stopped (issue 16), not at page 1.
    let resume = move || match draft() {
        Some(d) => href(&format!(
            "/apply/{programme}/{}",
            forms::resume_step(
                form,
                &d.answers,
                d.attachments.values().any(|l| !l.is_empty()),
                crate::browser::today()
            )
        )),
        None => first.clone(),
    };
    // The community picker brings the person back here once they have chosen (issue 16).
    let picker = crate::url::with_query(
        &href("/community"),
        &[("return", &href(&format!("/apply/{programme}")))],
    );
    let community = move || {
        let code = choice.community.get()?;
        communities
            .get()?
            .get(&code)
            .map(|c| community_title(c, lang))
    };
    let before = form
        .before
        .iter()
        .map(|b| view! { <li>{b.get(lang).to_string()}</li> })
        .collect_view();
    let delete = move |_| apps.delete(programme);
    view! {
        <PageTitle text=title.clone()/>
        <p class="app-caption">{t("apply-caption")}</p>
        <h1 class="app-heading-xl">{title}</h1>
        <ul class="app-list app-list--bullet">{before}</ul>
        <p>{t("apply-saved-as-typed")}</p>
        {move || match community() {
            Some(name) => view! {
                <p class="app-inset">{i18n::t_args(lang, "apply-goes-to", &[("name", i18n::Arg::Str(&name))])}
                    " " <a href=picker.clone()>{t("home-community-change")}</a></p>
            }
            .into_any(),
            None => view! {
                <p class="app-notice">{t("apply-no-community")} " "
                    <a href=picker.clone()>{t("home-community-choose")}</a></p>
            }
            .into_any(),
        }}
        {move || draft().map(|d| view! {
            <p class="app-status" role="status">
                {i18n::t_args(lang, "apply-draft-saved", &[("date", i18n::Arg::Str(d.updated.get(..10).unwrap_or("")))])}
            </p>
        })}
        <p class="app-actions">
            <a href=resume class="app-button">
                {move || if draft().is_some() { t("check-continue") } else { t("check-start") }}
            </a>
        </p>
        {move || draft().map(|_| view! {
            <p><button class="app-link-button" type="button" on:click=delete>{t("apply-delete-draft")}</button></p>
        })}
        <p><a href=href("/applications")>{t("apply-my-applications")}</a></p>
    }
}

#[cfg(test)]
mod tests {
    use super::local_time;

    #[test]
    fn a_moment_is_shown_on_the_kyiv_clock() {
        assert_eq!(local_time("2026-11-03T09:30:00Z", 120), "03.11.2026, 11:30");
        assert_eq!(
            local_time("2026-07-03T09:30:00.123Z", 180),
            "03.07.2026, 12:30"
        );
    }

    #[test]
    fn a_moment_near_midnight_moves_to_the_next_or_previous_day() {
        assert_eq!(local_time("2026-12-31T23:10:00Z", 120), "01.01.2027, 01:10");
        assert_eq!(local_time("2026-03-01T00:30:00Z", -60), "28.02.2026, 23:30");
    }

    #[test]
    fn a_date_alone_or_nonsense_is_shown_as_it_can_be() {
        assert_eq!(local_time("2026-11-03", 120), "03.11.2026");
        assert_eq!(local_time("soon", 120), "soon");
    }
}
