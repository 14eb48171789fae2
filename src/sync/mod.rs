//! Several sites and mobile teams, one register: what replicates between the sites' databases,
//! and the identities no two sites can both produce.

pub mod apply;
mod error;
pub mod exchange;
mod incoming;
mod init;
mod insert;
mod outgoing;
mod review;
pub mod run;
mod same;
pub mod session;
pub mod tables;
