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
