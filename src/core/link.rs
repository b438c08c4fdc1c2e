//! Links to a Matrix event, as people tap them in Element: `matrix.to` with a `via` server, so
//! a client can find a room whose id names no server (room version 12 ids have none).

/// `https://matrix.to/#/<room>/<event>?via=<server>`.
pub fn event_link(room_id: &str, event_id: &str, via: &str) -> String {
    if via.is_empty() {
        return format!("https://matrix.to/#/{room_id}/{event_id}");
    }
    format!("https://matrix.to/#/{room_id}/{event_id}?via={via}")
}

/// `https://matrix.to/#/<room>?via=<server>`.
pub fn room_link(room_id: &str, via: &str) -> String {
    if via.is_empty() {
        return format!("https://matrix.to/#/{room_id}");
    }
    format!("https://matrix.to/#/{room_id}?via={via}")
}

/// The server part of a user id (`@saathi:example.org` → `example.org`), for `via`.
pub fn server_of(user_id: &str) -> &str {
    user_id.split_once(':').map_or("", |(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_name_a_server() {
        let cases = [
            (
                "!r",
                "$e",
                "@saathi:up.gov.in",
                "https://matrix.to/#/!r/$e?via=up.gov.in",
            ),
            (
                "!r:s",
                "$e",
                "@bot:localhost:8448",
                "https://matrix.to/#/!r:s/$e?via=localhost:8448",
            ),
            ("!r", "$e", "nobody", "https://matrix.to/#/!r/$e"),
        ];
        for (room, event, bot, want) in cases {
            assert_eq!(event_link(room, event, server_of(bot)), want);
        }
    }
}
