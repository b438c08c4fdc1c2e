//! Each bad input → its message, naming the key.

use super::*;
use crate::config::raw::{
    RawBot, RawDigest, RawDistrict, RawHomeserver, RawMetrics, RawReports, RawRumours, RawStaff,
    RawStation,
};

fn good() -> RawConfig {
    RawConfig {
        homeserver: Some(RawHomeserver {
            url: Some("http://127.0.0.1:8008".into()),
            server_name: None,
        }),
        bot: Some(RawBot {
            user_id: Some("@saathi:example.org".into()),
            password: Some("pw".into()),
            ..Default::default()
        }),
        districts: vec![RawDistrict {
            slug: Some("lucknow".into()),
            name_hi: Some("लखनऊ".into()),
            name_en: Some("Lucknow".into()),
            officers: vec!["@sp:example.org".into()],
            stations: vec![RawStation {
                slug: Some("hazratganj".into()),
                name_hi: Some("हज़रतगंज".into()),
                name_en: Some("Hazratganj".into()),
            }],
            staff: vec![RawStaff {
                user: Some("@sho:example.org".into()),
                station: Some("hazratganj".into()),
                lead: Some(true),
            }],
            ..Default::default()
        }],
        ..Default::default()
    }
}

fn problems(raw: &RawConfig) -> Vec<String> {
    match validate(raw, Path::new(".")) {
        Ok(_) => vec![],
        Err(ps) => ps.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_good_config_validates() {
    let cfg = validate(&good(), Path::new("/etc/saathi")).unwrap();
    assert_eq!(cfg.server_name, "example.org");
    assert_eq!(cfg.bot.localpart, "saathi");
    assert_eq!(cfg.data_dir, Path::new("/etc/saathi/data"));
    assert_eq!(cfg.districts[0].stations[0].leads, ["@sho:example.org"]);
    assert!(cfg.rooms.encrypt);
    assert_eq!(format!("{:?}", cfg.bot.password), "REDACTED");
}

#[test]
fn each_bad_input_names_its_key() {
    type Edit = fn(&mut RawConfig);
    let cases: Vec<(Edit, &str)> = vec![
        (|c| c.homeserver = None, "homeserver.url: is required"),
        (
            |c| c.homeserver.as_mut().unwrap().url = Some("ftp://x".into()),
            "homeserver.url: \"ftp://x\" is not an http(s) URL",
        ),
        (
            |c| c.bot.as_mut().unwrap().user_id = Some("saathi".into()),
            "bot.user_id: \"saathi\" is not a Matrix user id",
        ),
        (
            |c| c.bot.as_mut().unwrap().password = None,
            "bot.password: is required (or bot.password_file)",
        ),
        (
            |c| {
                c.bot.as_mut().unwrap().peers =
                    Some(vec!["@east:example.org".into(), "east".into()])
            },
            "bot.peers[1]: \"east\" is not a Matrix user id",
        ),
        (
            |c| c.bot.as_mut().unwrap().peers = Some(vec!["@saathi:example.org".into()]),
            "bot.peers[0]: is this bot itself",
        ),
        (
            |c| c.bot.as_mut().unwrap().password_file = Some("x".into()),
            "bot.password: give either",
        ),
        (
            |c| c.bot.as_mut().unwrap().command_prefix = Some("! ".into()),
            "bot.command_prefix: must be non-empty",
        ),
        (
            |c| c.language = Some("fr".into()),
            "language: \"fr\" is not a language",
        ),
        (|c| c.districts.clear(), "districts: at least one"),
        (
            |c| c.districts[0].slug = Some("Lucknow City".into()),
            "districts[0].slug: \"Lucknow City\" must be",
        ),
        (
            |c| c.districts[0].name_en = None,
            "districts[0].name_en: is required",
        ),
        (
            |c| c.districts[0].officers.push("@bad".into()),
            "districts[0].officers[1]: \"@bad\" is not a Matrix user id",
        ),
        (
            |c| {
                let s = RawStation {
                    slug: Some("hazratganj".into()),
                    name_hi: Some("x".into()),
                    name_en: Some("x".into()),
                };
                c.districts[0].stations.push(s)
            },
            "districts[0].stations[1].slug: duplicate station slug \"hazratganj\" (also at districts[0].stations[0])",
        ),
        (
            |c| {
                c.districts[0].staff.push(RawStaff {
                    user: Some("@a:example.org".into()),
                    station: Some("nowhere".into()),
                    lead: None,
                })
            },
            "districts[0].staff[1].station: \"nowhere\" is not a station of district \"lucknow\"",
        ),
        (
            |c| {
                c.districts[0].staff.push(RawStaff {
                    user: Some("@sho:example.org".into()),
                    station: Some("hazratganj".into()),
                    lead: None,
                })
            },
            "districts[0].staff[1].user: @sho:example.org is listed twice",
        ),
        (
            |c| {
                c.rooms = Some(crate::config::raw::RawRooms {
                    alias_station: Some("thana".into()),
                    ..Default::default()
                })
            },
            "rooms.alias_station: \"thana\" must contain {station}",
        ),
        (
            |c| {
                c.rooms = Some(crate::config::raw::RawRooms {
                    history_visibility: Some("world".into()),
                    ..Default::default()
                })
            },
            "rooms.history_visibility",
        ),
        (
            |c| {
                c.log = Some(crate::config::raw::RawLog {
                    format: Some("xml".into()),
                    level: None,
                })
            },
            "log.format: \"xml\" must be text or json",
        ),
        (
            |c| {
                c.reports = Some(RawReports {
                    ack_within: Some("soon".into()),
                    ..Default::default()
                })
            },
            "reports.ack_within: ",
        ),
        (
            |c| {
                c.reports = Some(RawReports {
                    evidence_window: Some("0s".into()),
                    ..Default::default()
                })
            },
            "reports.evidence_window: “0s” is shorter than a second",
        ),
        (
            |c| {
                c.reports = Some(RawReports {
                    ack_within: Some("2h".into()),
                    resolve_within: Some("1h".into()),
                    ..Default::default()
                })
            },
            "reports.resolve_within: is shorter than reports.ack_within",
        ),
        (
            |c| {
                c.rumours = Some(RawRumours {
                    min_rooms: Some(1),
                    ..Default::default()
                })
            },
            "rumours.min_rooms: must be at least 2",
        ),
        (
            |c| {
                c.rumours = Some(RawRumours {
                    window: Some("2d".into()),
                    retention: Some("1d".into()),
                    ..Default::default()
                })
            },
            "rumours.retention: is shorter than rumours.window",
        ),
        (
            |c| {
                c.digest = Some(RawDigest {
                    time: Some("8:5".into()),
                    ..Default::default()
                })
            },
            "digest.time: \"8:5\" is not a time like 08:00",
        ),
        (
            |c| {
                c.metrics = Some(RawMetrics {
                    listen: Some("localhost".into()),
                })
            },
            "metrics.listen: \"localhost\" is not an address",
        ),
    ];
    for (edit, want) in cases {
        let mut raw = good();
        edit(&mut raw);
        let got = problems(&raw);
        assert!(
            got.iter().any(|p| p.starts_with(want)),
            "want {want:?}, got {got:?}"
        );
    }
}

#[test]
fn all_problems_are_reported_at_once() {
    let mut raw = good();
    raw.homeserver = None;
    raw.bot.as_mut().unwrap().user_id = Some("nobody".into());
    raw.districts[0].officers.push("x".into());
    raw.districts[0].staff[0].station = Some("elsewhere".into());
    assert_eq!(problems(&raw).len(), 4, "{:?}", problems(&raw));
}

#[test]
fn districts_in_different_districts_may_share_station_slugs_only_with_district_aliases() {
    let mut raw = good();
    let mut other = good().districts.remove(0);
    other.slug = Some("kanpur".into());
    raw.districts.push(other);
    assert!(
        problems(&raw)
            .iter()
            .any(|p| p.contains("duplicate station slug"))
    );
    raw.rooms = Some(crate::config::raw::RawRooms {
        alias_station: Some("{district}-{station}".into()),
        alias_desk: Some("{district}-{station}-desk".into()),
        ..Default::default()
    });
    assert_eq!(problems(&raw), Vec::<String>::new());
}

#[test]
fn moderation_defaults_and_a_district_lexicon_of_its_own() {
    use crate::config::raw::RawModeration;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("extra.toml"), "core = [\"jai jawan\"]\n").unwrap();
    let mut raw = good();
    raw.moderation = Some(RawModeration {
        flood: Some("8/2m".into()),
        ..Default::default()
    });
    raw.districts[0].moderation = Some(RawModeration {
        greeting_lexicon_file: Some("extra.toml".into()),
        max_mentions: Some(0),
        ..Default::default()
    });
    let cfg = validate(&raw, dir.path()).unwrap();
    let rules = &cfg.rules["lucknow"];
    assert_eq!(
        rules.flood.map(|f| (f.count, f.window_ms)),
        Some((8, 120_000))
    );
    assert_eq!(rules.max_mentions, None);
    let own = &cfg.district_greetings["lucknow"];
    // (Two words outside the built-in lexicon: "jai" + one unlisted name is a greeting there.)
    assert!(own.text_is_only_greeting("jai jawan jai kisan"));
    assert!(
        !cfg.greetings
            .unwrap()
            .text_is_only_greeting("jai jawan jai kisan")
    );
    // A missing district file names its key.
    raw.districts[0]
        .moderation
        .as_mut()
        .unwrap()
        .greeting_lexicon_file = Some("nope.toml".into());
    let ps = match validate(&raw, dir.path()) {
        Err(ps) => ps,
        Ok(_) => panic!("a missing lexicon file must be a problem"),
    };
    assert!(
        ps[0].key == "districts[0].moderation.greeting_lexicon_file",
        "{ps:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_password_file_every_user_can_read_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bot-password");
    std::fs::write(&file, "s3cret\n").unwrap();
    let mut raw = good();
    raw.bot.as_mut().unwrap().password = None;
    raw.bot.as_mut().unwrap().password_file = Some("bot-password".into());
    let cases = [
        (0o644, Some("chmod 600")),
        (0o604, Some("chmod 600")),
        (0o640, None),
        (0o600, None),
    ];
    for (mode, want) in cases {
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
        match (validate(&raw, dir.path()), want) {
            (Ok(cfg), None) => assert_eq!(cfg.bot.password.expose(), "s3cret"),
            (Err(ps), Some(w)) => assert!(
                ps.iter()
                    .any(|p| p.key == "bot.password_file" && p.message.contains(w)),
                "{mode:o}: {ps:?}"
            ),
            (Ok(_), Some(_)) => panic!("{mode:o} must be refused"),
            (Err(ps), None) => panic!("{mode:o}: {ps:?}"),
        }
    }
}
