//! The browser entry point: install the panic hook, then mount the app.

fn main() {
    hrc_record::panic::install();
    hrc_record::mount();
}
