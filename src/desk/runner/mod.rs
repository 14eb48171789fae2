//! Carrying out effects: the only part of the desk that reads and writes the database. Each
//! effect is one transaction; its outcome comes back as a [`Message`] for `update`.

use std::path::PathBuf;
use std::sync::mpsc;

use chrono::NaiveDateTime;

use crate::desk::effect::Effect;
use crate::desk::message::Message;
use crate::desk::screens::{
    admin::Reply as AdminReply, coverage::Reply as CoverageReply,
    coverage::composer::Reply as ReferralReply, intake::Reply as IntakeReply,
    queues::Reply as QueuesReply, referrals::Reply as ReferralsReply,
};
use crate::domain::search::Index;
use crate::i18n::Localised;
use crate::store::persons::day_of;
use crate::store::queues::{Actor, Entry, QueueError};
use crate::store::{Store, StoreResult};

mod appointments;
mod backup;
mod counter;
mod counter_list;
mod coverage;
pub mod exchange;
mod mediation;
mod outreach;
mod persons;
mod print;
mod register;
mod reports;
mod staff;
mod tdi;
mod treatment;

/// What effects work with: the database, the search index once loaded, who is at the desk.
pub struct Services {
    pub store: Store,
    pub index: Option<Index>,
    /// Working memory of the searches, kept from one keystroke to the next.
    scratch: crate::domain::search::Scratch,
    /// Name of this desk, stored with visits.
    pub desk: Option<String>,
    /// Who actions are recorded as.
    pub by: String,
    pub rng: fastrand::Rng,
    /// Recalls before a called person counts as a no-show.
    pub max_calls: u32,
    /// Days before a card ends that its renewal is flagged.
    pub renew_days: u64,
    /// The automatic daily backup.
    pub backup: backup::DailyBackup,
    /// The exchange with the other sites, when the desk runs it.
    pub exchange: exchange::Exchange,
    /// CUPS printer for letters (`None`: the system default).
    pub printer: Option<String>,
    /// CUPS printer for queue tickets.
    pub ticket_printer: Option<String>,
    loading: Option<mpsc::Receiver<StoreResult<Index>>>,
    /// The database file, to reload the index aside when other desks change it.
    path: Option<PathBuf>,
    last_reload: Option<std::time::Instant>,
}

/// An appointment refusal in words.
fn appointment_msg(e: crate::store::appointments::AppointmentError) -> crate::i18n::Msg {
    use crate::i18n::Msg;
    use crate::store::appointments::AppointmentError as A;
    match e {
        A::InThePast => Msg::new("booking-error-past"),
        A::Duration => Msg::new("booking-error-minutes"),
        A::Unknown(_) | A::NotBooked(_) => Msg::new("appointment-error-not-booked"),
        A::Overlaps(o) => {
            let service = o.with.service_code.clone();
            crate::desk::screens::appointments::overlap_msg(&o, service)
        }
        A::Queue(q) => crate::i18n::Localised::msg(&q),
    }
}

/// A queue action's message, or its refusal in words.
fn queue_outcome(result: Result<Entry, QueueError>, ok: fn(Entry) -> Message) -> Message {
    match result {
        Ok(e) => ok(e),
        Err(e) => Message::Failed(crate::i18n::Localised::msg(&e)),
    }
}

fn today(now: NaiveDateTime) -> i32 {
    day_of(now.date())
}

impl Services {
    /// Services over an open store; the index is not loaded yet.
    pub fn new(store: Store, desk: Option<String>, by: String) -> Services {
        // The audit trail names the same person and desk as the records. If this fails, the
        // default actor (the operating-system user) stays, which is still true.
        let _ = store.set_actor(&by, desk.as_deref());
        Services {
            store,
            index: None,
            scratch: Default::default(),
            desk,
            by,
            rng: fastrand::Rng::new(),
            max_calls: 3,
            renew_days: crate::domain::coverage::RENEW_DAYS,
            backup: Default::default(),
            exchange: Default::default(),
            printer: None,
            ticket_printer: None,
            loading: None,
            path: None,
            last_reload: None,
        }
    }

    /// Loads the index now (tests, and in-memory databases).
    pub fn load_index_now(&mut self) -> StoreResult<usize> {
        let index = self.store.load_index()?;
        let n = index.len();
        self.index = Some(index);
        Ok(n)
    }

    /// Starts loading the index on another thread, so the first frame does not wait for it.
    pub fn load_index_aside(&mut self, path: PathBuf) {
        self.path = Some(path.clone());
        self.last_reload = Some(std::time::Instant::now());
        let (tx, rx) = mpsc::channel();
        let key = self.store.key().cloned();
        std::thread::spawn(move || {
            let _ = tx.send(Store::open_keyed(&path, key.as_ref()).and_then(|s| s.load_index()));
        });
        self.loading = Some(rx);
    }

    /// Whether the index is still loading aside.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The index, if loading finished since the last call: `IndexReady` for `update`.
    pub fn poll_index(&mut self) -> Option<Message> {
        let result = self.loading.as_ref()?.try_recv().ok()?;
        self.loading = None;
        match result {
            Ok(index) => {
                let n = index.len();
                self.index = Some(index);
                Some(Message::IndexReady(n))
            }
            Err(e) => Some(Message::Failed(e.msg())),
        }
    }

    /// Carries out one effect at time `now`. Language changes are the runner's own business.
    pub fn run(&mut self, effect: Effect, now: NaiveDateTime) -> Option<Message> {
        let outcome = match effect {
            Effect::SetLanguage(_) => return None,
            Effect::Search(query) => self.search(query, now),
            Effect::RecordVisit(id) => self.visit(id, now),
            Effect::RemoveVisit(id) => self.remove_visit(id, now),
            Effect::Register(registration) => self.register(*registration, now),
            Effect::Merge(keep, other) => self.merge(&keep, &other, now),
            Effect::Unmerge(id) => self.unmerge(id, now),
            Effect::NotSame(a, b) => {
                return Some(match self.store.mark_not_same(&a, &b, &self.by, now) {
                    Ok((pa, pb)) => Message::Intake(IntakeReply::NotSame(pa.code, pb.code)),
                    Err(e) => Message::Failed(crate::i18n::Localised::msg(&e)),
                });
            }
            Effect::Join {
                person,
                service,
                priority,
                note,
            } => {
                let joined = self.store.join_person(
                    person,
                    &service,
                    priority,
                    note.as_deref(),
                    self.actor(now),
                );
                if joined.is_ok()
                    && let Some(index) = &mut self.index
                {
                    index.touch(person, today(now));
                }
                Ok(Some(queue_outcome(joined, |r| {
                    Message::Intake(IntakeReply::Joined(r))
                })))
            }
            Effect::LoadQueue(service) => {
                let day = now.format("%Y-%m-%d").to_string();
                // The dispensary's rows say who is dosed today (shown to roles that see it).
                let dosed = if service == crate::desk::screens::treatment::DISPENSARY {
                    self.store.dosed_on(now.date()).unwrap_or_default()
                } else {
                    Vec::new()
                };
                let dosed = dosed.into_iter().map(|(id, _)| id).collect();
                Ok(Some(match self.store.queue(&service, &day) {
                    Ok(entries) => Message::Queues(QueuesReply::Queue {
                        service,
                        entries,
                        dosed,
                    }),
                    Err(e) => Message::Failed(crate::i18n::Localised::msg(&e)),
                }))
            }
            Effect::CallNext(service, room) => Ok(Some(queue_outcome(
                self.store
                    .call_next(&service, room.as_deref(), self.actor(now)),
                |r| Message::Queues(QueuesReply::Moved(r)),
            ))),
            Effect::MoveEntry(id, m, room) => Ok(Some(queue_outcome(
                self.store
                    .move_entry(id, m, self.max_calls, room.as_deref(), self.actor(now)),
                |r| Message::Queues(QueuesReply::Moved(r)),
            ))),
            Effect::Transfer(id, service) => Ok(Some(queue_outcome(
                self.store.transfer(id, &service, self.actor(now)),
                |r| Message::Queues(QueuesReply::Moved(r)),
            ))),
            effect @ (Effect::Book(_)
            | Effect::LoadAppointments(..)
            | Effect::CheckIn(_)
            | Effect::CancelAppointment(_)
            | Effect::LoadUpcoming(_)) => return self.appointments(effect, now),
            effect @ (Effect::QuickCoverage(..)
            | Effect::LoadDue { .. }
            | Effect::LoadCounts
            | Effect::LoadPersonCoverage(_)
            | Effect::SaveCoverage(..)
            | Effect::SetCareAccess(..)) => return self.coverage(effect, now),
            effect @ (Effect::Setup { .. }
            | Effect::Login { .. }
            | Effect::Locked
            | Effect::SaveDraft(_)
            | Effect::LoadDraft
            | Effect::Opened(_)
            | Effect::LoadStaff
            | Effect::SaveStaff { .. }
            | Effect::LoadAudit(_)
            | Effect::ExportAudit(..)
            | Effect::LoadRetention
            | Effect::SetRetention(_)
            | Effect::Purge) => return self.staff(effect, now),
            effect @ (Effect::PreviewReferral(_)
            | Effect::SaveReferral(_)
            | Effect::LoadPrintJobs
            | Effect::LoadSite
            | Effect::SaveSite(_)
            | Effect::RetryPrint(_)
            | Effect::OfferSavePath(_)
            | Effect::SavePrint(..)
            | Effect::PrintTicket { .. }) => return self.print(effect, now),
            effect @ (Effect::LoadRegister
            | Effect::CheckStock { .. }
            | Effect::ReceiveBatch(_)
            | Effect::PrintLabels(_)) => return self.stock_register(effect, now),
            effect @ (Effect::MarkNeed(..)
            | Effect::LoadMediation { .. }
            | Effect::JoinMediation(_)
            | Effect::LeaveMediation(_)) => return self.mediation(effect, now),
            effect @ (Effect::LoadDispensary
            | Effect::LoadChart(_)
            | Effect::Dose(..)
            | Effect::ReverseDose(_)
            | Effect::Decide { .. }
            | Effect::Prescribe(..)) => return self.treatment(effect, now),
            effect @ (Effect::LoadTdi(_) | Effect::SaveTdi(..) | Effect::CompleteTdi(..)) => {
                return self.tdi(effect, now);
            }
            effect @ (Effect::LoadCounter
            | Effect::Give(_)
            | Effect::UndoExchange
            | Effect::CounterFind(_)
            | Effect::ReportReversal(_)) => return self.counter(effect, now),
            Effect::RunReport(query, name) => return Some(self.run_report(name, *query)),
            Effect::OfferReportPath(query, name) => {
                return Some(Message::Reports(
                    crate::desk::screens::reports::Reply::SavePath(reports::default_path(
                        name, &query,
                    )),
                ));
            }
            Effect::SaveReport(query, name, path) => {
                return Some(self.save_report(name, *query, &path, now));
            }
            Effect::LoadCounterList => return Some(self.counter_list(None, now)),
            Effect::CounterList(act) => return Some(self.counter_list(Some(*act), now)),
            effect @ (Effect::LoadOutreach(_)
            | Effect::StartOutreach(_)
            | Effect::OutreachContact(_)
            | Effect::ReverseOutreach { .. }
            | Effect::FindForOutreach(_)) => return self.outreach(effect, now),
            Effect::LoadReasons => Ok(Some(Message::Coverage(CoverageReply::Referral(
                ReferralReply::Reasons(crate::desk::screens::coverage::composer::common_reasons()),
            )))),
            Effect::LoadPartners => Ok(Some(match self.store.partners() {
                Ok(list) => Message::Referrals(ReferralsReply::Partners(list)),
                Err(e) => Message::Failed(crate::i18n::Localised::msg(&e)),
            })),
            Effect::SavePartner(id, input) => Ok(Some(
                match self
                    .store
                    .save_partner(id, &input, &self.by, now)
                    .and_then(|_| self.store.partners())
                {
                    Ok(list) => Message::Referrals(ReferralsReply::PartnerSaved(list)),
                    Err(e) => Message::Referrals(ReferralsReply::PartnerRefused(
                        crate::i18n::Localised::msg(&e),
                    )),
                },
            )),
            Effect::SaveService(service) => {
                self.services_after(self.store.save_service(&service).map_err(QueueError::from))
            }
            Effect::AddService {
                letter,
                names,
                rooms,
            } => self.services_after(self.store.add_service(&letter, &names, &rooms).map(|_| ())),
            Effect::RemoveService(code) => {
                self.services_after(self.store.remove_service(&code, now))
            }
            Effect::MoveService(code, step) => {
                self.services_after(self.store.move_service(&code, step))
            }
            Effect::LoadDay => {
                let day = now.format("%Y-%m-%d").to_string();
                let tickets = match self.store.day_tickets(&day) {
                    Ok(t) => t,
                    Err(e) => return Some(Message::Failed(crate::i18n::Localised::msg(&e))),
                };
                let mut figures = crate::domain::queue::summarise(&tickets);
                let kept = self
                    .store
                    .mark_no_shows(now)
                    .and_then(|_| self.store.appointments_kept(&day));
                for (service, kept, missed) in kept.unwrap_or_default() {
                    match figures.iter_mut().find(|f| f.service == service) {
                        Some(f) => (f.appointments_kept, f.appointments_missed) = (kept, missed),
                        None => figures.push(crate::domain::queue::ServiceDay {
                            service,
                            appointments_kept: kept,
                            appointments_missed: missed,
                            ..Default::default()
                        }),
                    }
                }
                Ok(Some(Message::Queues(QueuesReply::Day(figures))))
            }
            Effect::Reload => {
                let stale = self
                    .last_reload
                    .is_none_or(|t| t.elapsed() >= std::time::Duration::from_secs(2));
                if let (true, false, Some(path)) = (stale, self.is_loading(), self.path.clone()) {
                    self.load_index_aside(path);
                }
                self.store.services().map(|s| Some(Message::Services(s)))
            }
            Effect::Update(id, fields) => (|| {
                self.store.update_person(id, &fields, &self.by, now)?;
                self.reindex(id)?;
                Ok(self
                    .store
                    .person(id)?
                    .map(|r| Message::Intake(IntakeReply::Updated(r))))
            })(),
        };
        match outcome {
            Ok(message) => message,
            Err(e) => Some(Message::Failed(e.msg())),
        }
    }

    /// After a change to the services: the new list, or the refusal in words.
    fn services_after(&self, done: Result<(), QueueError>) -> StoreResult<Option<Message>> {
        if let Err(e) = done {
            return Ok(Some(Message::Failed(crate::i18n::Localised::msg(&e))));
        }
        Ok(Some(Message::Admin(AdminReply::ServicesSaved(
            self.store.services()?,
        ))))
    }

    fn actor(&self, now: NaiveDateTime) -> Actor<'_> {
        Actor {
            by: &self.by,
            desk: self.desk.as_deref(),
            at: now,
        }
    }
}
