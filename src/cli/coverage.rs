//! `seuil coverage due / set`: what falls due, and recording a route from scripts.

use chrono::Local;
use serde_json::json;

use super::args::{CoverageCommand, CoverageSetArgs};
use super::{Context, Failure, exit};
use crate::domain::communes;
use crate::domain::coverage::{Coverage, Route, State};
use crate::i18n::words::step_msg;
use crate::i18n::{I18n, Localised, Msg};
use crate::store::coverage::{CoverageError, CoverageInput, DueItem};

impl From<CoverageError> for Failure {
    fn from(e: CoverageError) -> Self {
        match e {
            CoverageError::Store(s) => Failure::from(s),
            CoverageError::UnknownPerson(_) => Failure::new(exit::REFUSED, e.msg()),
            other => Failure::new(exit::USAGE, other.msg()),
        }
    }
}

fn due_json(i: &DueItem, i18n: &I18n) -> serde_json::Value {
    json!({
        "person": i.person_code,
        "route": i.route.map(Route::code),
        "state": i.state.map(State::code),
        "commune": i.commune,
        "step": i18n.render(&step_msg(i.step, Some(i.due), i18n)),
        "due": i.due.format("%Y-%m-%d").to_string(),
        "overdue": i.overdue,
    })
}

fn set(ctx: &Context, a: &CoverageSetArgs) -> Result<(), Failure> {
    let bad = |flag: &str, value: &str| {
        Failure::new(
            exit::USAGE,
            Msg::new("cli-error-invalid-value")
                .arg("arg", flag)
                .arg("value", value),
        )
    };
    let route = Route::parse(&a.route).ok_or_else(|| bad("--route", &a.route))?;
    let state = match &a.state {
        Some(s) => Some(State::parse(s).ok_or_else(|| bad("--state", s))?),
        None => None,
    };
    let commune = match &a.commune {
        Some(c) => Some(
            communes::find(c)
                .ok_or_else(|| {
                    Failure::new(
                        exit::USAGE,
                        Msg::new("coverage-error-commune").arg("commune", c.as_str()),
                    )
                })?
                .key
                .to_string(),
        ),
        None => None,
    };
    let coverage = Coverage {
        route: Some(route),
        state,
        commune,
        requested: a
            .requested
            .as_deref()
            .map(|t| ctx.date_option("--requested", t))
            .transpose()?,
        acknowledged: a
            .acknowledged
            .as_deref()
            .map(|t| ctx.date_option("--acknowledged", t))
            .transpose()?,
        decided: a
            .decided
            .as_deref()
            .map(|t| ctx.date_option("--decided", t))
            .transpose()?,
        notified: a
            .notified
            .as_deref()
            .map(|t| ctx.date_option("--notified", t))
            .transpose()?,
        valid_from: a
            .valid_from
            .as_deref()
            .map(|t| ctx.date_option("--valid-from", t))
            .transpose()?,
        valid_until: a
            .valid_until
            .as_deref()
            .map(|t| ctx.date_option("--valid-until", t))
            .transpose()?,
    };
    let store = ctx.open_store()?;
    let person = store
        .person_by_code(&a.person)?
        .ok_or_else(|| CoverageError::UnknownPerson(a.person.clone()))?;
    let input = CoverageInput {
        coverage,
        reference: a.reference.clone(),
        ..CoverageInput::default()
    };
    let now = Local::now().naive_local();
    let row = store.save_coverage(
        person.merged_into.unwrap_or(person.id),
        &input,
        u64::from(ctx.config.renew_days),
        &super::person::os_user(),
        now,
    )?;
    let steps = crate::domain::coverage::next_steps(
        &row.coverage,
        now.date(),
        u64::from(ctx.config.renew_days),
    );
    if a.json {
        let list: Vec<_> = steps
            .iter()
            .map(|n| json!({"step": ctx.i18n.render(&step_msg(Some(n.step), n.due, &ctx.i18n)), "due": n.due.map(|d| d.to_string()), "overdue": n.overdue}))
            .collect();
        out!(
            "{}",
            serde_json::to_string_pretty(
                &json!({"person": person.code, "route": route.code(), "next": list})
            )
            .unwrap_or_default()
        );
    } else {
        out!(
            "{}",
            ctx.i18n.render(
                &Msg::new("coverage-saved")
                    .arg("code", person.code.as_str())
                    .arg("route", ctx.i18n.tr(route.message_id()))
            )
        );
        for n in steps {
            out!(
                "  {}",
                ctx.i18n.render(&step_msg(Some(n.step), n.due, &ctx.i18n))
            );
        }
    }
    Ok(())
}

/// Runs one `coverage` subcommand.
pub fn run(ctx: &Context, command: CoverageCommand) -> Result<(), Failure> {
    match command {
        CoverageCommand::Set(a) => set(ctx, &a),
        CoverageCommand::Due { within, json } => {
            let store = ctx.open_store()?;
            let today = Local::now().date_naive();
            let mut items = store.due(
                today,
                within.unwrap_or(7),
                u64::from(ctx.config.renew_days),
                None,
                None,
                None,
            )?;
            store.label_due(&mut items)?;
            if json {
                let list: Vec<_> = items.iter().map(|i| due_json(i, &ctx.i18n)).collect();
                out!(
                    "{}",
                    serde_json::to_string_pretty(&list).unwrap_or_default()
                );
            } else if items.is_empty() {
                ctx.say(&Msg::new("coverage-nothing-due"));
            } else {
                for i in &items {
                    let route = i
                        .route
                        .map(|r| ctx.i18n.tr(r.message_id()))
                        .unwrap_or_default();
                    let mark = if i.overdue { "!" } else { " " };
                    out!(
                        "{mark} {}  {}  {:<12}  {}",
                        i.due.format("%Y-%m-%d"),
                        i.person_code,
                        crate::text::truncate(&route, 12),
                        ctx.i18n.render(&step_msg(i.step, Some(i.due), &ctx.i18n))
                    );
                }
            }
            Ok(())
        }
    }
}
