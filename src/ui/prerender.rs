//! The start page rendered at build time (native, the `prerender` feature): the same `App`
//! through Yew's server renderer, with no firm settings and no saved answers. See
//! `src/bin/prerender.rs`.

use super::{App, AppProps};
use crate::branding::Branding;
use crate::i18n::Lang;
use std::rc::Rc;

/// The start page in `lang`, as HTML (not hydratable: the app replaces it with the same markup).
pub async fn start_page(lang: Lang) -> String {
    let props = AppProps {
        branding: Rc::new(Branding {
            lang: Some(lang),
            ..Default::default()
        }),
        today: crate::engine::params::RULES_AS_OF,
        begin: false,
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}
