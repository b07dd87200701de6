use crate::components::{PageTitle, ProgrammeCard};
use crate::data;
use crate::locale::{href, tr, use_lang};
use crate::pages::situation_message;
use crate::state::use_choice;
use catalogue::model::{Category, Filter, Kind, Situation};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The message id of a category's name.
fn category_message(c: Category) -> &'static str {
    match c {
        Category::Families => "category-families",
        Category::Displacement => "category-displacement",
        Category::Disability => "category-disability",
        Category::Care => "category-care",
        Category::LowIncome => "category-low-income",
        Category::Veterans => "category-veterans",
        Category::SocialServices => "category-social-services",
    }
}

/// The catalogue with its filters. The filters live in the URL (`?category=…&situation=…&kind=…`)
/// so every state can be shared and the back button works.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let query = use_query_map();
    let param = move |name: &str| query.read().get(name).unwrap_or_default();
    let filter = Memo::new(move |_| Filter {
        category: Category::from_slug(&param("category")),
        situation: Situation::from_slug(&param("situation")),
        kind: Kind::from_slug(&param("kind")),
    });
    let results = Memo::new(move |_| {
        let code = choice.community.get();
        let f = filter.get();
        data::catalogue()
            .for_community(code.as_deref())
            .filter(|p| f.matches(p))
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
    });

    // The form's own state; applying it navigates, so the URL stays the single source of truth.
    let category = RwSignal::new(String::new());
    let situation = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    Effect::new(move |_| {
        let f = filter.get();
        category.set(f.category.map(|c| c.slug().to_string()).unwrap_or_default());
        situation.set(f.situation.map(|s| s.slug().to_string()).unwrap_or_default());
        kind.set(f.kind.map(|k| k.slug().to_string()).unwrap_or_default());
    });
    let navigate = use_navigate();
    let action = move || lang.get().localize("/catalogue");
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let target = crate::url::with_query(
            &action(),
            &[
                ("category", &category.get_untracked()),
                ("situation", &situation.get_untracked()),
                ("kind", &kind.get_untracked()),
            ],
        );
        navigate(&target, Default::default());
    };

    let heading = move || match filter.get().situation {
        Some(s) => i18n::t(lang.get(), situation_message(s)),
        None => i18n::t(lang.get(), "catalogue-title"),
    };
    let count = move || i18n::t_count(lang.get(), "found-count", results.read().len() as i64);
    let option = move |value: &'static str, label_id: &'static str, current: RwSignal<String>| {
        view! {
            <option value=value selected=move || current.get() == value>
                {move || i18n::t(lang.get(), label_id)}
            </option>
        }
    };
    view! {
        <PageTitle text=Signal::derive(heading)/>
        <h1 class="app-heading-xl">{heading}</h1>
        <form class="app-filters" action=action method="get" on:submit=apply>
            <div class="app-field">
                <label class="app-label" for="filter-category">{tr("filter-category")}</label>
                <select class="app-select" id="filter-category" name="category"
                    on:change=move |ev| category.set(event_target_value(&ev))>
                    {option("", "filter-all", category)}
                    {Category::ALL.iter().map(|c| option(c.slug(), category_message(*c), category)).collect_view()}
                </select>
            </div>
            <div class="app-field">
                <label class="app-label" for="filter-situation">{tr("filter-situation")}</label>
                <select class="app-select" id="filter-situation" name="situation"
                    on:change=move |ev| situation.set(event_target_value(&ev))>
                    {option("", "filter-all", situation)}
                    {Situation::ALL.iter().map(|s| option(s.slug(), situation_message(*s), situation)).collect_view()}
                </select>
            </div>
            <div class="app-field">
                <label class="app-label" for="filter-kind">{tr("filter-kind")}</label>
                <select class="app-select" id="filter-kind" name="kind"
                    on:change=move |ev| kind.set(event_target_value(&ev))>
                    {option("", "filter-all", kind)}
                    {option("payment", "kind-payments", kind)}
                    {option("service", "kind-services", kind)}
                </select>
            </div>
            <div class="app-filters__actions">
                <button class="app-button" type="submit">{tr("filter-apply")}</button>
                <A href=href("/catalogue") attr:class="app-link-button">{tr("filter-reset")}</A>
            </div>
        </form>
        <p class="app-count" role="status">{count}</p>
        <ul class="app-cards">
            <For each=move || results.get() key=|id| id.clone() let:id>
                {data::catalogue().get(&id).map(|p| view! { <ProgrammeCard programme=p/> })}
            </For>
        </ul>
    }
}
