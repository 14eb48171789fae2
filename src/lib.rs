//! seuil: the reception desk of a low-threshold care centre.
//!
//! See DESIGN.md for the rooms of the house: `domain` (pure rules), `store` (SQLite), `app` (state
//! machine), `ui` (pure rendering), `cli` (commands), `i18n` (Fluent).

pub mod app;
pub mod board;
pub mod cli;
pub mod config;
pub mod domain;
pub mod i18n;
pub mod paths;
pub mod print;
pub mod store;
pub mod text;
pub mod tui;
pub mod ui;
