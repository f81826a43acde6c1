//! The Yew widget (wasm32 only). It gathers answers and shows the engine's report; it holds no
//! legal logic of its own.

use yew::prelude::*;

/// Mounts the widget into `#record-relief` (or `<body>` when the page has no such element).
pub fn start() {
    let document = gloo::utils::document();
    match document.get_element_by_id("record-relief") {
        Some(host) => {
            yew::Renderer::<App>::with_root(host).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="rr" aria-labelledby="rr-title">
            <h1 id="rr-title" class="rr-title">{ "Check if you can clear your California record" }</h1>
            <p class="rr-lead">
                { "Answer a few questions about your convictions and arrests. We will show which \
                   record-clearing options may fit, from what date, and what to do next." }
            </p>
            <ul class="rr-list">
                <li>{ "It takes about 5 minutes." }</li>
                <li>{ "Your answers stay on this device. Nothing is sent anywhere." }</li>
                <li>{ "This is general information, not legal advice." }</li>
            </ul>
        </main>
    }
}
