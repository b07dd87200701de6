//! The only module that talks to the browser: storage, the document's language and title, focus,
//! and today's date. Every function has a native fallback that does nothing, so components render
//! natively too (the static portal pre-renders them).

use catalogue::{Date, Lang};

/// Keys of what the portal keeps in `localStorage`. Everything the portal stores on the device is
/// listed here, so that "forget everything" can erase it all.
pub mod keys {
    /// The language the person chose.
    pub const LANG: &str = "portal.lang";
    /// The КАТОТТГ code of the community where the person lives now and applies.
    pub const COMMUNITY: &str = "portal.community";
    /// The КАТОТТГ code of the community the person had to leave, if any.
    pub const ORIGIN: &str = "portal.origin";
    /// The eligibility check's answers, only when the person chose "remember on this device".
    pub const ANSWERS: &str = "portal.answers";
    /// All of them.
    pub const ALL: [&str; 4] = [LANG, COMMUNITY, ORIGIN, ANSWERS];
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use gloo_storage::{LocalStorage, Storage};
    use wasm_bindgen::JsCast;

    pub fn load(key: &str) -> Option<String> {
        LocalStorage::get::<String>(key).ok()
    }

    pub fn save(key: &str, value: Option<&str>) {
        // Storage may be denied (private mode, a frame); the portal still works, it only forgets.
        match value {
            Some(v) => {
                let _ = LocalStorage::set(key, v);
            }
            None => LocalStorage::delete(key),
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

    fn document() -> Option<web_sys::Document> {
        web_sys::window().and_then(|w| w.document())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;
    pub fn load(_key: &str) -> Option<String> {
        None
    }
    pub fn save(_key: &str, _value: Option<&str>) {}
    pub fn set_document_lang(_lang: Lang) {}
    pub fn focus_main_heading() {}
    pub fn focus_main() {}
    pub fn set_title(_title: &str) {}
    pub fn focus_id(_id: &str) {}
    pub fn go_back() {}
    pub fn print() {}
    pub fn load_page(_url: &str) {}
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

/// A value the portal stored on this device.
pub fn load(key: &str) -> Option<String> {
    imp::load(key)
}

/// Stores a value on this device, or removes it with `None`.
pub fn save(key: &str, value: Option<&str>) {
    imp::save(key, value)
}

/// Erases everything this portal stored on the device.
pub fn forget_everything() {
    for key in keys::ALL {
        imp::save(key, None);
    }
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

/// Opens the browser's print dialog.
pub fn print() {
    imp::print()
}

/// Loads an address of this origin from the server in place of the current history entry (the
/// other app of the portal, whose address the router has just pushed).
pub fn load_page(url: &str) {
    imp::load_page(url)
}
