//! A community's widget in a frame on its own site: its accent colour, its height, its links.

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    use crate::browser::document;
    use wasm_bindgen::JsCast;

    /// Gives the page the accent colour `#rrggbb` (a community's, in its widget).
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

    /// In a frame: tells the host page at `origin` the page's height whenever it changes, so that the
    /// frame fits its content (no scroll bar inside the page's).
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

    /// In a frame: a link opens in a new tab instead of in the frame, unless it is to a page of the
    /// portal for which `inside` (given the path) says yes.
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
}

/// Outside the browser there is no frame.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub fn set_accent(_colour: &str) {}
    pub fn report_height(_origin: &str, _widget: &str) {}
    pub fn links_leave_the_frame(_inside: impl Fn(&str) -> bool + 'static) {}
}
