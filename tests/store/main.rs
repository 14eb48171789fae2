//! The register itself: rules the database keeps whatever the desk or command does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../support/mod.rs"]
mod support;

mod appointments;
mod backup_daily;
mod counter;
mod coverage;
mod crash;
mod disk_full;
mod dose_crash;
mod encryption;
mod exchange;
mod mediation;
mod outreach;
mod queues;
mod registry;
mod report;
mod report_services;
mod report_treatment;
mod sites;
mod stock;
mod tdi;
mod treatment;
mod visible;
