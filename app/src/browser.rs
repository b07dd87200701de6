//! The only module that talks to the browser: storage, the document's language and title, focus,
//! and today's date. Every function has a native fallback that does nothing, so components render
//! natively too (the static portal pre-renders them).

use catalogue::{Date, Lang};

pub mod store;

/// Keys of what the portal keeps in `localStorage`. Everything the portal stores on the device is
/// listed here, so that "forget everything" can erase it all.
pub mod keys {
    /// The language the person chose.
    pub const LANG: &str = "portal.lang";
    /// The КАТОТТГ code of the community where the person lives now and applies.
    pub const COMMUNITY: &str = "portal.community";
    /// The КАТОТТГ code of the community the person had to leave, if any.
    pub const ORIGIN: &str = "portal.origin";
    /// The country a person lives in when abroad (ISO 3166-1 alpha-2).
    pub const ABROAD: &str = "portal.abroad";
    /// Set once the portal told the person it works offline on this device.
    pub const OFFLINE_READY: &str = "portal.offline-ready";
    /// The eligibility check's answers, only when the person chose "remember on this device".
    pub const ANSWERS: &str = "portal.answers";
    /// Application drafts, in the earlier format (issue 14: applications are now kept in
    /// [`super::store`]; these four keys are read once, moved there, and removed).
    pub const DRAFTS: &str = "portal.drafts";
    /// Applications submitted, in the earlier format.
    pub const OUTBOX: &str = "portal.outbox";
    /// Replies to the community, in the earlier format.
    pub const REPLIES: &str = "portal.replies";
    /// Answers to the community being written, in the earlier format.
    pub const REPLY_DRAFTS: &str = "portal.reply-drafts";
    /// Set while the device holds an application or a reply: every app's header then links to
    /// "Мої заяви" without reading the outbox.
    pub const HELD: &str = "portal.held";
    /// The application whose start sent the person to choose their community: the picker offers
    /// the way back to it once they have chosen (issue 16).
    pub const RETURN: &str = "portal.return";
    /// All of them.
    pub const ALL: [&str; 12] = [
        LANG,
        OFFLINE_READY,
        COMMUNITY,
        ORIGIN,
        ABROAD,
        ANSWERS,
        DRAFTS,
        OUTBOX,
        REPLIES,
        REPLY_DRAFTS,
        HELD,
        RETURN,
    ];
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use wasm_bindgen::{JsCast, JsValue};

    /// The page's `localStorage`; `None` where the browser denies it (a frame on another site in
    /// some browsers, private modes): reading it may even throw.
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn storage_available() -> bool {
        storage().is_some()
    }

    pub fn load(key: &str) -> Option<String> {
        // Values are JSON strings, as the portal always wrote them.
        let raw = storage()?.get_item(key).ok().flatten()?;
        serde_json::from_str(&raw).ok()
    }

    pub fn save(key: &str, value: Option<&str>) -> bool {
        // Storage may be denied (private mode, a frame) or full; the caller decides what to say.
        let Some(storage) = storage() else {
            return false;
        };
        match value {
            Some(v) => {
                let json = serde_json::to_string(v).unwrap_or_default();
                storage.set_item(key, &json).is_ok()
            }
            None => storage.remove_item(key).is_ok(),
        }
    }

    pub fn set_document_lang(lang: Lang) {
        if let Some(el) = document().and_then(|d| d.document_element()) {
            let _ = el.set_attribute("lang", lang.tag());
        }
    }

    pub fn set_title(title: &str) {
        if let Some(doc) = document() {
            doc.set_title(title);
        }
    }

    pub fn focus_main() {
        let main = document().and_then(|d| d.get_element_by_id("main"));
        if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = main.focus();
        }
    }

    pub fn focus_main_heading() {
        let Some(doc) = document() else { return };
        let h1 = doc.query_selector("main h1").ok().flatten();
        if let Some(h1) = h1.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            if !h1.has_attribute("tabindex") {
                let _ = h1.set_attribute("tabindex", "-1");
            }
            let _ = h1.focus();
        }
    }

    pub fn today() -> Date {
        let now = js_sys::Date::new_0();
        Date::new(
            now.get_full_year() as u16,
            now.get_month() as u8 + 1,
            now.get_date() as u8,
        )
        .unwrap_or(super::FALLBACK_TODAY)
    }

    pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
        use wasm_bindgen_futures::JsFuture;
        let failed = |what: &str| format!("{url}: {what}");
        let window = web_sys::window().ok_or_else(|| failed("no window"))?;
        let response = JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(|_| failed("network error"))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| failed("no response"))?;
        if !response.ok() {
            return Err(failed(&format!("HTTP {}", response.status())));
        }
        let buffer = response.array_buffer().map_err(|_| failed("unreadable"))?;
        let buffer = JsFuture::from(buffer)
            .await
            .map_err(|_| failed("interrupted"))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    pub fn focus_id(id: &str) {
        let el = document().and_then(|d| d.get_element_by_id(id));
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }

    pub fn go_back() {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.back();
        }
    }

    pub fn reload() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }

    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    pub fn load_page(url: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().replace(url);
        }
    }

    pub async fn send(
        method: &str,
        url: &str,
        content_type: &str,
        body: &[u8],
        bearer: Option<&str>,
    ) -> Result<(u16, Vec<u8>), String> {
        use wasm_bindgen_futures::JsFuture;
        let window = web_sys::window().ok_or("no window")?;
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        let headers = web_sys::Headers::new().map_err(|_| "headers")?;
        let _ = headers.set("Content-Type", content_type);
        if let Some(token) = bearer {
            let _ = headers.set("Authorization", &format!("Bearer {token}"));
        }
        init.set_headers(&headers);
        if !body.is_empty() {
            let array = js_sys::Uint8Array::from(body);
            init.set_body(&array);
        }
        let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| "request")?;
        let response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(|_| "network error".to_string())?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
        let status = response.status();
        let buffer = response.array_buffer().map_err(|_| "unreadable")?;
        let buffer = JsFuture::from(buffer).await.map_err(|_| "interrupted")?;
        Ok((status, js_sys::Uint8Array::new(&buffer).to_vec()))
    }

    pub fn random_id() -> Option<String> {
        let mut bytes = [0u8; 16];
        let crypto = web_sys::window()?.crypto().ok()?;
        crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
        Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn online() -> bool {
        web_sys::window().is_none_or(|w| w.navigator().on_line())
    }

    pub fn on_online(f: impl Fn() + 'static) {
        use wasm_bindgen::closure::Closure;
        if let Some(w) = web_sys::window() {
            let cb = Closure::<dyn Fn()>::new(f);
            let _ = w.add_event_listener_with_callback("online", cb.as_ref().unchecked_ref());
            cb.forget();
        }
    }

    pub fn on_offline(f: impl Fn() + 'static) {
        use wasm_bindgen::closure::Closure;
        if let Some(w) = web_sys::window() {
            let cb = Closure::<dyn Fn()>::new(f);
            let _ = w.add_event_listener_with_callback("offline", cb.as_ref().unchecked_ref());
            cb.forget();
        }
    }

    pub fn later(ms: u32, f: impl FnOnce() + 'static) {
        gloo_timers::callback::Timeout::new(ms, f).forget();
    }

    pub fn now_iso() -> String {
        js_sys::Date::new_0().to_iso_string().into()
    }

    pub fn utc_offset_minutes() -> i32 {
        -(js_sys::Date::new_0().get_timezone_offset() as i32)
    }

    pub async fn copy_text(text: &str) -> bool {
        // Through the object model, as web-sys would (its Clipboard binding needs a feature).
        use js_sys::Reflect;
        let Some(window) = web_sys::window() else {
            return false;
        };
        let Ok(clipboard) = Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        else {
            return false;
        };
        let write = Reflect::get(&clipboard, &JsValue::from_str("writeText"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let Some(write) = write else { return false };
        let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
            return false;
        };
        let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
            return false;
        };
        wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
    }

    pub fn prerendered() -> bool {
        document()
            .and_then(|d| d.body())
            .is_some_and(|b| b.has_attribute("data-prerendered"))
    }

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

    pub fn set_accent(colour: &str) {
        if let Some(el) = document()
            .and_then(|d| d.document_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // CSSOM, which the Content-Security-Policy allows (no inline style attribute).
            let style = el.style();
            let _ = style.set_property("--app-brand", colour);
            let _ = style.set_property("--app-link", colour);
        }
    }

    pub fn report_height(origin: &str, widget: &str) {
        use wasm_bindgen::closure::Closure;
        let (origin, widget) = (origin.to_string(), widget.to_string());
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(parent) = window.parent().ok().flatten() else {
            return;
        };
        let Some(root) = document().and_then(|d| d.document_element()) else {
            return;
        };
        let measured = root.clone();
        let last = std::cell::Cell::new(-1.0);
        let post = move || {
            let height = measured.get_bounding_client_rect().height().ceil();
            if height == last.get() {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"portal-widget:height".into());
            let _ = js_sys::Reflect::set(&message, &"widget".into(), &widget.as_str().into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            // Only to the host's origin: a page of another origin in its place gets nothing.
            let _ = parent.post_message(&message, &origin);
        };
        post();
        let cb = Closure::<dyn Fn()>::new(post);
        if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            observer.observe(&root);
        }
        cb.forget();
    }

    pub fn links_leave_the_frame(inside: impl Fn(&str) -> bool + 'static) {
        use wasm_bindgen::closure::Closure;
        let Some(doc) = document() else {
            return;
        };
        let cb = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
            let Some(a) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                return;
            };
            // The view's own pages stay in the frame; every other page, of the portal or of
            // another site (a legal act), opens in a new tab rather than replacing the view.
            let here = web_sys::window().and_then(|w| w.location().origin().ok());
            if here.as_deref() == Some(a.origin().as_str()) && inside(&a.pathname()) {
                return;
            }
            ev.prevent_default();
            ev.stop_propagation();
            if let Some(w) = web_sys::window() {
                let _ = w.open_with_url_and_target_and_features(&a.href(), "_blank", "noopener");
            }
        });
        let _ = doc.add_event_listener_with_callback_and_bool(
            "click",
            cb.as_ref().unchecked_ref(),
            true,
        );
        cb.forget();
    }

    pub fn hash_value(name: &str) -> Option<String> {
        let hash = web_sys::window()?.location().hash().ok()?;
        hash.trim_start_matches('#')
            .split('&')
            .find_map(|p| p.strip_prefix(name)?.strip_prefix('=').map(str::to_string))
    }

    pub fn clear_hash() {
        if let Some(w) = web_sys::window() {
            let loc = w.location();
            let url = format!(
                "{}{}",
                loc.pathname().unwrap_or_default(),
                loc.search().unwrap_or_default()
            );
            if let Ok(history) = w.history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
            }
        }
    }

    pub fn mark_started() {
        if let Some(body) = document().and_then(|d| d.body()) {
            let _ = body.set_attribute("data-app", "started");
        }
    }

    pub fn spawn(f: impl std::future::Future<Output = ()> + 'static) {
        wasm_bindgen_futures::spawn_local(f);
    }

    pub fn register_service_worker(on_update: impl Fn() + 'static, on_ready: impl Fn() + 'static) {
        use std::rc::Rc;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen_futures::JsFuture;
        use web_sys::{ServiceWorker, ServiceWorkerState};
        let Some(window) = web_sys::window() else {
            return;
        };
        let container = window.navigator().service_worker();
        // Without a controller, this device had no version yet: the first one to activate has
        // cached everything.
        let first = container.controller().is_none();
        // When the new version takes over (after the person agreed), load it.
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        let on_update: Rc<dyn Fn()> = Rc::new(on_update);
        let on_ready: Rc<dyn Fn()> = Rc::new(on_ready);
        // Follows a version being installed: installed while another one runs the page, it is an
        // update; activated on a device that had none, the portal is ready offline.
        let watch = {
            let (on_update, on_ready) = (on_update.clone(), on_ready.clone());
            Rc::new(move |worker: ServiceWorker| {
                let seen = worker.clone();
                let (on_update, on_ready) = (on_update.clone(), on_ready.clone());
                let changed = Closure::<dyn Fn()>::new(move || {
                    let has_controller = web_sys::window()
                        .is_some_and(|w| w.navigator().service_worker().controller().is_some());
                    match seen.state() {
                        ServiceWorkerState::Installed if has_controller => on_update(),
                        ServiceWorkerState::Activated if first => on_ready(),
                        _ => {}
                    }
                });
                worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
                changed.forget();
            })
        };
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(reg) = JsFuture::from(container.register("/sw.js")).await else {
                return;
            };
            let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
                return;
            };
            // A version already waiting from an earlier visit.
            if reg.waiting().is_some() && container.controller().is_some() {
                on_update();
            }
            if let Some(installing) = reg.installing() {
                watch(installing);
            } else if first
                && reg
                    .active()
                    .is_some_and(|a| a.state() == ServiceWorkerState::Activated)
            {
                // Activated during an earlier page, which it did not control either (the caller
                // says it once per device).
                on_ready();
            }
            let reg2 = reg.clone();
            let found = Closure::<dyn Fn()>::new(move || {
                if let Some(worker) = reg2.installing() {
                    watch(worker);
                }
            });
            reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
            found.forget();
        });
    }

    pub fn apply_update() {
        use wasm_bindgen_futures::JsFuture;
        let Some(window) = web_sys::window() else {
            return;
        };
        let container = window.navigator().service_worker();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(reg) = JsFuture::from(
                container
                    .ready()
                    .unwrap_or_else(|_| js_sys::Promise::resolve(&JsValue::NULL)),
            )
            .await
                && let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>()
                && let Some(waiting) = reg.waiting()
            {
                let _ = waiting.post_message(&JsValue::from_str("update"));
            }
        });
    }

    pub async fn scale_photo(bytes: &[u8], content_type: &str, max_side: u32) -> Option<String> {
        use wasm_bindgen_futures::JsFuture;
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(content_type);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &bag).ok()?;
        let window = web_sys::window()?;
        let bitmap: web_sys::ImageBitmap =
            JsFuture::from(window.create_image_bitmap_with_blob(&blob).ok()?)
                .await
                .ok()?
                .dyn_into()
                .ok()?;
        let (w, h) = (bitmap.width(), bitmap.height());
        let scale = (max_side as f64 / w.max(h).max(1) as f64).min(1.0);
        let (nw, nh) = (
            ((w as f64 * scale).round() as u32).max(1),
            ((h as f64 * scale).round() as u32).max(1),
        );
        let canvas: web_sys::HtmlCanvasElement =
            document()?.create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.set_width(nw);
        canvas.set_height(nh);
        let ctx: web_sys::CanvasRenderingContext2d =
            canvas.get_context("2d").ok()??.dyn_into().ok()?;
        // A transparent PNG becomes a JPEG on white, as paper is.
        ctx.set_fill_style_str("#fff");
        ctx.fill_rect(0.0, 0.0, nw as f64, nh as f64);
        ctx.draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, nw as f64, nh as f64)
            .ok()?;
        let url = canvas
            .to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(0.85))
            .ok()?;
        url.split_once(',').map(|(_, b64)| b64.to_string())
    }

    pub async fn read_files(ev: &web_sys::Event) -> Vec<(String, Vec<u8>)> {
        use wasm_bindgen_futures::JsFuture;
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if let Some(list) = input.files() {
            for i in 0..list.length() {
                let Some(file) = list.get(i) else { continue };
                if let Ok(buffer) = JsFuture::from(file.array_buffer()).await {
                    out.push((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()));
                }
            }
        }
        input.set_value("");
        out
    }

    pub async fn office_send(
        method: &str,
        url: &str,
        json: Option<&str>,
        csrf: Option<&str>,
    ) -> Result<(u16, Vec<u8>), String> {
        use wasm_bindgen_futures::JsFuture;
        let window = web_sys::window().ok_or("no window")?;
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        init.set_credentials(web_sys::RequestCredentials::SameOrigin);
        let headers = web_sys::Headers::new().map_err(|_| "headers")?;
        let _ = headers.set("Accept", "application/json");
        if let Some(body) = json {
            let _ = headers.set("Content-Type", "application/json");
            init.set_body(&JsValue::from_str(body));
        }
        if let Some(csrf) = csrf {
            let _ = headers.set("X-CSRF-Token", csrf);
        }
        init.set_headers(&headers);
        let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| "request")?;
        let response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(|_| "network error".to_string())?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
        let status = response.status();
        let buffer = response.array_buffer().map_err(|_| "unreadable")?;
        let buffer = JsFuture::from(buffer).await.map_err(|_| "interrupted")?;
        Ok((status, js_sys::Uint8Array::new(&buffer).to_vec()))
    }

    pub fn hash() -> Option<String> {
        let hash = web_sys::window()?.location().hash().ok()?;
        let hash = hash.trim_start_matches('#');
        (!hash.is_empty()).then(|| hash.to_string())
    }

    pub fn origin() -> String {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    }

    pub fn local_time(iso: &str) -> Option<(u32, u32, u32, u32, u32)> {
        let date = js_sys::Date::new(&JsValue::from_str(iso));
        let ms = date.get_time();
        if ms.is_nan() {
            return None;
        }
        Some((
            date.get_full_year(),
            date.get_month() + 1,
            date.get_date(),
            date.get_hours(),
            date.get_minutes(),
        ))
    }

    pub fn download(name: &str, content_type: &str, bytes: &[u8]) -> bool {
        let Some(doc) = document() else { return false };
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(content_type);
        let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        else {
            return false;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return false;
        };
        let Some(a) = doc
            .create_element("a")
            .ok()
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return false;
        };
        a.set_href(&url);
        a.set_download(name);
        a.click();
        // The browser has taken the file by the next minute.
        later(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        true
    }

    fn document() -> Option<web_sys::Document> {
        web_sys::window().and_then(|w| w.document())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;
    pub fn storage_available() -> bool {
        true
    }
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
    pub fn set_accent(_colour: &str) {}
    pub fn report_height(_origin: &str, _widget: &str) {}
    pub fn links_leave_the_frame(_inside: impl Fn(&str) -> bool + 'static) {}
    pub fn hash_value(_name: &str) -> Option<String> {
        None
    }
    pub fn clear_hash() {}
    pub fn spawn(_f: impl std::future::Future<Output = ()> + 'static) {}
    pub fn load(_key: &str) -> Option<String> {
        None
    }
    pub fn save(_key: &str, _value: Option<&str>) -> bool {
        true
    }
    pub fn set_document_lang(_lang: Lang) {}
    pub fn focus_main_heading() {}
    pub fn focus_main() {}
    pub fn set_title(_title: &str) {}
    pub fn focus_id(_id: &str) {}
    pub fn go_back() {}
    pub fn reload() {}
    pub fn print() {}
    pub fn load_page(_url: &str) {}
    pub async fn send(
        _method: &str,
        _url: &str,
        _content_type: &str,
        _body: &[u8],
        _bearer: Option<&str>,
    ) -> Result<(u16, Vec<u8>), String> {
        Err("no network outside the browser".into())
    }
    pub fn random_id() -> Option<String> {
        None
    }
    pub fn online() -> bool {
        false
    }
    pub fn on_online(_f: impl Fn() + 'static) {}
    pub fn on_offline(_f: impl Fn() + 'static) {}
    pub fn later(_ms: u32, _f: impl FnOnce() + 'static) {}
    pub fn now_iso() -> String {
        "2026-01-01T00:00:00.000Z".into()
    }
    pub fn utc_offset_minutes() -> i32 {
        0
    }
    pub async fn copy_text(_text: &str) -> bool {
        false
    }
    pub async fn read_files(_ev: &web_sys::Event) -> Vec<(String, Vec<u8>)> {
        Vec::new()
    }
    pub async fn scale_photo(_bytes: &[u8], _content_type: &str, _max_side: u32) -> Option<String> {
        None
    }
    pub fn register_service_worker(
        _on_update: impl Fn() + 'static,
        _on_ready: impl Fn() + 'static,
    ) {
    }
    pub async fn office_send(
        _method: &str,
        _url: &str,
        _json: Option<&str>,
        _csrf: Option<&str>,
    ) -> Result<(u16, Vec<u8>), String> {
        Err("no network outside the browser".into())
    }
    pub fn hash() -> Option<String> {
        None
    }
    pub fn origin() -> String {
        String::new()
    }
    pub fn local_time(iso: &str) -> Option<(u32, u32, u32, u32, u32)> {
        // Natively: the UTC time as written (`2026-12-06T10:15:00Z`).
        let num = |r: std::ops::Range<usize>| iso.get(r)?.parse().ok();
        Some((
            num(0..4)?,
            num(5..7)?,
            num(8..10)?,
            num(11..13)?,
            num(14..16)?,
        ))
    }
    pub fn apply_update() {}
    pub fn download(_name: &str, _content_type: &str, _bytes: &[u8]) -> bool {
        false
    }
    pub fn today() -> Date {
        super::FALLBACK_TODAY
    }
    pub async fn fetch_bytes(_url: &str) -> Result<Vec<u8>, String> {
        Err("no network outside the browser".to_string())
    }
}

/// The date used where the clock cannot be read (native rendering).
const FALLBACK_TODAY: Date = match Date::new(2026, 1, 1) {
    Some(d) => d,
    None => unreachable!(),
};

/// Does the browser let the portal keep anything on this device here? (A frame on another site
/// may be denied storage.)
pub fn storage_available() -> bool {
    imp::storage_available()
}

/// A value the portal stored on this device.
pub fn load(key: &str) -> Option<String> {
    imp::load(key)
}

/// Stores a value on this device, or removes it with `None`. `false` when the browser refused
/// (storage denied or full): the portal still works, but cannot keep this.
pub fn save(key: &str, value: Option<&str>) -> bool {
    imp::save(key, value)
}

/// Erases everything this portal stored on the device: `localStorage` and the applications'
/// database.
pub fn forget_everything() {
    for key in keys::ALL {
        let _ = imp::save(key, None);
    }
    store::erase();
}

/// Hands the person a file to keep (the browser's download): `false` if the browser did not.
pub fn download(name: &str, content_type: &str, bytes: &[u8]) -> bool {
    imp::download(name, content_type, bytes)
}

/// Sets `<html lang>`.
pub fn set_document_lang(lang: Lang) {
    imp::set_document_lang(lang)
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    imp::set_title(title)
}

/// Moves focus to the main content, as the skip link promises.
pub fn focus_main() {
    imp::focus_main()
}

/// Moves keyboard and screen-reader focus to the page's main heading, as after a page load.
pub fn focus_main_heading() {
    imp::focus_main_heading()
}

/// Fetches a file of the portal's own origin.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    imp::fetch_bytes(url).await
}

/// Today's date on the device.
pub fn today() -> Date {
    imp::today()
}

/// Moves focus to the element with this id (an error summary, a field).
pub fn focus_id(id: &str) {
    imp::focus_id(id)
}

/// Goes back one page in the history, as the browser's own back button does.
pub fn go_back() {
    imp::go_back()
}

/// Loads the page again, from what the device keeps.
pub fn reload() {
    imp::reload()
}

/// Opens the browser's print dialog.
pub fn print() {
    imp::print()
}

/// Loads an address of this origin from the server in place of the current history entry (the
/// other app of the portal, whose address the router has just pushed).
pub fn load_page(url: &str) {
    imp::load_page(url)
}

/// Sends a request to the portal's own backend: the status and the body of the answer, or why
/// nothing came back (offline, refused).
pub async fn send(
    method: &str,
    url: &str,
    content_type: &str,
    body: &[u8],
    bearer: Option<&str>,
) -> Result<(u16, Vec<u8>), String> {
    imp::send(method, url, content_type, body, bearer).await
}

/// 128 random bits from the browser's cryptographic generator, as 32 hex digits: the ids the
/// device gives applications, answers and attachments, which make a sending exactly-once.
/// `None` where there is no such generator: no id is ever made without one (issue 14).
pub fn random_id() -> Option<String> {
    imp::random_id()
}

/// Does the browser think it is online?
pub fn online() -> bool {
    imp::online()
}

/// Calls `f` whenever the connection comes back.
pub fn on_online(f: impl Fn() + 'static) {
    imp::on_online(f)
}

/// Calls `f` whenever the browser loses its connection.
pub fn on_offline(f: impl Fn() + 'static) {
    imp::on_offline(f)
}

/// Calls `f` once, after `ms` milliseconds.
pub fn later(ms: u32, f: impl FnOnce() + 'static) {
    imp::later(ms, f)
}

/// The current time, ISO 8601 in UTC.
pub fn now_iso() -> String {
    imp::now_iso()
}

/// How many minutes the device's clock is ahead of UTC (Kyiv: 120 or 180).
pub fn utc_offset_minutes() -> i32 {
    imp::utc_offset_minutes()
}

/// Puts `text` on the clipboard; `false` if the browser did not let it.
pub async fn copy_text(text: &str) -> bool {
    imp::copy_text(text).await
}

/// The files a person picked in a file input (its change event), by name; the input is cleared.
pub async fn read_files(ev: &web_sys::Event) -> Vec<(String, Vec<u8>)> {
    imp::read_files(ev).await
}

/// A photo scaled down on the device so that its longer side is at most `max_side` pixels, as a
/// JPEG (base64): documents stay readable and a weak connection carries a fraction of the bytes.
/// `None` if the browser cannot read the image.
pub async fn scale_photo(bytes: &[u8], content_type: &str, max_side: u32) -> Option<String> {
    imp::scale_photo(bytes, content_type, max_side).await
}

/// Registers the service worker that keeps the portal working offline; `on_update` is called when
/// a new version is ready and waits for the person's agreement, `on_ready` when the first version
/// on this device has cached everything (the portal now works offline).
pub fn register_service_worker(on_update: impl Fn() + 'static, on_ready: impl Fn() + 'static) {
    imp::register_service_worker(on_update, on_ready)
}

/// Lets the waiting new version take over; the page then reloads.
pub fn apply_update() {
    imp::apply_update()
}

/// Is this page pre-rendered (static HTML the app is to take over)?
pub fn prerendered() -> bool {
    imp::prerendered()
}

/// What a pre-rendered page carries for the app (see `data::install_page_details`).
pub fn page_data() -> Option<String> {
    imp::page_data()
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
    imp::take_over(app)
}

/// Marks the page as run by the app (`<body data-app="started">`): tests wait for it.
pub fn mark_started() {
    imp::mark_started()
}

/// Runs `f` in the browser's event loop (before the app exists).
pub fn spawn(f: impl std::future::Future<Output = ()> + 'static) {
    imp::spawn(f)
}

/// Gives the page the accent colour `#rrggbb` (a community's, in its widget).
pub fn set_accent(colour: &str) {
    imp::set_accent(colour)
}

/// In a frame: tells the host page at `origin` the page's height whenever it changes, so that the
/// frame fits its content (no scroll bar inside the page's).
pub fn report_height(origin: &str, widget: &str) {
    imp::report_height(origin, widget)
}

/// In a frame: a link opens in a new tab instead of in the frame, unless it is to a page of the
/// portal for which `inside` (given the path) says yes.
pub fn links_leave_the_frame(inside: impl Fn(&str) -> bool + 'static) {
    imp::links_leave_the_frame(inside)
}

/// The value of `name=` in the address's fragment (which never reaches a server).
pub fn hash_value(name: &str) -> Option<String> {
    imp::hash_value(name)
}

/// Removes the fragment from the address, without a navigation.
pub fn clear_hash() {
    imp::clear_hash()
}

/// Sends a request to the back office's API (`/api/v1/office/...`) with the staff member's
/// session cookie (same origin only): JSON in and out, and the session's CSRF token as
/// `X-CSRF-Token` when given. The status and the body of the answer, or why nothing came back.
pub async fn office_send(
    method: &str,
    url: &str,
    json: Option<&str>,
    csrf: Option<&str>,
) -> Result<(u16, Vec<u8>), String> {
    imp::office_send(method, url, json, csrf).await
}

/// `GET url` on this origin (a community's published profile): the status and the body of the
/// answer, or why nothing came back.
pub async fn get(url: &str) -> Result<(u16, Vec<u8>), String> {
    imp::office_send("GET", url, None, None).await
}

/// The address's whole fragment, without `#` (an invitation's one-time token); `None` if empty.
pub fn hash() -> Option<String> {
    imp::hash()
}

/// The page's origin (`https://portal.example`), to show a full link to copy.
pub fn origin() -> String {
    imp::origin()
}

/// A timestamp (RFC 3339) in the device's time zone: year, month, day, hour, minute.
pub fn local_time(iso: &str) -> Option<(u32, u32, u32, u32, u32)> {
    imp::local_time(iso)
}
