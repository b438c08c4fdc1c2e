//! The command parser on any text, with both prefixes the config allows in practice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use saathi::core::command::{Parsed, parse};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for prefix in ["!", "."] {
        if let Parsed::Known { spec, args } = parse(prefix, text) {
            // A parsed command names a catalog entry and its words come from the text.
            assert!(!spec.name.is_empty());
            assert!(args.iter().all(|a| text.contains(a.as_str())));
        }
    }
});
