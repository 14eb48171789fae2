//! A report as a spreadsheet: one sheet per table named by the table's stable name, the
//! heading on top, counts and measures as numbers, hidden cells as the text `< 5` (never a
//! number a formula could add up), the rule under each table; then a sheet with the report's
//! name, version, period, the rule and its definitions from `docs/indicators.md`.

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::Report;
use super::docs::{self, Piece};
use super::out::{self, Cell};
use crate::i18n::{I18n, Msg};

/// Excel's longest sheet name.
const SHEET_NAME_MAX: usize = 31;

/// A sheet name Excel takes: no `[]:*?/\`, no apostrophe at either end, at most 31
/// characters, and none equal (ignoring case) to one already `taken`.
pub fn sheet_name(wanted: &str, taken: &[String]) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    let clean = clean.trim_matches('\'').trim();
    let clean = if clean.is_empty() { "-" } else { clean };
    let is_taken = |n: &str| taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    let mut name = cut(clean, SHEET_NAME_MAX);
    let mut n = 2;
    while is_taken(&name) {
        let suffix = format!("-{n}");
        name = format!(
            "{}{suffix}",
            cut(clean, SHEET_NAME_MAX - suffix.chars().count())
        );
        n += 1;
    }
    name
}

struct Looks {
    bold: Format,
    count: Format,
    measure: Format,
    hidden: Format,
    wrap: Format,
    date: Format,
}

impl Looks {
    fn new() -> Looks {
        Looks {
            bold: Format::new().set_bold(),
            count: Format::new().set_num_format("0"),
            measure: Format::new().set_num_format("0.0"),
            // Text, set where the numbers sit.
            hidden: Format::new().set_align(FormatAlign::Right),
            wrap: Format::new().set_text_wrap(),
            date: Format::new()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
        }
    }
}

fn cell(ws: &mut Worksheet, row: u32, col: u16, c: &Cell, looks: &Looks) -> Result<(), XlsxError> {
    match c {
        Cell::Count(n) => {
            ws.write_number_with_format(row, col, *n as f64, &looks.count)?;
        }
        Cell::Number(x) => {
            ws.write_number_with_format(row, col, *x, &looks.measure)?;
        }
        Cell::Hidden(s) => {
            ws.write_string_with_format(row, col, s.as_str(), &looks.hidden)?;
        }
        Cell::Empty => {}
    }
    Ok(())
}

/// Where a table's header row is on its sheet (heading, title, a blank line, then the header).
pub const HEADER_ROW: u32 = 3;

fn table(
    ws: &mut Worksheet,
    t: &out::Said,
    heading: &str,
    rule: &str,
    looks: &Looks,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, heading, &looks.bold)?;
    ws.write_string(1, 0, t.title.as_str())?;
    for (c, name) in t.columns.iter().enumerate() {
        ws.write_string_with_format(HEADER_ROW, c as u16, name.as_str(), &looks.bold)?;
    }
    let mut row = HEADER_ROW + 1;
    for (label, cells) in &t.rows {
        ws.write_string(row, 0, label.as_str())?;
        for (c, v) in cells.iter().enumerate() {
            cell(ws, row, c as u16 + 1, v, looks)?;
        }
        row += 1;
    }
    ws.write_string(row + 1, 0, rule)?;
    let label_width = t
        .rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(12, 40);
    ws.set_column_width(0, label_width as f64 + 2.0)?;
    for (c, name) in t.columns.iter().enumerate().skip(1) {
        ws.set_column_width(c as u16, name.chars().count().clamp(8, 24) as f64 + 2.0)?;
    }
    ws.set_freeze_panes(HEADER_ROW + 1, 1)?;
    Ok(())
}

fn date(d: chrono::NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    use chrono::Datelike;
    let year = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)
}

fn rule_sheet(
    ws: &mut Worksheet,
    sheets: &[(String, String)],
    report: &Report,
    i18n: &I18n,
    looks: &Looks,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, out::heading(report, i18n), &looks.bold)?;
    let fields: [(&str, String); 4] = [
        ("report-export-report", report.def.name.to_string()),
        ("report-export-title", i18n.tr(report.def.title)),
        ("report-export-version", report.def.version.to_string()),
        ("report-export-rule", out::rule_text(&report.rule, i18n)),
    ];
    let mut row = 2;
    for (id, value) in fields {
        ws.write_string_with_format(row, 0, i18n.tr(id), &looks.bold)?;
        ws.write_string_with_format(row, 1, value, &looks.wrap)?;
        row += 1;
    }
    for (id, day) in [
        ("report-export-from", report.query.from),
        ("report-export-to", report.query.to),
    ] {
        ws.write_string_with_format(row, 0, i18n.tr(id), &looks.bold)?;
        ws.write_datetime_with_format(row, 1, date(day)?, &looks.date)?;
        row += 1;
    }
    // Which sheet holds which table.
    ws.write_string_with_format(row, 0, i18n.tr("report-export-sheets"), &looks.bold)?;
    for (name, title) in sheets {
        ws.write_string(row, 1, name.as_str())?;
        ws.write_string(row, 2, title.as_str())?;
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, i18n.tr("report-export-definitions"), &looks.bold)?;
    let section = docs::section(report.def.name, report.def.version);
    let title = section.map_or_else(
        || format!("{} — version {}", report.def.name, report.def.version),
        |(t, _)| t.to_string(),
    );
    let source = Msg::new("report-export-definitions-source").arg("section", title);
    ws.write_string_with_format(row, 1, i18n.render(&source), &looks.wrap)?;
    row += 2;
    for piece in section
        .map(|(_, body)| docs::pieces(body))
        .unwrap_or_default()
    {
        match piece {
            Piece::Text(t) => {
                ws.write_string_with_format(row, 1, t, &looks.wrap)?;
            }
            Piece::Row(cells) => {
                for (c, text) in cells.into_iter().enumerate() {
                    ws.write_string_with_format(row, c as u16, text, &looks.wrap)?;
                }
            }
        }
        row += 1;
    }
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, 90)?;
    Ok(())
}

/// The report as an XLSX file, in the interface language of `i18n` (right to left in Arabic).
pub fn xlsx(report: &Report, i18n: &I18n) -> Result<Vec<u8>, XlsxError> {
    let looks = Looks::new();
    let heading = out::heading(report, i18n);
    let rule = out::rule_text(&report.rule, i18n);
    let rtl = i18n.lang().is_rtl();
    let mut wb = Workbook::new();
    wb.set_properties(&rust_xlsxwriter::DocProperties::new().set_title(heading.as_str()));
    let mut names: Vec<String> = Vec::new();
    let mut titles = Vec::new();
    for t in out::said(report, i18n) {
        let name = sheet_name(&t.name, &names);
        let ws = wb.add_worksheet();
        ws.set_name(name.as_str())?;
        ws.set_right_to_left(rtl);
        ws.set_paper_size(9); // A4
        table(ws, &t, &heading, &rule, &looks)?;
        titles.push((name.clone(), t.title.clone()));
        names.push(name);
    }
    let name = sheet_name(&i18n.tr("report-export-sheet-rule"), &names);
    let ws = wb.add_worksheet();
    ws.set_name(name.as_str())?;
    ws.set_right_to_left(rtl);
    rule_sheet(ws, &titles, report, i18n, &looks)?;
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::sheet_name;

    #[test]
    fn report_sheet_names_are_short_clean_and_unique() {
        let long = "a-table-name-that-is-much-longer-than-excel-takes";
        let first = sheet_name(long, &[]);
        assert_eq!(first.chars().count(), 31);
        let second = sheet_name(long, std::slice::from_ref(&first));
        assert_eq!(second.chars().count(), 31);
        assert!(second.ends_with("-2"), "{second}");
        assert_ne!(first.to_lowercase(), second.to_lowercase());
        assert_eq!(sheet_name("'why? [a/b]'", &[]), "why- -a-b-");
        assert_eq!(sheet_name("Règle", &["règle".into()]), "Règle-2");
        assert_eq!(sheet_name("", &[]), "-");
    }
}
