//! The back office's entry point in the browser: the community's staff at `/office`, in its own
//! module (never part of the citizens' apps or their service worker's cache).

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Its own messages: only this app's module has them.
    i18n::use_office_messages();
    app::start_office();
}
