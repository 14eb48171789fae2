//! The `seuil` command run as a process, as a script or a worker at a shell would.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../support/mod.rs"]
mod support;

mod commands;
mod counter;
mod coverage;
mod dates;
mod db;
mod fuzz;
mod letters;
mod manual;
mod outreach;
mod partner;
mod person;
mod print;
mod queue;
mod report;
mod report_export;
mod report_services;
mod report_treatment;
mod staff;
mod stock;
mod sync;
mod syncthing;
mod tdi;
mod treatment;
