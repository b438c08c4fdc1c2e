//! Rumour control (SPEC §6): see the submodules.

pub mod fingerprint;
