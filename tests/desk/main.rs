//! The desk driven as a person would: keys in, screens out, on an in-memory register.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../support/mod.rs"]
mod support;

mod admin;
mod board;
mod counter;
mod counter_list;
mod coverage;
mod dates;
mod intake;
mod keys;
mod mediation;
mod outreach;
mod paste;
mod queues;
mod referrals;
mod register;
mod reports;
mod screens;
mod screens_staff;
mod staff;
mod tdi;
mod treatment;
mod treatment_screens;
