//! The address and the history: going back, loading a page, showing an address without loading
//! it (the apps' router), the links a person follows, the fragment, the origin.

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

    /// The address's query, with its `?` (empty if none).
    pub fn search() -> String {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }

    /// Loads an address of this origin as following a link does: a new history entry.
    pub fn go_to(url: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().assign(url);
        }
    }

    /// Shows `url` (path, query, fragment of this origin) in the address bar without loading it:
    /// a new history entry, or in place of the current one.
    pub fn push_address(url: &str, replace: bool) {
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(url))
        };
    }

    /// Calls `f` when the person goes back or forward between the app's own history entries.
    pub fn on_history(f: impl Fn() + 'static) {
        use wasm_bindgen::JsCast;
        use wasm_bindgen::closure::Closure;
        if let Some(w) = web_sys::window() {
            let cb = Closure::<dyn Fn()>::new(f);
            let _ = w.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
            cb.forget();
        }
    }

    /// Calls `follow` with the address (path, query, fragment) of each link of this origin the
    /// person follows as a plain click — not one opened in a new tab or window (a modifier key, a
    /// `target`), a download, or a move within the same page (`#…`) — and keeps the browser from
    /// loading it when `follow` says it has shown it.
    pub fn on_link_followed(follow: impl Fn(&str) -> bool + 'static) {
        use wasm_bindgen::JsCast;
        use wasm_bindgen::closure::Closure;
        let Some(w) = web_sys::window() else { return };
        let origin = w.location().origin().ok();
        let cb = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
            if ev.default_prevented()
                || ev.button() != 0
                || ev.meta_key()
                || ev.ctrl_key()
                || ev.shift_key()
                || ev.alt_key()
            {
                return;
            }
            let anchor = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("a[href]").ok().flatten())
                .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
            let Some(a) = anchor else { return };
            let leaves = !matches!(a.target().as_str(), "" | "_self")
                || a.has_attribute("download")
                || a.rel().split_whitespace().any(|r| r == "external")
                || Some(a.origin()) != origin;
            if leaves {
                return;
            }
            let (path, query, fragment) = (a.pathname(), a.search(), a.hash());
            if !fragment.is_empty() && path == pathname() && query == search() {
                return;
            }
            if follow(&format!("{path}{query}{fragment}")) {
                ev.prevent_default();
            }
        });
        let _ = w.add_event_listener_with_callback("click", cb.as_ref().unchecked_ref());
        cb.forget();
    }

    /// Scrolls to the element with the fragment's id, or to the top of the page.
    pub fn scroll_to(fragment: &str) {
        let Some(w) = web_sys::window() else { return };
        let target = w
            .document()
            .and_then(|d| d.get_element_by_id(fragment.trim_start_matches('#')))
            .filter(|_| !fragment.is_empty());
        match target {
            Some(el) => el.scroll_into_view(),
            None => w.scroll_to_with_x_and_y(0.0, 0.0),
        }
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
    pub fn search() -> String {
        String::new()
    }
    pub fn go_to(_url: &str) {}
    pub fn push_address(_url: &str, _replace: bool) {}
    pub fn on_history(_f: impl Fn() + 'static) {}
    pub fn on_link_followed(_follow: impl Fn(&str) -> bool + 'static) {}
    pub fn scroll_to(_fragment: &str) {}
}
