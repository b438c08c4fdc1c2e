//! Posting the daily digest: the text (a reply when asked for with `!digest`), the bar chart
//! as an image and the table as a CSV file — each with its own transaction id, so a resend
//! after a crash posts none of them twice.

use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::ruma::events::relation::{InReplyTo, Reply};
use matrix_sdk::ruma::events::room::message::{Relation, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedEventId, OwnedTransactionId};

use crate::core::digest::Table;
use crate::core::district::Lang;
use crate::matrix::inbound::bot::Bot;
use crate::matrix::retry::{Failure, classify};
use crate::matrix::send::{parse, room, send_notice};

/// The stations' English names in the table's row order (the chart cannot shape Hindi).
fn english_names(bot: &Bot, district: &str, t: &Table) -> Vec<String> {
    let dir = bot.pipeline.directory();
    let mut names: Vec<String> = dir
        .districts
        .iter()
        .find(|d| d.slug == district)
        .map(|d| {
            d.stations
                .iter()
                .map(|s| s.names.get(Lang::En).to_string())
                .collect()
        })
        .unwrap_or_default();
    if t.rows.len() > names.len() {
        names.push("District (control room)".into());
    }
    names
}

#[allow(clippy::too_many_arguments)]
pub async fn post(
    bot: &Bot,
    room_id: &str,
    in_reply_to: Option<&str>,
    text: &str,
    csv: &str,
    table: &Table,
    district: &str,
    txn: &str,
) -> Result<(), Failure> {
    let r = room(&bot.client, room_id)?;
    let mut content = RoomMessageEventContent::notice_plain(text);
    if let Some(e) = in_reply_to {
        let e: OwnedEventId = parse("event id", e)?;
        content.relates_to = Some(Relation::Reply(Reply::new(InReplyTo::new(e))));
    }
    send_notice(&r, content, txn).await?;
    let names = english_names(bot, district, table);
    let png = crate::chart::render(table, &names).map_err(|e| Failure::Permanent(e.to_string()))?;
    let base = format!("digest-{district}-{}", table.date);
    r.send_attachment(
        format!("{base}.png"),
        &mime::IMAGE_PNG,
        png,
        AttachmentConfig::new().txn_id(OwnedTransactionId::from(format!("{txn}-png"))),
    )
    .await
    .map_err(|e| classify(&e))?;
    r.send_attachment(
        format!("{base}.csv"),
        &mime::TEXT_CSV_UTF_8,
        csv.as_bytes().to_vec(),
        AttachmentConfig::new().txn_id(OwnedTransactionId::from(format!("{txn}-csv"))),
    )
    .await
    .map_err(|e| classify(&e))?;
    Ok(())
}
