//! The one place that fetches: the dataset and the shipped source texts.

use std::sync::Arc;

use gloo_net::http::Request;
use wasm_bindgen::JsCast;

use crate::i18n::{Strings, Words};
use crate::lang::Lang;
use crate::model::{self, Loaded, ParseError};

/// The dataset, relative to the document base so the app works at `/` and under any sub-path.
pub const DATASET_URL: &str = "data/kazakhstan-hrc-2022-2024.json";

/// Why a file from the reader's computer was not read.
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    /// The browser could not read it (moved, changed, or refused).
    Failed,
    /// It is larger than a preview takes: its size and the limit, in whole MB (whole numbers,
    /// so the wasm carries no float formatting for this one message).
    TooBig {
        /// The file's size.
        megabytes: u64,
        /// The largest a preview takes.
        limit: u64,
    },
}

/// Why the dataset (or a source text) could not be shown. The text says what failed and where.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not get an answer (offline, blocked, DNS).
    Network {
        /// The absolute URL asked for.
        url: String,
        /// The browser's reason.
        message: String,
    },
    /// No answer within [`TIMEOUT_MS`]: a stalled server or connection.
    Timeout {
        /// The absolute URL asked for.
        url: String,
    },
    /// The server answered with a web page where a file was expected, as hosts that send their
    /// home page for every unknown path do.
    WebPage {
        /// The absolute URL asked for.
        url: String,
        /// The Content-Type the server gave.
        content_type: String,
    },
    /// A file from the reader's computer that the browser could not read, or that is too big
    /// to preview. The page words the reason in its language (see [`LoadError::describe`]).
    Unreadable {
        /// The file's name.
        url: String,
        /// Why.
        reason: Unreadable,
    },
    /// A `?data=` value that is not a JSON file on this site, so it was not fetched.
    NotOnThisSite {
        /// The value as the URL gave it.
        value: String,
    },
    /// The server answered with an error status.
    Http {
        /// The absolute URL asked for.
        url: String,
        /// The HTTP status code.
        status: u16,
        /// The status text, when the server sends one.
        status_text: String,
    },
    /// The answer is not UTF-8 text.
    Encoding {
        /// The absolute URL asked for.
        url: String,
        /// Where the first invalid byte is.
        message: String,
    },
    /// The answer is not a readable data file.
    Data {
        /// The absolute URL asked for.
        url: String,
        /// What is wrong with the file.
        error: ParseError,
    },
}

impl LoadError {
    /// What failed, in the language of `t`: the URL, and the status or type it gave. For a data
    /// error, the sentence before the loader's finding, which the page shows after it in
    /// English, as `check-data` prints it.
    pub fn describe(&self, t: &Strings) -> String {
        match self {
            LoadError::Network { url, message } => (t.err_network)(url, message),
            LoadError::Timeout { url } => (t.err_timeout)(url, TIMEOUT_MS.unsigned_abs() / 1000),
            LoadError::WebPage { url, content_type } => (t.err_web_page)(url, content_type),
            LoadError::Unreadable { url, reason } => {
                let reason = match reason {
                    Unreadable::Failed => t.browser_could_not_read.to_owned(),
                    Unreadable::TooBig { megabytes, limit } => (t.too_big)(*megabytes, *limit),
                };
                (t.err_unreadable)(url, &reason)
            }
            LoadError::NotOnThisSite { value } => (t.err_not_on_site)(value),
            LoadError::Http {
                url,
                status,
                status_text,
            } => (t.err_http)(url, *status, status_text),
            LoadError::Encoding { url, message } => (t.err_encoding)(url, message),
            LoadError::Data { url, .. } => (t.err_data)(url),
        }
    }
}

/// In English, from the same table the page uses, with a data error's finding after it.
impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En.strings()))?;
        if let LoadError::Data { error, .. } = self {
            write!(f, " {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// `relative` resolved against the document's base URL, for messages that name the URL.
pub fn absolute(relative: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(relative, &base).ok())
        .map_or_else(|| relative.to_owned(), |u| u.href())
}

/// How long the server may take to start answering before the page gives up and says so. The
/// body then takes as long as it takes: a large record on a slow line is still arriving, not
/// stalled.
pub const TIMEOUT_MS: i32 = 15_000;

/// Fetches a text file, turning every failure into a [`LoadError`] that names the URL.
pub async fn fetch_text(relative: &str) -> Result<String, LoadError> {
    let url = absolute(relative);
    let body = fetch_body(relative, &url).await?;
    String::from_utf8(body.to_vec()).map_err(|e| LoadError::Encoding {
        url,
        message: e.to_string(),
    })
}

/// Fetches a file's body into the browser's memory, where the page reads it a piece at a time.
async fn fetch_body(relative: &str, url: &str) -> Result<js_sys::Uint8Array, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let timer = controller.and_then(|controller| {
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || controller.abort());
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.unchecked_ref(),
                TIMEOUT_MS,
            )
            .ok()
    });
    let failed = |message: String| {
        if signal.as_ref().is_some_and(web_sys::AbortSignal::aborted) {
            LoadError::Timeout {
                url: url.to_owned(),
            }
        } else {
            LoadError::Network {
                url: url.to_owned(),
                message,
            }
        }
    };
    let response = Request::get(relative)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| failed(e.to_string()));
    if let (Some(window), Some(timer)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(timer);
    }
    let response = response?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if content_type
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("text/html")
    {
        return Err(LoadError::WebPage {
            url: url.to_owned(),
            content_type,
        });
    }
    // As bytes, not text: turning a JS string into a Rust one reserves up to three bytes per
    // character first. And left in the browser's memory, so that the loader can read a dataset
    // a piece at a time (see `model::parse_from`); a source text is copied in whole.
    let promise = web_sys::Response::from(response)
        .array_buffer()
        .map_err(|e| failed(js_message(&e)))?;
    let buffer = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| failed(js_message(&e)))?;
    Ok(js_sys::Uint8Array::new(&buffer))
}

/// A JS error as gloo-net words one ("TypeError: Failed to fetch"), or its text.
fn js_message(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| match String::from(e.message()) {
            message if message.is_empty() => String::from(e.name()),
            message => format!("{}: {message}", e.name()),
        })
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}

/// A body in the browser's memory, read into the app's a piece at a time.
struct Body<'a> {
    bytes: &'a js_sys::Uint8Array,
    at: u32,
}

impl<'a> Body<'a> {
    fn new(bytes: &'a js_sys::Uint8Array) -> Self {
        Self { bytes, at: 0 }
    }
}

impl std::io::Read for Body<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let want = u32::try_from(buf.len()).unwrap_or(u32::MAX);
        let end = self.bytes.length().min(self.at.saturating_add(want));
        let n = (end - self.at) as usize;
        self.bytes.subarray(self.at, end).copy_to(&mut buf[..n]);
        self.at = end;
        Ok(n)
    }
}

/// The record the page shows: the shipped one, or the file a `?data=` value names if it is a
/// JSON file on this site.
pub async fn fetch_record(data: Option<String>) -> Result<Arc<Loaded>, LoadError> {
    match data {
        None => fetch_dataset(DATASET_URL).await,
        Some(value) => match crate::filter::links::data_path(&value) {
            Some(path) => fetch_dataset(&path).await,
            None => Err(LoadError::NotOnThisSite { value }),
        },
    }
}

/// Fetches and parses the dataset once; problems with single records travel inside [`Loaded`].
/// The file stays in the browser's memory while it is read, and is let go after.
pub async fn fetch_dataset(relative: &str) -> Result<Arc<Loaded>, LoadError> {
    let url = absolute(relative);
    let body = fetch_body(relative, &url).await?;
    if let Some(message) = model::utf8_error(Body::new(&body)) {
        return Err(LoadError::Encoding { url, message });
    }
    let loaded = model::parse_from(|| Body::new(&body))
        .map(Arc::new)
        .map_err(|error| LoadError::Data { url, error });
    // Reading the record and drawing it are each a long task on a phone: apart, the page can
    // answer the reader between them.
    next_task().await;
    loaded
}

/// Resolves in a task of its own, after what the browser has queued (input, a frame).
async fn next_task() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
