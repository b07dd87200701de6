//! What the person takes from the page or gives it: a download, the clipboard, files picked, photos.

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    use crate::browser::{document, later};
    use wasm_bindgen::{JsCast, JsValue};

    /// Hands the person a file to keep (the browser's download): `false` if the browser did not.
    pub fn download(name: &str, content_type: &str, bytes: &[u8]) -> bool {
        let Some(doc) = document() else { return false };
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(content_type);
        let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        else {
            return false;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return false;
        };
        let Some(a) = doc
            .create_element("a")
            .ok()
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return false;
        };
        a.set_href(&url);
        a.set_download(name);
        a.click();
        // The browser has taken the file by the next minute.
        later(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        true
    }

    /// Puts `text` on the clipboard; `false` if the browser did not let it.
    pub async fn copy_text(text: &str) -> bool {
        // Through the object model, as web-sys would (its Clipboard binding needs a feature).
        use js_sys::Reflect;
        let Some(window) = web_sys::window() else {
            return false;
        };
        let Ok(clipboard) = Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        else {
            return false;
        };
        let write = Reflect::get(&clipboard, &JsValue::from_str("writeText"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let Some(write) = write else { return false };
        let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
            return false;
        };
        let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
            return false;
        };
        wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
    }

    /// The files a person picked in a file input (its change event), by name; the input is cleared.
    pub async fn read_files(ev: &web_sys::Event) -> Vec<(String, Vec<u8>)> {
        use wasm_bindgen_futures::JsFuture;
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if let Some(list) = input.files() {
            for i in 0..list.length() {
                let Some(file) = list.get(i) else { continue };
                if let Ok(buffer) = JsFuture::from(file.array_buffer()).await {
                    out.push((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()));
                }
            }
        }
        input.set_value("");
        out
    }

    /// A photo scaled down on the device so that its longer side is at most `max_side` pixels, as a
    /// JPEG (base64): documents stay readable and a weak connection carries a fraction of the bytes.
    /// `None` if the browser cannot read the image.
    pub async fn scale_photo(bytes: &[u8], content_type: &str, max_side: u32) -> Option<String> {
        use wasm_bindgen_futures::JsFuture;
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(content_type);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &bag).ok()?;
        let window = web_sys::window()?;
        let bitmap: web_sys::ImageBitmap =
            JsFuture::from(window.create_image_bitmap_with_blob(&blob).ok()?)
                .await
                .ok()?
                .dyn_into()
                .ok()?;
        let (w, h) = (bitmap.width(), bitmap.height());
        let scale = (max_side as f64 / w.max(h).max(1) as f64).min(1.0);
        let (nw, nh) = (
            ((w as f64 * scale).round() as u32).max(1),
            ((h as f64 * scale).round() as u32).max(1),
        );
        let canvas: web_sys::HtmlCanvasElement =
            document()?.create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.set_width(nw);
        canvas.set_height(nh);
        let ctx: web_sys::CanvasRenderingContext2d =
            canvas.get_context("2d").ok()??.dyn_into().ok()?;
        // A transparent PNG becomes a JPEG on white, as paper is.
        ctx.set_fill_style_str("#fff");
        ctx.fill_rect(0.0, 0.0, nw as f64, nh as f64);
        ctx.draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, nw as f64, nh as f64)
            .ok()?;
        let url = canvas
            .to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(0.85))
            .ok()?;
        url.split_once(',').map(|(_, b64)| b64.to_string())
    }
}

/// Outside the browser nothing is downloaded, copied, or read.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub fn download(_name: &str, _content_type: &str, _bytes: &[u8]) -> bool {
        false
    }
    pub async fn copy_text(_text: &str) -> bool {
        false
    }
    pub async fn read_files(_ev: &web_sys::Event) -> Vec<(String, Vec<u8>)> {
        Vec::new()
    }
    pub async fn scale_photo(_bytes: &[u8], _content_type: &str, _max_side: u32) -> Option<String> {
        None
    }
}
