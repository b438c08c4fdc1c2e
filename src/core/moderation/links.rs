//! Links in a message, for the new-member link rule. `linkify` finds them (with or without a
//! scheme: "bit.ly/x" counts); a link whose host is an allowed domain, or a subdomain of one,
//! is not counted.

use linkify::{LinkFinder, LinkKind};

/// The host of the first link in `text` that is not on the allow list, if any.
pub fn first_unallowed(text: &str, allow: &[String]) -> Option<String> {
    // Cheap exit: every link has a dot.
    if !text.contains('.') {
        return None;
    }
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url]).url_must_have_scheme(false);
    finder
        .links(text)
        .map(|l| host(l.as_str()))
        .find(|h| !h.is_empty() && !allowed(h, allow))
}

fn host(link: &str) -> String {
    let rest = link.split_once("://").map_or(link, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    host.trim_end_matches('.').to_lowercase()
}

fn allowed(host: &str, allow: &[String]) -> bool {
    allow.iter().any(|d| {
        host == d
            || host
                .strip_suffix(d.as_str())
                .is_some_and(|h| h.ends_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::first_unallowed;

    #[test]
    fn links_table() {
        let allow = vec!["gov.in".to_string(), "uppolice.gov.in".to_string()];
        let cases: [(&str, Option<&str>); 11] = [
            ("jaldi dekho https://bit.ly/abc", Some("bit.ly")),
            ("free recharge: bit.ly/xyz", Some("bit.ly")),
            ("WWW.Example.COM/offer", Some("www.example.com")),
            ("http://user@evil.example:8080/x", Some("evil.example")),
            ("official: https://uppolice.gov.in/notice", None),
            ("see https://www.mha.gov.in", None),
            ("https://notgov.in/phish", Some("notgov.in")),
            ("market mein jhagda ho raha hai", None),
            ("U.P. police ne kaha", None),
            ("time 10.30 baje", None),
            ("राम नगर में जाम लगा है।", None),
        ];
        for (text, want) in cases {
            assert_eq!(first_unallowed(text, &allow).as_deref(), want, "{text}");
        }
    }
}
