#![recursion_limit = "256"]
//! Vetting and the blocklist against a real Synapse, with real E2EE clients: knock → card →
//! ✅ → invited, registered, credential DM'd; `!join` by DM → `!approve`; `!verify`; a
//! `!block` that removes a user from every room they are in and refuses their knocks.

mod common;

use std::time::Duration;

use common::*;
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::Annotation;
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomOrAliasId};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn knock_join_approve_verify_and_block() {
    let hs = Synapse::start();
    register_all(&hs, &["a", "b"], &["vol1", "vol2", "tout", "spammer"]).await;
    // An external policy list (as another community's moderation bot would keep one).
    let officer = User::login(&hs, "sp").await;
    let mut req = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    req.room_alias_name = Some("ext-bans".into());
    req.preset = Some(matrix_sdk::ruma::api::client::room::create_room::v3::RoomPreset::PublicChat);
    let ext = officer.client.create_room(req).await.unwrap();
    let config =
        config_toml(&hs, &["a", "b"]) + "[blocklist]\nsubscribe = [\"#ext-bans:localhost\"]\n";
    let mut bot = BotProcess::new(&config);
    bot.provision();
    bot.start().await;

    let staff = User::login(&hs, "sho-a").await;
    let desk_a = staff.room_by_alias("#thana-a-desk:localhost").await;
    let desk = staff.join(&desk_a).await;
    let station_a = staff.room_by_alias("#thana-a:localhost").await;

    // 1. A knock becomes a card in the desk; ✅ on it invites, registers and DMs a credential.
    let vol1 = User::login(&hs, "vol1").await;
    let alias = OwnedRoomOrAliasId::try_from("#thana-a:localhost").unwrap();
    vol1.client
        .knock(alias, Some("I am a teacher in Hazratganj".into()), vec![])
        .await
        .unwrap();
    let card = staff
        .wait_for("the request card", |s| {
            s.room_id == desk_a.as_str()
                && s.body.contains("Join request")
                && s.body.contains("@vol1:localhost")
        })
        .await;
    assert!(
        card.body.contains("I am a teacher in Hazratganj")
            && card.body.contains("Blocklist: clear"),
        "{}",
        card.body
    );
    let card_id = OwnedEventId::try_from(card.event_id.as_str()).unwrap();
    desk.send(ReactionEventContent::new(Annotation::new(
        card_id,
        "✅".into(),
    )))
    .await
    .unwrap();
    vol1.join(&station_a).await;
    vol1.accept_invites().await;
    let welcome = vol1
        .wait_for("the welcome DM", |s| {
            s.sender == BOT && s.body.starts_with("Welcome!")
        })
        .await;
    let code = welcome
        .body
        .split("Your verification code: ")
        .nth(1)
        .unwrap()[..9]
        .to_string();
    staff
        .wait_for("the edited card", |s| {
            s.room_id == desk_a.as_str() && s.body.contains("Approved by @sho-a:localhost")
        })
        .await;
    // The confirmation quotes the card, not the reaction (clients cannot show a reply to one).
    let confirmation = staff.reply_to(card.event_id.as_str()).await;
    assert_eq!(confirmation.sender, BOT);
    assert!(
        confirmation.body.contains("@vol1:localhost"),
        "{}",
        confirmation.body
    );
    // …with the user as a mention pill in its HTML form.
    let html = confirmation.content["formatted_body"]
        .as_str()
        .unwrap_or_default();
    assert!(
        html.contains("<a href=\"https://matrix.to/#/@vol1:localhost\">"),
        "{}",
        confirmation.content
    );

    // 2. !join by DM → card → !approve with a category → invited.
    let vol2 = User::login(&hs, "vol2").await;
    let dm = vol2.dm_bot().await;
    let ask = vol2.send(&dm, "!join a I run a shop near the market").await;
    assert!(
        vol2.reply_to(&ask)
            .await
            .body
            .contains("Your request has been sent")
    );
    staff
        .wait_for("the DM request card", |s| {
            s.body.contains("Join request")
                && s.body.contains("@vol2:localhost")
                && s.body.contains("!join")
        })
        .await;
    let ok = staff.send(&desk, "!approve @vol2:localhost trader").await;
    assert!(
        staff
            .reply_to(&ok)
            .await
            .body
            .contains("@vol2:localhost approved (trader) and invited")
    );
    vol2.join(&station_a).await;

    // 3. Anyone can verify a code; nonsense is "not valid".
    let v = vol2.send(&dm, &format!("!verify {code}")).await;
    let answer = vol2.reply_to(&v).await.body;
    assert!(
        answer.contains("Valid: registered digital volunteer of Station a police station")
            && answer.contains("no police authority"),
        "{answer}"
    );
    let v = vol2.send(&dm, "!verify ZZZZ-ZZZZ").await;
    assert!(vol2.reply_to(&v).await.body.contains("is not a valid code"));

    // 4. A volunteer cannot block; an officer's !block removes the tout from all 5 rooms.
    let no = vol1
        .send(
            &vol1.client.get_room(&station_a).unwrap(),
            "!block @tout:localhost broker",
        )
        .await;
    assert!(
        vol1.reply_to(&no)
            .await
            .body
            .contains("cannot be used here")
    );
    let tout = User::login(&hs, "tout").await;
    let rooms = [
        "#thana-a:localhost",
        "#thana-b:localhost",
        "#testpur-announcements:localhost",
        "#testpur:localhost",
        "#thana-b-desk:localhost",
    ];
    let mut ids = Vec::new();
    for a in rooms {
        let id = tout.room_by_alias(a).await;
        invite_as_bot(&hs, &bot, &id, "@tout:localhost").await;
        tout.join(&id).await;
        ids.push(id);
    }
    let control_id = officer.room_by_alias("#testpur-control:localhost").await;
    let control = officer.join(&control_id).await;
    let b = officer
        .send(
            &control,
            "!block @tout:localhost tout at the police station",
        )
        .await;
    assert!(
        officer
            .reply_to(&b)
            .await
            .body
            .contains("banned in 7 rooms")
    );
    for id in &ids {
        wait_membership(&hs, &bot, id, "@tout:localhost", "ban").await;
    }

    // The rule is published in the district's policy list room for other tools.
    let policy = officer.room_by_alias("#testpur-policy:localhost").await;
    let rule = room_state(&hs, &bot, &policy).await;
    let rule = &rule[&(
        "m.policy.rule.user".to_string(),
        "rule:@tout:localhost".to_string(),
    )];
    assert_eq!(
        (rule["entity"].as_str(), rule["recommendation"].as_str()),
        (Some("@tout:localhost"), Some("m.ban"))
    );

    // 5. A blocked user's !join is refused without the reason, and the desk is told.
    let tout_dm = tout.dm_bot().await;
    let j = tout.send(&tout_dm, "!join a").await;
    assert_eq!(
        tout.reply_to(&j).await.body,
        "Sorry, this request cannot be accepted."
    );
    staff
        .wait_for("the blocklist log line", |s| {
            s.room_id == desk_a.as_str()
                && s.body
                    .contains("Refused a request (!join) from blocked user @tout:localhost")
        })
        .await;

    // 6. A rule in the subscribed policy list bans the named user district-wide.
    wait_until(
        Duration::from_secs(60),
        || bot.log().contains("subscribed to policy list"),
        || bot.log(),
    )
    .await;
    let station_b = officer.room_by_alias("#thana-b:localhost").await;
    let spammer = User::login(&hs, "spammer").await;
    invite_as_bot(&hs, &bot, &station_b, "@spammer:localhost").await;
    spammer.join(&station_b).await;
    let rule = serde_json::json!({ "entity": "@spammer:localhost", "recommendation": "m.ban", "reason": "spam network" });
    ext.send_state_event_raw("m.policy.rule.user", "rule:@spammer:localhost", rule)
        .await
        .unwrap();
    officer
        .wait_for("the policy-list ban notice", |s| {
            s.room_id == control_id.as_str()
                && s.body.contains("@spammer:localhost banned district-wide")
        })
        .await;
    wait_membership(&hs, &bot, &station_b, "@spammer:localhost", "ban").await;

    bot.stop().await;
}
