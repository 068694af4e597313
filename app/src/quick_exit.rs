//! Quick exit: the shell's link (works without JavaScript) and Shift pressed three times
//! blank the page, drop the state and replace this history entry with a neutral site.

use std::cell::RefCell;
use std::rc::Rc;

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Event, KeyboardEvent, PageTransitionEvent};

use crate::state::AppState;

/// Presses of Shift that trigger quick exit.
const PRESSES: usize = 3;
/// Window, in milliseconds, within which the presses must fall.
const WINDOW_MS: f64 = 5000.0;

/// Wires the shell's quick-exit link, the Shift×3 shortcut and the back-forward-cache
/// guard to `state` (the link's text follows the language: [`crate::follow_language`]).
pub fn install(state: AppState) {
    let document = document();
    let Some(link) = document.get_element_by_id("quick-exit") else {
        return;
    };
    let exit_url = link
        .get_attribute("href")
        .unwrap_or_else(|| "about:blank".into());

    let on_click = {
        let exit_url = exit_url.clone();
        Closure::<dyn Fn(Event)>::new(move |event: Event| {
            event.prevent_default();
            leave(&state, &exit_url);
        })
    };
    link.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
        .ok();
    on_click.forget();

    // A press counts when Shift goes up with no other key pressed while it was down,
    // so Shift used as a modifier (Shift+A) resets the count instead.
    let presses: Rc<RefCell<Vec<f64>>> = Rc::default();
    let clean_shift = Rc::new(std::cell::Cell::new(false));
    let on_key_down = {
        let presses = presses.clone();
        let clean_shift = clean_shift.clone();
        Closure::<dyn Fn(KeyboardEvent)>::new(move |event: KeyboardEvent| {
            if event.key() == "Shift" && !event.repeat() {
                clean_shift.set(!(event.ctrl_key() || event.alt_key() || event.meta_key()));
            } else if event.key() != "Shift" {
                clean_shift.set(false);
                presses.borrow_mut().clear();
            }
        })
    };
    let on_key_up = {
        let exit_url = exit_url.clone();
        Closure::<dyn Fn(KeyboardEvent)>::new(move |event: KeyboardEvent| {
            if event.key() != "Shift" || !clean_shift.replace(false) {
                return;
            }
            let mut presses = presses.borrow_mut();
            let now = event.time_stamp();
            presses.retain(|t| now - t < WINDOW_MS);
            presses.push(now);
            if presses.len() >= PRESSES {
                presses.clear();
                leave(&state, &exit_url);
            } else {
                announce_remaining(&state, PRESSES - presses.len());
            }
        })
    };
    for (name, listener) in [("keydown", &on_key_down), ("keyup", &on_key_up)] {
        window()
            .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
            .ok();
    }
    on_key_down.forget();
    on_key_up.forget();

    // A page restored from the back-forward cache starts afresh: blank at once, state
    // dropped, and the start screen loaded anew, never the answers.
    let on_page_show =
        Closure::<dyn Fn(PageTransitionEvent)>::new(move |event: PageTransitionEvent| {
            if event.persisted() {
                blank(&state);
                window().location().reload().ok();
            }
        });
    window()
        .add_event_listener_with_callback("pageshow", on_page_show.as_ref().unchecked_ref())
        .ok();
    on_page_show.forget();
}

/// Tells screen-reader users how many more Shift presses leave the page.
fn announce_remaining(state: &AppState, remaining: usize) {
    let mut args = FluentArgs::new();
    args.set("remaining", remaining);
    if let Some(status) = document().get_element_by_id("shift-status") {
        status.set_text_content(Some(
            &state.i18n.t_args("quick-exit-shift-remaining", &args),
        ));
    }
}

/// Blanks the page at once, gives it a neutral title and forgets the state.
fn blank(state: &AppState) {
    let document = document();
    if let Some(body) = document.body() {
        body.set_inner_html("");
    }
    document.set_title("Väder");
    state.clear();
}

/// Blanks the page and replaces this history entry with the neutral site.
fn leave(state: &AppState, exit_url: &str) {
    blank(state);
    window().location().replace(exit_url).ok();
}
