//! The police's commands of the catalog (staff, station leads, officers), in `!help` order.

use super::*;

pub(super) const POLICE: &[CommandSpec] = &[
    cmd!(
        "approve",
        T::new("@सदस्य [श्रेणी]", "@user [category]"),
        T::new("जुड़ने का अनुरोध स्वीकार करें", "approve a join request"),
        Staff,
        DESK,
        true
    ),
    cmd!(
        "deny",
        T::new("@सदस्य [कारण]", "@user [reason]"),
        T::new("जुड़ने का अनुरोध अस्वीकार करें", "deny a join request"),
        Staff,
        DESK,
        true
    ),
    cmd!(
        "pending",
        NONE,
        T::new("लंबित अनुरोध", "open join requests"),
        Staff,
        DESK,
        true
    ),
    cmd!(
        "volunteers",
        T::new("[श्रेणी]", "[category]"),
        T::new("स्वयंसेवकों की गिनती", "volunteer counts"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "volunteer",
        AT_USER,
        T::new("स्वयंसेवक का विवरण", "a volunteer's profile"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "block",
        T::new("@सदस्य <कारण>", "@user <reason>"),
        T::new("ज़िले भर में प्रतिबंध", "block district-wide"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "unblock",
        AT_USER,
        T::new("प्रतिबंध हटाएँ", "lift a block"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "blocklist",
        NONE,
        T::new("प्रतिबंधित सूची", "the blocklist"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "warn",
        T::new("@सदस्य|R-<n> [कारण]", "@user|R-<n> [reason]"),
        T::new(
            "चेतावनी दें (R-<n>: रिपोर्ट किया संदेश हटाकर उसके भेजने वाले को)",
            "warn a member (R-<n>: remove a reported message and warn its sender)"
        ),
        Staff,
        STATION_DESK,
        true
    ),
    cmd!(
        "remove",
        T::new("R-<n>", "R-<n>"),
        T::new("रिपोर्ट किया गया संदेश हटाएँ", "remove a reported message"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "dismiss",
        T::new("R-<n>", "R-<n>"),
        T::new(
            "रिपोर्ट ख़ारिज करें (संदेश रहेगा)",
            "dismiss a report (the message stays)"
        ),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "restore",
        T::new("R-<n>", "R-<n>"),
        T::new(
            "रिपोर्टों पर हटाया संदेश बॉट द्वारा फिर से पोस्ट करें",
            "post again a message removed by reports (quoted by the bot)"
        ),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "mute",
        T::new("@सदस्य [अवधि]", "@user [duration]"),
        T::new("कुछ समय के लिए चुप कराएँ", "mute a member for a while"),
        Staff,
        STATION_DESK,
        true
    ),
    cmd!(
        "unmute",
        AT_USER,
        T::new("चुप्पी हटाएँ", "unmute a member"),
        Staff,
        STATION_DESK,
        true
    ),
    cmd!(
        "kick",
        T::new("@सदस्य [कारण]", "@user [reason]"),
        T::new("समूह से निकालें", "remove from the room"),
        Staff,
        STATION_DESK,
        true
    ),
    cmd!(
        "ban",
        T::new("@सदस्य [कारण]", "@user [reason]"),
        T::new("समूह से प्रतिबंधित करें", "ban from the room"),
        Staff,
        STATION_DESK,
        true
    ),
    cmd!(
        "strikes",
        AT_USER,
        T::new("सदस्य की चेतावनियाँ", "a member's strikes"),
        Staff,
        DESK,
        true
    ),
    cmd!(
        "undo",
        T::new("<कार्रवाई-आईडी>", "<action-id>"),
        T::new("कार्रवाई वापस लें", "reverse a moderation action"),
        Staff,
        DESK,
        true
    ),
    cmd!(
        "dryrun",
        T::new("on|off", "on|off"),
        T::new("स्वचालित कार्रवाई केवल दिखाएँ", "only log automatic actions"),
        Staff,
        DESK,
        true
    ),
    cmd!(
        "filters",
        NONE,
        T::new("मॉडरेशन सेटिंग", "moderation settings"),
        Staff,
        STATION_DESK,
        true
    ),
    cmd!(
        "set",
        T::new("<नियम> <सेटिंग> <मान>", "<rule> <setting> <value>"),
        T::new("मॉडरेशन सेटिंग बदलें", "change a moderation setting"),
        Staff,
        STATION_DESK,
        true
    ),
    cmd!(
        "lexicon",
        T::new("add|remove <वाक्यांश>", "add|remove <phrase>"),
        T::new("अभिवादन सूची बदलें", "edit the greeting list"),
        Staff,
        STATION_DESK,
        true
    ),
    cmd!(
        "reply",
        T::new("<सूचना> <संदेश>", "<tip> <message>"),
        T::new(
            "गुमनाम सूचक को उत्तर (बॉट के ज़रिए)",
            "answer an anonymous tipster (through the bot)"
        ),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "reveal",
        T::new("<सूचना> <कारण>", "<tip> <reason>"),
        T::new(
            "सूचक की पहचान देखें (ऑडिट होता है, सूचक को बताया जाता है)",
            "see who sent a tip (audited; the tipster is told)"
        ),
        Officer,
        CONTROL,
        true
    ),
    cmd!(
        "ack",
        T::new("<टिकट>", "<ticket>"),
        T::new("टिकट स्वीकारें", "acknowledge a ticket"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "assign",
        T::new("<टिकट> @स्टाफ़", "<ticket> @staff"),
        T::new("टिकट सौंपें", "assign a ticket"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "resolve",
        T::new("<टिकट> [टिप्पणी]", "<ticket> [note]"),
        T::new("टिकट बंद करें", "resolve a ticket"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "tickets",
        T::new("[खुले|मेरे|देर]", "[open|mine|overdue]"),
        T::new("खुले टिकट", "open tickets"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "announce",
        T::new("<संदेश>", "<text>"),
        T::new("अपने थाना समूह में घोषणा", "announce in your station room"),
        Staff,
        DESK,
        true
    ),
    cmd!(
        "lock",
        T::new(
            "[थाना|all] [अवधि] [कारण]",
            "[station|all] [duration] [reason]"
        ),
        T::new("केवल-घोषणा मोड", "announcement-only mode"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "unlock",
        T::new("[थाना|all]", "[station|all]"),
        T::new("केवल-घोषणा मोड हटाएँ", "end announcement-only mode"),
        Staff,
        DESK_CONTROL,
        true
    ),
    cmd!(
        "fact",
        T::new(
            "false|true|misleading <स्पष्टीकरण>",
            "false|true|misleading <clarification>"
        ),
        T::new(
            "संदेश पर तथ्य-जाँच निर्णय (जवाब में)",
            "fact-check verdict (as a reply)"
        ),
        Staff,
        ROOMS,
        true
    ),
    cmd!(
        "task",
        T::new(
            "@सदस्य… <निर्देश> [--due 18:00|2h] [--evidence photo|location|any|none]",
            "@user… <instruction> [--due 18:00|2h] [--evidence photo|location|any|none]"
        ),
        T::new("साक्ष्य सहित कार्य सौंपें", "give a task that needs evidence"),
        Staff,
        TASK_SPOTS,
        true
    ),
    cmd!(
        "tasks",
        T::new("[खुले|मेरे|देर]", "[open|mine|overdue]"),
        T::new("कार्यों की सूची", "list tasks"),
        Staff,
        TASK_SPOTS,
        true
    ),
    cmd!(
        "cancel",
        T::new("<कार्य>", "<task>"),
        T::new("कार्य रद्द करें", "cancel a task"),
        Staff,
        TASK_SPOTS,
        true
    ),
    cmd!(
        "broadcast",
        T::new(
            "[--urgent] [--pin] [--stations a,b] <संदेश>",
            "[--urgent] [--pin] [--stations a,b] <text>"
        ),
        T::new("पूरे ज़िले में सूचना", "post to the whole district"),
        Officer,
        CONTROL,
        true
    ),
    cmd!(
        "relay",
        T::new(
            "add <से> <को> [--from staff|volunteers|anyone] [--match शब्द, शब्द] [--kinds text,image…] | list | remove <R#>",
            "add <from> <to> [--from staff|volunteers|anyone] [--match word, word] [--kinds text,image…] | list | remove <R#>"
        ),
        T::new("कमरों के बीच संदेश अग्रेषण नियम", "relay rules between rooms"),
        Officer,
        CONTROL,
        true
    ),
    cmd!(
        "digest",
        T::new("[दिन]", "[day]"),
        T::new("दैनिक सारांश", "the daily digest"),
        Officer,
        CONTROL,
        true
    ),
];
