//! The desk as a state machine: keys become messages, `update` changes the state, `ui::view`
//! draws it. Nothing here touches the terminal.

pub mod admin;
pub mod admin_centre;
pub mod admin_staff;
pub mod appointments;
pub mod coverage;
pub mod drafts;
pub mod effects;
pub mod form;
pub mod gate;
pub mod input;
pub mod intake;
pub mod keymap;
pub mod message;
pub mod partners;
pub mod queues;
pub mod referrals;
pub mod state;
pub mod update;

pub use message::{Effect, Message};
pub use state::{BorderStyle, Overlay, State, Tab};
pub use update::update;
