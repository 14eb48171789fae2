//! A table over the period as a bar chart: one bar per slice, its figure written on it, so it
//! reads without colour; only full and half blocks, which the Linux console's font has.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols;
use ratatui::widgets::{Bar, BarChart, BarGroup};

use crate::desk::widgets::theme::Theme;
use crate::domain::indicators::{Label, Row, Table, Value};
use crate::i18n::I18n;
use crate::report::out;

/// The column a chart shows: a row's total when the table has one (items given at the counter
/// and in the street together), else the first measure (a wait's median), else the first count.
pub fn column(t: &Table) -> usize {
    if t.total_col {
        return t.columns.len().saturating_sub(1);
    }
    t.rows
        .first()
        .and_then(|r| {
            r.cells
                .iter()
                .position(|v| matches!(v, Value::Measure { .. }))
        })
        .unwrap_or(0)
}

/// That column of each slice (the total row left out, when the table has one), as bars.
pub fn render(frame: &mut Frame, area: Rect, t: &Table, i18n: &I18n, theme: &Theme) {
    let slices: Vec<&Row> = t.rows.iter().filter(|r| r.label != Label::Total).collect();
    let col = column(t);
    let value = |v: Option<&Value>| match v {
        Some(Value::Count(n)) => *n,
        Some(Value::Measure { value, .. }) => value.map_or(0, |x| x.round().max(0.0) as u64),
        _ => 0,
    };
    let n = slices.len().max(1) as u16;
    // As wide as the screen allows, with a column between bars.
    let width = (area.width / n).saturating_sub(1).clamp(1, 9);
    let bars: Vec<Bar> = slices
        .iter()
        .map(|r| {
            let v = value(r.cells.get(col));
            let label = out::label(&r.label, i18n);
            // `2026-03` reads as `03` under its bar when bars are narrow.
            let short = if usize::from(width) < label.len() {
                label
                    .rsplit(['-', 'Q'])
                    .next()
                    .unwrap_or(&label)
                    .to_string()
            } else {
                label
            };
            Bar::default()
                .value(v)
                .text_value(v.to_string())
                .label(short)
                .style(theme.title)
                .value_style(theme.selected)
        })
        .collect();
    let chart = BarChart::default()
        .data(BarGroup::default().bars(&bars))
        .bar_width(width)
        .bar_gap(1)
        .bar_set(symbols::bar::THREE_LEVELS)
        .label_style(Style::default());
    frame.render_widget(chart, area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::BorderStyle;

    #[test]
    fn a_chart_shows_the_total_then_a_median_then_the_first_count() {
        let mut t = Table::new("t", "report-total", vec![Label::Total; 3]);
        t.rows.push(Row {
            label: Label::Text("2026-01".into()),
            cells: vec![
                Value::Count(2),
                Value::Measure {
                    value: Some(1.0),
                    n: 2,
                },
                Value::Count(2),
            ],
        });
        assert_eq!(column(&t), 1, "the median");
        t.total_col = true;
        assert_eq!(column(&t), 2, "the total");
        t.total_col = false;
        t.rows[0].cells[1] = Value::Count(0);
        assert_eq!(column(&t), 0);
    }

    #[test]
    fn every_slice_has_its_bar_whether_or_not_the_table_ends_on_a_total() {
        let month = |m: u32, n: u64| Row {
            label: Label::Text(format!("2026-{m:02}")),
            cells: vec![Value::Count(n)],
        };
        let mut t = Table::new("t", "report-total", vec![Label::Total]);
        t.rows = (1..=12).map(|m| month(m, u64::from(m) * 10)).collect();
        let drawn = |t: &Table| {
            let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(78, 12))
                .unwrap_or_else(|e| unreachable!("{e}"));
            let i18n = I18n::new(crate::i18n::Lang::En);
            term.draw(|f| render(f, f.area(), t, &i18n, &Theme::new(BorderStyle::Unicode)))
                .unwrap_or_else(|e| unreachable!("{e}"));
            let b = term.backend().buffer().clone();
            (0..b.area.height)
                .map(|y| {
                    (0..b.area.width)
                        .map(|x| b[(x, y)].symbol())
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let screen = drawn(&t);
        assert!(screen.contains("120") && screen.contains("12"), "{screen}");
        t.rows.push(Row {
            label: Label::Total,
            cells: vec![Value::Count(780)],
        });
        assert!(!drawn(&t).contains("780"), "the total is no slice");
    }
}
