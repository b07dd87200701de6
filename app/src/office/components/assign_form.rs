use crate::locale::{t, use_lang};
use crate::office::actions::Action;
use crate::office::api::StaffList;
use crate::office::case::use_case;
use crate::office::present::role_id;
use crate::office::session::{use_api, use_session};
use leptos::prelude::*;

/// Who works on the application: take it, give it up, or (head and administrator) give it to
/// someone of the community.
#[component]
pub fn AssignForm() -> impl IntoView {
    let lang = use_lang();
    let case = use_case();
    let session = use_session();
    let api = use_api();
    let me = session.who().map(|w| (w.staff.id, w.staff.role));
    let my_id = me.as_ref().map(|(id, _)| *id);
    let can_assign_others = me
        .as_ref()
        .is_some_and(|(_, r)| r == "head" || r == "admin");
    // The staff to choose from (the head and the administrator read the list); should the server
    // refuse it, only "take it" and "give it up" are offered.
    let staff = RwSignal::new(Vec::new());
    if can_assign_others {
        leptos::task::spawn_local(async move {
            if let Ok(list) = api.get::<StaffList>("/staff").await {
                staff.set(list.staff.into_iter().filter(|s| !s.disabled).collect());
            }
        });
    }
    let chosen = RwSignal::new(String::new());
    let assignee = move || {
        case.detail
            .with(|d| d.as_ref().and_then(|d| d.assignee.clone()))
    };
    let send = move |action: Action| {
        leptos::task::spawn_local(async move {
            let _ = case.perform(action).await;
        });
    };
    let current = move || {
        assignee()
            .map(|a| a.name)
            .unwrap_or_else(|| t("office-unassigned"))
    };
    view! {
        <section class="app-section app-office-action" aria-labelledby="assign-heading">
            <h2 class="app-heading-m" id="assign-heading">{t("office-assignee")}</h2>
            <p>{current}</p>
            <div class="app-actions">
                {move || (assignee().map(|a| a.id) != my_id && my_id.is_some()).then(|| view! {
                    <button class="app-button" type="button" on:click=move |_| send(Action::Assign(my_id))>
                        {t("office-take")}
                    </button>
                })}
                // A case worker may give up only what is theirs; head and administrator anything.
                {move || assignee().is_some_and(|a| can_assign_others || Some(a.id) == my_id).then(|| view! {
                    <button class="app-button app-button--secondary" type="button" on:click=move |_| send(Action::Assign(None))>
                        {t("office-unassign")}
                    </button>
                })}
            </div>
            {move || (!staff.with(Vec::is_empty)).then(|| {
                let options = staff
                    .get()
                    .into_iter()
                    .map(|s| {
                        let label = format!("{} ({})", s.name, i18n::t(lang, role_id(&s.role)));
                        view! { <option value=s.id.to_string()>{label}</option> }
                    })
                    .collect_view();
                view! {
                    <form class="app-office-inline-form" novalidate on:submit=move |ev| {
                        ev.prevent_default();
                        if let Ok(id) = chosen.get_untracked().parse::<u64>() {
                            send(Action::Assign(Some(id)));
                        }
                    }>
                        <div class="app-form-group">
                            <label class="app-label" for="assign-to">{t("office-assign-to")}</label>
                            <select class="app-select" id="assign-to" prop:value=move || chosen.get()
                                on:change=move |ev| chosen.set(event_target_value(&ev))>
                                <option value="">{t("office-choose")}</option>
                                {options}
                            </select>
                        </div>
                        <button class="app-button app-button--secondary" type="submit">{t("office-assign")}</button>
                    </form>
                }
            })}
        </section>
    }
}
