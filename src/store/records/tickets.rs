//! Reports to the desk: tickets, the open ones, by reporter, and their desk cards. A card is
//! kept beside its ticket (`cardevent_ticketkey`/`ticketkey_cardevent`), so the executor never
//! rewrites a record the pipeline may be changing.
//!
//! | tree                       | key                                 | value                     |
//! |----------------------------|-------------------------------------|---------------------------|
//! | `stationnumber_ticket`     | district \0 station \0 number (u32 BE) | `Ticket` JSON          |
//! | `stationnumber_open`       | ticket key (as above), open ones     | empty                    |
//! | `reporterts_ticketkey`     | reporter \0 at_ms (u64 BE) ticket key | ticket key             |
//! | `cardevent_ticketkey`      | the card's event id                 | ticket key                |
//! | `ticketkey_cardevent`      | ticket key                          | the card's event id       |

use super::codec::{json, parse, prefix, put};
use crate::core::tickets::{Ticket, TicketRef};
use crate::store::{Result, Store, Tree, Write};

pub(super) fn put_ticket(tk: &Ticket) -> Vec<Write> {
    let k = ticket_key(&tk.district, &tk.station, tk.number);
    let mut by_reporter = prefix(&[&tk.reporter]);
    by_reporter.extend(tk.at_ms.to_be_bytes());
    by_reporter.extend(&k);
    vec![
        put(Tree::Tickets, k.clone(), json(tk)),
        Write {
            tree: Tree::OpenTickets,
            key: k.clone(),
            value: tk.is_open().then(Vec::new),
        },
        put(Tree::ReporterTickets, by_reporter, k),
    ]
}

pub fn ticket_key(district: &str, station: &str, number: u32) -> Vec<u8> {
    let mut k = prefix(&[district, station]);
    k.extend(number.to_be_bytes());
    k
}

fn ticket_at(s: &dyn Store, k: &[u8]) -> Result<Option<Ticket>> {
    let Some(v) = s.get(Tree::Tickets, k)? else {
        return Ok(None);
    };
    let mut tk: Ticket = parse("ticket", &v)?;
    tk.card_event = s
        .get(Tree::TicketCardOf, k)?
        .map(|c| String::from_utf8_lossy(&c).into_owned());
    Ok(Some(tk))
}

pub fn ticket(s: &dyn Store, district: &str, station: &str, number: u32) -> Result<Option<Ticket>> {
    ticket_at(s, &ticket_key(district, station, number))
}

pub fn ticket_by_card(s: &dyn Store, card: &str) -> Result<Option<Ticket>> {
    match s.get(Tree::TicketCards, card.as_bytes())? {
        Some(k) => ticket_at(s, &k),
        None => Ok(None),
    }
}

/// The highest ticket number of a station (0 before its first).
pub fn last_ticket_number(s: &dyn Store, district: &str, station: &str) -> Result<u32> {
    Ok(s.last(Tree::Tickets, &prefix(&[district, station]))?
        .and_then(|(k, _)| k.get(k.len().saturating_sub(4)..)?.try_into().ok())
        .map_or(0, u32::from_be_bytes))
}

/// The newest ticket `reporter` opened.
pub fn latest_ticket_of(s: &dyn Store, reporter: &str) -> Result<Option<Ticket>> {
    match s.last(Tree::ReporterTickets, &prefix(&[reporter]))? {
        Some((_, k)) => ticket_at(s, &k),
        None => Ok(None),
    }
}

/// Every open ticket of a district (`""`: of every district), in key order.
pub fn open_tickets(s: &dyn Store, district: &str) -> Result<Vec<Ticket>> {
    let p = if district.is_empty() {
        Vec::new()
    } else {
        prefix(&[district])
    };
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::OpenTickets, &p)? {
        out.extend(ticket_at(s, &k)?);
    }
    Ok(out)
}

/// Every ticket, in key order (for `saathi export tickets`).
pub fn all_tickets(s: &dyn Store) -> Result<Vec<Ticket>> {
    let mut out = Vec::new();
    for (k, _) in s.scan(Tree::Tickets, b"")? {
        out.extend(ticket_at(s, &k)?);
    }
    Ok(out)
}

/// Remember a ticket's desk card (after the executor posted it). Kept beside the ticket, so
/// the executor never rewrites a record the pipeline may be changing.
pub fn set_ticket_card(s: &dyn Store, t: &TicketRef, card_event: &str) -> Result<()> {
    let k = ticket_key(&t.district, &t.station, t.number);
    s.put(&put(
        Tree::TicketCards,
        card_event.as_bytes().to_vec(),
        k.clone(),
    ))?;
    s.put(&put(Tree::TicketCardOf, k, card_event.as_bytes().to_vec()))
}
