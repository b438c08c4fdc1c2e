//! Provisioning decisions: a fresh room gets everything, an applied plan leaves nothing.

use super::*;
use crate::core::district::{District, Lang, Names, Station};
use crate::core::layout::{AliasTemplates, LayoutOptions, district_rooms};

fn spec(staff: Vec<&str>) -> RoomSpec {
    let n = Names {
        hi: "क".into(),
        en: "K".into(),
    };
    let d = District {
        slug: "d".into(),
        names: n.clone(),
        office: n.clone(),
        lang: Lang::Hi,
        officers: vec!["@sp:s".into()],
        stations: vec![Station {
            slug: "a".into(),
            names: n,
            staff: staff.into_iter().map(String::from).collect(),
            leads: vec![],
        }],
    };
    let o = LayoutOptions {
        aliases: AliasTemplates {
            space: "{district}".into(),
            control: "{district}-c".into(),
            announcements: "{district}-a".into(),
            station: "t-{station}".into(),
            desk: "t-{station}-d".into(),
            policy: "{district}-p".into(),
        },
        encrypt: true,
        history_visibility: "shared".into(),
        bot_user: "@bot:s".into(),
        prefix: "!".into(),
        peers: vec!["@peer:s".into()],
    };
    district_rooms(&d, &o).remove(4) // the station room
}

fn ctx() -> Context<'static> {
    Context {
        alias: "#t-a:s",
        server: "s",
        space_id: Some("!space"),
    }
}

fn apply(state: &mut StateMap, plan: &Plan) {
    for c in &plan.changes {
        state.insert(
            (c.event_type.clone(), c.state_key.clone()),
            c.content.clone(),
        );
    }
    for u in &plan.invites {
        state.insert(
            ("m.room.member".into(), u.clone()),
            json!({ "membership": "invite" }),
        );
    }
}

fn v12_state() -> StateMap {
    StateMap::from([(
        ("m.room.create".to_string(), String::new()),
        json!({ "room_version": "12", "_sender": "@bot:s" }),
    )])
}

#[test]
fn fresh_room_gets_everything_and_a_second_plan_is_empty() {
    let mut state = v12_state();
    let s = spec(vec!["@c:s"]);
    let plan = plan_room(&s, &ctx(), &state);
    let types: Vec<&str> = plan.changes.iter().map(|c| c.event_type.as_str()).collect();
    assert_eq!(
        types,
        [
            "m.room.name",
            "m.room.topic",
            "m.room.join_rules",
            "m.room.history_visibility",
            "m.room.guest_access",
            "m.room.canonical_alias",
            "m.space.parent",
            "m.room.encryption",
            "m.room.power_levels"
        ]
    );
    // The station's staff and the district's officer.
    assert_eq!(plan.invites, ["@c:s", "@sp:s"]);
    let pl = &plan.changes.last().unwrap().content;
    assert_eq!(
        pl["users"],
        json!({ "@c:s": 50, "@sp:s": 100 }),
        "creator must not be listed in v12"
    );
    apply(&mut state, &plan);
    assert_eq!(plan_room(&s, &ctx(), &state), Plan::default());
}

#[test]
fn config_changes_show_up_as_power_level_changes() {
    let mut state = v12_state();
    let first = plan_room(&spec(vec!["@c:s", "@old:s"]), &ctx(), &state);
    apply(&mut state, &first);
    // A muted member and someone the config never mentioned at level 0 stay as they are; so
    // does another Saathi instance's bot (a peer) at any level. A level the config no longer
    // grants (a stranger at 100) is taken away.
    let key = ("m.room.power_levels".to_string(), String::new());
    let users = &mut state.get_mut(&key).unwrap()["users"];
    users["@muted:s"] = json!(-1);
    users["@peer:s"] = json!(100);
    users["@stranger:s"] = json!(100);
    let plan = plan_room(&spec(vec!["@c:s", "@new:s"]), &ctx(), &state);
    assert_eq!(plan.invites, ["@new:s"]);
    assert_eq!(plan.changes.len(), 1);
    assert_eq!(
        plan.changes[0].content["users"],
        json!({ "@c:s": 50, "@new:s": 50, "@sp:s": 100, "@muted:s": -1, "@peer:s": 100 })
    );
}

#[test]
fn older_room_versions_keep_the_bot_listed() {
    let state = StateMap::from([(
        ("m.room.create".to_string(), String::new()),
        json!({ "room_version": "10", "_sender": "@bot:s" }),
    )]);
    let plan = plan_room(&spec(vec![]), &ctx(), &state);
    let pl = plan
        .changes
        .iter()
        .find(|c| c.event_type == "m.room.power_levels")
        .unwrap();
    assert_eq!(pl.content["users"]["@bot:s"], json!(100));
}

#[test]
fn bans_are_respected_and_leavers_reinvited() {
    let mut state = v12_state();
    state.insert(
        ("m.room.member".into(), "@c:s".into()),
        json!({ "membership": "ban" }),
    );
    state.insert(
        ("m.room.member".into(), "@d:s".into()),
        json!({ "membership": "leave" }),
    );
    assert_eq!(
        plan_room(&spec(vec!["@c:s", "@d:s"]), &ctx(), &state).invites,
        ["@d:s", "@sp:s"]
    );
}

#[test]
fn space_children_only_when_missing() {
    let mut state = StateMap::new();
    state.insert(
        ("m.space.child".into(), "!a".into()),
        json!({ "via": ["s"] }),
    );
    let changes = plan_space_children(&state, &["!a".into(), "!b".into()], "s");
    assert_eq!(
        changes
            .iter()
            .map(|c| c.state_key.as_str())
            .collect::<Vec<_>>(),
        ["!b"]
    );
}
