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
    /// Connect only to public internet addresses: a host (or a redirect) that resolves to a
    /// loopback, private-network, link-local (cloud metadata), multicast or reserved address is
    /// refused. For a server fetching URLs its users give it, so that it cannot be made to reach
    /// into its own network. The check is made on the addresses actually connected to (no second
    /// DNS lookup), and no proxy is used.
    pub public_addresses_only: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(20),
            max_bytes: super::html::MAX_HTML_BYTES as u64,
            max_redirects: 5,
            user_agent: format!("roundup/{} (news summarizer)", crate::VERSION),
            proxy_from_env: true,
            public_addresses_only: false,
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
    if !options.proxy_from_env || loopback || options.public_addresses_only {
        builder = builder.proxy(None);
    }
    let config = builder
        .timeout_global(Some(options.timeout))
        .max_redirects(options.max_redirects)
        .user_agent(options.user_agent.as_str())
        .http_status_as_error(true)
        .build();
    let agent = if options.public_addresses_only {
        ureq::Agent::with_parts(
            config,
            ureq::unversioned::transport::DefaultConnector::default(),
            PublicOnly(ureq::unversioned::resolver::DefaultResolver::default()),
        )
    } else {
        config.into()
    };
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

/// A resolver that refuses hosts with a non-public address (see
/// [`FetchOptions::public_addresses_only`]).
#[derive(Debug)]
struct PublicOnly(ureq::unversioned::resolver::DefaultResolver);

impl ureq::unversioned::resolver::Resolver for PublicOnly {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: ureq::unversioned::transport::NextTimeout,
    ) -> Result<ureq::unversioned::resolver::ResolvedSocketAddrs, ureq::Error> {
        let addrs = self.0.resolve(uri, config, timeout)?;
        if let Some(private) = addrs.iter().find(|a| !is_public(a.ip())) {
            return Err(ureq::Error::Io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!(
                    "{} resolves to {}, which is not a public internet address; not fetched",
                    uri.host().unwrap_or("the host"),
                    private.ip()
                ),
            )));
        }
        Ok(addrs)
    }
}

/// Whether an address is on the public internet (not loopback, private, link-local, shared,
/// multicast, documentation, benchmarking or otherwise reserved).
pub fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            !(v4.is_unspecified()
                || v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b)) // shared address space (carrier NAT)
                || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
                || (a == 198 && (b == 18 || b == 19)) // benchmarking
                || a >= 240) // reserved
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let seg = v6.segments();
            // NAT64 (64:ff9b::/96) carries an IPv4 address.
            if seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                let [a, b] = seg[6].to_be_bytes();
                let [c, d] = seg[7].to_be_bytes();
                return is_public(IpAddr::V4(std::net::Ipv4Addr::new(a, b, c, d)));
            }
            !(v6.is_unspecified()
                || v6.is_loopback()
                || v6.is_multicast()
                || (seg[0] & 0xfe00) == 0xfc00 // unique local
                || (seg[0] & 0xffc0) == 0xfe80 // link-local
                || (seg[0] == 0x2001 && seg[1] == 0x0db8) // documentation
                || seg[..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible and other reserved
        }
    }
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

/// Fetches a URL and reads what it returns into `out` (its articles, or a problem naming it).
pub fn read_url(url: &str, options: &FetchOptions, out: &mut Ingested) {
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

    #[test]
    fn only_public_addresses_are_public() {
        let public = |s: &str| is_public(s.parse().unwrap());
        for ip in [
            "93.184.216.34",
            "8.8.8.8",
            "1.1.1.1",
            "2606:4700:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(public(ip), "{ip} is public");
        }
        for ip in [
            "127.0.0.1",
            "127.1.2.3",
            "10.0.0.5",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "192.0.2.1",
            "198.18.0.1",
            "240.0.0.1",
            "::1",
            "::",
            "fe80::1",
            "fd00::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a00:1",
            "2001:db8::1",
        ] {
            assert!(!public(ip), "{ip} is not public");
        }
    }

    #[test]
    fn a_public_only_fetch_refuses_loopback_and_names_why() {
        // A listener that would answer: the fetch must not reach it.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!(
            "http://127.0.0.1:{}/",
            listener.local_addr().unwrap().port()
        );
        let options = FetchOptions {
            public_addresses_only: true,
            proxy_from_env: false,
            timeout: Duration::from_secs(5),
            ..FetchOptions::default()
        };
        let err = fetch(&url, &options).unwrap_err();
        assert!(err.contains("not a public internet address"), "{err}");
        let named = fetch("http://localhost:9/", &options).unwrap_err();
        assert!(named.contains("not a public internet address"), "{named}");
        listener.set_nonblocking(true).unwrap();
        assert!(listener.accept().is_err(), "the fetch connected");
    }
}
