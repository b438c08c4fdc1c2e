//! Texts of vetting, the registry, credentials and the blocklist, in Hindi and English.

use crate::core::district::Lang;
use crate::core::i18n::pick;
use crate::core::vetting::model::{BlockEntry, JoinRequest, Via};

/// What a request card says about the request.
pub struct Card<'a> {
    pub station_name: &'a str,
    /// When it came, local time.
    pub when: &'a str,
    /// Stations where the user is a volunteer already.
    pub other_stations: &'a [String],
    pub blocked: bool,
}

pub fn card(lang: Lang, r: &JoinRequest, k: &Card<'_>) -> String {
    let who = match &r.display_name {
        Some(n) => format!("{n} ({})", r.user),
        None => r.user.clone(),
    };
    let reason = r.reason.clone().unwrap_or_else(|| "—".into());
    let knock = r.via == Via::Knock;
    let others = if k.other_stations.is_empty() {
        "—".to_string()
    } else {
        k.other_stations.join(", ")
    };
    let (station_name, when) = (k.station_name, k.when);
    match lang {
        Lang::Hi => {
            let via = if knock {
                "समूह में जुड़ने का अनुरोध"
            } else {
                "बॉट को संदेश (!join)"
            };
            let bl = if k.blocked {
                "प्रतिबंधित!"
            } else {
                "साफ़"
            };
            format!(
                "🆕 जुड़ने का अनुरोध — थाना {station_name}\nकौन: {who}\nतरीका: {via}\nकारण: {reason}\nकब: {when}\nअन्य थानों के स्वयंसेवक: {others}\nप्रतिबंध सूची: {bl}"
            )
        }
        Lang::En => {
            let via = if knock {
                "asked to join the room"
            } else {
                "message to the bot (!join)"
            };
            let bl = if k.blocked { "BLOCKED!" } else { "clear" };
            format!(
                "🆕 Join request — {station_name} police station\nWho: {who}\nVia: {via}\nReason: {reason}\nWhen: {when}\nVolunteer of other stations: {others}\nBlocklist: {bl}"
            )
        }
    }
}

/// How to answer an open request: what ✅ files the volunteer as, and the categories.
pub fn card_howto(lang: Lang, p: &str, user: &str, categories: &[String]) -> String {
    let list = categories.join(", ");
    pick(
        lang,
        format!(
            "स्वीकार: {p}approve {user} <श्रेणी>, या ✅ (श्रेणी “other”) · अस्वीकार: ❌ या {p}deny {user} [कारण]\nश्रेणियाँ: {list}"
        ),
        format!(
            "Approve: {p}approve {user} <category>, or ✅ (category “other”) · Deny: ❌ or {p}deny {user} [reason]\nCategories: {list}"
        ),
    )
}

pub fn card_outcome(lang: Lang, card: &str, approved: bool, by: &str, detail: &str) -> String {
    let (hi, en) = if approved {
        ("✅ स्वीकृत", "✅ Approved")
    } else {
        ("❌ अस्वीकृत", "❌ Denied")
    };
    pick(
        lang,
        format!("{card}\n— {hi}: {by} {detail}"),
        format!("{card}\n— {en} by {by} {detail}"),
    )
}

pub fn request_sent(lang: Lang, station: &str) -> String {
    pick(
        lang,
        format!(
            "आपका अनुरोध थाना {station} के स्टाफ़ को भेज दिया गया है। स्वीकृति के बाद आपको समूह में आमंत्रित किया जाएगा।"
        ),
        format!(
            "Your request has been sent to the staff of {station} police station. You will be invited to the room once it is approved."
        ),
    )
}

/// The reason a district ban carries in every room. Membership reasons are public, so the
/// blocklist entry's own reason (who said what about whom) stays in the desk, the control room
/// and the policy list.
pub fn blocked_public_reason(lang: Lang) -> String {
    pick(lang, "ज़िले की ब्लॉक सूची".into(), "district blocklist".into())
}

pub fn request_refused_politely(lang: Lang) -> String {
    pick(
        lang,
        "क्षमा करें, यह अनुरोध स्वीकार नहीं किया जा सकता।".into(),
        "Sorry, this request cannot be accepted.".into(),
    )
}

pub fn blocked_log(lang: Lang, user: &str, b: &BlockEntry, via: Via) -> String {
    let via = match via {
        Via::Knock => "knock",
        Via::Dm => "!join",
    };
    pick(
        lang,
        format!(
            "⛔ प्रतिबंधित सदस्य {user} का अनुरोध ({via}) अस्वीकार किया गया। प्रतिबंध का कारण: {} (by {})",
            b.reason, b.by
        ),
        format!(
            "⛔ Refused a request ({via}) from blocked user {user}. Block reason: {} (by {})",
            b.reason, b.by
        ),
    )
}

pub fn unknown_station(lang: Lang, slug: &str, known: &[String]) -> String {
    let list = known.join(", ");
    pick(
        lang,
        format!("“{slug}” नाम का कोई थाना नहीं है। थाने: {list}"),
        format!("There is no station “{slug}”. Stations: {list}"),
    )
}

pub fn already_member(lang: Lang, station: &str) -> String {
    pick(
        lang,
        format!("आप पहले से थाना {station} के स्वयंसेवक हैं।"),
        format!("You are already a volunteer of {station} police station."),
    )
}

pub fn already_pending(lang: Lang, station: &str) -> String {
    pick(
        lang,
        format!("थाना {station} के लिए आपका अनुरोध पहले से लंबित है।"),
        format!("Your request for {station} police station is already pending."),
    )
}

pub fn no_request(lang: Lang, user: &str) -> String {
    pick(
        lang,
        format!("{user} का कोई लंबित अनुरोध इस थाने में नहीं है।"),
        format!("{user} has no open request at this station."),
    )
}

pub fn bad_category(lang: Lang, cat: &str, known: &[String]) -> String {
    let list = known.join(", ");
    pick(
        lang,
        format!("“{cat}” कोई श्रेणी नहीं है। श्रेणियाँ: {list}"),
        format!("“{cat}” is not a category. Categories: {list}"),
    )
}

pub fn approved(lang: Lang, user: &str, category: &str) -> String {
    pick(
        lang,
        format!("✅ {user} स्वीकृत ({category}) और आमंत्रित।"),
        format!("✅ {user} approved ({category}) and invited."),
    )
}

pub fn denied(lang: Lang, user: &str) -> String {
    pick(
        lang,
        format!("❌ {user} का अनुरोध अस्वीकार किया गया।"),
        format!("❌ {user}'s request was denied."),
    )
}

/// `room_link`: a link to the station room the volunteer is invited to.
pub fn welcome(lang: Lang, station: &str, room_link: &str, code: &str, room_topic: &str) -> String {
    pick(
        lang,
        format!(
            "स्वागत है! आप थाना {station} के डिजिटल स्वयंसेवक के रूप में स्वीकृत हुए हैं। “थाना {station}” समूह का आमंत्रण स्वीकार करें: {room_link}\nनियम: {room_topic}\nआपका सत्यापन कोड: {code} (!mycard से देखें)। ध्यान दें: स्वयंसेवक नागरिक हैं, उनके पास कोई पुलिस अधिकार नहीं है।\nकोई ख़ुद को पुलिस बताए तो जाँचें: !verify @उनका-खाता — पुलिस कभी पैसे नहीं माँगती और न ही वीडियो कॉल पर बने रहने को कहती है।"
        ),
        format!(
            "Welcome! You are approved as a digital volunteer of {station} police station. Please accept the invite to the “{station} Police Station” room: {room_link}\nRules: {room_topic}\nYour verification code: {code} (see !mycard). Note: volunteers are citizens and hold no police authority.\nIf someone says they are the police, check: !verify @their-account — the police never ask for money or for you to stay on a video call."
        ),
    )
}

/// The bot's hello when someone opens a direct chat with it: what they can do there.
pub fn dm_hello(lang: Lang, p: &str, district: &str, stations: &str) -> String {
    pick(
        lang,
        format!(
            "नमस्ते! मैं साथी हूँ, {district} पुलिस का सहायक बॉट। यहाँ आप:\n• {p}join <थाना> [कारण] — थाना समूह में स्वयंसेवक बनने का अनुरोध (थाने: {stations})\n• {p}report <सूचना> — पुलिस को निजी सूचना\n• कोई संदेश या ख़बर आगे भेजें — पुलिस बताएगी कि वह सच है या अफ़वाह\n• {p}verify <कोड> — क्या यह पंजीकृत स्वयंसेवक है\n• {p}verify @खाता — क्या यह खाता सचमुच पुलिस का है\n• {p}help — सभी कमांड\nआपात स्थिति में 112 पर कॉल करें।"
        ),
        format!(
            "Hello! I am Saathi, the assistant bot of {district} police. Here you can:\n• {p}join <station> [reason] — ask to become a volunteer of a station room (stations: {stations})\n• {p}report <text> — tell the police something privately\n• forward any message or news — the police will say whether it is true or a rumour\n• {p}verify <code> — is this a registered volunteer\n• {p}verify @account — is this account really the police\n• {p}help — all commands\nIn an emergency call 112."
        ),
    )
}

pub fn deny_dm(lang: Lang, station: &str) -> String {
    pick(
        lang,
        format!("थाना {station} में जुड़ने का आपका अनुरोध स्वीकार नहीं हुआ।"),
        format!("Your request to join {station} police station was not accepted."),
    )
}

pub fn pending_header(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("लंबित अनुरोध: {n}"),
        format!("Open join requests: {n}"),
    )
}

pub fn reminder_header(lang: Lang, n: usize, prefix: &str) -> String {
    pick(
        lang,
        format!("⏰ {n} अनुरोध लंबे समय से लंबित हैं ({prefix}approve / {prefix}deny / ✅ / ❌):"),
        format!(
            "⏰ {n} join request(s) have been waiting a long time ({prefix}approve / {prefix}deny / ✅ / ❌):"
        ),
    )
}

pub fn blocked(lang: Lang, user: &str, rooms: usize) -> String {
    pick(
        lang,
        format!("⛔ {user} ज़िले भर में प्रतिबंधित; {rooms} कमरों में प्रतिबंध लगाया गया।"),
        format!("⛔ {user} is blocked district-wide; banned in {rooms} rooms."),
    )
}

pub fn already_blocked(lang: Lang, user: &str) -> String {
    pick(
        lang,
        format!("{user} पहले से प्रतिबंधित है।"),
        format!("{user} is already blocked."),
    )
}

pub fn unblocked(lang: Lang, user: &str, rooms: usize) -> String {
    pick(
        lang,
        format!("{user} से प्रतिबंध हटाया गया; {rooms} कमरों में।"),
        format!("{user} is unblocked; unbanned in {rooms} rooms."),
    )
}

pub fn not_blocked(lang: Lang, user: &str) -> String {
    pick(
        lang,
        format!("{user} प्रतिबंधित नहीं है।"),
        format!("{user} is not blocked."),
    )
}

pub fn blocklist(lang: Lang, entries: &[BlockEntry], date: impl Fn(u64) -> String) -> String {
    if entries.is_empty() {
        return pick(
            lang,
            "प्रतिबंध सूची खाली है।".into(),
            "The blocklist is empty.".into(),
        );
    }
    let mut out = pick(
        lang,
        format!("प्रतिबंध सूची ({}):", entries.len()),
        format!("Blocklist ({}):", entries.len()),
    );
    for b in entries {
        out.push_str(&format!(
            "\n• {} — {} ({}, {})",
            b.user,
            b.reason,
            b.by,
            date(b.at_ms)
        ));
    }
    out
}

pub fn external_ban(lang: Lang, user: &str, list: &str, reason: &str, rooms: usize) -> String {
    pick(
        lang,
        format!(
            "⛔ {user} नीति सूची {list} के अनुसार ज़िले भर में प्रतिबंधित ({rooms} कमरे)। कारण: {reason}"
        ),
        format!(
            "⛔ {user} banned district-wide ({rooms} rooms) following policy list {list}. Reason: {reason}"
        ),
    )
}

/// Shown by Element in place of a removed greeting.
pub fn greeting_redact_reason(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => "केवल अभिवादन वाला संदेश (साथी अभिवादन फ़िल्टर)",
        Lang::En => "greeting-only message (Saathi greeting filter)",
    }
}

pub fn cannot_block_staff(lang: Lang) -> String {
    pick(
        lang,
        "स्टाफ़, अधिकारी या बॉट को प्रतिबंधित नहीं किया जा सकता।".into(),
        "Staff, officers and the bot cannot be blocked.".into(),
    )
}

mod registry;
pub use registry::*;
