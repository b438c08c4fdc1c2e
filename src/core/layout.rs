//! What a district's rooms must look like (SPEC §3 and §4): aliases, bilingual names and
//! topics, join rules, power levels and who is invited. Provisioning (`matrix::provision`)
//! compares this with the homeserver and changes only what differs.

use std::collections::BTreeMap;

use crate::core::district::{District, Lang, RoomKind};

/// Alias localparts with `{district}` and `{station}` placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasTemplates {
    pub space: String,
    pub control: String,
    pub announcements: String,
    pub station: String,
    pub desk: String,
    pub policy: String,
}

impl AliasTemplates {
    pub fn localpart(&self, district: &str, kind: &RoomKind) -> String {
        let t = match kind {
            RoomKind::Space => &self.space,
            RoomKind::Control => &self.control,
            RoomKind::Announcements => &self.announcements,
            RoomKind::Station(_) => &self.station,
            RoomKind::Desk(_) => &self.desk,
            RoomKind::Policy => &self.policy,
        };
        t.replace("{district}", district)
            .replace("{station}", kind.station_slug().unwrap_or(""))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinRule {
    /// "Ask to join": requests are vetted by staff.
    Knock,
    Invite,
}

/// Power levels (SPEC §4). `users` holds the levels the config decides; other entries in
/// the room (muted members, people raised by hand) are left alone by provisioning, except that
/// positive levels the config no longer grants are removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PowerSpec {
    pub users: BTreeMap<String, i64>,
    pub users_default: i64,
    pub events_default: i64,
    pub state_default: i64,
    pub invite: i64,
    pub kick: i64,
    pub ban: i64,
    pub redact: i64,
    /// Per-event-type levels (e.g. pinning for staff).
    pub events: BTreeMap<String, i64>,
    /// Users whose level is left as the room has it (other Saathi instances' bots).
    pub keep: Vec<String>,
}

pub const OFFICER_LEVEL: i64 = 100;
pub const STAFF_LEVEL: i64 = 50;
pub const BOT_LEVEL: i64 = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomSpec {
    pub kind: RoomKind,
    pub alias_localpart: String,
    pub name: String,
    pub topic: String,
    pub join_rule: JoinRule,
    pub is_space: bool,
    pub encrypt: bool,
    pub history_visibility: String,
    pub power: PowerSpec,
    /// Who must be a member (invited if not joined or invited yet).
    pub invite: Vec<String>,
}

/// Options that hold for every district.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutOptions {
    pub aliases: AliasTemplates,
    pub encrypt: bool,
    pub history_visibility: String,
    pub bot_user: String,
    /// Other Saathi instances' bots (`bot.peers`).
    pub peers: Vec<String>,
    /// The command prefix, for the `!join` path in station topics.
    pub prefix: String,
}

/// Every room of `d`, the space first (it must exist before rooms link to it).
pub fn district_rooms(d: &District, o: &LayoutOptions) -> Vec<RoomSpec> {
    let mut rooms = vec![
        room(d, o, RoomKind::Space),
        room(d, o, RoomKind::Control),
        room(d, o, RoomKind::Announcements),
        room(d, o, RoomKind::Policy),
    ];
    for s in &d.stations {
        rooms.push(room(d, o, RoomKind::Station(s.slug.clone())));
        rooms.push(room(d, o, RoomKind::Desk(s.slug.clone())));
    }
    rooms
}

fn room(d: &District, o: &LayoutOptions, kind: RoomKind) -> RoomSpec {
    let (name, topic) = names(d, o, &kind);
    let station = kind.station_slug().and_then(|s| d.station(s));
    let staff: Vec<String> = station.map(|s| s.staff.clone()).unwrap_or_default();
    let leads: Vec<String> = d
        .stations
        .iter()
        .flat_map(|s| s.leads.iter().cloned())
        .collect();

    let mut users = BTreeMap::new();
    users.insert(o.bot_user.clone(), BOT_LEVEL);
    let raised: &[String] = match kind {
        RoomKind::Station(_) | RoomKind::Desk(_) => &staff,
        RoomKind::Control => &leads,
        _ => &[],
    };
    for u in raised {
        users.insert(u.clone(), STAFF_LEVEL);
    }
    for u in &d.officers {
        users.insert(u.clone(), OFFICER_LEVEL);
    }

    let (join_rule, events_default) = match kind {
        RoomKind::Space => (JoinRule::Knock, STAFF_LEVEL),
        RoomKind::Control => (JoinRule::Invite, 0),
        RoomKind::Announcements => (JoinRule::Knock, STAFF_LEVEL),
        RoomKind::Station(_) => (JoinRule::Knock, 0),
        RoomKind::Desk(_) => (JoinRule::Invite, 0),
        // Only the bot writes rules; ops invite the moderation tools that subscribe.
        RoomKind::Policy => (JoinRule::Invite, OFFICER_LEVEL),
    };
    let all_staff = d.stations.iter().flat_map(|s| s.staff.iter());
    let invite: Vec<String> = match kind {
        // Staff are members of the space too, so Element groups their rooms under it.
        RoomKind::Space => d.officers.iter().chain(all_staff).cloned().collect(),
        RoomKind::Control => d.officers.iter().chain(&leads).cloned().collect(),
        RoomKind::Announcements | RoomKind::Policy => d.officers.clone(),
        // Officers (100 everywhere) are invited to every station room and desk: a desk stays
        // invite-only, so no one but its own staff and the district's officers can enter it
        // (a desk `restricted` to a space would let every member of that space in).
        RoomKind::Station(_) | RoomKind::Desk(_) => {
            staff.iter().chain(&d.officers).cloned().collect()
        }
    };
    let mut invite_unique: Vec<String> = Vec::new();
    for u in invite {
        if !invite_unique.contains(&u) && u != o.bot_user {
            invite_unique.push(u);
        }
    }
    RoomSpec {
        alias_localpart: o.aliases.localpart(&d.slug, &kind),
        is_space: kind == RoomKind::Space,
        // A space holds no messages; a policy list must be readable by other moderation tools.
        encrypt: o.encrypt && !matches!(kind, RoomKind::Space | RoomKind::Policy),
        history_visibility: o.history_visibility.clone(),
        power: PowerSpec {
            users,
            users_default: 0,
            events_default,
            state_default: OFFICER_LEVEL,
            invite: STAFF_LEVEL,
            kick: STAFF_LEVEL,
            ban: STAFF_LEVEL,
            redact: STAFF_LEVEL,
            events: BTreeMap::from([("m.room.pinned_events".to_string(), STAFF_LEVEL)]),
            keep: o.peers.clone(),
        },
        invite: invite_unique,
        name,
        topic,
        join_rule,
        kind,
    }
}

/// The rules of a station room, also sent to each new volunteer.
pub fn station_rules(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi => {
            "डिजिटल स्वयंसेवक समूह। सूचना दें, अफ़वाह नहीं; अभिवादन संदेश न भेजें; आपात स्थिति में 112 पर कॉल करें।"
        }
        Lang::En => {
            "Digital volunteer group. Share information, not rumours; no greeting messages; in an emergency call 112."
        }
    }
}

/// How to ask to join without telling the room: a knock's reason is in the membership event,
/// which every member reads; a `!join` in a DM with the bot reaches only the station desk.
pub fn join_privately(lang: Lang, o: &LayoutOptions, station: &str) -> String {
    let (p, bot) = (&o.prefix, &o.bot_user);
    match lang {
        Lang::Hi => format!(
            "जुड़ने के लिए “Ask to join” का कारण सभी सदस्य देखते हैं — उसमें निजी जानकारी न लिखें; निजी तरीका: साथी बॉट ({bot}) को DM में लिखें {p}join {station} <कारण>।"
        ),
        Lang::En => format!(
            "Every member sees the reason of an “Ask to join”, so put no personal details in it; the private way: write to the Saathi bot ({bot}) in a DM: {p}join {station} <reason>."
        ),
    }
}

/// Bilingual name and topic: Hindi first, English after a middle dot.
fn names(d: &District, o: &LayoutOptions, kind: &RoomKind) -> (String, String) {
    let (dh, de) = (&d.names.hi, &d.names.en);
    let st = |s: &str| {
        d.station(s)
            .map(|s| (s.names.hi.clone(), s.names.en.clone()))
            .unwrap_or_default()
    };
    match kind {
        RoomKind::Space => (
            format!("{dh} पुलिस–जन संवाद · {de} Police–Public Network"),
            format!("{dh} ज़िले के डिजिटल स्वयंसेवक समूह · Digital volunteer groups of {de} district"),
        ),
        RoomKind::Control => (
            format!("{dh} कंट्रोल रूम · {de} Control Room"),
            "अधिकारियों और थाना प्रभारियों के लिए: अलर्ट, एस्केलेशन, सारांश · For officers and station leads: alerts, escalations, digest".to_string(),
        ),
        RoomKind::Announcements => (
            format!("{dh} पुलिस सूचनाएँ · {de} Police Announcements"),
            "केवल आधिकारिक सूचनाएँ · Official information only".to_string(),
        ),
        RoomKind::Policy => (
            format!("{dh} प्रतिबंध सूची · {de} ban list"),
            "ज़िले की प्रतिबंध सूची (Matrix policy list, m.policy.rule.user) · The district blocklist as a Matrix policy list (m.policy.rule.user, MSC2313)".to_string(),
        ),
        RoomKind::Station(s) => {
            let (h, e) = st(s);
            (
                format!("थाना {h} · {e} Police Station"),
                format!(
                    "{} {} · {} {}",
                    station_rules(Lang::Hi),
                    join_privately(Lang::Hi, o, s),
                    station_rules(Lang::En),
                    join_privately(Lang::En, o, s)
                ),
            )
        }
        RoomKind::Desk(s) => {
            let (h, e) = st(s);
            (
                format!("थाना {h} डेस्क · {e} Station Desk"),
                "थाना स्टाफ़ के लिए: जुड़ने के अनुरोध, शिकायतें, मॉडरेशन लॉग · For station staff: join requests, reports, moderation log".to_string(),
            )
        }
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
