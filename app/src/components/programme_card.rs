use crate::locale::use_lang;
use catalogue::Programme;
use catalogue::model::{Kind, Scope};
use leptos::prelude::*;
use leptos_router::components::A;

/// One programme or service in a list: its title as a link, what kind it is and its summary.
#[component]
pub fn ProgrammeCard(
    /// The programme to show.
    programme: &'static Programme,
) -> impl IntoView {
    let lang = use_lang();
    let p = programme;
    let link = move || lang.get().localize(&format!("/service/{}", p.id));
    let kind = move || {
        i18n::t(
            lang.get(),
            match p.kind {
                Kind::Payment => "kind-payment",
                Kind::Service => "kind-service",
            },
        )
    };
    let local = matches!(p.scope, Scope::Local(_));
    view! {
        <li class="app-card">
            <h2 class="app-card__title">
                <A href=link>{move || p.title.get(lang.get()).to_string()}</A>
            </h2>
            <p class="app-card__meta">
                <span class=move || format!("app-tag app-tag--{}", p.kind.slug())>{kind}</span>
                {local.then(|| view! {
                    " " <span class="app-tag app-tag--local">{move || i18n::t(lang.get(), "tag-local")}</span>
                })}
            </p>
            <p class="app-card__summary">{move || p.summary.get(lang.get()).to_string()}</p>
        </li>
    }
}
