//! Where the district's rooms are: room ids by place, learned from the canonical aliases of
//! the rooms the bot is in (provisioning set them from the config).

use std::collections::HashMap;
use std::sync::RwLock;

use matrix_sdk::Client;

use crate::core::district::RoomPlace;
use matrix_sdk::deserialized_responses::RawAnySyncOrStrippedState;
use matrix_sdk::ruma::events::StateEventType;

use crate::core::vetting::blocklist;
use crate::pipeline::RoomIndex;

#[derive(Default)]
pub struct Rooms {
    by_place: RwLock<HashMap<RoomPlace, String>>,
    /// `m.ban` user rules of subscribed policy lists: list → (entity glob, reason).
    rules: RwLock<HashMap<String, Vec<(String, String)>>>,
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

impl Rooms {
    /// Re-read the user rules of a subscribed policy list from the client's state store.
    pub async fn load_rules(&self, room: &matrix_sdk::Room, list: &str) {
        let Ok(events) = room.get_state_events(StateEventType::PolicyRuleUser).await else {
            return;
        };
        let mut rules = Vec::new();
        for ev in events {
            let raw = match ev {
                RawAnySyncOrStrippedState::Sync(raw) => raw.cast_unchecked::<serde_json::Value>(),
                RawAnySyncOrStrippedState::Stripped(raw) => {
                    raw.cast_unchecked::<serde_json::Value>()
                }
            };
            let Ok(v) = raw.deserialize() else { continue };
            let content = &v["content"];
            let (Some(entity), Some(rec)) = (
                content["entity"].as_str(),
                content["recommendation"].as_str(),
            ) else {
                continue;
            };
            if blocklist::is_ban(rec) {
                rules.push((
                    entity.to_string(),
                    content["reason"].as_str().unwrap_or("").to_string(),
                ));
            }
        }
        self.rules
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(list.to_string(), rules);
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

    fn external_ban(&self, user: &str) -> Option<(String, String)> {
        let rules = self.rules.read().unwrap_or_else(|e| e.into_inner());
        rules.iter().find_map(|(list, rs)| {
            rs.iter()
                .find(|(glob, _)| blocklist::entity_matches(glob, user))
                .map(|(_, reason)| (list.clone(), reason.clone()))
        })
    }
}
