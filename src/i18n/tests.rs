use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// message id (or `id.attr`) → variables it uses.
fn ids_and_variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("Fluent syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                let mut avars = BTreeSet::new();
                pattern_vars(&a.value, &mut avars);
                out.insert(format!("{}.{}", m.id.name, a.id.name), avars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

fn locale_ids(lang: Lang) -> BTreeMap<(String, String), BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, source) in sources(lang) {
        for (id, vars) in ids_and_variables(source) {
            let previous = out.insert((file.to_string(), id.clone()), vars);
            assert!(previous.is_none(), "{lang}/{file}: {id} defined twice");
        }
    }
    out
}

#[test]
fn every_locale_has_every_message_of_english_with_the_same_variables() {
    let reference = locale_ids(Lang::En);
    assert!(!reference.is_empty());
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let have = locale_ids(lang);
        for (key, vars) in &reference {
            match have.get(key) {
                None => problems.push(format!("{lang}/{}: missing {}", key.0, key.1)),
                Some(v) if v != vars => problems.push(format!(
                    "{lang}/{}: {} uses {v:?}, en uses {vars:?}",
                    key.0, key.1
                )),
                Some(_) => {}
            }
        }
        for key in have.keys().filter(|k| !reference.contains_key(*k)) {
            problems.push(format!("{lang}/{}: {} is not in en", key.0, key.1));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_ftl_file_on_disk_is_embedded() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in Lang::ALL {
        let embedded: BTreeSet<&str> = sources(lang).iter().map(|(f, _)| *f).collect();
        for entry in std::fs::read_dir(root.join(lang.code())).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().to_string();
            if name.ends_with(".ftl") {
                assert!(
                    embedded.contains(name.as_str()),
                    "{lang}/{name} is not embedded"
                );
            }
        }
    }
}

#[test]
fn no_message_renders_as_missing_in_any_language() {
    for lang in Lang::ALL {
        let i18n = I18n::new(lang);
        for ((_, id), _) in locale_ids(Lang::En) {
            let text = i18n.tr(&id);
            assert!(
                !text.starts_with(MISSING_MARKER) && !text.starts_with("[?"),
                "{lang}: {id}"
            );
        }
    }
}

fn persons(lang: Lang, n: i64) -> String {
    I18n::new(lang).render(&Msg::new("count-persons").arg("count", n))
}

#[test]
fn arabic_has_six_plural_forms() {
    assert_eq!(persons(Lang::Ar, 0), "لا أحد");
    assert_eq!(persons(Lang::Ar, 1), "شخص واحد");
    assert_eq!(persons(Lang::Ar, 2), "شخصان");
    assert_eq!(persons(Lang::Ar, 3), "3 أشخاص");
    assert_eq!(persons(Lang::Ar, 11), "11 شخصًا");
    assert_eq!(persons(Lang::Ar, 100), "100 شخص");
}

#[test]
fn polish_has_three_plural_forms() {
    assert_eq!(persons(Lang::Pl, 1), "1 osoba");
    assert_eq!(persons(Lang::Pl, 3), "3 osoby");
    assert_eq!(persons(Lang::Pl, 5), "5 osób");
    assert_eq!(persons(Lang::Pl, 22), "22 osoby");
    assert_eq!(persons(Lang::Pl, 25), "25 osób");
}

#[test]
fn other_languages_plural() {
    assert_eq!(persons(Lang::Fr, 1), "1 personne");
    assert_eq!(persons(Lang::Fr, 2), "2 personnes");
    assert_eq!(persons(Lang::Nl, 2), "2 personen");
    assert_eq!(persons(Lang::Ti, 1), "1 ሰብ");
    assert_eq!(persons(Lang::Ti, 4), "4 ሰባት");
}

#[test]
fn a_message_missing_in_a_language_shows_english_with_a_marker() {
    let mut bundle = build_bundle(Lang::En);
    // A French desk whose bundle lacks one id: simulated by asking for an id only English has.
    let fr = I18n {
        lang: Lang::Fr,
        bundle: FluentBundle::new(vec![]),
        fallback: Some(std::mem::replace(&mut bundle, FluentBundle::new(vec![]))),
    };
    assert_eq!(fr.tr("hint-help"), format!("{MISSING_MARKER}Help"));
    assert_eq!(fr.tr("no-such-message"), "[?no-such-message]");
}

#[test]
fn switching_language_changes_the_words() {
    let mut i18n = I18n::new(Lang::Fr);
    assert_eq!(i18n.tr("hint-quit"), "Quitter");
    i18n.set_lang(Lang::Ar);
    assert_eq!(i18n.lang(), Lang::Ar);
    assert_eq!(i18n.tr("hint-quit"), "خروج");
}

#[test]
fn french_and_dutch_letters_have_the_same_messages_and_variables() {
    let fr = ids_and_variables(super::resources::letter(Lang::Fr));
    let nl = ids_and_variables(super::resources::letter(Lang::Nl));
    assert!(fr.len() > 20);
    assert_eq!(fr, nl);
    for lang in [Lang::Fr, Lang::Nl] {
        let t = I18n::letters(lang);
        for id in fr.keys() {
            assert!(t.has(id), "{id} in {lang:?}");
        }
    }
}

#[test]
fn the_date_separator_is_the_one_each_language_shows_dates_with() {
    for lang in Lang::ALL {
        let i18n = I18n::new(lang);
        let s = lang.date_separator();
        let date = Msg::new("date-short")
            .arg("day", "12")
            .arg("month", "05")
            .arg("year", "1987");
        assert_eq!(i18n.render(&date), format!("12{s}05{s}1987"), "{lang:?}");
        let month = Msg::new("date-month-year")
            .arg("month", "05")
            .arg("year", "1987");
        assert_eq!(i18n.render(&month), format!("05{s}1987"), "{lang:?}");
    }
}

/// The select expressions of a pattern, with their selector's variable, nested ones too.
fn selects<'a>(
    p: &'a ast::Pattern<&'a str>,
    out: &mut Vec<(&'a str, &'a [ast::Variant<&'a str>])>,
) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = el
        {
            if let ast::InlineExpression::VariableReference { id } = selector {
                out.push((id.name, variants));
            }
            for v in variants {
                selects(&v.value, out);
            }
        }
    }
}

fn shows_variable(p: &ast::Pattern<&str>, var: &str) -> bool {
    let mut vars = BTreeSet::new();
    pattern_vars(p, &mut vars);
    vars.contains(var)
}

#[test]
fn zero_never_reads_as_one_in_french_and_tigrinya() {
    // Both languages put 0 in the plural category "one": a [one] variant that spells out one
    // ("une personne", "1 kit", "ሓደ ሰብ") needs a [0] variant, or the number itself.
    for lang in [Lang::Fr, Lang::Ti] {
        for (file, source) in sources(lang) {
            let Ok(resource) = fluent_syntax::parser::parse(*source) else {
                panic!("{lang}/{file}: syntax");
            };
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let mut found = Vec::new();
                for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                    selects(p, &mut found);
                }
                for (var, variants) in found {
                    let key = |v: &ast::Variant<&str>| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    let one = variants.iter().find(|v| key(v) == "one");
                    let zero = variants.iter().any(|v| key(v) == "0");
                    if let Some(one) = one {
                        assert!(
                            zero || shows_variable(&one.value, var),
                            "{lang}/{file}: {} says one for 0",
                            m.id.name
                        );
                    }
                }
            }
        }
    }
    let i18n = I18n::new(Lang::Fr);
    let none = i18n.render(
        &Msg::new("outreach-today-row")
            .arg("contacts", 0_i64)
            .arg("new", 0_i64),
    );
    assert!(none.starts_with("0 "), "{none}");
}
