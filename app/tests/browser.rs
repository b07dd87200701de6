//! The few things only a browser can check: storage on the device, the document's language, and a
//! component mounted into a real DOM. Run by `cargo test -p app --target wasm32-unknown-unknown`
//! in headless Chromium.
#![cfg(target_arch = "wasm32")]

use app::browser::{self, keys};
use app::components::ProgrammeCard;
use app::locale::Locale;
use app::router::Router;
use catalogue::Lang;
use leptos::prelude::*;
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
    i18n::use_all_messages();
    // Every app fetches the cards as it starts (`app::start`); here, the same file.
    app::data::install_cards(include_bytes!("../../data/generated/catalogue-cards.bin"))
        .expect("cards");
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
            view! { <Router pages=|_| None><CardIn lang=lang/></Router> }
        });
        leptos::task::tick().await;
        let link = host.query_selector("h2 a").unwrap().expect("a title link");
        assert!(link.text_content().unwrap().contains(title), "{lang:?}");
        assert_eq!(link.get_attribute("href").as_deref(), Some(href));
    }
}

/// Покровська сільська громада, which the List names only in part, and two of its villages.
const POKROVSKA: &str = "UA12080110000055958";
const KAPULIVKA: &str = "UA12080110020072046";
const KATERYNIVKA: &str = "UA12080110030049053";

/// The settlement picker with the community answered, its answer kept in `answer`.
#[component]
fn PickerIn(answer: RwSignal<Option<Result<rules::Value, String>>>) -> impl IntoView {
    use rules::answers::OriginListing;
    use rules::{Answers, Value};
    provide_context(Locale(Signal::stored(Lang::Uk)));
    provide_context(app::data::DataState::new());
    let mut answers = Answers::default();
    answers.set(
        "origin_community",
        Value::Origin {
            code: POKROVSKA.into(),
            listing: OriginListing::Parts,
        },
    );
    provide_context(app::screening::Screening {
        answers: RwSignal::new(answers),
        remember: RwSignal::new(false),
    });
    let fact = app::data::rules()
        .and_then(|r| r.fact("origin_settlement"))
        .expect("the fact origin_settlement");
    view! {
        <app::pages::SettlementForm
            fact=fact
            submit=Callback::new(move |parsed| answer.set(Some(parsed)))
            error=RwSignal::new(None)
        />
    }
}

/// Issue 12: where the List names only part of a community, the person finds their village by
/// typing, as they found the community, and chooses it with a radio button.
#[wasm_bindgen_test]
async fn the_settlement_picker_narrows_as_one_types_and_answers_with_the_village() {
    use rules::Value;
    use rules::answers::OriginListing;
    // The check's own texts (its module installs them; here, every app's, as tests do).
    i18n::use_all_messages();
    app::data::install_communities(include_bytes!("../../data/generated/communities.bin"))
        .expect("communities");
    app::data::install_rules(include_bytes!("../../data/generated/rules.bin")).expect("rules");
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let answer = RwSignal::new(None);
    let _handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        view! { <PickerIn answer=answer/> }
    });
    leptos::task::tick().await;
    let radios = || {
        host.query_selector_all("input[type=radio]")
            .unwrap()
            .length()
    };
    // Every village of the community, each with its label.
    assert_eq!(radios(), 13);
    assert_eq!(
        host.query_selector_all("label[for^=q-settlement-]")
            .unwrap()
            .length(),
        13
    );
    let submit = host
        .query_selector("button[type=submit]")
        .unwrap()
        .expect("Continue")
        .unchecked_into::<web_sys::HtmlElement>();
    // Nothing chosen: an error, not an answer.
    submit.click();
    leptos::task::tick().await;
    assert!(matches!(answer.get_untracked(), Some(Err(_))));
    let search = host
        .query_selector("#q-input")
        .unwrap()
        .expect("the search field")
        .unchecked_into::<web_sys::HtmlInputElement>();
    let type_in = |text: &str| {
        search.set_value(text);
        search
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    // One village left: Continue (or Enter in the field) takes it. Катеринівка is not named by
    // the List.
    type_in("Катер");
    leptos::task::tick().await;
    assert_eq!(radios(), 1);
    submit.click();
    leptos::task::tick().await;
    assert_eq!(
        answer.get_untracked(),
        Some(Ok(Value::Origin {
            code: KATERYNIVKA.into(),
            listing: OriginListing::NotListed,
        }))
    );
    // Typed in the wrong layout, as on a phone left in English.
    type_in("rfg");
    leptos::task::tick().await;
    assert_eq!(radios(), 1);
    let status = host.query_selector("[role=status]").unwrap().unwrap();
    assert!(status.text_content().unwrap().contains("Знайдено 1"));
    let label = host
        .query_selector(&format!("label[for=q-settlement-{KAPULIVKA}]"))
        .unwrap()
        .expect("Капулівка");
    assert_eq!(label.text_content().as_deref(), Some("Капулівка, село"));
    label.unchecked_into::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    // The village chosen stays in the list while another search would hide it.
    type_in("Катер");
    leptos::task::tick().await;
    assert_eq!(radios(), 2);
    submit.click();
    leptos::task::tick().await;
    assert_eq!(
        answer.get_untracked(),
        Some(Ok(Value::Origin {
            code: KAPULIVKA.into(),
            listing: OriginListing::Listed,
        }))
    );
}

// Issue 14: the applications' store in IndexedDB.

use app::applications::{Applications, Draft};
use app::browser::store::{self, Op, StoreError, Value};

#[wasm_bindgen_test]
async fn the_store_keeps_reads_and_deletes_a_record_and_a_files_bytes() {
    store::open().await.unwrap();
    let ops = vec![
        Op::Put(
            store::DRAFTS,
            "t-prog".into(),
            Value::Json("{\"a\":1}".into()),
        ),
        Op::Put(
            store::DOCUMENTS,
            "t-doc".into(),
            Value::Bytes(vec![0, 255, 7]),
        ),
    ];
    store::write(ops).await.unwrap();
    assert_eq!(
        store::read(store::DRAFTS, "t-prog").await.unwrap(),
        Some(Value::Json("{\"a\":1}".into()))
    );
    assert_eq!(
        store::read(store::DOCUMENTS, "t-doc").await.unwrap(),
        Some(Value::Bytes(vec![0, 255, 7]))
    );
    let all = store::read_all(store::DRAFTS).await.unwrap();
    assert!(all.iter().any(|(k, _)| k == "t-prog"));
    store::write(vec![
        Op::Delete(store::DRAFTS, "t-prog".into()),
        Op::Delete(store::DOCUMENTS, "t-doc".into()),
    ])
    .await
    .unwrap();
    assert_eq!(store::read(store::DRAFTS, "t-prog").await.unwrap(), None);
    assert_eq!(store::read(store::DOCUMENTS, "t-doc").await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_write_the_browser_refuses_is_reported_and_keeps_nothing_of_it() {
    store::open().await.unwrap();
    // One transaction: the draft is not kept when another part of the write is refused.
    let refused = store::write(vec![
        Op::Put(store::DRAFTS, "t-half".into(), Value::Json("{}".into())),
        Op::Put("no-such-store", "x".into(), Value::Json("{}".into())),
    ])
    .await;
    assert_eq!(refused, Err(StoreError::Failed));
    assert_eq!(store::read(store::DRAFTS, "t-half").await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_draft_of_the_old_local_storage_format_moves_into_the_store_with_its_file() {
    let old = r#"[{"programme":"t-old","answers":{"surname":"Шевченко"},
        "attachments":{"passport":[{"id":"t-file","name":"p.jpg","content_type":"image/jpeg","size":3,"data":"AP8H"}]},
        "updated":"2026-11-30T10:00:00.000Z"}]"#;
    assert!(browser::save(keys::DRAFTS, Some(old)));
    app::applications::preload().await;
    let apps = Applications::load();
    let draft: Option<Draft> = apps.draft("t-old");
    let draft = draft.expect("the old draft is shown");
    assert_eq!(draft.answers["surname"], "Шевченко");
    assert_eq!(draft.attachments["passport"][0].data, "AP8H");
    // In the store (the file as bytes), and only then gone from localStorage.
    assert!(store::read(store::DRAFTS, "t-old").await.unwrap().is_some());
    assert_eq!(
        store::read(store::DOCUMENTS, "t-file").await.unwrap(),
        Some(Value::Bytes(vec![0, 255, 7]))
    );
    assert_eq!(browser::load(keys::DRAFTS), None);
    store::write(vec![
        Op::Delete(store::DRAFTS, "t-old".into()),
        Op::Delete(store::DOCUMENTS, "t-file".into()),
    ])
    .await
    .unwrap();
}

#[wasm_bindgen_test]
async fn one_tab_at_a_time_holds_the_outbox_lock() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let log = Rc::new(RefCell::new(Vec::new()));
    let first = {
        let log = log.clone();
        store::exclusively("t-lock", async move {
            log.borrow_mut().push("first in");
            let later = js_sys::Promise::new(&mut |resolve, _| {
                let window = web_sys::window().unwrap();
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
            });
            let _ = wasm_bindgen_futures::JsFuture::from(later).await;
            log.borrow_mut().push("first out");
        })
    };
    let second = {
        let log = log.clone();
        store::exclusively("t-lock", async move {
            log.borrow_mut().push("second in");
        })
    };
    futures_join(first, second).await;
    assert_eq!(*log.borrow(), vec!["first in", "first out", "second in"]);
}

/// Both futures, polled together.
async fn futures_join(
    a: impl std::future::Future<Output = ()>,
    b: impl std::future::Future<Output = ()>,
) {
    let mut a = std::pin::pin!(a);
    let mut b = std::pin::pin!(b);
    let (mut a_done, mut b_done) = (false, false);
    std::future::poll_fn(move |cx| {
        if !a_done {
            a_done = a.as_mut().poll(cx).is_ready();
        }
        if !b_done {
            b_done = b.as_mut().poll(cx).is_ready();
        }
        if a_done && b_done {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await
}

/// Lets the writes asked for so far finish.
async fn settle() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 150);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
}

#[wasm_bindgen_test]
async fn a_draft_keeps_its_files_bytes_apart_once_and_lets_them_go_with_the_file() {
    use app::applications::Attachment;
    // Leptos's executor, which the writes run on, starts with a mount.
    let doc = web_sys::window().unwrap().document().unwrap();
    let div: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&div).unwrap();
    leptos::mount::mount_to(div, || ()).forget();
    app::applications::preload().await;
    let apps = Applications::load();
    apps.edit("t-keep", |d| {
        d.answers.insert("surname".into(), "Коваль".into());
        d.attachments.insert(
            "passport".into(),
            vec![Attachment {
                id: "t-keep-file".into(),
                name: "p.jpg".into(),
                content_type: "image/jpeg".into(),
                size: 3,
                data: "AP8H".into(),
            }],
        );
    });
    settle().await;
    assert_eq!(apps.problem.get_untracked(), None);
    let Some(Value::Json(record)) = store::read(store::DRAFTS, "t-keep").await.unwrap() else {
        panic!("the draft is kept");
    };
    assert!(
        record.contains("Коваль") && record.contains("\"data\":\"\""),
        "{record}"
    );
    assert_eq!(
        store::read(store::DOCUMENTS, "t-keep-file").await.unwrap(),
        Some(Value::Bytes(vec![0, 255, 7]))
    );
    apps.edit("t-keep", |d| d.attachments.clear());
    settle().await;
    assert_eq!(
        store::read(store::DOCUMENTS, "t-keep-file").await.unwrap(),
        None
    );
    apps.delete("t-keep");
    settle().await;
    assert_eq!(store::read(store::DRAFTS, "t-keep").await.unwrap(), None);
}
