use super::fonts::{Face, Fonts, font_runs};
use super::layout::{Setting, paragraph};

fn glyphs(face: Face, text: &str, rtl: bool) -> Vec<u32> {
    let fonts = Fonts::get().unwrap();
    fonts.glyph_ids(face, text, rtl)
}

#[test]
fn brackets_are_mirrored_in_right_to_left_runs() {
    assert_eq!(
        glyphs(Face::Latin, "(", true),
        glyphs(Face::Latin, ")", false)
    );
    assert_ne!(
        glyphs(Face::Latin, "(", true),
        glyphs(Face::Latin, "(", false)
    );
}

#[test]
fn arabic_letters_join() {
    // "بطاقة" shaped as a word uses other glyphs than its letters one by one (initial, medial
    // and final forms instead of isolated ones).
    let word = glyphs(Face::Arabic, "بطاقة", true);
    let alone: Vec<u32> = "بطاقة"
        .chars()
        .rev()
        .flat_map(|c| glyphs(Face::Arabic, &c.to_string(), true))
        .collect();
    assert_eq!(word.len(), alone.len());
    assert_ne!(word, alone);
    assert!(!word.contains(&0), "no missing glyph");
}

#[test]
fn every_script_has_its_glyphs() {
    for (face, text) in [
        (Face::Latin, "Łódź, Ñ, é, 02 555 01 23"),
        (Face::Arabic, "إلى أين تذهب"),
        (Face::Ethiopic, "ናበይ ትኸዱ።"),
    ] {
        let ids = glyphs(face, text, face == Face::Arabic);
        assert!(!ids.contains(&0), "{text}: missing glyph");
    }
}

#[test]
fn runs_follow_scripts_and_skip_bidi_controls() {
    let runs = font_runs("ሰላም CPAS \u{2068}02\u{2069} مرحبا", false);
    let faces: Vec<Face> = runs.iter().map(|r| r.0).collect();
    assert_eq!(
        faces,
        [
            Face::Ethiopic,
            Face::Latin,
            Face::Latin,
            Face::Latin,
            Face::Arabic
        ]
    );
    assert!(runs.iter().all(|(_, t)| !t.contains('\u{2068}')));
}

#[test]
fn lines_stay_within_the_box_and_keep_every_word() {
    let fonts = Fonts::get().unwrap();
    let text = "Douleurs thoraciques depuis trois jours, pas de médecin traitant. ".repeat(30)
        + "Anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement";
    let set = Setting {
        size: 10.5,
        bold: false,
        rtl: false,
        width: 200.0,
    };
    let lines = paragraph(fonts, &text, set);
    assert!(lines.len() > 30);
    for line in &lines {
        assert!(line.width <= 200.5, "{}", line.width);
    }
    let joined: String = lines
        .iter()
        .flat_map(|l| l.pieces.iter().map(|p| p.text.as_str()))
        .collect::<Vec<_>>()
        .join("");
    assert_eq!(
        joined.replace(' ', ""),
        text.replace(' ', ""),
        "nothing lost or doubled"
    );
}

#[test]
fn an_arabic_line_reads_right_to_left_with_latin_kept_in_order() {
    let fonts = Fonts::get().unwrap();
    let set = Setting {
        size: 12.0,
        bold: false,
        rtl: true,
        width: 400.0,
    };
    let lines = paragraph(fonts, "العنوان: \u{2068}Rue Haute 322\u{2069} الهاتف", set);
    assert_eq!(lines.len(), 1);
    let pieces = &lines[0].pieces;
    let text_at = |s: &str| pieces.iter().find(|p| p.text.contains(s)).unwrap().x;
    // The first Arabic word is rightmost, the last leftmost; the Latin address in between,
    // itself left to right.
    assert!(text_at("العنوان") > text_at("Rue"));
    assert!(text_at("Rue") > text_at("الهاتف"));
    assert!(pieces.iter().any(|p| p.text == "Rue Haute 322" && !p.rtl));
}

#[test]
fn a_ticket_is_80_mm_wide_and_as_long_as_its_text() {
    use super::compose::{TicketInput, ticket};
    use crate::domain::site::Site;
    let site = Site {
        name: "Gare du Midi".into(),
        ..Site::default()
    };
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(9, 5, 0)
        .unwrap();
    let doc = ticket(&TicketInput {
        site: &site,
        ticket: "M-014",
        service: "استشارة طبية",
        arrived: at,
        lang: crate::i18n::Lang::Ar,
    });
    assert!(doc.sheets[0].rtl);
    let pdf = super::render(&doc).unwrap();
    let mm: f32 = pdf
        .media
        .strip_prefix("Custom.80x")
        .and_then(|m| m.strip_suffix("mm"))
        .unwrap()
        .parse()
        .unwrap();
    assert!((40.0..80.0).contains(&mm), "{}", pdf.media);
}

#[test]
fn a_ticket_is_one_page() {
    use super::compose::{TicketInput, ticket};
    use crate::domain::site::Site;
    let site = Site::default();
    let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap();
    for lang in crate::i18n::Lang::ALL {
        let doc = ticket(&TicketInput {
            site: &site,
            ticket: "W-100",
            service: "Douche et lessive",
            arrived: at,
            lang,
        });
        let pdf = super::render(&doc).unwrap();
        let text = String::from_utf8_lossy(&pdf.bytes);
        assert!(text.contains("/Count 1"), "{lang:?}: one page");
    }
}

mod report {
    use chrono::NaiveDate;

    use super::super::pen::Mark;
    use super::super::report::pages;
    use crate::domain::indicators::{By, Hidden, Label, Row, Table, Value};
    use crate::domain::site::Site;
    use crate::i18n::Lang;
    use crate::print::fonts::Fonts;
    use crate::report::{Query, REPORTS, Report, Rule};

    fn table(name: &str, rows: u64) -> Table {
        let mut t = Table::new(
            name,
            "report-persons-seen",
            vec![Label::Msg("report-col-seen")],
        );
        t.rows = (0..rows)
            .map(|i| Row {
                label: Label::Text(format!("{name} {i}")),
                cells: vec![Value::Count(i + 10)],
            })
            .collect();
        t
    }

    fn laid_out(lang: Lang, tables: Vec<Table>) -> Vec<Vec<Mark>> {
        let day = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
        let report = Report {
            def: &REPORTS[0],
            query: Query {
                from: day(1),
                to: day(3),
                by: By::Month,
                lang,
            },
            rule: Rule::DEFAULT,
            tables: tables.into_iter().map(|t| (t, Hidden::new())).collect(),
        };
        let site = Site {
            name: "Centre Seuil".into(),
            address: None,
            phone: Some("02 555 01 23".into()),
        };
        pages(&report, &site, lang, Fonts::get().unwrap())
    }

    /// Each line of a page as its text, with where it starts from the left.
    fn lines(page: &[Mark]) -> Vec<(f32, String)> {
        page.iter()
            .filter_map(|m| match m {
                Mark::Text { x, line, .. } => {
                    Some((*x, line.pieces.iter().map(|p| p.text.as_str()).collect()))
                }
                Mark::Bar { .. } => None,
            })
            .collect()
    }

    #[test]
    fn report_table_longer_than_a_page_goes_on_with_its_header_and_a_short_one_is_not_cut() {
        let pages = laid_out(Lang::En, vec![table("long", 120), table("short", 30)]);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let texts: Vec<Vec<(f32, String)>> = pages.iter().map(|p| lines(p)).collect();
        // The long table starts on the first page, under the heading.
        assert!(texts[0].iter().any(|(_, l)| l == "long 0"));
        assert!(
            texts[1]
                .iter()
                .any(|(_, l)| l.contains("(long), continued"))
        );
        assert!(texts[1].iter().any(|(_, l)| l == "seen"), "header repeated");
        // The short one whole on one page.
        let with_short: Vec<usize> = texts
            .iter()
            .enumerate()
            .filter(|(_, t)| t.iter().any(|(_, l)| l.starts_with("short ")))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(with_short.len(), 1, "{with_short:?}");
        let n = pages.len();
        for (i, t) in texts.iter().enumerate() {
            assert!(
                t.iter().any(|(_, l)| l.starts_with("Small counts:")),
                "rule on page {i}"
            );
            let number = format!("Page {} of {n}", i + 1);
            assert!(t.iter().any(|(_, l)| l.contains(&number)), "{number}");
        }
    }

    #[test]
    fn report_columns_read_from_the_right_in_arabic() {
        for (lang, label_right_of_figure) in [(Lang::Fr, false), (Lang::Ar, true)] {
            let pages = laid_out(lang, vec![table("t", 3)]);
            let page = lines(&pages[0]);
            let at = |text: &str| page.iter().find(|(_, l)| l == text).unwrap().0;
            assert_eq!(at("t 0") > at("10"), label_right_of_figure, "{lang:?}");
        }
    }
}
