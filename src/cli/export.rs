//! `person export CODE` as text: everything held about a person, each coded value (sex,
//! priority, status, route and state, yes and no, languages, services) in words of the
//! reader's language and each date as that language writes it. `--json` keeps the codes.

use serde_json::Value;

mod columns;
mod counter;
mod outreach;
mod treatment;

use columns::{
    APPOINTMENTS, COVERAGE, FREE_CARE, MEDIATION_NEED, MEDIATIONS, REFERRALS, TICKETS, VISITS,
};

use crate::domain::coverage::{Route, State};
use crate::domain::person::{Field, Sex};
use crate::domain::queue::{Priority, Status};
use crate::i18n::{I18n, Lang, Msg, dates};
use crate::store::appointments::Kept;
use crate::store::queues::Service;

/// The language of a person's export: `--lang` first, then the person's own first language
/// of the six, then the desk's.
pub fn language(flag: Option<Lang>, person: &Value, desk: Lang) -> Lang {
    let own = person["languages"]
        .as_str()
        .unwrap_or("")
        .split(',')
        .find_map(Lang::parse);
    flag.or(own).unwrap_or(desk)
}

/// How a stored value is put into words.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    /// A treatment product's code (`product-<code>`).
    Product,
    /// What happened to a dose (`dose-outcome-<code>`).
    Outcome,
    /// A date or a time stamp.
    When,
    /// A birth date, whole or partial (`1990`, `1990-03`, `1990-03-01`).
    Birth,
    Sex,
    Priority,
    Status,
    Kept,
    Route,
    State,
    YesNo,
    Urgency,
    /// The fields a person agreed to share, as stored (`["name","birth"]`).
    Consent,
    Langs,
    Service,
    Commune,
    Minutes,
    /// A member of staff, or the system account of the command line.
    Who,
    /// Counter items as stored (`syringe-1ml=10 needle=5`), said as `10 × Syringe 1 ml, …`.
    Given,
}

/// The text of a person's export, line by line.
pub struct Export<'a> {
    pub i18n: &'a I18n,
    pub services: &'a [Service],
    /// The counter's items, removed ones too, for their names.
    pub items: &'a [crate::store::counter::Item],
    /// Every record of the person: its database id and code (for the merges).
    pub records: Vec<(i64, String)>,
}

const RECORD: &[(&str, Field, Kind)] = &[
    ("given_name", Field::GivenName, Kind::Text),
    ("family_name", Field::FamilyName, Kind::Text),
    ("alias", Field::Alias, Kind::Text),
    ("birth", Field::Birth, Kind::Birth),
    ("sex", Field::Sex, Kind::Sex),
    ("languages", Field::Languages, Kind::Langs),
    ("phone", Field::Phone, Kind::Text),
    ("niss", Field::Niss, Kind::Text),
    ("nationality", Field::Nationality, Kind::Text),
    ("commune", Field::Commune, Kind::Commune),
];

type Columns = &'static [(&'static str, &'static str, Kind)];

impl Export<'_> {
    /// Every line of the export of `all` (the JSON of `Store::export_person`).
    pub fn lines(&self, all: &Value) -> Vec<String> {
        let t = self.i18n;
        let person = &all["person"];
        let code = person["code"].as_str().unwrap_or("");
        let mut out = vec![t.render(&Msg::new("export-title").arg("code", code))];
        out.push(format!("\n== {} ==", t.tr("export-section-record")));
        for (column, field, kind) in RECORD {
            let value = self.value(&person[*column], *kind);
            out.push(self.pair(field.message_id(), value.as_deref().unwrap_or("—")));
        }
        let created = [
            self.value(&person["created_at"], Kind::When),
            self.value(&person["created_by"], Kind::Who),
        ];
        if let [Some(at), Some(by)] = created {
            let m = Msg::new("export-registered").arg("at", at).arg("by", by);
            out.push(format!("  {}", t.render(&m)));
        }
        let sections: [(&str, &str, Columns); 16] = [
            ("export-section-visits", "visits", VISITS),
            ("export-section-tickets", "tickets", TICKETS),
            (
                "export-section-mediation-need",
                "mediation_need",
                MEDIATION_NEED,
            ),
            ("export-section-mediations", "mediations", MEDIATIONS),
            ("export-section-appointments", "appointments", APPOINTMENTS),
            ("export-section-coverage", "coverage", COVERAGE),
            ("export-section-referrals", "referrals", REFERRALS),
            (
                "export-section-prescriptions",
                "prescriptions",
                treatment::PRESCRIPTIONS,
            ),
            ("export-section-doses", "doses", treatment::DOSES),
            (
                "export-section-decisions",
                "decisions",
                treatment::DECISIONS,
            ),
            (
                "export-section-tdi",
                "tdi_episodes",
                treatment::TDI_EPISODES,
            ),
            (
                "export-section-counter",
                "counter_exchanges",
                counter::EXCHANGES,
            ),
            (
                "export-section-naloxone-kits",
                "naloxone_kits",
                counter::KITS,
            ),
            (
                "export-section-reversals",
                "naloxone_reversals",
                counter::REVERSALS,
            ),
            (
                "export-section-outreach",
                "outreach_contacts",
                outreach::CONTACTS,
            ),
            (
                "export-section-vaccinations",
                "vaccinations",
                outreach::VACCINATIONS,
            ),
        ];
        for (title, key, columns) in sections {
            self.section(&mut out, title, all[key].as_array(), |row| {
                self.row(row, columns)
            });
        }
        self.section(
            &mut out,
            "export-section-free-care",
            all["free_care"].as_array(),
            |row| self.row(row, FREE_CARE),
        );
        self.section(
            &mut out,
            "export-section-changes",
            all["changes"].as_array(),
            |row| self.change(row),
        );
        self.section(
            &mut out,
            "export-section-merges",
            all["merges"].as_array(),
            |row| self.merge(row),
        );
        out
    }

    fn section(
        &self,
        out: &mut Vec<String>,
        title: &str,
        rows: Option<&Vec<Value>>,
        line: impl Fn(&Value) -> String,
    ) {
        let rows = rows.map(Vec::as_slice).unwrap_or_default();
        out.push(format!("\n== {} ({}) ==", self.i18n.tr(title), rows.len()));
        if rows.is_empty() {
            out.push(format!("  {}", self.i18n.tr("export-none")));
        }
        out.extend(rows.iter().map(|row| format!("  {}", line(row))));
    }

    /// "Label : value" as the language writes a label and its value.
    fn pair(&self, label: &str, value: &str) -> String {
        let m = Msg::new("export-pair")
            .arg("label", self.i18n.tr(label))
            .arg("value", value);
        format!("  {}", self.i18n.render(&m))
    }

    fn row(&self, row: &Value, columns: Columns) -> String {
        columns
            .iter()
            .filter_map(|(column, label, kind)| {
                let value = self.value(&row[*column], *kind)?;
                Some(self.pair(label, &value).trim_start().to_string())
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// A change of the record: when, who, which field, from what to what.
    fn change(&self, row: &Value) -> String {
        let field = row["field"].as_str().unwrap_or("");
        let (label, kind) = RECORD
            .iter()
            .find(|(column, _, _)| *column == field)
            .map_or((field.to_string(), Kind::Text), |(_, f, k)| {
                (self.i18n.tr(f.message_id()), *k)
            });
        let shown = |v: &Value| self.value(v, kind).unwrap_or_else(|| "—".into());
        let m = Msg::new("export-change")
            .arg("field", label)
            .arg("old", shown(&row["old_value"]))
            .arg("new", shown(&row["new_value"]));
        let when = self.value(&row["at"], Kind::When).unwrap_or_default();
        let who = self.value(&row["by"], Kind::Who).unwrap_or_default();
        format!("{when} · {who} · {}", self.i18n.render(&m))
    }

    /// A merge: the two records by their codes, who merged them, whether it was undone.
    fn merge(&self, row: &Value) -> String {
        let code = |v: &Value| {
            let id = v.as_i64().unwrap_or(0);
            self.records
                .iter()
                .find(|(i, _)| *i == id)
                .map_or_else(|| id.to_string(), |(_, c)| c.clone())
        };
        let m = Msg::new("export-merge")
            .arg("kept", code(&row["kept_id"]))
            .arg("merged", code(&row["merged_id"]));
        let mut parts = vec![
            self.value(&row["at"], Kind::When).unwrap_or_default(),
            self.value(&row["by"], Kind::Who).unwrap_or_default(),
            self.i18n.render(&m),
        ];
        if let Some(undone) = self.value(&row["undone_at"], Kind::When) {
            parts.push(
                self.i18n
                    .render(&Msg::new("export-merge-undone").arg("at", undone)),
            );
        }
        parts.join(" · ")
    }

    /// A stored value in words; `None` when nothing is held.
    fn value(&self, v: &Value, kind: Kind) -> Option<String> {
        let text = match v {
            Value::Null => return None,
            Value::String(s) if s.trim().is_empty() => return None,
            Value::String(s) => s.trim().to_string(),
            other => other.to_string(),
        };
        Some(self.words(&text, kind))
    }

    fn words(&self, text: &str, kind: Kind) -> String {
        let t = self.i18n;
        let word = |id: Option<&str>| id.map_or_else(|| text.to_string(), |id| t.tr(id));
        match kind {
            Kind::Text => text.to_string(),
            Kind::Given => text
                .split_whitespace()
                .map(|line| match line.split_once('=') {
                    Some((code, n)) => {
                        let name = self
                            .items
                            .iter()
                            .find(|i| i.code == code)
                            .map_or_else(|| code.to_string(), |i| i.name(t));
                        format!("{n} × {name}")
                    }
                    None => line.to_string(),
                })
                .collect::<Vec<_>>()
                .join(", "),
            Kind::Product | Kind::Outcome => {
                let prefix = if matches!(kind, Kind::Product) {
                    "product"
                } else {
                    "dose-outcome"
                };
                match format!("{prefix}-{}", text.replace('_', "-")) {
                    id if t.has(&id) => t.tr(&id),
                    _ => text.to_string(),
                }
            }
            Kind::When | Kind::Birth => dates::stored(t, text),
            Kind::Sex => word(Sex::parse(text).map(Sex::message_id)),
            Kind::Priority => word(Priority::parse(text).map(Priority::message_id)),
            Kind::Status => word(Status::parse(text).map(Status::message_id)),
            Kind::Kept => t.tr(Kept::parse(text).message_id()),
            Kind::Route => word(Route::parse(text).map(Route::message_id)),
            Kind::State => word(State::parse(text).map(State::message_id)),
            Kind::YesNo => t.tr(if text == "0" {
                "export-no"
            } else {
                "export-yes"
            }),
            Kind::Urgency => t.tr(if text == "urgent" {
                "export-urgent"
            } else {
                "export-not-urgent"
            }),
            Kind::Consent => serde_json::from_str::<Vec<String>>(text)
                .unwrap_or_default()
                .iter()
                .map(|f| match format!("consent-{f}") {
                    id if t.has(&id) => t.tr(&id),
                    _ => f.clone(),
                })
                .collect::<Vec<_>>()
                .join(", "),
            Kind::Langs => {
                let names: Vec<&str> = text
                    .split(',')
                    .map(|code| Lang::parse(code).map_or(code.trim(), |l| l.native_name()))
                    .collect();
                names.join(", ")
            }
            Kind::Service => self
                .services
                .iter()
                .find(|s| s.code.eq_ignore_ascii_case(text))
                .map_or(text.to_string(), |s| s.name(t.lang()).to_string()),
            Kind::Commune => commune(text, t),
            Kind::Minutes => t.render(&Msg::new("export-minutes").arg("minutes", text)),
            Kind::Who => match text.strip_prefix("os:") {
                Some(user) => t.render(&Msg::new("audit-who-system").arg("user", user)),
                None => text.to_string(),
            },
        }
    }
}

/// A commune by its name in the reader's language (Dutch or French), "no fixed address" in
/// words; anything else as it was written.
fn commune(text: &str, t: &I18n) -> String {
    use crate::domain::communes;
    if communes::is_no_fixed_address(text) {
        return t.tr("export-no-fixed-address");
    }
    match communes::find(text) {
        Some(c) if t.lang() == Lang::Nl => c.nl.to_string(),
        Some(c) => c.fr.to_string(),
        None => text.to_string(),
    }
}
