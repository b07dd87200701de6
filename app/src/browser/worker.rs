//! The service worker that keeps the portal working offline, and its updates.

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::{JsCast, JsValue};

    /// Registers the service worker that keeps the portal working offline; `on_update` is called when
    /// a new version is ready and waits for the person's agreement, `on_ready` when the first version
    /// on this device has cached everything (the portal now works offline).
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

    /// Lets the waiting new version take over; the page then reloads.
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
}

/// Outside the browser there is no service worker.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub fn register_service_worker(
        _on_update: impl Fn() + 'static,
        _on_ready: impl Fn() + 'static,
    ) {
    }
    pub fn apply_update() {}
}
