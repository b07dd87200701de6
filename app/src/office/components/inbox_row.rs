use crate::data;
use crate::locale::{href, t, use_lang};
use crate::office::api::Item;
use crate::office::present::{day, status_id};
use leptos::prelude::*;

/// One application in the inbox: its reference (a link to it), the applicant, the programme,
/// when it came, its status (and whether the applicant has answered), who has it.
#[component]
pub fn InboxRow(
    /// The application.
    item: Item,
) -> impl IntoView {
    let lang = use_lang();
    let target = href(&format!(
        "/office/applications/{}",
        crate::url::encode(&item.reference)
    ));
    let programme = data::catalogue()
        .get(&item.programme)
        .map(|p| p.title.get(lang).to_string())
        .unwrap_or_else(|| item.programme.clone());
    let status = t(status_id(&item.status));
    let assignee = item
        .assignee
        .map(|a| a.name)
        .unwrap_or_else(|| t("office-unassigned"));
    view! {
        <tr class="app-office-table__row">
            <th scope="row" class="app-office-table__cell app-office-table__cell--nowrap">
                <a href=target>
                    <span class="app-visually-hidden">{t("office-application")} " "</span>
                    {item.reference.clone()}
                </a>
            </th>
            <td class="app-office-table__cell" data-label=t("office-applicant")>{item.applicant}</td>
            <td class="app-office-table__cell" data-label=t("office-programme")>{programme}</td>
            <td class="app-office-table__cell app-office-table__cell--nowrap" data-label=t("office-received")>{day(&item.received_at)}</td>
            <td class="app-office-table__cell" data-label=t("office-status")>
                <span class="app-office-status">{status}</span>
                {item.awaiting.then(|| view! {
                    " " <strong class="app-tag app-office-awaiting">{t("office-awaiting")}</strong>
                })}
            </td>
            <td class="app-office-table__cell" data-label=t("office-assignee")>{assignee}</td>
        </tr>
    }
}
