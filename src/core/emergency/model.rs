//! Emergency words: the built-in list and the matcher that finds them in a message.

use crate::core::text::normalise;
use rustc_hash::FxHashMap as HashMap;

/// The built-in list, in both languages and romanised Hindi.
pub const DEFAULT_WORDS: &[&str] = &[
    "fire",
    "आग",
    "aag",
    "accident",
    "दुर्घटना",
    "हादसा",
    "hadsa",
    "riot",
    "दंगा",
    "danga",
    "बवाल",
    "murder",
    "हत्या",
    "hatya",
    "क़त्ल",
    "katl",
    "kidnapping",
    "kidnap",
    "kidnapped",
    "अपहरण",
    "apharan",
    "robbery",
    "लूट",
    "loot",
    "डकैती",
    "dacoity",
    "firing",
    "गोली चली",
    "goli chali",
    "bomb",
    "बम",
    "blast",
    "धमाका",
    "stabbing",
    "stabbed",
    "चाकू मारा",
    "rape",
    "बलात्कार",
    "बचाओ",
    "bachao",
    "drowning",
    "डूब गया",
    "doob gaya",
];

/// The compiled word list: single words, and phrases of several words.
#[derive(Debug, Clone, Default)]
pub struct EmergencyWords {
    /// Matching key → the entry as written (for the alert text).
    words: HashMap<String, String>,
    phrases: Vec<(Vec<String>, String)>,
    /// At most one alert per room within this time.
    pub interval_ms: u64,
}

impl EmergencyWords {
    pub fn new(entries: &[String], interval_ms: u64) -> EmergencyWords {
        let mut e = EmergencyWords {
            interval_ms,
            ..Default::default()
        };
        for entry in entries {
            let words = normalise(entry).words;
            match words.as_slice() {
                [] => {}
                [one] => {
                    e.words.insert(one.clone(), entry.clone());
                }
                _ => e.phrases.push((words, entry.clone())),
            }
        }
        e
    }

    /// The first emergency entry `text` names, as the list writes it.
    pub fn find(&self, text: &str) -> Option<&str> {
        let words = normalise(text).words;
        if let Some(entry) = words.iter().find_map(|w| self.words.get(w)) {
            return Some(entry);
        }
        self.phrases
            .iter()
            .find(|(p, _)| words.windows(p.len()).any(|w| w == p.as_slice()))
            .map(|(_, entry)| entry.as_str())
    }
}
