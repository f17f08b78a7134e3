//! `http://` and `https://` inputs, fetched with `ureq` (a maintained blocking client: rustls, gzip).
//!
//! Every fetch has a global timeout, a cap on the body size, a bounded number of redirects and
//! accepts gzip. A URL that fails gives one problem naming it and why; the other inputs go on.
//! HTML responses go through [`super::html::extract_page`]; `text/plain` is read as a plain-text
//! article; anything else (an image, a PDF, a download) is refused with its content type.

use std::time::Duration;

use super::html::extract_page;
use super::{plain, Ingested, InputProblem, Source};

/// Limits of one fetch.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// The whole request, connection to last byte.
    pub timeout: Duration,
    /// The largest body accepted (after gzip decoding).
    pub max_bytes: u64,
    pub max_redirects: u32,
    pub user_agent: String,
    /// Use the proxy named by `HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY` (ureq's default); tests turn
    /// this off so that a request to 127.0.0.1 never leaves the machine.
    pub proxy_from_env: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(20),
            max_bytes: super::html::MAX_HTML_BYTES as u64,
            max_redirects: 5,
            user_agent: format!("roundup/{} (news summarizer)", crate::VERSION),
            proxy_from_env: true,
        }
    }
}

/// A fetched response.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Where the last redirect led.
    pub final_url: String,
    /// The `Content-Type` header, when sent.
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// Whether an input names a URL to fetch.
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches one URL within the limits; an error says why in words.
pub fn fetch(url: &str, options: &FetchOptions) -> Result<Fetched, String> {
    use ureq::ResponseExt;
    let mut builder = ureq::Agent::config_builder();
    // loopback addresses are never sent through a proxy
    let loopback = url::Url::parse(url).ok().is_some_and(|u| match u.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    });
    if !options.proxy_from_env || loopback {
        builder = builder.proxy(None);
    }
    let config = builder
        .timeout_global(Some(options.timeout))
        .max_redirects(options.max_redirects)
        .user_agent(options.user_agent.as_str())
        .http_status_as_error(true)
        .build();
    let agent: ureq::Agent = config.into();
    let mut response = agent
        .get(url)
        .header(
            "Accept",
            "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        )
        .call()
        .map_err(|e| describe(e, options))?;
    let final_url = response.get_uri().to_string();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = response
        .body_mut()
        .with_config()
        .limit(options.max_bytes)
        .read_to_vec()
        .map_err(|e| describe(e, options))?;
    Ok(Fetched {
        final_url,
        content_type,
        body,
    })
}

fn describe(e: ureq::Error, options: &FetchOptions) -> String {
    match e {
        ureq::Error::StatusCode(code) => format!("the server answered HTTP {code}"),
        ureq::Error::Timeout(_) => format!("timed out after {} s", options.timeout.as_secs_f64()),
        ureq::Error::HostNotFound => "host not found".to_string(),
        ureq::Error::ConnectionFailed => {
            "cannot connect (connection refused or unreachable)".to_string()
        }
        ureq::Error::BodyExceedsLimit(_) => format!(
            "the page is larger than {} MiB; not read",
            options.max_bytes >> 20
        ),
        ureq::Error::TooManyRedirects => {
            format!("more than {} redirects", options.max_redirects)
        }
        ureq::Error::BadUri(u) => format!("not a valid URL: {u}"),
        ureq::Error::Io(io) => format!("network error: {io}"),
        other => format!("cannot fetch: {other}"),
    }
}

/// Fetches a URL and extracts its page; a response that is not HTML is an error naming its type.
pub fn fetch_page(url: &str, options: &FetchOptions) -> Result<super::html::Page, String> {
    let fetched = fetch(url, options)?;
    let mime = mime_of(&fetched);
    if mime.contains("html") || (mime.is_empty() && super::html::sniff_html(&fetched.body)) {
        extract_page(
            &fetched.body,
            fetched.content_type.as_deref(),
            Some(&fetched.final_url),
        )
    } else {
        Err(not_a_page(&mime, fetched.body.len()))
    }
}

fn mime_of(fetched: &Fetched) -> String {
    fetched
        .content_type
        .as_deref()
        .and_then(|c| c.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

fn not_a_page(mime: &str, len: usize) -> String {
    let what = if mime.is_empty() {
        "no content type"
    } else {
        mime
    };
    format!("not a web page: the server sent {what} ({len} bytes)")
}

/// Fetches a URL and reads what it returns into `out`.
pub(crate) fn read_url(url: &str, options: &FetchOptions, out: &mut Ingested) {
    let fetched = match fetch(url, options) {
        Ok(f) => f,
        Err(reason) => return out.problems.push(InputProblem::new(url, reason)),
    };
    let mime = mime_of(&fetched);
    let id = url_id(&fetched.final_url);
    let is_html =
        mime.contains("html") || (mime.is_empty() && super::html::sniff_html(&fetched.body));
    if is_html {
        match extract_page(
            &fetched.body,
            fetched.content_type.as_deref(),
            Some(&fetched.final_url),
        ) {
            Ok(page) => out.articles.push(page.into_article(id, url.to_string())),
            Err(reason) => out.problems.push(InputProblem::new(url, reason)),
        }
    } else if mime == "text/plain" {
        match std::str::from_utf8(&fetched.body) {
            Ok(text) if !text.trim().is_empty() => {
                let src = Source {
                    origin: url.to_string(),
                    stem: id,
                };
                plain::parse_text(&src, text, out);
            }
            Ok(_) => out.problems.push(InputProblem::new(url, "empty response")),
            Err(e) => out.problems.push(InputProblem::new(
                url,
                format!(
                    "text response is not UTF-8 (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            )),
        }
    } else {
        out.problems.push(InputProblem::new(
            url,
            not_a_page(&mime, fetched.body.len()),
        ));
    }
}

/// An article id from a URL: its host and last path segment.
pub(crate) fn url_id(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let host = rest.split('/').next().unwrap_or(rest);
    let last = rest
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|s| *s != host)
        .unwrap_or("");
    if last.is_empty() {
        host.to_string()
    } else {
        format!("{host}/{last}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_recognised_and_named() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("news/http.txt"));
        assert_eq!(
            url_id("https://news.example.org/2024/bridge-closes?x=1"),
            "news.example.org/bridge-closes"
        );
        assert_eq!(url_id("http://example.org/"), "example.org");
    }
}
