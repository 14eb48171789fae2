//! A report said in words: labels and cells in the interface language, hidden cells as `< 5`,
//! the rule applied written with the tables. JSON and CSV here; XLSX and the printed page read
//! the same [`Said`] tables.

use serde_json::{Value as Json, json};

use super::{Report, Rule};
use crate::domain::indicators::{Label, Table, Value};
use crate::i18n::{I18n, Msg};

/// A cell as it leaves the centre.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Count(u64),
    /// A percentage or a measure, rounded to one decimal.
    Number(f64),
    /// Hidden under the threshold (`< 5`).
    Hidden(String),
    Empty,
}

impl Cell {
    /// The cell as files read by programs hold it (CSV, JSON): a decimal point.
    pub fn text(&self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Number(x) => format!("{x:.1}"),
            Cell::Hidden(s) => s.clone(),
            Cell::Empty => String::new(),
        }
    }

    /// The cell as a person reads it, printed or on the terminal: the language's decimal mark.
    pub fn shown(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Cell::Number(x) => lang.decimal(*x),
            other => other.text(),
        }
    }
}

/// A table in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    pub name: String,
    pub title: String,
    /// The heading of the label column, then one per column.
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<Cell>)>,
    pub suppressed: Vec<(usize, usize)>,
}

/// A label in the interface language.
pub fn label(l: &Label, i18n: &I18n) -> String {
    match l {
        Label::Msg(id) => i18n.tr(id),
        Label::Text(t) => t.clone(),
        Label::Band("u") => i18n.tr("report-band-unknown"),
        Label::Band(b) => b.to_string(),
        Label::Sex(s) => i18n.tr(&format!("report-sex-{s}")),
        Label::Pair(a, b) => format!("{} · {}", i18n.tr(a), i18n.tr(b)),
        Label::Total => i18n.tr("report-total"),
    }
}

fn cell(v: Value, hidden: bool, threshold: u64) -> Cell {
    if hidden {
        return Cell::Hidden(format!("< {threshold}"));
    }
    match v {
        Value::Count(n) => Cell::Count(n),
        Value::Share { .. } => v
            .percent()
            .map_or(Cell::Empty, |p| Cell::Number((p * 10.0).round() / 10.0)),
        Value::Measure { value, .. } => {
            value.map_or(Cell::Empty, |x| Cell::Number((x * 10.0).round() / 10.0))
        }
    }
}

fn threshold(rule: &Rule, t: &Table) -> u64 {
    if t.sensitive {
        rule.sensitive
    } else {
        rule.threshold
    }
}

/// Every table of the report in words.
pub fn said(report: &Report, i18n: &I18n) -> Vec<Said> {
    report
        .tables
        .iter()
        .map(|(t, hidden)| {
            let th = threshold(&report.rule, t);
            let mut columns = vec![String::new()];
            columns.extend(t.columns.iter().map(|c| label(c, i18n)));
            Said {
                name: t.name.clone(),
                title: i18n.tr(t.title),
                columns,
                rows: t
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(r, row)| {
                        let cells = row
                            .cells
                            .iter()
                            .enumerate()
                            .map(|(c, v)| cell(*v, hidden.contains(&(r, c)), th))
                            .collect();
                        (label(&row.label, i18n), cells)
                    })
                    .collect(),
                suppressed: hidden.iter().copied().collect(),
            }
        })
        .collect()
}

/// The rule applied, as a sentence printed with the tables.
pub fn rule_text(rule: &Rule, i18n: &I18n) -> String {
    if rule.apply {
        i18n.render(
            &Msg::new("report-rule")
                .arg("below", rule.threshold.saturating_sub(1).to_string())
                .arg("threshold", rule.threshold.to_string())
                .arg("sensitive", rule.sensitive.to_string()),
        )
    } else {
        i18n.tr("report-rule-none")
    }
}

/// The report's title, version and period in one line.
pub fn heading(report: &Report, i18n: &I18n) -> String {
    i18n.render(
        &Msg::new("report-heading")
            .arg("title", i18n.tr(report.def.title))
            .arg("version", report.def.version)
            .arg("from", report.query.from.format("%d/%m/%Y").to_string())
            .arg("to", report.query.to.format("%d/%m/%Y").to_string()),
    )
}

fn json_cell(c: &Cell) -> Json {
    match c {
        Cell::Count(n) => json!(n),
        Cell::Number(x) => json!(x),
        Cell::Hidden(s) => json!(s),
        Cell::Empty => Json::Null,
    }
}

/// `{ "report", "version", "period", "rule", "tables": [ { "name", "title", "columns", "rows",
/// "suppressed" } ] }`; a row is its label then its cells, `suppressed` lists `[row, col]`
/// with `col` counted over the cells (the label is not a column).
pub fn json(report: &Report, i18n: &I18n) -> Json {
    let tables: Vec<Json> = said(report, i18n)
        .iter()
        .map(|t| {
            json!({
                "name": t.name,
                "title": t.title,
                "columns": t.columns[1..],
                "rows": t.rows.iter().map(|(l, cells)| {
                    let mut row = vec![json!(l)];
                    row.extend(cells.iter().map(json_cell));
                    Json::Array(row)
                }).collect::<Vec<_>>(),
                "suppressed": t.suppressed.iter().map(|(r, c)| json!([r, c])).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "report": report.def.name,
        "title": i18n.tr(report.def.title),
        "version": report.def.version,
        "period": {
            "from": report.query.from.to_string(),
            "to": report.query.to.to_string(),
            "by": report.query.by.code(),
        },
        "rule": {
            "applied": report.rule.apply,
            "threshold": report.rule.threshold,
            "sensitive": report.rule.sensitive,
            "text": rule_text(&report.rule, i18n),
        },
        "tables": tables,
    })
}

/// The tables one after the other in one CSV: the heading, each table's title, header and
/// rows, a blank line between, the rule last.
pub fn csv(report: &Report, i18n: &I18n) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    w.write_record([heading(report, i18n)])?;
    for t in said(report, i18n) {
        w.write_record([""])?;
        w.write_record([t.title.as_str(), t.name.as_str()])?;
        w.write_record(&t.columns)?;
        for (l, cells) in &t.rows {
            let mut row = vec![l.clone()];
            row.extend(cells.iter().map(Cell::text));
            w.write_record(&row)?;
        }
    }
    w.write_record([""])?;
    w.write_record([rule_text(&report.rule, i18n)])?;
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
