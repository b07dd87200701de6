//! The document: its language and title, focus, printing.

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    use crate::browser::document;
    use catalogue::Lang;
    use wasm_bindgen::JsCast;

    /// Sets `<html lang>`.
    pub fn set_document_lang(lang: Lang) {
        if let Some(el) = document().and_then(|d| d.document_element()) {
            let _ = el.set_attribute("lang", lang.tag());
        }
    }

    /// Sets the document's title.
    pub fn set_title(title: &str) {
        if let Some(doc) = document() {
            doc.set_title(title);
        }
    }

    /// Moves focus to the main content, as the skip link promises.
    pub fn focus_main() {
        let main = document().and_then(|d| d.get_element_by_id("main"));
        if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = main.focus();
        }
    }

    /// Moves keyboard and screen-reader focus to the page's main heading, as after a page load.
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

    /// Moves focus to the element with this id (an error summary, a field).
    pub fn focus_id(id: &str) {
        let el = document().and_then(|d| d.get_element_by_id(id));
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }

    /// A new element at the top of the main content, for a notice shown where the app could not
    /// start; and whether the page has main content (a pre-rendered page), or the element is the
    /// empty body's only content (an app's own page) and the notice is the whole page.
    pub fn notice_host() -> Option<(web_sys::HtmlElement, bool)> {
        let doc = document()?;
        let host: web_sys::HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
        let main = doc.get_element_by_id("main");
        let in_main = main.is_some();
        let parent: web_sys::Node = match main {
            Some(main) => main.into(),
            None => doc.body()?.into(),
        };
        parent
            .insert_before(&host, parent.first_child().as_ref())
            .ok()?;
        Some((host, in_main))
    }

    /// Opens the browser's print dialog.
    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    /// Calls `f` whenever the page may go without another chance to run: it is hidden (another
    /// tab, the phone's home screen — a phone may then end it unseen) or left (`pagehide`: a
    /// reload, a link, the tab closed). Only what `f` does at once is sure to happen.
    pub fn on_page_hidden(f: impl Fn() + 'static) {
        use wasm_bindgen::closure::Closure;
        let (Some(w), Some(doc)) = (web_sys::window(), document()) else {
            return;
        };
        let f = std::rc::Rc::new(f);
        let left = f.clone();
        let cb = Closure::<dyn Fn()>::new(move || left());
        let _ = w.add_event_listener_with_callback("pagehide", cb.as_ref().unchecked_ref());
        cb.forget();
        let watched = doc.clone();
        let cb = Closure::<dyn Fn()>::new(move || {
            if watched.hidden() {
                f()
            }
        });
        let _ =
            doc.add_event_listener_with_callback("visibilitychange", cb.as_ref().unchecked_ref());
        cb.forget();
    }
}

/// Outside the browser there is no document: nothing to do.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use catalogue::Lang;

    pub fn set_document_lang(_lang: Lang) {}
    pub fn set_title(_title: &str) {}
    pub fn focus_main() {}
    pub fn focus_main_heading() {}
    pub fn focus_id(_id: &str) {}
    pub fn notice_host() -> Option<(web_sys::HtmlElement, bool)> {
        None
    }
    pub fn print() {}
    pub fn on_page_hidden(_f: impl Fn() + 'static) {}
}
