use crate::locale::{href, t, use_lang};
use catalogue::Programme;
use catalogue::model::{Kind, Scope};
use leptos::prelude::*;

/// The message id of a kind of programme.
pub fn kind_message(kind: Kind) -> &'static str {
    match kind {
        Kind::Payment => "kind-payment",
        Kind::Service => "kind-service",
    }
}

/// One programme or service in a list: its title as a link, what kind it is and its summary.
#[component]
pub fn ProgrammeCard(
    /// The programme to show.
    programme: &'static Programme,
) -> impl IntoView {
    let lang = use_lang();
    let p = programme;
    let local = matches!(p.scope, Scope::Local(_));
    view! {
        <li class="app-card">
            <h2 class="app-card__title">
                <a href=href(&format!("/service/{}", p.id))>{p.title.get(lang)}</a>
            </h2>
            <p class="app-card__meta">
                <span class=format!("app-tag app-tag--{}", p.kind.slug())>{t(kind_message(p.kind))}</span>
                {local.then(|| view! { " " <span class="app-tag app-tag--local">{t("tag-local")}</span> })}
            </p>
            <p class="app-card__summary">{p.summary.get(lang)}</p>
        </li>
    }
}
