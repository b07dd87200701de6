use crate::locale::t;
use crate::office::api::{ApiError, Token};
use crate::office::present::{day, when};
use crate::office::session::use_api;
use leptos::prelude::*;

/// An integration token in the list, with the button that revokes it.
#[component]
pub fn TokenRow(
    /// The token.
    token: Token,
    /// Called with the outcome of revoking: the token as it is now, or why it failed.
    on_done: Callback<Result<Token, ApiError>>,
) -> impl IntoView {
    let api = use_api();
    let id = token.id.clone();
    let revoke = move |_| {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            let answer = api
                .post::<Token>(&format!("/tokens/{id}/revoke"), &serde_json::json!({}))
                .await;
            on_done.run(answer);
        });
    };
    let label = format!("{}: {}", t("office-revoke"), token.name);
    let state = match &token.revoked_at {
        Some(at) => format!("{} {}", t("office-revoked"), when(at)),
        None => t("office-active"),
    };
    let owner = token.owner.map(|o| o.name).unwrap_or_default();
    view! {
        <tr>
            <th scope="row" class="app-office-table__cell">{token.name.clone()}</th>
            <td class="app-office-table__cell" data-label=t("office-owner")>{owner}</td>
            <td class="app-office-table__cell" data-label=t("office-created")>{day(&token.created_at)}</td>
            <td class="app-office-table__cell" data-label=t("office-expires")>{day(&token.expires_at)}</td>
            <td class="app-office-table__cell" data-label=t("office-account")>{state}</td>
            <td class="app-office-table__cell">
                {token.revoked_at.is_none().then(|| view! {
                    <button class="app-button app-button--secondary app-office-table__button" type="button"
                        aria-label=label on:click=revoke>{t("office-revoke")}</button>
                })}
            </td>
        </tr>
    }
}
