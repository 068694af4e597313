//! Same-origin GETs, the only kind of request the client makes.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// GETs `url` from the same origin.
async fn get(url: &str) -> Result<Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: network error"))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    Ok(response)
}

/// GETs `url` and returns the body as text.
pub async fn text(url: &str) -> Result<String, String> {
    let body = get(url)
        .await?
        .text()
        .map_err(|_| format!("{url}: no body"))?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| format!("{url}: unreadable body"))
}

/// GETs `url` and returns the body parsed as JSON by the browser.
pub async fn json(url: &str) -> Result<wasm_bindgen::JsValue, String> {
    let body = get(url)
        .await?
        .json()
        .map_err(|_| format!("{url}: no body"))?;
    JsFuture::from(body)
        .await
        .map_err(|_| format!("{url}: not JSON"))
}
