//! Applications' entry point in the browser: forms, drafts, the outbox and the status page, in
//! their own module.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // Its own messages (the receipt, the status page, answers): only this app's module has them.
    i18n::use_apply_messages();
    app::start_apply();
}
