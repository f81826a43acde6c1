//! Browser tests (wasm-bindgen-test in headless Chromium): run by `make test` as
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point(id: &str) -> web_sys::Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    host.set_id(id);
    document.body().unwrap().append_child(&host).unwrap();
    host
}

#[wasm_bindgen_test]
async fn app_renders_its_heading() {
    let host = mount_point("app-heading");
    yew::Renderer::<record_relief::ui::App>::with_root(host.clone()).render();
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
    let heading = host.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(
        heading.text_content().unwrap(),
        "Check if you can clear your California record"
    );
}
