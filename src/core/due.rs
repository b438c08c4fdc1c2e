//! [`Due`]: timed work the core decided is due now — its ledger id (stable, so the pipeline's
//! ledger makes it happen once however often the ticker runs) and what to do.

use crate::core::decision::Decision;

/// Timed work to carry out: its ledger id and what to do.
pub struct Due {
    pub id: String,
    pub decision: Decision,
}
