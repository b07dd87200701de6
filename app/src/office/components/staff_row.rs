use crate::locale::{t, use_lang};
use crate::office::api::{ApiError, Staff};
use crate::office::present::role_id;
use crate::office::session::use_api;
use leptos::prelude::*;

/// A staff member in the list, with the button that disables their account.
#[component]
pub fn StaffRow(
    /// The staff member.
    staff: Staff,
    /// Is this the person signed in (who cannot disable themselves here)?
    me: bool,
    /// Called with the outcome of disabling: the account as it is now, or why it failed.
    on_done: Callback<Result<Staff, ApiError>>,
) -> impl IntoView {
    let lang = use_lang();
    let api = use_api();
    let id = staff.id;
    let disable = move |_| {
        leptos::task::spawn_local(async move {
            let answer = api
                .post::<Staff>(&format!("/staff/{id}/disable"), &serde_json::json!({}))
                .await;
            on_done.run(answer);
        });
    };
    let label = format!("{}: {}", t("office-disable"), staff.name);
    let state = if staff.disabled {
        t("office-disabled")
    } else {
        t("office-active")
    };
    view! {
        <tr>
            <th scope="row" class="app-office-table__cell">{staff.name.clone()}</th>
            <td class="app-office-table__cell" data-label=t("office-email")>{staff.email.clone()}</td>
            <td class="app-office-table__cell" data-label=t("office-role")>{i18n::t(lang, role_id(&staff.role))}</td>
            <td class="app-office-table__cell" data-label=t("office-account")>{state}</td>
            <td class="app-office-table__cell">
                {(!staff.disabled && !me).then(|| view! {
                    <button class="app-button app-button--secondary app-office-table__button" type="button"
                        aria-label=label on:click=disable>{t("office-disable")}</button>
                })}
            </td>
        </tr>
    }
}
