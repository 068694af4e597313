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
