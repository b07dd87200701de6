//! The back office's entry point in the browser: the community's staff at `/office`, in its own
//! module (never part of the citizens' apps or their service worker's cache).

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::OfficeApp);
}
