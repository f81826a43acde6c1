//! Embedding on a law firm's page: mounting inline inside a Shadow DOM, and, in iframe mode,
//! telling the embedding page the widget's height (never an answer) so the frame fits.

use super::{App, AppProps};
use crate::branding;
use chrono::NaiveDate;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The `data-*` settings of a host element.
pub fn host_pairs(host: &web_sys::Element) -> Vec<(String, String)> {
    let attrs = host.attributes();
    (0..attrs.length())
        .filter_map(|i| attrs.item(i))
        .filter_map(|a| {
            a.name()
                .strip_prefix("data-")
                .map(|k| (k.to_string(), a.value()))
        })
        .collect()
}

/// The widget, with the host element's settings, rendered into `root`.
fn mount(host: &web_sys::Element, root: web_sys::Element, today: NaiveDate) {
    let pairs = host_pairs(host);
    let (branding, warnings) =
        branding::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for w in &warnings {
        gloo::console::warn!(format!("Record Relief configuration: {w}"));
    }
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            branding: Rc::new(branding),
            today,
            begin: false,
        },
    )
    .render();
}

/// Mounts the widget into every `[data-record-relief][data-mode=inline]` element, each inside
/// an open shadow root (host styles and ours stay apart), with our stylesheet loaded there with
/// its integrity hash. Returns how many were mounted.
pub fn mount_inline_hosts(today: NaiveDate) -> usize {
    let document = gloo::utils::document();
    let Ok(hosts) = document.query_selector_all("[data-record-relief][data-mode=inline]") else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..hosts.length() {
        let Some(host) = hosts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if host.has_attribute("data-rr-app") {
            continue;
        }
        let _ = host.set_attribute("data-rr-app", "");
        // embed.js made the shadow root, its stylesheet and the prerendered start page: take the
        // page over in place (same markup, same task, no flash).
        if let Some(root) = host
            .shadow_root()
            .and_then(|s| s.query_selector("[data-rr-root]").ok().flatten())
        {
            root.set_inner_html("");
            let _ = root.remove_attribute("hidden");
            mount(&host, root, today);
            mounted += 1;
            continue;
        }
        if host.shadow_root().is_some() {
            continue;
        }
        let Ok(shadow) =
            host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        else {
            continue;
        };
        if let (Some(href), Ok(link)) = (
            host.get_attribute("data-rr-css"),
            document.create_element("link"),
        ) {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", &href);
            let _ = link.set_attribute("crossorigin", "anonymous");
            if let Some(integrity) = host.get_attribute("data-rr-css-integrity") {
                let _ = link.set_attribute("integrity", &integrity);
            }
            let _ = shadow.append_child(&link);
        }
        let Ok(container) = document.create_element("div") else {
            continue;
        };
        let _ = shadow.append_child(&container);
        mount(&host, container, today);
        mounted += 1;
    }
    mounted
}

/// A message to the embedding page, sent only to its exact origin.
fn post_to_parent(parent_origin: &str, message: &JsValue) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return; // not in a frame
    }
    let _ = parent.post_message(message, parent_origin);
}

fn message(kind: &str, height: Option<f64>) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    if let Some(h) = height {
        let _ = js_sys::Reflect::set(&object, &"height".into(), &h.into());
    }
    object.into()
}

/// Tells the embedding page that the visitor opened the firm's contact link.
pub fn contact_opened(parent_origin: Option<&str>) {
    if let Some(origin) = parent_origin {
        post_to_parent(origin, &message("record-relief:contact", None));
    }
}

/// A live size observer and the callback it calls (both must stay alive together).
type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// In iframe mode, reports the widget's height to the embedding page whenever it changes.
#[hook]
pub fn use_report_height(root: NodeRef, parent_origin: Option<String>) {
    use_effect_with(parent_origin, move |origin| {
        let mut cleanup: Option<Observer> = None;
        if let (Some(origin), Some(el)) = (origin.clone(), root.cast::<web_sys::Element>()) {
            let target = el.clone();
            let send = move || {
                let rect = target.get_bounding_client_rect();
                let scroll = gloo::utils::window().scroll_y().unwrap_or(0.0);
                let height = (rect.bottom() + scroll).ceil() + 16.0;
                post_to_parent(&origin, &message("record-relief:height", Some(height)));
            };
            send();
            let callback =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| send());
            if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                observer.observe(&el);
                cleanup = Some((observer, callback));
            }
        }
        move || {
            if let Some((observer, _callback)) = cleanup {
                observer.disconnect();
            }
        }
    });
}
