//! A table over the period as a bar chart: one bar per slice, its figure written on it, so it
//! reads without colour; only full and half blocks, which the Linux console's font has.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols;
use ratatui::widgets::{Bar, BarChart, BarGroup};

use crate::desk::widgets::theme::Theme;
use crate::domain::indicators::{Table, Value};
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

/// That column of each slice (the total row left out), as bars.
pub fn render(frame: &mut Frame, area: Rect, t: &Table, i18n: &I18n, theme: &Theme) {
    let slices = &t.rows[..t.rows.len().saturating_sub(1)];
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
    use crate::domain::indicators::{Label, Row};

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
}
