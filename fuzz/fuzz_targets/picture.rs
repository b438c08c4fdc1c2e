//! A picture someone sent, as the bot reads it: decoding with its limits (bombs, truncated
//! and malformed files), PDQ on what decodes, and the anonymous-tip re-encoder. Never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use saathi::picture::{decode, pdq::Pdq};

fuzz_target!(|data: &[u8]| {
    let Ok(img) = decode::decode(data) else {
        return;
    };
    assert!(img.width() <= decode::MAX_SIDE && img.height() <= decode::MAX_SIDE);
    if let Some(p) = Pdq::of(&img) {
        assert_eq!(p.distance(&p), 0);
    }
    let _ = saathi::matrix::outbound::anonymous::reencode(data);
});
