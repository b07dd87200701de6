use crate::components::{PageTitle, ProgrammeCard};
use crate::data;
use crate::locale::{href, t, use_lang};
use crate::pages::situation_message;
use crate::router::{use_navigate, use_params_map, use_query_map};
use crate::state::use_choice;
use catalogue::model::{Category, Filter, Kind, Situation};
use leptos::prelude::*;

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

/// One filter: a labelled select whose value lives in the URL.
#[component]
fn FilterSelect(
    /// The query-string name and the select's id suffix.
    name: &'static str,
    /// The message id of the label.
    label: &'static str,
    /// Slugs and the message ids of their names; "all" comes first.
    options: Vec<(&'static str, &'static str)>,
    /// The form's value for this filter.
    value: RwSignal<String>,
) -> impl IntoView {
    let id = format!("filter-{name}");
    let options = std::iter::once(("", "filter-all"))
        .chain(options)
        .map(|(slug, message)| {
            view! { <option value=slug selected=move || value.get() == slug>{t(message)}</option> }
        })
        .collect_view();
    view! {
        <div class="app-field">
            <label class="app-label" for=id.clone()>{t(label)}</label>
            <select class="app-select" id=id name=name on:change=move |ev| value.set(event_target_value(&ev))>
                {options}
            </select>
        </div>
    }
}

/// The catalogue with its filters. The filters live in the URL (`?category=…&situation=…&kind=…`)
/// so every state can be shared and the back button works. A life situation's list also has a
/// path of its own (`/situation/<slug>`): a static page, pre-rendered like the others.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let query = use_query_map();
    let path = use_params_map();
    let param = move |name: &str| {
        path.read()
            .get(name)
            .or_else(|| query.read().get(name))
            .unwrap_or_default()
    };
    let filter = Memo::new(move |_| Filter {
        category: Category::from_slug(&param("category")),
        situation: Situation::from_slug(&param("situation")),
        kind: Kind::from_slug(&param("kind")),
    });
    let results = Memo::new(move |_| {
        let code = choice.community.get();
        let f = filter.get();
        // The chosen community's own programmes first (issue 15), then the national ones.
        let local = crate::community_data::local();
        local
            .into_iter()
            .flat_map(|l| l.catalogue.for_community(code.as_deref()))
            .chain(data::catalogue().for_community(code.as_deref()))
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
        situation.set(
            f.situation
                .map(|s| s.slug().to_string())
                .unwrap_or_default(),
        );
        kind.set(f.kind.map(|k| k.slug().to_string()).unwrap_or_default());
    });
    let navigate = use_navigate();
    let action = href("/catalogue");
    let target = action.clone();
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let url = crate::url::with_query(
            &target,
            &[
                ("category", &category.get_untracked()),
                ("situation", &situation.get_untracked()),
                ("kind", &kind.get_untracked()),
            ],
        );
        navigate(&url, Default::default());
    };

    let heading = Signal::derive(move || match filter.get().situation {
        Some(s) => i18n::t(lang, situation_message(s)),
        None => i18n::t(lang, "catalogue-title"),
    });
    let count = move || i18n::t_count(lang, "found-count", results.read().len() as i64);
    let categories = Category::ALL
        .iter()
        .map(|&c| (c.slug(), category_message(c)))
        .collect();
    let situations = Situation::ALL
        .iter()
        .map(|&s| (s.slug(), situation_message(s)))
        .collect();
    let kinds = vec![("payment", "kind-payments"), ("service", "kind-services")];
    view! {
        <PageTitle text=heading/>
        <h1 class="app-heading-xl">{heading}</h1>
        <form class="app-filters" action=action method="get" on:submit=apply>
            <FilterSelect name="category" label="filter-category" options=categories value=category/>
            <FilterSelect name="situation" label="filter-situation" options=situations value=situation/>
            <FilterSelect name="kind" label="filter-kind" options=kinds value=kind/>
            <div class="app-filters__actions">
                <button class="app-button" type="submit">{t("filter-apply")}</button>
                <a href=href("/catalogue") class="app-link-button">{t("filter-reset")}</a>
            </div>
        </form>
        <p class="app-count" role="status">{count}</p>
        <ul class="app-cards">
            <For each=move || results.get() key=|id| id.clone() let:id>
                {data::catalogue()
                    .get(&id)
                    .or_else(|| crate::community_data::local().and_then(|l| l.get(&id)))
                    .map(|p| view! { <ProgrammeCard programme=p/> })}
            </For>
        </ul>
    }
}
