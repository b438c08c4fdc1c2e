//! Where the district's rooms are: room ids by place, learned from the canonical aliases of
//! the rooms the bot is in (provisioning set them from the config).

use std::collections::HashMap;
use std::sync::RwLock;

use matrix_sdk::Client;

use crate::core::district::RoomPlace;
use crate::pipeline::RoomIndex;

#[derive(Default)]
pub struct Rooms {
    by_place: RwLock<HashMap<RoomPlace, String>>,
}

impl Rooms {
    /// Learn every joined room that a config alias names.
    pub fn refresh(&self, client: &Client, places: &HashMap<String, RoomPlace>) {
        for room in client.joined_rooms() {
            if let Some(place) = room.canonical_alias().and_then(|a| places.get(a.as_str())) {
                self.note(place, room.room_id().as_str());
            }
        }
    }

    pub fn note(&self, place: &RoomPlace, room_id: &str) {
        let mut map = self.by_place.write().unwrap_or_else(|e| e.into_inner());
        if map.get(place).map(String::as_str) != Some(room_id) {
            map.insert(place.clone(), room_id.to_string());
        }
    }
}

impl RoomIndex for Rooms {
    fn room_id(&self, place: &RoomPlace) -> Option<String> {
        self.by_place
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(place)
            .cloned()
    }
}
