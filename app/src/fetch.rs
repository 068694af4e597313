//! Same-origin GETs, the only kind of request the client makes.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// A GET already under way, to be awaited later (so requests can run side by side).
pub struct Pending {
    url: String,
    promise: js_sys::Promise,
}

/// Starts a same-origin GET of `url` now.
pub fn start(url: &str) -> Pending {
    let promise = web_sys::window()
        .map(|window| window.fetch_with_str(url))
        .unwrap_or_else(|| js_sys::Promise::reject(&JsValue::NULL));
    Pending {
        url: url.into(),
        promise,
    }
}

impl Pending {
    /// Takes over a GET of `url` that the page's boot script started (`response` is the
    /// promise `fetch` returned there).
    pub fn adopt(url: &str, response: js_sys::Promise) -> Self {
        Self {
            url: url.into(),
            promise: response,
        }
    }

    /// The response, if it arrived with a success status.
    async fn response(self) -> Result<Response, String> {
        let url = self.url;
        let response: Response = JsFuture::from(self.promise)
            .await
            .map_err(|_| format!("{url}: network error"))?
            .unchecked_into();
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        Ok(response)
    }

    /// The body as text.
    pub async fn text(self) -> Result<String, String> {
        let url = self.url.clone();
        let body = self
            .response()
            .await?
            .text()
            .map_err(|_| format!("{url}: no body"))?;
        JsFuture::from(body)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| format!("{url}: unreadable body"))
    }

    /// The body parsed as JSON by the browser.
    pub async fn json(self) -> Result<JsValue, String> {
        let url = self.url.clone();
        let body = self
            .response()
            .await?
            .json()
            .map_err(|_| format!("{url}: no body"))?;
        JsFuture::from(body)
            .await
            .map_err(|_| format!("{url}: not JSON"))
    }
}

/// A value the browser's JSON parser made, read field by field (see
/// `domain::contacts::decode`).
pub struct Json(pub JsValue);

thread_local! {
    /// Field names as JS strings, each made once: the contacts document asks for the
    /// same twenty-odd names thousands of times (measured: a third less time to read).
    static FIELD_NAMES: std::cell::RefCell<Vec<(&'static str, JsValue)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `name` as a JS string, made on first use.
fn field_name(name: &'static str) -> JsValue {
    FIELD_NAMES.with_borrow_mut(|names| {
        if let Some((_, value)) = names.iter().find(|(known, _)| *known == name) {
            return value.clone();
        }
        let value = JsValue::from_str(name);
        names.push((name, value.clone()));
        value
    })
}

impl domain::contacts::decode::JsonValue for Json {
    fn member(&self, key: &'static str) -> Option<Self> {
        js_sys::Reflect::get(&self.0, &field_name(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
            .map(Json)
    }
    fn text(&self) -> Option<String> {
        self.0.as_string()
    }
    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }
    fn items(&self) -> Option<Vec<Self>> {
        let array = self.0.dyn_ref::<js_sys::Array>()?;
        Some(array.iter().map(Json).collect())
    }
}
