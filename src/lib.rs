//! seuil: the reception desk of a low-threshold care centre.
//!
//! See DESIGN.md for the rooms of the house: `domain` (pure rules), `store` (SQLite), `desk` (the
//! terminal desk: state, screens, views, runner), `cli` (commands), `i18n` (Fluent).

pub mod cli;
pub mod config;
pub mod desk;
pub mod domain;
pub mod i18n;
pub mod paths;
pub mod print;
pub mod report;
pub mod store;
pub mod sync;
pub mod text;
