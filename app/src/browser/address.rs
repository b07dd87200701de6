//! The address and the history: going back, loading a page, the fragment, the origin.

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::JsValue;

    /// Goes back one page in the history, as the browser's own back button does.
    pub fn go_back() {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.back();
        }
    }

    /// Loads the page again, from what the device keeps.
    pub fn reload() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }

    /// Loads an address of this origin from the server in place of the current history entry (the
    /// other app of the portal, whose address the router has just pushed).
    pub fn load_page(url: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().replace(url);
        }
    }

    /// The value of `name=` in the address's fragment (which never reaches a server).
    pub fn hash_value(name: &str) -> Option<String> {
        let hash = web_sys::window()?.location().hash().ok()?;
        hash.trim_start_matches('#')
            .split('&')
            .find_map(|p| p.strip_prefix(name)?.strip_prefix('=').map(str::to_string))
    }

    /// Removes the fragment from the address, without a navigation.
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

    /// The address's whole fragment, without `#` (an invitation's one-time token); `None` if empty.
    pub fn hash() -> Option<String> {
        let hash = web_sys::window()?.location().hash().ok()?;
        let hash = hash.trim_start_matches('#');
        (!hash.is_empty()).then(|| hash.to_string())
    }

    /// The page's origin (`https://portal.example`), to show a full link to copy.
    pub fn origin() -> String {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    }

    /// The address's path (`/en/apply/birth-assistance`).
    pub fn pathname() -> String {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default()
    }
}

/// Outside the browser there is no address.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub fn go_back() {}
    pub fn reload() {}
    pub fn load_page(_url: &str) {}
    pub fn hash_value(_name: &str) -> Option<String> {
        None
    }
    pub fn clear_hash() {}
    pub fn hash() -> Option<String> {
        None
    }
    pub fn origin() -> String {
        String::new()
    }
    pub fn pathname() -> String {
        String::new()
    }
}
