//! Requests to the portal's own origin, the connection, and the browser's event loop.

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

/// `GET url` on this origin (a community's published profile): the status and the body of the
/// answer, or why nothing came back.
pub async fn get(url: &str) -> Result<(u16, Vec<u8>), String> {
    office_send("GET", url, None, None).await
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::{JsCast, JsValue};

    /// Fetches a file of the portal's own origin.
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

    /// Sends a request to the portal's own backend: the status and the body of the answer, or why
    /// nothing came back (offline, refused).
    pub async fn send(
        method: &str,
        url: &str,
        content_type: &str,
        body: &[u8],
        bearer: Option<&str>,
    ) -> Result<(u16, Vec<u8>), String> {
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
        answer(&window, url, &init).await
    }

    /// Fetches `url` as `init` says: the status and the body of the answer, or why nothing came
    /// back.
    async fn answer(
        window: &web_sys::Window,
        url: &str,
        init: &web_sys::RequestInit,
    ) -> Result<(u16, Vec<u8>), String> {
        use wasm_bindgen_futures::JsFuture;
        let request = web_sys::Request::new_with_str_and_init(url, init).map_err(|_| "request")?;
        let response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(|_| "network error".to_string())?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
        let status = response.status();
        let buffer = response.array_buffer().map_err(|_| "unreadable")?;
        let buffer = JsFuture::from(buffer).await.map_err(|_| "interrupted")?;
        Ok((status, js_sys::Uint8Array::new(&buffer).to_vec()))
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
        answer(&window, url, &init).await
    }

    /// Does the browser think it is online?
    pub fn online() -> bool {
        web_sys::window().is_none_or(|w| w.navigator().on_line())
    }

    /// Calls `f` whenever the connection comes back.
    pub fn on_online(f: impl Fn() + 'static) {
        use wasm_bindgen::closure::Closure;
        if let Some(w) = web_sys::window() {
            let cb = Closure::<dyn Fn()>::new(f);
            let _ = w.add_event_listener_with_callback("online", cb.as_ref().unchecked_ref());
            cb.forget();
        }
    }

    /// Calls `f` whenever the browser loses its connection.
    pub fn on_offline(f: impl Fn() + 'static) {
        use wasm_bindgen::closure::Closure;
        if let Some(w) = web_sys::window() {
            let cb = Closure::<dyn Fn()>::new(f);
            let _ = w.add_event_listener_with_callback("offline", cb.as_ref().unchecked_ref());
            cb.forget();
        }
    }

    /// Calls `f` once, after `ms` milliseconds.
    pub fn later(ms: u32, f: impl FnOnce() + 'static) {
        gloo_timers::callback::Timeout::new(ms, f).forget();
    }

    /// Runs `f` in the browser's event loop (before the app exists).
    pub fn spawn(f: impl std::future::Future<Output = ()> + 'static) {
        wasm_bindgen_futures::spawn_local(f);
    }
}

/// Outside the browser there is no network and no event loop: nothing is sent or run.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub async fn fetch_bytes(_url: &str) -> Result<Vec<u8>, String> {
        Err("no network outside the browser".to_string())
    }
    pub async fn send(
        _method: &str,
        _url: &str,
        _content_type: &str,
        _body: &[u8],
        _bearer: Option<&str>,
    ) -> Result<(u16, Vec<u8>), String> {
        Err("no network outside the browser".into())
    }
    pub async fn office_send(
        _method: &str,
        _url: &str,
        _json: Option<&str>,
        _csrf: Option<&str>,
    ) -> Result<(u16, Vec<u8>), String> {
        Err("no network outside the browser".into())
    }
    /// A pre-rendered page says nothing of the connection (the app does, once it runs).
    pub fn online() -> bool {
        true
    }
    pub fn on_online(_f: impl Fn() + 'static) {}
    pub fn on_offline(_f: impl Fn() + 'static) {}
    pub fn later(_ms: u32, _f: impl FnOnce() + 'static) {}
    pub fn spawn(_f: impl std::future::Future<Output = ()> + 'static) {}
}
