//! Escalation: a ticket not acknowledged within `ack_within` raises an alert in the district
//! control room; one not resolved within `resolve_within` raises a second. Each is marked in
//! the ticket and has its own ledger id, so a restart neither loses nor repeats one.

use super::Ticket;
use super::texts as t;
use crate::core::action::Action;
use crate::core::district::{RoomKind, RoomPlace};
use crate::core::due::Due;
use crate::core::{audit::AuditEntry, change::Change, view::StateView};
use crate::core::{decision::Decision, directory::Directory};

pub fn due(dir: &Directory, view: &dyn StateView, now_ms: u64) -> Vec<Due> {
    let rules = &dir.reports;
    let mut out = Vec::new();
    for d in &dir.districts {
        let control = view.room_id(&RoomPlace {
            district: d.slug.clone(),
            kind: RoomKind::Control,
        });
        let desk = |tk: &Ticket| {
            view.room_id(&RoomPlace {
                district: d.slug.clone(),
                kind: RoomKind::Desk(tk.station.clone()),
            })
        };
        for mut tk in view.open_tickets(&d.slug) {
            let ack_late = tk.acked.is_none()
                && !tk.escalated_ack
                && now_ms >= tk.at_ms.saturating_add(rules.ack_within_ms);
            let resolve_late =
                !tk.escalated_resolve && now_ms >= tk.at_ms.saturating_add(rules.resolve_within_ms);
            if !ack_late && !resolve_late {
                continue;
            }
            // Both may be due at once (the bot was down): one alert says the worse.
            let (kind, late) = if resolve_late {
                ("resolve", rules.resolve_within_ms)
            } else {
                ("ack", rules.ack_within_ms)
            };
            tk.escalated_ack |= ack_late || resolve_late;
            tk.escalated_resolve |= resolve_late;
            let station = d
                .station(&tk.station)
                .map_or(tk.station.clone(), |s| s.names.get(d.lang).to_string());
            let card = match (&tk.card_event, desk(&tk)) {
                (Some(card), Some(desk)) => dir.link(&desk, card),
                _ => String::new(),
            };
            let mut decision = Decision::default();
            if let Some(room_id) = &control {
                decision.actions.push(Action::Notice {
                    room_id: room_id.clone(),
                    body: t::escalation(d.lang, &tk, &station, late, kind == "ack", &card),
                    card: None,
                });
            }
            let id = format!("escalate:{kind}:{}:{}", d.slug, tk.id());
            decision.changes.push(Change::Audit(AuditEntry::timer(
                now_ms,
                &d.slug,
                &format!("ticket_escalate_{kind}"),
                &tk.id(),
                &id,
            )));
            decision.changes.push(Change::PutTicket(tk));
            out.push(Due { id, decision });
        }
    }
    out
}
