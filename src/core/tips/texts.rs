//! The tip texts, Hindi and English: the desk card (which never names the tipster), the
//! tipster's DMs and the police's answers.

use crate::core::district::Lang;
use crate::core::i18n::pick;

pub fn card(lang: Lang, prefix: &str, id: &str, station: &str, when: &str, text: &str) -> String {
    pick(
        lang,
        format!(
            "🕵️ गुमनाम सूचना {id} — थाना {station}, {when}\nभेजने वाला: गुमनाम\n\n{text}\n\n\
             सूचक को उत्तर: {prefix}reply {id} <संदेश> (बॉट के ज़रिए; पहचान किसी को नहीं दिखती)"
        ),
        format!(
            "🕵️ Anonymous tip {id} — {station} police station, {when}\nFrom: anonymous\n\n{text}\n\n\
             Answer the tipster: {prefix}reply {id} <message> (through the bot; no one sees who they are)"
        ),
    )
}

pub fn opened(lang: Lang, id: &str, station: &str, window: &str) -> String {
    pick(
        lang,
        format!(
            "✅ आपकी सूचना {id} थाना {station} को गुमनाम रूप से भेज दी गई: पुलिस को आपका नाम या खाता \
             नहीं दिखता। अगले {window} में भेजी फ़ोटो या लोकेशन भी बॉट दोबारा भेजेगा (फ़ाइल की कोई \
             जानकारी नहीं जाती)। वीडियो, वॉइस नोट और फ़ाइलें आगे नहीं भेजी जातीं — उनसे आपकी पहचान \
             हो सकती है। पुलिस यहीं उत्तर दे सकती है; उनके संदेश का जवाब (reply) देकर बात करें।"
        ),
        format!(
            "✅ Your tip {id} went to {station} police station anonymously: the police do not see \
             your name or account. Photos or a location you send in the next {window} go with it, \
             sent again by the bot (no file details go along). Videos, voice notes and files are \
             not passed on — they can give you away. The police may answer here; reply to their \
             message to answer them."
        ),
    )
}

pub fn which_station(lang: Lang, prefix: &str, stations: &str) -> String {
    pick(
        lang,
        format!("किस थाने के लिए? लिखें: {prefix}tip <थाना> <सूचना>\nथाने: {stations}"),
        format!(
            "For which station? Send: {prefix}tip <station> <what you know>\nStations: {stations}"
        ),
    )
}

pub fn only_in_dm(lang: Lang, prefix: &str) -> String {
    pick(
        lang,
        format!(
            "गुमनाम सूचना केवल बॉट के साथ निजी चैट में दें — समूह में लिखा सबको दिखता है, इसलिए वह \
             संदेश हटा दिया गया। यहाँ फिर भेजें: {prefix}tip <सूचना>"
        ),
        format!(
            "Give anonymous tips only in a private chat with the bot — what is written in a room \
             is seen by everyone, so that message was removed. Send it here again: {prefix}tip <text>"
        ),
    )
}

pub fn police_reply(lang: Lang, id: &str, station: &str, text: &str) -> String {
    pick(
        lang,
        format!(
            "💬 आपकी सूचना {id} पर थाना {station} का उत्तर:\n{text}\n\n(उत्तर देने के लिए इस संदेश का \
             जवाब दें; आपकी पहचान छिपी रहती है)"
        ),
        format!(
            "💬 {station} police station about your tip {id}:\n{text}\n\n(Reply to this message to \
             answer; who you are stays hidden)"
        ),
    )
}

pub fn reply_sent(lang: Lang, id: &str) -> String {
    pick(
        lang,
        format!("✅ {id} के सूचक को भेजा गया।"),
        format!("✅ Sent to the tipster of {id}."),
    )
}

pub fn tipster_says(lang: Lang, id: &str, text: &str) -> String {
    pick(
        lang,
        format!("💬 {id} · सूचक (गुमनाम) का उत्तर:\n{text}"),
        format!("💬 {id} · the tipster (anonymous) answers:\n{text}"),
    )
}

pub fn passed_on(lang: Lang, id: &str) -> String {
    pick(
        lang,
        format!("✅ पुलिस तक पहुँचाया गया ({id}, गुमनाम)।"),
        format!("✅ Passed on to the police ({id}, anonymously)."),
    )
}

pub fn media_caption(lang: Lang, id: &str, kind: &str) -> String {
    pick(
        lang,
        format!("📎 {id} · सूचक (गुमनाम) की {kind}"),
        format!("📎 {id} · {kind} from the tipster (anonymous)"),
    )
}

pub fn media_refused(lang: Lang, id: &str, kind: &str) -> String {
    pick(
        lang,
        format!(
            "⚠️ यह {kind} {id} के साथ नहीं भेजी गई: वीडियो, आवाज़ और फ़ाइलों से पहचान हो सकती है। \
             जो उसमें है, शब्दों में लिखें, या फ़ोटो भेजें।"
        ),
        format!(
            "⚠️ This {kind} was not passed on with {id}: videos, voices and files can give you \
             away. Write what it shows in words, or send a photo."
        ),
    )
}

pub fn no_such_tip(lang: Lang, arg: &str) -> String {
    pick(
        lang,
        format!("“{arg}” नाम की कोई सूचना नहीं मिली (जैसे TIP-3)।"),
        format!("No tip “{arg}” here (e.g. TIP-3)."),
    )
}

pub fn revealed(
    lang: Lang,
    id: &str,
    station: &str,
    tipster: &str,
    by: &str,
    reason: &str,
) -> String {
    pick(
        lang,
        format!(
            "🔓 {id} (थाना {station}) भेजने वाले: {tipster}\n{by} ने देखा, कारण: {reason}\n\
             यह ऑडिट लॉग में दर्ज है और सूचक को बताया गया है।"
        ),
        format!(
            "🔓 {id} ({station} police station) was sent by: {tipster}\nLooked up by {by}, reason: \
             {reason}\nThis is in the audit log and the tipster has been told."
        ),
    )
}

pub fn tipster_told_of_reveal(lang: Lang, id: &str, district: &str, when: &str) -> String {
    pick(
        lang,
        format!(
            "ℹ️ {district} पुलिस के एक अधिकारी ने {when} पर देखा कि सूचना {id} किसने भेजी (कारण \
             ऑडिट लॉग में दर्ज है)। आपकी पहचान किसी और को नहीं दिखाई गई।"
        ),
        format!(
            "ℹ️ An officer of {district} police looked up who sent tip {id} at {when} (the reason \
             is in the audit log). Your identity was shown to no one else."
        ),
    )
}
