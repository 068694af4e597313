//! The staff page's place in the visitor's app. On the first visit to it, the boot
//! script's `vvStaff()` loads the staff module (its own JavaScript and wasm, the same
//! two files for everyone); the module then shows the page inside this app's `<main>`
//! and hands language and municipality back when the person leaves it. Nothing goes
//! through the address or storage, and browser history is not touched.

use std::cell::RefCell;

use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::components::nav::{GoButton, focus_heading};
use crate::i18n;
use crate::state::{AppState, Screen, use_state};

thread_local! {
    /// The staff module once loaded: its exports `mount_staff` and `unmount_staff`.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Where loading the staff page stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Loading {
    Pending,
    Shown,
    Failed,
}

/// The staff screen: the page's title at once, the page itself when its module has
/// arrived, or a calm note and a way back when it cannot be loaded.
#[component]
pub fn StaffHost() -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let loading = RwSignal::new(Loading::Pending);
    let host = NodeRef::<leptos::html::Div>::new();
    host.on_load(move |element| {
        leptos::task::spawn_local(async move {
            let outcome = show(element.clone(), state).await;
            if !element.is_connected() {
                return;
            }
            match outcome {
                Ok(()) => {
                    loading.set(Loading::Shown);
                    request_animation_frame(focus_heading);
                }
                Err(error) => {
                    leptos::logging::warn!("staff page: {error:?}");
                    loading.set(Loading::Failed);
                }
            }
        });
    });
    on_cleanup(|| {
        call_export("unmount_staff", &Array::new()).ok();
    });
    view! {
        {move || (loading.get() != Loading::Shown).then(|| view! {
            <section class="page" aria-busy=move || (loading.get() == Loading::Pending).to_string()>
                <h1 tabindex="-1">{i18n.tr("staff-title")}</h1>
                {move || (loading.get() == Loading::Failed).then(|| view! {
                    <p role="alert">{i18n.tr("staff-load-failed")}</p>
                    <nav class="actions">
                        <GoButton label="nav-home" screen=Screen::Start/>
                    </nav>
                })}
            </section>
        })}
        <div class="staff-host" node_ref=host></div>
    }
}

/// Loads the staff module (once) and has it show the page in `host`.
async fn show(host: web_sys::HtmlDivElement, state: AppState) -> Result<(), JsValue> {
    if MODULE.with_borrow(Option::is_none) {
        let load: Function =
            Reflect::get(&js_sys::global(), &JsValue::from_str("vvStaff"))?.dyn_into()?;
        let module = JsFuture::from(load.call0(&JsValue::NULL)?.dyn_into::<Promise>()?).await?;
        MODULE.set(Some(module));
    }
    if !host.is_connected() {
        return Ok(());
    }
    let language = state.i18n.language.get_untracked().code;
    let municipality = state
        .municipality
        .get_untracked()
        .map_or(JsValue::NULL, JsValue::from);
    let args = Array::of4(&host, &language.into(), &municipality, &leave(state));
    JsFuture::from(call_export("mount_staff", &args)?.dyn_into::<Promise>()?).await?;
    Ok(())
}

/// Called once by the staff module when the person leaves the page: takes over the
/// language and municipality chosen there and returns to the start screen.
fn leave(state: AppState) -> JsValue {
    Closure::once_into_js(move |language: JsValue, municipality: JsValue| {
        let language = language.as_string();
        let municipality = municipality.as_string();
        // After the staff module's own update, which ends by unmounting it.
        leptos::task::spawn_local(async move {
            if let Some(language) = language.as_deref().and_then(i18n::find)
                && language != state.i18n.language.get_untracked()
            {
                state.i18n.switch(language);
            }
            state.municipality.set(municipality);
            state.screen.set(Screen::Start);
        });
    })
}

/// Calls the loaded staff module's export `name` with `args`.
fn call_export(name: &str, args: &Array) -> Result<JsValue, JsValue> {
    let module = MODULE
        .with_borrow(Clone::clone)
        .ok_or_else(|| JsValue::from_str("staff module not loaded"))?;
    let export: Function = Reflect::get(&module, &JsValue::from_str(name))?.dyn_into()?;
    export.apply(&JsValue::NULL, args)
}
