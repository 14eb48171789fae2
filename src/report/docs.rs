//! The definitions of a report as `docs/indicators.md` writes them, embedded in the binary so an
//! export carries the text of the version it was computed with.

static INDICATORS: &str = include_str!("../../docs/indicators.md");

/// A piece of a section: a paragraph, or the cells of one line of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    Row(Vec<String>),
}

/// The title of a report's section (`activity — version 1 (2026-12-01)`), and its text up to the
/// next section.
pub fn section(name: &str, version: u32) -> Option<(&'static str, &'static str)> {
    let start = format!("## {name} — version {version} ");
    let at = INDICATORS.find(&start)?;
    let rest = &INDICATORS[at + 3..];
    let (title, body) = rest.split_once('\n')?;
    let end = body.find("\n## ").map_or(body.len(), |e| e + 1);
    Some((title.trim(), body[..end].trim()))
}

/// Markdown emphasis and code marks left out: a spreadsheet shows them as they are typed.
fn plain(s: &str) -> String {
    s.replace("**", "").replace('`', "").trim().to_string()
}

/// A section as paragraphs (hard-wrapped lines joined) and table lines (cells split, the
/// `|---|` line left out).
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let flush = |para: &mut Vec<&str>, out: &mut Vec<Piece>| {
        if !para.is_empty() {
            out.push(Piece::Text(plain(&para.join(" "))));
            para.clear();
        }
    };
    for line in text.lines().map(str::trim) {
        if let Some(row) = line.strip_prefix('|') {
            flush(&mut para, &mut out);
            let cells: Vec<String> = row.trim_end_matches('|').split('|').map(plain).collect();
            if !cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
            {
                out.push(Piece::Row(cells));
            }
        } else if line.is_empty() {
            flush(&mut para, &mut out);
        } else {
            para.push(line);
        }
    }
    flush(&mut para, &mut out);
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn report_section_is_cut_at_the_next_one() {
        let (title, body) = section("activity", 1).unwrap();
        assert!(title.starts_with("activity — version 1"), "{title}");
        assert!(body.contains("persons-by-period"), "{body}");
        assert!(!body.contains("## "), "{body}");
        assert!(section("activity", 99).is_none());
        let p = pieces(body);
        assert!(matches!(&p[0], Piece::Row(c) if c == &["table", "counts"]));
        assert!(
            p.iter()
                .all(|x| !matches!(x, Piece::Row(c) if c[0].starts_with('-')))
        );
        assert!(
            matches!(p.last(), Some(Piece::Text(t)) if t.starts_with("Queue data") && t.ends_with("read as 0."))
        );
        assert!(p.iter().all(|x| match x {
            Piece::Text(t) => !t.contains("**") && !t.contains('`'),
            Piece::Row(c) => c.iter().all(|t| !t.contains("**") && !t.contains('`')),
        }));
    }

    #[test]
    fn every_report_has_the_definitions_of_its_version() {
        for def in crate::report::REPORTS {
            assert!(section(def.name, def.version).is_some(), "{}", def.name);
        }
        // A new version keeps the old one's text below it and says what it adds.
        let (_, v2) = section("tdi", 2).unwrap();
        let (_, v1) = section("tdi", 1).unwrap();
        for name in [
            "episodes-by-centre-status",
            "injecting-years-by-primary-drug",
            "ost-years-by-ost",
        ] {
            assert!(v2.contains(name) && !v1.contains(name), "{name}");
        }
        assert!(!v2.contains("Not yet in this version"), "{v2}");
        let (_, v3) = section("tdi", 3).unwrap();
        assert!(v3.contains("episodes-by-centre-status-sex") && !v2.contains("centre-status-sex"));
        let (_, t2) = section("treatment", 2).unwrap();
        let (_, t1) = section("treatment", 1).unwrap();
        assert!(t2.contains("retention-by-sex") && !t1.contains("retention-by-sex"));
        assert!(v1.contains("Not yet in this version"), "{v1}");
    }
}
