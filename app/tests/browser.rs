//! The few things only a browser can check: storage on the device, the document's language, and a
//! component mounted into a real DOM. Run by `cargo test -p app --target wasm32-unknown-unknown`
//! in headless Chromium.
#![cfg(target_arch = "wasm32")]

use app::browser::{self, keys};
use app::components::ProgrammeCard;
use app::locale::Locale;
use catalogue::Lang;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn what_the_portal_stores_survives_and_forget_everything_erases_all_of_it() {
    browser::save(keys::COMMUNITY, Some("UA32080070000082700"));
    browser::save(keys::LANG, Some("en"));
    assert_eq!(
        browser::load(keys::COMMUNITY).as_deref(),
        Some("UA32080070000082700")
    );
    browser::forget_everything();
    for key in keys::ALL {
        assert_eq!(browser::load(key), None, "{key}");
    }
}

#[wasm_bindgen_test]
fn the_document_language_follows_the_portal_language() {
    browser::set_document_lang(Lang::En);
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    browser::set_document_lang(Lang::Uk);
    assert_eq!(html.get_attribute("lang").as_deref(), Some("uk"));
}

#[wasm_bindgen_test]
async fn a_missing_file_is_an_error_not_a_crash() {
    let result = browser::fetch_bytes("/no-such-file.bin").await;
    assert!(result.is_err());
}

#[component]
fn CardIn(lang: Lang) -> impl IntoView {
    provide_context(Locale(Signal::stored(lang)));
    let programme = app::data::catalogue()
        .get("birth-assistance")
        .expect("the catalogue has birth assistance");
    view! { <ul><ProgrammeCard programme=programme/></ul> }
}

#[wasm_bindgen_test]
async fn a_programme_card_links_to_its_page_in_the_current_language() {
    let document = web_sys::window().unwrap().document().unwrap();
    for (lang, title, href) in [
        (
            Lang::Uk,
            "Допомога при народженні дитини",
            "/service/birth-assistance",
        ),
        (Lang::En, "Birth", "/en/service/birth-assistance"),
    ] {
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        let _handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
            view! { <Router><CardIn lang=lang/></Router> }
        });
        leptos::task::tick().await;
        let link = host.query_selector("h2 a").unwrap().expect("a title link");
        assert!(link.text_content().unwrap().contains(title), "{lang:?}");
        assert_eq!(link.get_attribute("href").as_deref(), Some(href));
    }
}
