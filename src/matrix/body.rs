//! Message bodies as the core wants them: reply fallbacks removed, @room mentions seen, long bodies cut.

/// Longest text the bot looks at; the rest of a huge message cannot change a command.
pub(super) const MAX_TEXT_BYTES: usize = 16 * 1024;

pub(super) fn truncate(s: &str) -> String {
    if s.len() <= MAX_TEXT_BYTES {
        return s.to_string();
    }
    let mut end = MAX_TEXT_BYTES;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

/// `@room` in the text notifies everyone too (Synapse's legacy push rule).
pub(super) fn mentions_room(body: &str) -> bool {
    body.contains("@room")
}

/// Older clients quote the message replied to at the top ("> <@u:s> text", blank line): the
/// command is what follows.
pub(super) fn unquote_reply(body: &str, is_reply: bool) -> String {
    if is_reply
        && body.starts_with("> ")
        && let Some((_, rest)) = body.split_once("\n\n")
    {
        return truncate(rest);
    }
    truncate(body)
}
