fn main() {
    #[cfg(target_arch = "wasm32")]
    servewell::app::start();
}
