//! The texts of rumour control, Hindi and English.

use super::{RumourItem, Verdict, VerdictKind};
use crate::core::ctx::Ctx;
use crate::core::district::Lang;

pub fn forwarded_many_times(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => {
            "⚠️ यह संदेश कई समूहों में बार-बार आगे भेजा गया है — आगे भेजने से पहले सच जाँच लें। पुलिस इसकी जाँच कर रही है।"
        }
        Lang::En => {
            "⚠️ Forwarded many times — verify before you share. The police are checking it."
        }
    }
}

fn kind_word(lang: Lang, k: VerdictKind) -> &'static str {
    match (lang, k) {
        (Lang::Hi, VerdictKind::False) => "❌ झूठी ख़बर",
        (Lang::Hi, VerdictKind::True) => "✅ सही ख़बर",
        (Lang::Hi, VerdictKind::Misleading) => "⚠️ भ्रामक ख़बर",
        (Lang::En, VerdictKind::False) => "❌ FALSE",
        (Lang::En, VerdictKind::True) => "✅ TRUE",
        (Lang::En, VerdictKind::Misleading) => "⚠️ MISLEADING",
    }
}

/// The clarification under a copy.
pub fn verdict(lang: Lang, v: &Verdict) -> String {
    match lang {
        Lang::Hi => format!(
            "{} — पुलिस की जाँच: {}",
            kind_word(lang, v.kind),
            v.clarification
        ),
        Lang::En => format!(
            "{} — police fact-check: {}",
            kind_word(lang, v.kind),
            v.clarification
        ),
    }
}

pub fn removed_false_dm(lang: Lang, v: &Verdict) -> String {
    match lang {
        Lang::Hi => format!(
            "आपका संदेश हटा दिया गया क्योंकि पुलिस ने इसे झूठा पाया है: {}. कृपया ऐसी ख़बरें आगे न भेजें।",
            v.clarification
        ),
        Lang::En => format!(
            "Your message was removed because the police found it false: {}. Please do not pass such messages on.",
            v.clarification
        ),
    }
}

/// The control-room alert, rewritten as copies arrive.
pub fn alert(c: &Ctx<'_>, item: &RumourItem, rooms: usize, senders: usize) -> String {
    let lang = c.dir.lang_for(&c.ev.place);
    let first = crate::core::time::clock(item.first_at_ms, c.dir.utc_offset_min);
    let copies = item.copies();
    let window = crate::core::time::duration(lang, c.dir.rumours.window_ms);
    let p = &c.dir.prefix;
    match lang {
        Lang::Hi => format!(
            "📢 फैलती ख़बर: “{}”\n{copies} प्रतियाँ, {rooms} थाना समूह, {senders} भेजने वाले ({window} में)। पहली बार {first} पर, {} ने।\nकिसी प्रति या इस संदेश के जवाब में लिखें: {p}fact false|true|misleading <स्पष्टीकरण>",
            item.excerpt, item.first_sender
        ),
        Lang::En => format!(
            "📢 Spreading: “{}”\n{copies} copies, {rooms} station rooms, {senders} senders (in {window}). First seen {first}, from {}.\nReply to a copy or to this message with: {p}fact false|true|misleading <clarification>",
            item.excerpt, item.first_sender
        ),
    }
}

pub fn recorded(lang: Lang, v: &Verdict, copies: usize, askers: usize) -> String {
    match lang {
        Lang::Hi => format!(
            "{} दर्ज। स्पष्टीकरण {copies} प्रतियों के नीचे और {askers} पूछने वालों को भेजा गया; आगे की हर प्रति को जवाब मिलेगा।",
            kind_word(lang, v.kind)
        ),
        Lang::En => format!(
            "{} recorded. The clarification went under {copies} copies and to {askers} people who asked; every later copy will be answered.",
            kind_word(lang, v.kind)
        ),
    }
}

pub fn withdrawn(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => "निर्णय वापस लिया गया; आगे की प्रतियों को जवाब नहीं मिलेगा।",
        Lang::En => "Verdict withdrawn; later copies are no longer answered.",
    }
}

pub fn not_a_copy(lang: Lang, prefix: &str) -> String {
    match lang {
        Lang::Hi => format!(
            "{prefix}fact को किसी फैलती ख़बर की प्रति, उसकी चेतावनी या टिपलाइन अनुरोध के जवाब में लिखें।"
        ),
        Lang::En => format!(
            "Send {prefix}fact as a reply to a copy of the message, its alert or its tipline request."
        ),
    }
}

pub fn no_clarification(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => "स्पष्टीकरण भी लिखें: लोग क्या सच मानें?",
        Lang::En => "Add the clarification: what should people know?",
    }
}

/// The tipline's answers.
pub fn tip_known(lang: Lang, v: &Verdict) -> String {
    match lang {
        Lang::Hi => format!("पुलिस इस संदेश की जाँच कर चुकी है:\n{}", verdict(lang, v)),
        Lang::En => format!(
            "The police have checked this message:\n{}",
            verdict(lang, v)
        ),
    }
}

pub fn tip_queued(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => {
            "🔎 यह संदेश अभी सत्यापित नहीं है — जाँच के लिए पुलिस को भेज दिया गया है। जवाब आने पर आपको यहीं बताया जाएगा। तब तक इसे आगे न भेजें।"
        }
        Lang::En => {
            "🔎 Not yet verified — sent to the police for checking. You will hear here when they answer. Until then, please do not pass it on."
        }
    }
}

pub fn request(lang: Lang, item: &RumourItem, prefix: &str) -> String {
    let n = item.askers.len();
    match lang {
        Lang::Hi => format!(
            "🔎 जाँच का अनुरोध (टिपलाइन): “{}”\n{n} लोगों ने पूछा; {} प्रतियाँ थाना समूहों में।\nइसके जवाब में लिखें: {prefix}fact false|true|misleading <स्पष्टीकरण>",
            item.excerpt,
            item.copies()
        ),
        Lang::En => format!(
            "🔎 Verification request (tipline): “{}”\nAsked by {n}; {} copies in station rooms.\nReply to this with: {prefix}fact false|true|misleading <clarification>",
            item.excerpt,
            item.copies()
        ),
    }
}

pub fn facts(lang: Lang, items: &[RumourItem]) -> String {
    if items.is_empty() {
        return match lang {
            Lang::Hi => "अभी कोई तथ्य-जाँच निर्णय नहीं है।".into(),
            Lang::En => "No fact-check verdicts yet.".into(),
        };
    }
    let mut out = match lang {
        Lang::Hi => "हाल के तथ्य-जाँच निर्णय:".to_string(),
        Lang::En => "Recent fact-check verdicts:".to_string(),
    };
    for it in items {
        if let Some(v) = &it.verdict {
            out.push_str(&format!(
                "\n• {} “{}” — {}",
                kind_word(lang, v.kind),
                crate::core::text::excerpt(&it.excerpt, 80),
                v.clarification
            ));
        }
    }
    out
}
