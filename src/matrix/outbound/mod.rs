//! What goes to the homeserver: [`executor`] carries out the outbox room by room,
//! idempotently; [`effects`] turns one `Action` into its homeserver call, with the larger
//! families in [`broadcast`] (paced by [`broadcast_pace`]), [`copy`], [`anonymous`] (a tip's photo,
//! re-encoded) and [`digest_post`].
//! Whatever the executor learns and must remember (a card's event id, a delivery, a relayed
//! copy) is written through [`receipts`], and only there. [`preshare`] shares room keys
//! ahead of need, while the outbox is empty, in the order [`preshare_due`] keeps.

pub mod anonymous;
pub mod broadcast;
pub mod broadcast_pace;
pub mod copy;
pub mod digest_post;
pub mod effects;
pub mod executor;
pub mod preshare;
pub mod preshare_due;
pub mod receipts;
