//! The pre-rendered page and the app taking it over.

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    use crate::browser::document;
    use wasm_bindgen::{JsCast, JsValue};

    /// Is this page pre-rendered (static HTML the app is to take over)?
    pub fn prerendered() -> bool {
        document()
            .and_then(|d| d.body())
            .is_some_and(|b| b.has_attribute("data-prerendered"))
    }

    /// What a pre-rendered page carries for the app (see `data::install_page_details`).
    pub fn page_data() -> Option<String> {
        document()?.get_element_by_id("page-data")?.text_content()
    }

    /// The next task: the browser may paint, and handle a tap or a key, before it.
    async fn next_task() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    /// Replaces the pre-rendered page with `app`. The app renders its page off screen in steps, a
    /// task each ([`crate::stepwise`]), while the static page stays on screen and keeps working; then
    /// the app's page takes its place before the next frame is painted (no flash, no shift). What the
    /// person had typed or chosen and where their focus was carry over to the app's page; then the
    /// page is marked as started.
    pub fn take_over<F, N>(app: F)
    where
        F: FnOnce() -> N + 'static,
        N: leptos::prelude::IntoView + 'static,
    {
        use crate::stepwise;
        let parts = document().and_then(|d| {
            let body = d.body()?;
            let stage = d
                .create_element("div")
                .ok()?
                .dyn_into::<web_sys::HtmlElement>()
                .ok()?;
            Some((d, body, stage))
        });
        let Some((doc, body, stage)) = parts else {
            return leptos::mount::mount_to_body(app);
        };
        // The app renders off the page, one step a task, while the static page stays on screen
        // and keeps working; then, in one task, its page takes the static one's place: no frame is
        // painted with both pages or with neither, and no key press comes in between.
        stepwise::reach(0);
        let _ = body.set_attribute("data-app", "taking-over");
        // Until the app's page is on screen, a link the person follows is the static page's: the
        // browser loads its page, and the app's router (which has no page to show yet) never
        // hears of the click.
        let static_links =
            wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
                ev.stop_propagation()
            });
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback_and_bool(
                "click",
                static_links.as_ref().unchecked_ref(),
                true,
            );
        }
        wasm_bindgen_futures::spawn_local(async move {
            next_task().await;
            leptos::mount::mount_to(stage.clone(), app).forget();
            for step in 1..=stepwise::LAST {
                next_task().await;
                stepwise::reach(step);
            }
            next_task().await;
            // A page is there once its heading is (a route may take a microtask or two).
            for _ in 0..100 {
                if stage.query_selector("main h1").ok().flatten().is_some() {
                    break;
                }
                let tick = js_sys::Promise::resolve(&JsValue::NULL);
                let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
            }
            let list = body.child_nodes();
            let old: Vec<web_sys::Node> = (0..list.length()).filter_map(|i| list.item(i)).collect();
            let focused = doc
                .active_element()
                .map(|e| e.id())
                .filter(|id| !id.is_empty());
            let typed = typed_in(&old);
            while let Some(node) = stage.first_child() {
                let _ = body.append_child(&node);
            }
            for node in &old {
                let _ = body.remove_child(node);
            }
            for (id, value, checked) in typed {
                if let Some(el) = doc.get_element_by_id(&id) {
                    retype(&el, &value, checked);
                }
            }
            if let Some(el) = focused.and_then(|id| doc.get_element_by_id(&id))
                && let Some(el) = el.dyn_ref::<web_sys::HtmlElement>()
            {
                let _ = el.focus();
            }
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback_and_bool(
                    "click",
                    static_links.as_ref().unchecked_ref(),
                    true,
                );
            }
            let _ = body.remove_attribute("data-prerendered");
            mark_started();
        });
    }

    /// The fields among `nodes` that the person changed: id, value, checked.
    fn typed_in(nodes: &[web_sys::Node]) -> Vec<(String, String, bool)> {
        use web_sys::{HtmlInputElement, HtmlSelectElement};
        let mut typed = Vec::new();
        for node in nodes {
            let Some(el) = node.dyn_ref::<web_sys::Element>() else {
                continue;
            };
            let Ok(fields) = el.query_selector_all("input[id],select[id]") else {
                continue;
            };
            for field in (0..fields.length()).filter_map(|i| fields.item(i)) {
                if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
                    if input.value() != input.default_value()
                        || input.checked() != input.default_checked()
                    {
                        typed.push((input.id(), input.value(), input.checked()));
                    }
                } else if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
                    // The option the page chose (or the first one), as the page was written.
                    let default = select
                        .query_selector("option[selected]")
                        .ok()
                        .flatten()
                        .or_else(|| select.query_selector("option").ok().flatten())
                        .and_then(|o| o.get_attribute("value"));
                    if default.as_deref() != Some(select.value().as_str()) {
                        typed.push((select.id(), select.value(), false));
                    }
                }
            }
        }
        typed
    }

    /// Puts a value into the app's field as if typed, so the app hears of it.
    fn retype(el: &web_sys::Element, value: &str, checked: bool) {
        use web_sys::{HtmlInputElement, HtmlSelectElement};
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if input.value() == value && input.checked() == checked {
                return;
            }
            input.set_value(value);
            input.set_checked(checked);
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            if select.value() == value {
                return;
            }
            select.set_value(value);
        }
        for kind in ["input", "change"] {
            if let Ok(ev) = web_sys::Event::new(kind) {
                let _ = el.dispatch_event(&ev);
            }
        }
    }

    /// Marks the page as run by the app (`<body data-app="started">`): tests wait for it.
    pub fn mark_started() {
        if let Some(body) = document().and_then(|d| d.body()) {
            let _ = body.set_attribute("data-app", "started");
        }
    }
}

/// Outside the browser there is no page to take over.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub fn prerendered() -> bool {
        false
    }
    pub fn page_data() -> Option<String> {
        None
    }
    pub fn take_over<F, N>(_app: F)
    where
        F: FnOnce() -> N + 'static,
        N: leptos::prelude::IntoView + 'static,
    {
    }
    pub fn mark_started() {}
}
