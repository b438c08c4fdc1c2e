//! The digest's table: one day's numbers per station, as posted and exported.

use crate::core::district::Lang;
use serde::{Deserialize, Serialize};

/// The numbers of one day, one row per station (and one for district-wide counts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub district: String,
    pub district_name: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub lang: Lang,
    /// (station name, one value per metric in [`METRICS`] order).
    pub rows: Vec<(String, Vec<u64>)>,
}
