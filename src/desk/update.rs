//! The one place where the state changes: `update(state, message) -> effects`.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use crate::desk::effect::Effect;
use crate::desk::keymap::{self, Action, Pressed, Scope};
use crate::desk::message::Message;
use crate::desk::screens::{appointments, intake};
use crate::desk::state::{State, Tab};

/// Applies one message to the state and returns the effects to run.
pub fn update(state: &mut State, message: Message) -> Vec<Effect> {
    // What went wrong before is not news once the next act has succeeded.
    if done(&message) {
        state.notices.clear();
    }
    match message {
        Message::Resize(w, h) => {
            state.size = (w, h);
            Vec::new()
        }
        Message::Tick(now) => {
            state.ctx.now = now;
            let mut effects = crate::desk::gate::on_tick(state);
            effects.extend(crate::desk::drafts::on_tick(state));
            effects
        }
        Message::Key(key) if key.kind == KeyEventKind::Release => Vec::new(),
        Message::Key(key) => {
            state.idle_since = state.ctx.now;
            on_key(state, &key)
        }
        Message::Paste(text) => {
            state.idle_since = state.ctx.now;
            on_paste(state, &text)
        }
        Message::IndexReady(count) => intake::index_ready(&mut state.intake, count),
        Message::Services(list) => {
            state.ctx.services = list;
            let shown = state.tab == Tab::Queues;
            crate::desk::screens::queues::on_services(&mut state.queues, &state.ctx, shown)
        }
        Message::DataChanged => data_changed(state),
        Message::LoggedIn(outcome) => crate::desk::gate::on_login(state, outcome),
        Message::Draft { form, saved_at } => crate::desk::drafts::offer(state, *form, saved_at),
        Message::Exchanged(line) => {
            state.ctx.sync = Some(line);
            data_changed(state)
        }
        Message::Failed(msg) => {
            state.notices.push(msg);
            Vec::new()
        }
        Message::Intake(reply) => {
            let mut effects = match &reply {
                intake::Reply::Joined(entry) => crate::desk::overlays::route::joined(state, entry),
                intake::Reply::Registered(_, Some(entry)) => {
                    crate::desk::overlays::route::joined(state, entry)
                }
                intake::Reply::Marked(person) => {
                    crate::desk::overlays::route::marked(state, person)
                }
                _ => Vec::new(),
            };
            let outcome = intake::on_msg(&mut state.intake, &state.ctx, reply);
            effects.extend(crate::desk::screens::follow(state, outcome));
            effects
        }
        Message::Queues(reply) => {
            crate::desk::screens::queues::on_msg(&mut state.queues, &state.ctx, reply)
        }
        Message::Appointments(reply) => {
            // A check-in from the "send to" window is told on the intake screen.
            if let (Tab::Intake, appointments::Reply::AppointmentChanged(msg)) = (state.tab, &reply)
            {
                intake::checked_in(&mut state.intake, msg.clone());
            }
            appointments::on_msg(&mut state.appointments, &state.ctx, reply)
        }
        Message::Coverage(reply) => {
            crate::desk::screens::coverage::on_msg(&mut state.coverage, reply)
        }
        Message::Referrals(mut reply) => {
            use crate::desk::screens::referrals::Reply;
            // A referral's printout holds its reason: only for roles that may read it.
            if let Reply::PrintJobs(jobs, _) = &mut reply
                && !state.ctx.can(crate::domain::roles::Area::ReferralReason)
            {
                jobs.retain(|j| j.referral_id.is_none());
            }
            if let Reply::Partners(list) | Reply::PartnerSaved(list) = &reply {
                state.ctx.partners = list.clone();
            }
            crate::desk::screens::referrals::on_msg(&mut state.partners, reply)
        }
        Message::Treatment(reply) => {
            crate::desk::screens::treatment::on_msg(&mut state.treatment, reply)
        }
        Message::Tdi(reply) => crate::desk::overlays::tdi::on_msg(state, reply),
        Message::Counter(reply) => crate::desk::screens::counter::on_msg(&mut state.counter, reply),
        Message::Outreach(reply) => {
            crate::desk::screens::outreach::on_msg(&mut state.outreach, reply)
        }
        Message::Register(reply) => crate::desk::overlays::register::on_reply(state, reply),
        Message::Reports(reply) => crate::desk::screens::reports::on_msg(&mut state.reports, reply),
        Message::CounterList(reply) => crate::desk::overlays::counter_list::on_reply(state, reply),
        Message::Admin(reply) => {
            // The letterhead names the site in the top bar too.
            if let crate::desk::screens::admin::Reply::Sections(
                crate::desk::screens::admin::staff::Reply::SiteSaved(site),
            ) = &reply
            {
                state.ctx.site_name = Some(site.name.clone()).filter(|n| !n.is_empty());
            }
            if let crate::desk::screens::admin::Reply::ServicesSaved(list) = &reply {
                state.ctx.services = list.clone();
            }
            crate::desk::screens::admin::on_msg(&mut state.admin, &state.ctx, reply)
        }
    }
}

/// Whether the runner reports an act of the worker done (saved, registered, called…), rather
/// than data read for a screen.
fn done(message: &Message) -> bool {
    use crate::desk::screens::{admin, coverage, queues, referrals};
    match message {
        Message::Intake(reply) => !matches!(
            reply,
            intake::Reply::Found { .. } | intake::Reply::Upcoming(..) | intake::Reply::Overlaps(_)
        ),
        Message::Queues(reply) => matches!(reply, queues::Reply::Moved(_)),
        Message::Appointments(reply) => {
            matches!(reply, appointments::Reply::AppointmentChanged(_))
        }
        Message::Coverage(reply) => matches!(
            reply,
            coverage::Reply::CoverageSaved(_)
                | coverage::Reply::Referral(coverage::composer::Reply::Saved { .. })
        ),
        Message::Referrals(reply) => matches!(reply, referrals::Reply::PartnerSaved(_)),
        Message::Treatment(reply) => {
            matches!(
                reply,
                crate::desk::screens::treatment::Reply::Recorded { .. }
            )
        }
        Message::Tdi(reply) => matches!(reply, crate::desk::overlays::tdi::Reply::Saved(_)),
        Message::Counter(reply) => {
            use crate::desk::screens::counter::Reply;
            matches!(
                reply,
                Reply::Saved(_) | Reply::Undone(_) | Reply::Reported(Ok(_))
            )
        }
        Message::Outreach(reply) => matches!(
            reply,
            crate::desk::screens::outreach::Reply::Recorded(_)
                | crate::desk::screens::outreach::Reply::Started(_)
        ),
        Message::Admin(reply) => matches!(
            reply,
            admin::Reply::ServicesSaved(_)
                | admin::Reply::Sections(
                    admin::staff::Reply::StaffSaved(_)
                        | admin::staff::Reply::Done(_)
                        | admin::staff::Reply::SiteSaved(_)
                )
        ),
        _ => false,
    }
}

/// Another desk changed the database: read again what this desk shows.
fn data_changed(state: &State) -> Vec<Effect> {
    let mut effects = vec![Effect::Reload];
    match state.tab {
        Tab::Queues => {
            effects.extend(crate::desk::screens::queues::load(
                &state.queues,
                &state.ctx,
            ));
            if state.queues.day.is_some() {
                effects.push(Effect::LoadDay);
            }
        }
        Tab::Appointments => effects.extend(appointments::load(&state.appointments, &state.ctx)),
        Tab::Coverage if state.coverage.person.is_none() && state.coverage.form.is_none() => {
            effects.extend(crate::desk::screens::coverage::load(&state.coverage));
        }
        Tab::Intake if !state.intake.search.text().trim().is_empty() => {
            effects.push(Effect::Search(state.intake.search.text().to_string()));
        }
        Tab::Treatment => effects.extend(crate::desk::screens::treatment::load(&state.treatment)),
        Tab::Counter => effects.extend(crate::desk::screens::counter::load()),
        Tab::Outreach => effects.extend(crate::desk::screens::outreach::load(&state.outreach)),
        Tab::Reports => effects.extend(crate::desk::screens::reports::load(
            &state.reports,
            &state.ctx,
        )),
        Tab::Coverage | Tab::Intake | Tab::Referrals | Tab::Admin => {}
    }
    effects
}

/// The scopes whose keys work now, most specific first: the window on top (with the desk's
/// own keys under it), or the gate, or the screen's state, then the desk's own keys. Key
/// handling, the hint bar and the help all read this one list.
pub fn scopes(state: &State) -> Vec<Scope> {
    scopes_under(state, state.overlays.len())
}

/// The scopes of the desk as it is under the `depth` lowest windows (what the help, itself a
/// window, lists: the keys of what it covers).
pub fn scopes_under(state: &State, depth: usize) -> Vec<Scope> {
    if let Some(top) = state.overlays[..depth.min(state.overlays.len())].last() {
        let mut scopes = crate::desk::overlays::keys::scopes(state, top);
        scopes.push(Scope::Global);
        return scopes;
    }
    if state.gate.is_some() {
        // The gate's fields take every other key (Esc empties the field).
        return vec![Scope::Locked];
    }
    let mut scopes = if state.role_allows(state.tab) {
        crate::desk::screens::scopes(state)
    } else {
        Vec::new()
    };
    // Esc dismisses a notice, unless the screen's state takes Esc for itself (a form cancels).
    let esc = KeyEvent::from(KeyCode::Esc);
    if !state.notices.is_empty() && keymap::resolve(&scopes, &esc).is_none() {
        scopes.insert(0, Scope::Notice);
    }
    scopes.push(Scope::Global);
    scopes
}

/// What the hint bar offers now, in its order, each with its key as written there: the hinted
/// bindings of the active scopes. Under a window, its own keys only (the desk's keys still work
/// there, and F1 lists them).
pub fn hinted(state: &State) -> Vec<(&'static keymap::Binding, String)> {
    let windowed = !state.overlays.is_empty();
    keymap::shown(&scopes(state))
        .into_iter()
        .filter(|(b, _)| b.hint.is_some() && !(windowed && b.scope == Scope::Global))
        .map(|(b, keys)| {
            let key = match b.hint.and_then(|h| h.label) {
                Some(label) => label.to_string(),
                None => keys.first().map(keymap::label).unwrap_or_default(),
            };
            (b, key)
        })
        .collect()
}

fn on_key(state: &mut State, key: &KeyEvent) -> Vec<Effect> {
    let hit = keymap::resolve(&scopes(state), key);
    // The question before quitting holds for the very next key only: any other key goes back
    // to what was being entered, the question gone.
    if hit.map(|(_, action)| action) != Some(Action::Quit) && state.quit_asked {
        state.quit_asked = false;
        state.notices.retain(|m| !m.id.starts_with("quit-unsaved-"));
        return Vec::new();
    }
    let pressed = Pressed::typed(*key, hit.map(|(_, action)| action));
    dispatch(state, &pressed, hit.map(|(scope, _)| scope))
}

/// Pasted text (the terminal's bracketed paste) goes into the field that has the focus as
/// text: never as keys, so a tab or a line break in it neither moves on nor saves, and a digit
/// after it picks nothing. Line breaks and tabs become spaces, other control characters go.
fn on_paste(state: &mut State, text: &str) -> Vec<Effect> {
    let mut effects: Vec<Effect> = Vec::new();
    for c in pasted_text(text).chars() {
        let pressed = Pressed {
            event: KeyEvent::from(KeyCode::Char(c)),
            action: None,
            pasted: true,
        };
        for effect in dispatch(state, &pressed, None) {
            // One search for the whole text, not one per character.
            if matches!(effect, Effect::Search(_)) {
                effects.retain(|e| !matches!(e, Effect::Search(_)));
            }
            effects.push(effect);
        }
    }
    effects
}

/// Pasted text as one line: each run of spaces, tabs and line breaks becomes one space, other
/// control and invisible characters are dropped, and the ends are trimmed.
pub fn pasted_text(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control() || crate::text::is_word_break(c))
        .map(|w| {
            w.chars()
                .filter(|c| crate::text::accepted(*c))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn dispatch(state: &mut State, pressed: &Pressed, scope: Option<Scope>) -> Vec<Effect> {
    let key = &pressed.event;
    let hit = scope.zip(pressed.action);
    match hit {
        Some((Scope::Global | Scope::Locked | Scope::Notice, action)) => apply(state, action),
        _ if !state.overlays.is_empty() => crate::desk::overlays::keys::on_key(state, pressed),
        _ if state.gate.is_some() => crate::desk::gate::on_key(state, key),
        // Esc with nothing to close does nothing (it is never typed).
        None if key.code == KeyCode::Esc => Vec::new(),
        _ if !state.role_allows(state.tab) => Vec::new(),
        _ => crate::desk::screens::on_key(state, pressed),
    }
}

/// What quitting now would drop: an exchange or a contact being entered, which only the
/// screen holds (the person and coverage forms are kept as drafts in the database).
fn unsaved(state: &State) -> Option<&'static str> {
    if state.counter.has_draft() {
        return Some("quit-unsaved-counter");
    }
    let o = &state.outreach;
    if o.start.is_some() || !o.next.is_empty() || o.step != Default::default() {
        return Some("quit-unsaved-outreach");
    }
    None
}

fn apply(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Help => crate::desk::overlays::keys::toggle_help(state),
        Action::Language => crate::desk::overlays::keys::open_language_picker(state),
        Action::GoTo(_) if state.gate.is_some() => {}
        Action::GoTo(tab) => {
            state.overlays.clear();
            state.page_from = None;
            // A notice belongs to where it was said: another screen starts without it.
            if state.tab != tab {
                state.notices.clear();
            }
            state.tab = tab;
            if !state.role_allows(tab) {
                return Vec::new();
            }
            match tab {
                Tab::Queues => {
                    return crate::desk::screens::queues::load(&state.queues, &state.ctx);
                }
                Tab::Appointments => return appointments::load(&state.appointments, &state.ctx),
                Tab::Coverage => return crate::desk::screens::coverage::load(&state.coverage),
                Tab::Admin => {
                    return crate::desk::screens::admin::staff::load(
                        &state.admin.more,
                        state.ctx.now.date(),
                    );
                }
                Tab::Referrals => return crate::desk::screens::referrals::load(),
                Tab::Treatment => {
                    return crate::desk::screens::treatment::load(&state.treatment);
                }
                Tab::Counter => return crate::desk::screens::counter::load(),
                Tab::Outreach => return crate::desk::screens::outreach::load(&state.outreach),
                Tab::Reports => {
                    state.reports.computing = true;
                    return crate::desk::screens::reports::load(&state.reports, &state.ctx);
                }
                _ => {}
            }
        }
        Action::Quit => match unsaved(state) {
            Some(id) if !state.quit_asked => {
                state.quit_asked = true;
                state.notices.retain(|m| !m.id.starts_with("quit-unsaved-"));
                state.notices.push(crate::i18n::Msg::new(id));
            }
            _ => state.quit = true,
        },
        Action::Lock => return crate::desk::gate::lock(state),
        Action::Dismiss if !state.notices.is_empty() => {
            state.notices.remove(0);
        }
        Action::Close => {
            state.overlays.pop();
        }
        // Screen and overlay actions are handled where they apply.
        _ => {}
    }
    Vec::new()
}

#[cfg(test)]
mod tests;
