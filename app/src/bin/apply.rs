//! Applications' entry point in the browser: forms, drafts, the outbox and the status page, in
//! their own module.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    app::start(app::ApplyApp);
}
