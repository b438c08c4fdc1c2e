//! The HTML form of what the bot writes: user ids become mention pills (matrix.to links, which
//! Element shows as a person's name and avatar) and "• " lines become a list, while the plain
//! `body` stays exactly as written (clients without HTML, notifications, tests read it).
//! Pure; everything else is escaped.

/// `formatted_body` for `body`, or `None` when plain text shows it as well (no user ids, no
/// list).
pub fn formatted(body: &str) -> Option<String> {
    let has_list = body.lines().any(is_item);
    if !has_list && user_ids(body).next().is_none() {
        return None;
    }
    let mut out = String::with_capacity(body.len() * 2);
    let mut in_list = false;
    let mut first = true;
    for line in body.lines() {
        if let Some(item) = line.strip_prefix("• ") {
            if !in_list {
                out.push_str("<ul>");
                in_list = true;
            }
            out.push_str("<li>");
            inline(item, &mut out);
            out.push_str("</li>");
        } else {
            if in_list {
                out.push_str("</ul>");
                in_list = false;
            } else if !first {
                out.push_str("<br>");
            }
            inline(line, &mut out);
        }
        first = false;
    }
    if in_list {
        out.push_str("</ul>");
    }
    Some(out)
}

fn is_item(line: &str) -> bool {
    line.starts_with("• ")
}

/// One line, escaped, with its user ids as pills.
fn inline(line: &str, out: &mut String) {
    let mut last = 0;
    for (start, end) in user_ids(line) {
        escape(&line[last..start], out);
        let id = &line[start..end];
        out.push_str("<a href=\"https://matrix.to/#/");
        escape(id, out);
        out.push_str("\">");
        escape(id, out);
        out.push_str("</a>");
        last = end;
    }
    escape(&line[last..], out);
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

fn is_localpart(c: u8) -> bool {
    c.is_ascii_lowercase()
        || c.is_ascii_digit()
        || matches!(c, b'.' | b'_' | b'=' | b'-' | b'/' | b'+')
}

fn is_server(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b':' | b'[' | b']')
}

/// Byte ranges of the user ids (`@local:server`) in `s`, not inside a longer word.
pub fn user_ids(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let start = i;
            i += 1;
            if b[start] != b'@' || (start > 0 && (b[start - 1].is_ascii_alphanumeric())) {
                continue;
            }
            let mut j = start + 1;
            while j < b.len() && is_localpart(b[j]) {
                j += 1;
            }
            if j == start + 1 || j >= b.len() || b[j] != b':' {
                continue;
            }
            let server = j + 1;
            let mut k = server;
            while k < b.len() && is_server(b[k]) {
                k += 1;
            }
            // A sentence's full stop or colon after the id is not part of the server name.
            while k > server && matches!(b[k - 1], b'.' | b':' | b'-') {
                k -= 1;
            }
            if k > server {
                i = k;
                return Some((start, k));
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pills_and_lists() {
        let cases: [(&str, Option<&str>); 6] = [
            ("no one here", None),
            ("mail a@b.c is not a user", None),
            (
                "✅ @ravi:s approved.",
                Some("✅ <a href=\"https://matrix.to/#/@ravi:s\">@ravi:s</a> approved."),
            ),
            (
                "Volunteers: 2\n• @a:x.org (teacher)\n• @b:x.org <trader>\nEnd",
                Some(
                    "Volunteers: 2<ul><li><a href=\"https://matrix.to/#/@a:x.org\">@a:x.org</a> (teacher)</li><li><a href=\"https://matrix.to/#/@b:x.org\">@b:x.org</a> &lt;trader&gt;</li></ul>End",
                ),
            ),
            (
                "by @sho-a:localhost: ok",
                Some(
                    "by <a href=\"https://matrix.to/#/@sho-a:localhost\">@sho-a:localhost</a>: ok",
                ),
            ),
            (
                "• plain & simple",
                Some("<ul><li>plain &amp; simple</li></ul>"),
            ),
        ];
        for (body, want) in cases {
            assert_eq!(formatted(body).as_deref(), want, "{body}");
        }
    }
}
