//! A person's outreach contacts and vaccinations on their page (for roles that see outreach).

use ratatui::text::Line;

use crate::desk::widgets::short_date;
use crate::desk::widgets::theme::Theme;
use crate::i18n::{I18n, Msg};
use crate::store::outreach::{ContactRow, VaccinationRow};

/// What the page lists of the person's outreach.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonOutreach {
    pub contacts: Vec<ContactRow>,
    pub vaccinations: Vec<VaccinationRow>,
}

/// How many of each the page lists.
const SHOWN: usize = 3;

/// The lines of the page: the last contacts (what was done), then the vaccinations; none when
/// the person was never met in the street.
pub fn page_lines(o: &PersonOutreach, i18n: &I18n, theme: &Theme) -> Vec<Line<'static>> {
    // Contacts taken back are not shown: nothing else, no heading.
    let standing = || o.contacts.iter().filter(|c| !c.reversed);
    if standing().next().is_none() && o.vaccinations.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        Line::raw(""),
        Line::styled(i18n.tr("outreach-page-title"), theme.title),
    ];
    for c in standing().take(SHOWN) {
        let mut text = i18n.render(
            &Msg::new("outreach-page-contact")
                .arg("date", short_date(i18n, &c.day))
                .arg("place", c.place.as_str()),
        );
        if let Some(p) = &c.accompanied_to {
            text.push_str(" · ");
            text.push_str(
                &i18n.render(&Msg::new("outreach-next-accompanied").arg("partner", p.as_str())),
            );
        }
        lines.push(Line::raw(format!("  {text}")));
    }
    for v in o.vaccinations.iter().take(SHOWN) {
        lines.push(Line::raw(format!(
            "  {}",
            i18n.render(
                &Msg::new("outreach-page-vaccination")
                    .arg("date", short_date(i18n, &v.given_on))
                    .arg("vaccine", v.vaccine.as_str())
                    .arg("lot", v.lot.as_str())
                    .arg("dose", v.dose_number)
            )
        )));
    }
    lines
}
