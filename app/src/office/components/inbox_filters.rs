use crate::data;
use crate::locale::{t, use_lang};
use crate::office::filters::{Filters, STATUSES};
use crate::office::present::status_id;
use crate::router::use_navigate;
use leptos::prelude::*;

/// The inbox's filters and search: applying them changes the address (so a reload or Back keeps
/// them), from the first page.
#[component]
pub fn InboxFilters(
    /// The filters in the address.
    #[prop(into)]
    filters: Signal<Filters>,
    /// The inbox's path in the current language (`/office`, `/en/office`).
    base: String,
) -> impl IntoView {
    let lang = use_lang();
    let navigate = use_navigate();
    let now = filters.get_untracked();
    let q = RwSignal::new(now.q.clone());
    let status = RwSignal::new(now.status.clone());
    let programme = RwSignal::new(now.programme.clone());
    let assignee = RwSignal::new(now.assignee.clone());
    let from = RwSignal::new(now.from.clone());
    let to = RwSignal::new(now.to.clone());
    // Back and forward change the address: the form follows.
    Effect::new(move |_| {
        let f = filters.get();
        q.set(f.q);
        status.set(f.status);
        programme.set(f.programme);
        assignee.set(f.assignee);
        from.set(f.from);
        to.set(f.to);
    });
    let base_for_submit = base.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = Filters {
            status: status.get_untracked(),
            programme: programme.get_untracked(),
            assignee: assignee.get_untracked(),
            from: from.get_untracked(),
            to: to.get_untracked(),
            q: q.get_untracked().trim().to_string(),
            page: 1,
        };
        navigate(&chosen.href(&base_for_submit), Default::default());
    };
    let statuses = STATUSES
        .iter()
        .map(|s| view! { <option value=*s>{t(status_id(s))}</option> })
        .collect_view();
    // Every programme of the catalogue has a form, so any may have applications.
    let programmes = data::catalogue()
        .programmes
        .iter()
        .map(|p| {
            let id = p.id.as_str();
            view! { <option value=id>{p.title.get(lang).to_string()}</option> }
        })
        .collect_view();
    let select = |value: RwSignal<String>| {
        (
            move |ev| value.set(event_target_value(&ev)),
            move || value.get(),
        )
    };
    let (status_in, status_now) = select(status);
    let (programme_in, programme_now) = select(programme);
    let (assignee_in, assignee_now) = select(assignee);
    view! {
        <form class="app-filters app-office-filters" role="search" aria-label=t("office-filters") novalidate on:submit=submit>
            <div class="app-form-group app-office-filters__search">
                <label class="app-label" for="inbox-q">{t("office-search")}</label>
                <p class="app-hint" id="inbox-q-hint">{t("office-search-hint")}</p>
                <input class="app-input" id="inbox-q" type="search" autocomplete="off" aria-describedby="inbox-q-hint"
                    prop:value=move || q.get() on:input=move |ev| q.set(event_target_value(&ev))/>
            </div>
            <div class="app-office-filters__row">
                <div class="app-form-group">
                    <label class="app-label" for="inbox-status">{t("office-status")}</label>
                    <select class="app-select" id="inbox-status" on:change=status_in prop:value=status_now>
                        <option value="">{t("office-any-status")}</option>
                        {statuses}
                    </select>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for="inbox-programme">{t("office-programme")}</label>
                    <select class="app-select" id="inbox-programme" on:change=programme_in prop:value=programme_now>
                        <option value="">{t("office-any-programme")}</option>
                        {programmes}
                    </select>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for="inbox-assignee">{t("office-assignee")}</label>
                    <select class="app-select" id="inbox-assignee" on:change=assignee_in prop:value=assignee_now>
                        <option value="">{t("office-assignee-anyone")}</option>
                        <option value="me">{t("office-assignee-me")}</option>
                        <option value="none">{t("office-assignee-none")}</option>
                    </select>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for="inbox-from">{t("office-from")}</label>
                    <input class="app-input app-input--date" id="inbox-from" type="date"
                        prop:value=move || from.get() on:input=move |ev| from.set(event_target_value(&ev))/>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for="inbox-to">{t("office-to")}</label>
                    <input class="app-input app-input--date" id="inbox-to" type="date"
                        prop:value=move || to.get() on:input=move |ev| to.set(event_target_value(&ev))/>
                </div>
            </div>
            <div class="app-filters__actions">
                <button class="app-button" type="submit">{t("office-apply-filters")}</button>
                {move || filters.get().any().then(|| view! {
                    <a href=base.clone()>{t("office-clear-filters")}</a>
                })}
            </div>
        </form>
    }
}
