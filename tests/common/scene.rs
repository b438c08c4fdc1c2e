//! The usual scene of a station-room test: a one-station district (`a`) with extra config, the
//! bot provisioned and running, its SHO in the station room and the desk, and a volunteer
//! (`vol`) invited by the bot and joined.

use matrix_sdk::Room;
use matrix_sdk::ruma::OwnedRoomId;

use super::{BotProcess, Synapse, User, config_toml, invite_as_bot, register_all};

pub struct StationScene {
    pub bot: BotProcess,
    pub staff: User,
    pub vol: User,
    pub station_id: OwnedRoomId,
    pub staff_room: Room,
    pub vol_room: Room,
    pub desk_id: OwnedRoomId,
    pub desk: Room,
    /// Last: Synapse stops after the clients and the bot are gone.
    pub hs: Synapse,
}

pub async fn station_scene(extra_config: &str) -> StationScene {
    let hs = Synapse::start();
    register_all(&hs, &["a"], &["vol"]).await;
    let mut config = config_toml(&hs, &["a"]);
    config.push_str(extra_config);
    let mut bot = BotProcess::new(&config);
    bot.provision();
    bot.start().await;
    let staff = User::login(&hs, "sho-a").await;
    let station_id = staff.room_by_alias("#thana-a:localhost").await;
    let staff_room = staff.join(&station_id).await;
    let desk_id = staff.room_by_alias("#thana-a-desk:localhost").await;
    let desk = staff.join(&desk_id).await;
    let vol = User::login(&hs, "vol").await;
    invite_as_bot(&hs, &bot, &station_id, "@vol:localhost").await;
    let vol_room = vol.join(&station_id).await;
    StationScene {
        bot,
        staff,
        vol,
        station_id,
        staff_room,
        vol_room,
        desk_id,
        desk,
        hs,
    }
}
