//! The portal's entry point in the browser: install the panic hook (in debug builds: it formats
//! panic messages, which a release build does not need to carry) and mount the app.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // The citizens' apps' messages (the office's module does not carry them).
    i18n::use_portal_messages();
    app::start(app::App);
}
