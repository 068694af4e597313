//! Screens that are their own WebAssembly module, loaded only when someone opens them:
//! the staff page and the safety plan. On the first visit to such a screen the boot
//! script's `vvModule(name)` loads the module (its own JavaScript and wasm, the same two
//! files for everyone); the module then shows the screen inside this app's `<main>` and
//! hands language and municipality back when the person leaves it. Nothing goes through
//! the address or storage, and browser history is not touched.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::components::nav::{GoButton, focus_heading};
use crate::i18n;
use crate::state::{AppState, Screen, use_state};

/// A screen loaded on demand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Module {
    /// The module's name: its files are `<name>-<hash>.js` and `.wasm`, its exports
    /// `mount_<name>` and `unmount_<name>`.
    pub name: &'static str,
    /// Fluent id of the heading shown while it loads.
    pub title: &'static str,
    /// Fluent id of the note shown when it cannot be loaded.
    pub failed: &'static str,
}

/// The staff page.
pub const STAFF: Module = Module {
    name: "staff",
    title: "staff-title",
    failed: "staff-load-failed",
};

/// The safety plan.
pub const PLAN: Module = Module {
    name: "plan",
    title: "nav-plan",
    failed: "plan-load-failed",
};

thread_local! {
    /// The modules loaded so far, by name.
    static MODULES: RefCell<HashMap<&'static str, JsValue>> = RefCell::new(HashMap::new());
}

/// Where loading a module stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Loading {
    Pending,
    Shown,
    Failed,
}

/// A screen loaded on demand: its title at once, the screen itself when its module has
/// arrived, or a calm note and a way back when it cannot be loaded. `context` is handed
/// to the module in memory (for the plan: the ids of its sections and suggestions);
/// `back` is where leaving the screen returns to.
#[component]
pub fn ModuleHost(
    module: Module,
    #[prop(optional)] context: Vec<String>,
    back: Screen,
) -> impl IntoView {
    let state = use_state();
    let i18n = state.i18n;
    let loading = RwSignal::new(Loading::Pending);
    let host = NodeRef::<leptos::html::Div>::new();
    host.on_load(move |element| {
        leptos::task::spawn_local(async move {
            let outcome = show(module, element.clone(), state, context, back).await;
            if !element.is_connected() {
                return;
            }
            match outcome {
                Ok(()) => {
                    loading.set(Loading::Shown);
                    request_animation_frame(focus_heading);
                }
                Err(error) => {
                    leptos::logging::warn!("{} module: {error:?}", module.name);
                    loading.set(Loading::Failed);
                }
            }
        });
    });
    on_cleanup(move || {
        call(module, "unmount", &Array::new()).ok();
    });
    view! {
        {move || (loading.get() != Loading::Shown).then(|| view! {
            <section class="page" aria-busy=move || (loading.get() == Loading::Pending).to_string()>
                <h1 tabindex="-1">{i18n.tr(module.title)}</h1>
                {move || (loading.get() == Loading::Failed).then(|| view! {
                    <p role="alert">{i18n.tr(module.failed)}</p>
                    <nav class="actions">
                        <GoButton label="nav-home" screen=Screen::Start/>
                    </nav>
                })}
            </section>
        })}
        <div class="module-host" node_ref=host></div>
    }
}

/// Loads `module` (once) and has it show its screen in `host`.
async fn show(
    module: Module,
    host: web_sys::HtmlDivElement,
    state: AppState,
    context: Vec<String>,
    back: Screen,
) -> Result<(), JsValue> {
    if MODULES.with_borrow(|m| !m.contains_key(module.name)) {
        let load: Function =
            Reflect::get(&js_sys::global(), &JsValue::from_str("vvModule"))?.dyn_into()?;
        let loaded = load.call1(&JsValue::NULL, &JsValue::from_str(module.name))?;
        let loaded = JsFuture::from(loaded.dyn_into::<Promise>()?).await?;
        MODULES.with_borrow_mut(|m| m.insert(module.name, loaded));
    }
    if !host.is_connected() {
        return Ok(());
    }
    let language = state.i18n.language.get_untracked().code;
    let municipality = state
        .municipality
        .get_untracked()
        .map_or(JsValue::NULL, JsValue::from);
    let args = Array::of5(
        &host,
        &language.into(),
        &municipality,
        &context
            .iter()
            .map(|id| JsValue::from_str(id))
            .collect::<Array>(),
        &leave(state, back),
    );
    JsFuture::from(call(module, "mount", &args)?.dyn_into::<Promise>()?).await?;
    Ok(())
}

/// Called once by the module when the person leaves its screen: takes over the language
/// and municipality chosen there and goes to `back`.
fn leave(state: AppState, back: Screen) -> JsValue {
    Closure::once_into_js(move |language: JsValue, municipality: JsValue| {
        let language = language.as_string();
        let municipality = municipality.as_string();
        // After the module's own update, which ends by unmounting it.
        leptos::task::spawn_local(async move {
            if let Some(language) = language.as_deref().and_then(i18n::find)
                && language != state.i18n.language.get_untracked()
            {
                state.i18n.switch(language);
            }
            state.municipality.set(municipality);
            state.screen.set(back);
        });
    })
}

/// Calls the export `<verb>_<name>` of a loaded module; an error when it is not loaded.
fn call(module: Module, verb: &str, args: &Array) -> Result<JsValue, JsValue> {
    let loaded = MODULES
        .with_borrow(|m| m.get(module.name).cloned())
        .ok_or_else(|| JsValue::from_str("module not loaded"))?;
    let export: Function = Reflect::get(
        &loaded,
        &JsValue::from_str(&format!("{verb}_{}", module.name)),
    )?
    .dyn_into()?;
    export.apply(&JsValue::NULL, args)
}

/// Tells a loaded module to forget everything the person entered there (the plan's
/// entries); nothing to do when it was never loaded.
pub fn forget(module: Module) {
    call(module, "forget", &Array::new()).ok();
}

// ── The guest side: what a module loaded on demand runs in its own wasm instance ──

thread_local! {
    /// The screen a module shows; dropping it unmounts the screen and its state.
    static MOUNTED: RefCell<Option<Box<dyn std::any::Any>>> = RefCell::new(None);
    /// Counts mounts and unmounts, so a screen still loading when it is left never shows.
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Shows a module's screen in `host`: loads `main.ftl` and the module's `extra` text
/// files in `language`, starts on `screen` with `municipality` chosen, and calls `leave`
/// once with the language and municipality codes when the person leaves `screen`.
/// Resolves when the screen is shown; rejects when its text could not be loaded.
pub async fn mount_guest<V: IntoView + 'static>(
    host: web_sys::HtmlElement,
    language: String,
    municipality: Option<String>,
    leave: Function,
    extra: &'static [&'static str],
    screen: Screen,
    root: impl FnOnce() -> V + 'static,
) -> Result<(), JsValue> {
    let generation = next_generation();
    let contacts = crate::fetch::start("/api/contacts");
    let language = i18n::find(&language).unwrap_or_else(i18n::fallback);
    let translations = i18n::load(language, extra).await?;
    if GENERATION.get() != generation || !host.is_connected() {
        return Ok(());
    }
    let state = AppState::new(crate::i18n::I18n::new(language, translations, extra));
    state.screen.set(screen);
    crate::load_directory(state, municipality, contacts);
    let shown = crate::mount(host, state, move || {
        crate::follow_language(state.i18n);
        Effect::new(move |_| {
            if state.screen.get() != screen {
                let municipality = state.municipality.get_untracked();
                leave
                    .call2(
                        &JsValue::NULL,
                        &state.i18n.language.get_untracked().code.into(),
                        &municipality.map_or(JsValue::NULL, JsValue::from),
                    )
                    .ok();
            }
        });
        root()
    });
    MOUNTED.set(Some(Box::new(shown)));
    Ok(())
}

/// Removes the module's screen and drops its state.
pub fn unmount_guest() {
    next_generation();
    MOUNTED.take();
}

/// Starts a new generation of mounting, returning its number.
fn next_generation() -> u32 {
    let generation = GENERATION.get().wrapping_add(1);
    GENERATION.set(generation);
    generation
}
