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

    /// Opens the browser's print dialog.
    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
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
    pub fn print() {}
}
