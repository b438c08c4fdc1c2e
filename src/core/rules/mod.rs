//! Moderation rules: small pure predicates over normalised text, each with its own tests.

pub mod greeting;
