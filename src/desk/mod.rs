//! The desk: keys become messages, `update` changes the state, `view` draws it, the runner
//! carries out what `update` asks of the database, the printer and the files. Each screen is a
//! folder of `screens/`: its state and keys beside its view.

pub mod board;
pub mod ctx;
pub mod drafts;
pub mod effect;
pub mod gate;
pub mod keymap;
pub mod message;
pub mod overlays;
pub mod runner;
pub mod screens;
pub mod state;
pub mod terminal;
pub mod update;
pub mod view;
pub mod widgets;

pub use ctx::Ctx;
pub use effect::Effect;
pub use message::Message;
pub use state::{BorderStyle, Overlay, State, Tab};
pub use update::update;
