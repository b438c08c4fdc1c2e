//! `saathi explain`: the moderation rules over sample messages, offline — no homeserver, no
//! store. For ops tuning a district's lexicon before deploying.
//!
//! Input: one message per line, or JSON lines `{"text": "...", "role": "volunteer|staff|officer"}`.
//! Output: one JSON line per message: the normalised text, the rules that fired, the action.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use crate::core::rules::greeting::Lexicon;
use crate::core::text::normalise;

#[derive(Deserialize)]
struct Sample {
    text: String,
    #[serde(default)]
    role: Option<String>,
}

#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct Explained {
    pub text: String,
    pub normalised: String,
    pub rules: Vec<&'static str>,
    pub action: &'static str,
}

/// Explain one message for a sender of `role` (`volunteer` unless given).
pub fn explain_one(lexicon: Option<&Lexicon>, text: &str, role: Option<&str>) -> Explained {
    let n = normalise(text);
    let exempt = matches!(role, Some("staff" | "officer" | "bot"));
    let greeting = lexicon.is_some_and(|l| l.is_only_greeting(&n));
    let rules = if greeting { vec!["greeting"] } else { vec![] };
    let action = match (greeting, exempt) {
        (true, false) => "redact",
        (true, true) => "none (sender exempt)",
        _ => "none",
    };
    Explained {
        text: text.to_string(),
        normalised: n.text,
        rules,
        action,
    }
}

/// Explain every line of `input` onto `out`; returns how many messages were read.
pub fn run(
    lexicon: Option<&Lexicon>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<usize> {
    let mut n = 0;
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let (text, role) = match serde_json::from_str::<Sample>(&line) {
            Ok(s) if line.trim_start().starts_with('{') => (s.text, s.role),
            _ => (line, None),
        };
        let e = explain_one(lexicon, &text, role.as_deref());
        writeln!(out, "{}", serde_json::to_string(&e).unwrap_or_default())?;
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::greeting::LexiconLists;

    #[test]
    fn plain_and_json_lines() {
        let lists: LexiconLists = toml::from_str(include_str!("../assets/greetings.toml")).unwrap();
        let lex = Lexicon::new(&lists);
        let input = "g00d m0rning 🙏\n\n{\"text\": \"good morning\", \"role\": \"staff\"}\nmarket mein jhagda\n";
        let mut out = Vec::new();
        assert_eq!(run(Some(&lex), &mut input.as_bytes(), &mut out).unwrap(), 3);
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["normalised"], "good morning 🙏");
        assert_eq!(lines[0]["action"], "redact");
        assert_eq!(lines[1]["action"], "none (sender exempt)");
        assert_eq!(lines[2]["rules"], serde_json::json!([]));
    }
}
