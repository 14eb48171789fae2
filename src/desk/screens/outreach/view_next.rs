//! What the next contact holds, and a contact recorded, as one line each.

use ratatui::text::{Line, Span};

use super::OutreachView;
use super::view::{band_text, sex_id};
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};
use crate::store::outreach::ContactRow;

/// An item's name in the desk's language (its code until the counter names it).
pub fn item_name(i18n: &I18n, code: &str) -> String {
    let id = format!("counter-item-{code}");
    if i18n.has(&id) {
        i18n.tr(&id)
    } else {
        code.to_string()
    }
}

fn given_text(i18n: &I18n, given: &[(String, u32)]) -> String {
    given
        .iter()
        .map(|(code, n)| format!("{n} × {}", item_name(i18n, code)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Next contact: new · 3 × syringe …", or that it holds nothing yet.
pub fn next_line(view: &OutreachView, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    let n = &view.next;
    let mut parts: Vec<String> = Vec::new();
    if n.new {
        parts.push(i18n.tr("outreach-next-new"));
    }
    if !n.given.is_empty() {
        parts.push(given_text(i18n, &n.given));
    }
    if let Some((_, partner)) = &n.partner {
        parts.push(
            i18n.render(&Msg::new("outreach-next-accompanied").arg("partner", partner.as_str())),
        );
    }
    if let Some(v) = &n.vaccination {
        parts.push(
            i18n.render(
                &Msg::new("outreach-next-vaccine")
                    .arg("vaccine", v.vaccine.as_str())
                    .arg("lot", v.lot.as_str())
                    .arg("dose", v.dose_number),
            ),
        );
    }
    if n.care.is_some() {
        parts.push(i18n.tr("outreach-next-care"));
    }
    if n.referral.is_some() {
        parts.push(i18n.tr("outreach-next-referral"));
    }
    if n.info {
        parts.push(i18n.tr("outreach-next-info"));
    }
    let label = Span::styled(format!("{} ", i18n.tr("outreach-next-label")), theme.title);
    if parts.is_empty() {
        return vec![Line::from(vec![
            label,
            Span::styled(i18n.tr("outreach-next-nothing"), theme.dim),
        ])];
    }
    vec![Line::from(vec![label, Span::raw(parts.join(" · "))])]
}

/// A contact recorded: time, who (a tally's sex and band, or the person's code), new, what
/// was done; marked when taken back.
pub fn contact_line(c: &ContactRow, picked: bool, i18n: &I18n, theme: &Theme) -> Line<'static> {
    let time = c.at.get(11..16).unwrap_or_default().to_string();
    let who = match &c.person {
        Some(code) => code.clone(),
        None if c.people > 1 => format!(
            "{} × {} {}",
            c.people,
            i18n.tr(sex_id(&c.sex)),
            band_text(i18n, &c.age_band)
        ),
        None => format!(
            "{} {}",
            i18n.tr(sex_id(&c.sex)),
            band_text(i18n, &c.age_band)
        ),
    };
    let mut parts = vec![who];
    if c.new {
        parts.push(i18n.tr("outreach-next-new"));
    }
    if !c.given.is_empty() {
        parts.push(given_text(i18n, &c.given));
    }
    if let Some(p) = &c.accompanied_to {
        parts.push(i18n.render(&Msg::new("outreach-next-accompanied").arg("partner", p.as_str())));
    }
    if let Some(v) = &c.vaccine {
        parts.push(v.clone());
    }
    let style = match (picked, c.reversed) {
        (true, _) => theme.selected,
        (false, true) => theme.dim,
        (false, false) => Default::default(),
    };
    // Right to left, each part is its own run (two spaces part them): a person's code never
    // runs into the count beside it.
    let joint = if i18n.lang().is_rtl() { "  " } else { " · " };
    let mut spans = vec![
        Span::styled(if picked { "› " } else { "  " }, theme.title),
        Span::styled(format!("{time}  "), theme.dim),
        Span::styled(parts.join(joint), style),
    ];
    if c.reversed {
        spans.push(Span::styled(
            format!("  ({})", i18n.tr("outreach-reversed-mark")),
            theme.dim,
        ));
    }
    Line::from(spans)
}
