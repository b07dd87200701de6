//! The eligibility check's entry point in the browser: its own module, so the portal's first view
//! does not carry it.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    app::start_check();
}
