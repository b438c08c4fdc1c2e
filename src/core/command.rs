//! Parsing a message into a command: `"!help block"` → [`Parsed::Help`]. Parsing knows
//! nothing of roles or rooms; [`crate::core::evaluate`] decides what the caller may do.

use crate::core::help::{self, CommandSpec};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// Not addressed to the bot (no prefix, or only the prefix).
    NotACommand,
    /// `!help [command]`.
    Help { topic: Option<String> },
    /// A command of the catalog with its arguments (split on whitespace).
    Known {
        spec: &'static CommandSpec,
        args: Vec<String>,
    },
    /// A known command whose arguments do not fit its usage.
    BadArgs(&'static CommandSpec),
    /// No such command.
    Unknown(String),
}

/// Parse `body` with the command `prefix` (e.g. `!`). Leading whitespace is ignored; the
/// command name is case-insensitive (phones capitalise the first letter).
pub fn parse(prefix: &str, body: &str) -> Parsed {
    let Some(rest) = body.trim_start().strip_prefix(prefix) else {
        return Parsed::NotACommand;
    };
    let mut words = rest.split_whitespace();
    let Some(name) = words.next() else {
        return Parsed::NotACommand;
    };
    // "!!!" or "!?" are punctuation, not commands.
    if !name.chars().next().is_some_and(char::is_alphabetic) {
        return Parsed::NotACommand;
    }
    let name = name.to_lowercase();
    let args: Vec<&str> = words.collect();
    match help::find(&name) {
        None => Parsed::Unknown(name),
        Some(spec) if spec.name == "help" => match args.as_slice() {
            [] => Parsed::Help { topic: None },
            [topic] => Parsed::Help {
                topic: Some(topic.trim_start_matches(prefix).to_lowercase()),
            },
            _ => Parsed::BadArgs(spec),
        },
        Some(spec) => Parsed::Known {
            spec,
            args: args.iter().map(|a| a.to_string()).collect(),
        },
    }
}

/// The text as typed after the first `words` words (the command word, then arguments),
/// trimmed, with its line breaks: for free text such as a report, a note or a clarification.
pub fn rest_after(body: &str, words: usize) -> &str {
    let mut rest = body.trim_start();
    for _ in 0..words {
        rest = rest
            .split_once(char::is_whitespace)
            .map_or("", |(_, r)| r)
            .trim_start();
    }
    rest.trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rest_after_keeps_the_text_as_typed() {
        let cases = [
            ("!report  fire\nnear the mill ", 1, "fire\nnear the mill"),
            ("!resolve A-1   done,  FIR 12", 2, "done,  FIR 12"),
            ("!fact false", 2, ""),
            ("!report", 1, ""),
            ("  !x a b c", 3, "c"),
        ];
        for (body, n, want) in cases {
            assert_eq!(rest_after(body, n), want, "{body:?}");
        }
    }

    #[test]
    fn parses_table() {
        let help = help::find("help").unwrap();
        let block = help::find("block").unwrap();
        let cases: &[(&str, Parsed)] = &[
            ("!help", Parsed::Help { topic: None }),
            ("  !Help  ", Parsed::Help { topic: None }),
            (
                "!help block",
                Parsed::Help {
                    topic: Some("block".into()),
                },
            ),
            (
                "!help !BLOCK",
                Parsed::Help {
                    topic: Some("block".into()),
                },
            ),
            ("!help a b", Parsed::BadArgs(help)),
            (
                "!block @x:s tout",
                Parsed::Known {
                    spec: block,
                    args: vec!["@x:s".into(), "tout".into()],
                },
            ),
            ("!frobnicate", Parsed::Unknown("frobnicate".into())),
            ("hello !help", Parsed::NotACommand),
            ("!", Parsed::NotACommand),
            ("!!!", Parsed::NotACommand),
            ("! help", Parsed::Help { topic: None }),
            ("", Parsed::NotACommand),
        ];
        for (input, want) in cases {
            assert_eq!(&parse("!", input), want, "input {input:?}");
        }
    }

    #[test]
    fn other_prefix() {
        assert_eq!(
            parse("saathi:", "saathi: help"),
            Parsed::Help { topic: None }
        );
        assert_eq!(parse("saathi:", "!help"), Parsed::NotACommand);
    }
}
