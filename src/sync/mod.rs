//! Several sites and mobile teams, one register: what replicates between the sites' databases,
//! and the identities no two sites can both produce.

pub mod apply;
pub mod exchange;
pub mod run;
pub mod session;
pub mod tables;
