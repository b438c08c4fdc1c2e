//! A mixed load for the survival tests (kill -9, homeserver outage): commands in a station room,
//! reports from a volunteer, statewide broadcasts from the officer. It remembers what it sent,
//! and [`Load::verify`] proves, from what real clients read and from the bot's own export, that
//! nothing was missed and nothing happened twice.

use std::collections::BTreeMap;
use std::time::Duration;

use matrix_sdk::Room;
use matrix_sdk::ruma::OwnedRoomId;

use super::{
    BOT, BotProcess, Synapse, User, config_toml, invite_as_bot, officer_with_broadcast_targets,
    register_all, wait_until,
};

const STATIONS: [&str; 3] = ["a", "b", "c"];

pub struct Load {
    pub bot: BotProcess,
    /// The officer: in the control room, the station rooms, the announcements room and desk a.
    pub sp: User,
    pub vol: User,
    control: Room,
    station: Room,
    vol_room: Room,
    desk_id: OwnedRoomId,
    /// Where a broadcast lands: the announcements room and every station room.
    targets: Vec<OwnedRoomId>,
    commands: Vec<String>,
    /// (text, event id)
    reports: Vec<(String, String)>,
    broadcasts: Vec<String>,
    /// Last: Synapse stops after the clients and the bot are gone.
    pub hs: Synapse,
}

impl Load {
    pub async fn new(extra_config: &str) -> Load {
        let hs = Synapse::start();
        register_all(&hs, &STATIONS, &["vol"]).await;
        let mut config = config_toml(&hs, &STATIONS);
        config.push_str(extra_config);
        let mut bot = BotProcess::new(&config);
        bot.provision();
        bot.start().await;

        let sp = User::login(&hs, "sp").await;
        let (control, targets) = officer_with_broadcast_targets(&hs, &bot, &sp, &STATIONS).await;
        let desk_id = sp.room_by_alias("#thana-a-desk:localhost").await;
        invite_as_bot(&hs, &bot, &desk_id, "@sp:localhost").await;
        sp.join(&desk_id).await;
        let station = sp.join(&targets[1]).await;
        let vol = User::login(&hs, "vol").await;
        invite_as_bot(&hs, &bot, &targets[1], "@vol:localhost").await;
        let vol_room = vol.join(&targets[1]).await;
        // Both clients' encryption warmed up before the first kill.
        let warm = sp.send(&control, "!help").await;
        sp.reply_to(&warm).await;
        let warm = vol.send(&vol_room, "!help").await;
        vol.reply_to(&warm).await;
        Load {
            bot,
            sp,
            vol,
            control,
            station,
            vol_room,
            desk_id,
            targets,
            commands: Vec::new(),
            reports: Vec::new(),
            broadcasts: Vec::new(),
            hs,
        }
    }

    /// A command whose reply [`Load::verify`] counts.
    pub async fn command(&mut self, tag: &str) {
        let id = self.sp.send(&self.station, &format!("!help {tag}")).await;
        self.commands.push(id);
    }

    /// A report from the volunteer: one ticket, one card in the desk.
    pub async fn report(&mut self, tag: &str) {
        let text = format!("bicycle stolen near the market ({tag})");
        let id = self
            .vol
            .send(&self.vol_room, &format!("!report {text}"))
            .await;
        self.reports.push((text, id));
    }

    /// A broadcast from the control room: one copy in every target room.
    pub async fn broadcast(&mut self, tag: &str) {
        let text = format!("roads closed for the fair ({tag})");
        self.sp
            .send(&self.control, &format!("!broadcast {text}"))
            .await;
        self.broadcasts.push(text);
    }

    /// One round of the mix: three commands, a report, and (if `with_broadcast`) a broadcast.
    pub async fn round(&mut self, tag: &str, with_broadcast: bool) {
        for i in 0..3 {
            self.command(&format!("{tag}.{i}")).await;
        }
        self.report(tag).await;
        if with_broadcast {
            self.broadcast(tag).await;
        }
    }

    fn count(&self, pred: impl Fn(&super::Seen) -> bool) -> usize {
        self.sp
            .seen
            .lock()
            .unwrap()
            .iter()
            .filter(|m| pred(m))
            .count()
    }

    /// Ticket cards in the desk per ticket id (edits are not cards).
    fn cards(&self) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for m in self.sp.seen.lock().unwrap().iter() {
            if m.sender == BOT
                && m.room_id == self.desk_id.as_str()
                && let Some(rest) = m.body.strip_prefix("🎫 ")
            {
                let id = rest.split_whitespace().next().unwrap_or("").to_string();
                out.entry(id).or_default().push(m.body.clone());
            }
        }
        out
    }

    /// Everything sent was handled exactly once: each command one reply, each report one ticket
    /// (in the export) and one card, each broadcast one copy per target room, the outbox empty.
    /// Stops the bot (the export opens its store).
    /// Every command has at least one reply (up to 2 minutes each).
    async fn wait_for_replies(&self) {
        for id in &self.commands {
            wait_until(
                Duration::from_secs(120),
                || !self.sp.replies_to(id).is_empty(),
                || format!("no reply to {id}; log:\n{}", self.bot.log()),
            )
            .await;
        }
    }

    pub async fn verify(&mut self) {
        let log = || self.bot.log();
        self.wait_for_replies().await;
        let n = self.reports.len();
        wait_until(
            Duration::from_secs(120),
            || self.cards().len() >= n,
            || {
                let cards = self.cards();
                let missing: Vec<&(String, String)> = self
                    .reports
                    .iter()
                    .filter(|(t, _)| !cards.values().flatten().any(|b| b.contains(t)))
                    .collect();
                format!(
                    "{} of {n} cards; no card for {missing:?}; the officer could not decrypt \
                     {:?}; log:\n{}",
                    cards.len(),
                    self.sp.undecryptable.lock().unwrap(),
                    log()
                )
            },
        )
        .await;
        let copies = |text: &str, room: &OwnedRoomId| {
            self.count(|m| m.sender == BOT && m.room_id == room.as_str() && m.body.contains(text))
        };
        for b in &self.broadcasts {
            for t in &self.targets {
                wait_until(
                    Duration::from_secs(120),
                    || copies(b, t) > 0,
                    || format!("no copy of '{b}' in {t}; log:\n{}", log()),
                )
                .await;
            }
        }
        // The bot handles a room's events in order and the outbox drains in order: once a later
        // command is answered in each room, anything repeated would have come.
        let sentinel = self.sp.send(&self.station, "!help").await;
        self.sp.reply_to(&sentinel).await;
        let sentinel = self.sp.send(&self.control, "!help").await;
        self.sp.reply_to(&sentinel).await;
        tokio::time::sleep(Duration::from_secs(2)).await;

        for (i, id) in self.commands.iter().enumerate() {
            let n = self.sp.replies_to(id).len();
            assert_eq!(n, 1, "command #{i} ({id}) got {n} replies");
        }
        let cards = self.cards();
        assert_eq!(cards.len(), n, "one card per report: {cards:#?}");
        for (id, bodies) in &cards {
            assert_eq!(bodies.len(), 1, "ticket {id} carded {} times", bodies.len());
        }
        for (r, _) in &self.reports {
            let n = cards.values().flatten().filter(|b| b.contains(r)).count();
            assert_eq!(n, 1, "report '{r}' is on {n} cards");
        }
        for b in &self.broadcasts {
            for t in &self.targets {
                assert_eq!(copies(b, t), 1, "copies of '{b}' in {t}");
            }
        }

        self.bot.stop().await;
        let rows = self.bot.export_json("tickets");
        assert_eq!(rows.len(), n, "one ticket per report: {rows:#?}");
        // The card the desk saw names the ticket that holds that report (a decision lost in a
        // crash and made again differently would show one number and store another).
        for t in &rows {
            let id = t["id"].as_str().unwrap_or_default();
            let text = t["text"].as_str().unwrap_or_default();
            let on_card = cards.get(id).map(|b| b[0].contains(text));
            assert_eq!(
                on_card,
                Some(true),
                "ticket {id} ({text}) vs its card {:?}",
                cards.get(id)
            );
        }
        for (r, _) in &self.reports {
            let k = rows.iter().filter(|t| t["text"] == r.as_str()).count();
            assert_eq!(k, 1, "report '{r}' is in {k} tickets");
        }
        let outbox = self.bot.command().args(["status"]).output().unwrap();
        let text = String::from_utf8_lossy(&outbox.stdout);
        assert!(outbox.status.success(), "{text}");
        assert!(text.contains("outbox: 0 pending"), "{text}");
        eprintln!(
            "verified: {} commands, {n} tickets, {} broadcasts × {} rooms — each exactly once",
            self.commands.len(),
            self.broadcasts.len(),
            self.targets.len()
        );
    }
}
