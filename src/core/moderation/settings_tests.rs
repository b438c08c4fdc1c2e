use super::*;

/// rule, setting, value → the value as `!filters` shows it, or refused.
type Case<'a> = (&'a str, Option<&'a str>, &'a str, Result<&'a str, ()>);

#[test]
fn set_values_table() {
    let cases: [Case; 16] = [
        ("greeting", None, "off", Ok("off")),
        ("greeting", Some("enabled"), "चालू", Ok("on")),
        ("flood", Some("limit"), "8/60s", Ok("8/1m")),
        ("flood", Some("limit"), "8 / 2m", Ok("8/2m")),
        ("flood", None, "off", Ok("off")),
        ("flood", Some("limit"), "8", Err(())),
        ("flood", Some("limit"), "0/60s", Err(())),
        ("flood", Some("mute"), "90", Ok("1m30s")),
        ("flood", Some("mute"), "10 minutes", Ok("10m")),
        ("flood", Some("mute"), "soon", Err(())),
        (
            "links",
            Some("allow"),
            "gov.in, *.NIC.in",
            Ok("gov.in,nic.in"),
        ),
        ("links", Some("allow"), "http://x", Err(())),
        ("mentions", Some("max"), "3", Ok("3")),
        ("strikes", Some("limit"), "3/30d", Ok("3/30d")),
        ("night", Some("hours"), "22:00-06:30", Ok("22:00-06:30")),
        ("night", Some("hours"), "25:00-06:00", Err(())),
    ];
    for (rule, setting, value, want) in cases {
        let s = find(rule, setting).unwrap();
        let mut r = Rules::default();
        let got = apply(&mut r, s, value).map(|()| show(&r, s));
        match want {
            Ok(w) => assert_eq!(got.as_deref(), Ok(w), "{rule} {setting:?} {value}"),
            Err(()) => assert!(
                matches!(got, Err(SetError::BadValue { .. })),
                "{rule} {setting:?} {value}: {got:?}"
            ),
        }
    }
}

#[test]
fn unknown_names_are_told_apart() {
    assert!(matches!(find("spam", None), Err(SetError::UnknownRule(_))));
    assert!(matches!(
        find("flood", Some("speed")),
        Err(SetError::UnknownSetting { .. })
    ));
    assert_eq!(find("FLOOD", Some("Mute")).unwrap().key(), "flood mute");
}

#[test]
fn overrides_apply_over_defaults_and_skip_stale_keys() {
    let mut s = RoomSettings::default();
    s.values.insert("flood limit".into(), "8/1m".into());
    s.values.insert("retired rule".into(), "on".into());
    s.values.insert("greeting enabled".into(), "off".into());
    let r = s.effective(&Rules::default());
    assert_eq!(
        r.flood,
        Some(Rate {
            count: 8,
            window_ms: 60_000
        })
    );
    assert!(!r.greeting);
    assert_eq!(r.flood_mute_ms, 600_000);
}

#[test]
fn night_spans_midnight() {
    let n = Night {
        start_min: 22 * 60,
        end_min: 6 * 60,
    };
    for (m, want) in [
        (21 * 60 + 59, false),
        (22 * 60, true),
        (0, true),
        (6 * 60, false),
    ] {
        assert_eq!(n.contains(m), want, "{m}");
    }
    let day = Night {
        start_min: 60,
        end_min: 120,
    };
    assert!(day.contains(90) && !day.contains(120));
}
