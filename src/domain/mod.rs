//! Pure types and rules of the desk: no terminal, no database, no clock.

pub mod birth;
pub mod code;
pub mod dates;
pub mod indicators;
pub mod languages;
pub mod names;
pub mod niss;

pub mod communes;
pub mod counter;
pub mod coverage;
pub mod mediation;
pub mod outreach;
pub mod person;
pub mod queue;
pub mod roles;
pub mod search;
pub mod site;
pub mod slot;
pub mod tdi;
pub mod treatment;
