//! The eligibility check's entry point in the browser: its own module, so the portal's first view
//! does not carry it.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Its own messages (the questions, the results, the plan): only this app's module has them.
    i18n::use_check_messages();
    app::start_check();
}
