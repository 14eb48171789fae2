//! Localisation: Fluent bundles embedded in the binary, one folder per language.
//!
//! Every sentence a person reads comes from here. A message missing in the chosen language shows
//! the English text behind a visible marker, never a blank.

pub mod dates;
mod lang;
mod resources;
pub mod words;

pub use lang::{Lang, LangSource, UnknownLang, choose};

use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Str(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Str(v)
    }
}
impl From<&std::path::Path> for Arg {
    fn from(v: &std::path::Path) -> Self {
        Arg::Str(v.display().to_string())
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Num(v)
    }
}
impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg::Num(i64::from(v))
    }
}
impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Num(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

/// A message id with its arguments, not yet put into words: kept in state so that a language
/// switch re-renders it in the new language.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds one argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// Anything that can explain itself to a person in their language (errors, notices).
pub trait Localised {
    fn msg(&self) -> Msg;
}

/// The text of a message in `lang`, from messages loaded once per language on this thread: for
/// the desk's state, which knows the worker's language but holds no messages (a choice found
/// by its name as the worker reads it).
pub fn tr_in(lang: Lang, id: &str) -> String {
    thread_local! {
        static LOADED: std::cell::RefCell<Vec<I18n>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        if let Some(i18n) = loaded.iter().find(|i| i.lang == lang) {
            return i18n.tr(id);
        }
        let i18n = I18n::new(lang);
        let text = i18n.tr(id);
        loaded.push(i18n);
        text
    })
}

/// Marker put before a message shown in English because the chosen language lacks it.
pub const MISSING_MARKER: &str = "[en] ";

/// The loaded bundle of the current language, plus English as the fallback.
pub struct I18n {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl I18n {
    /// Loads the embedded messages of one language.
    pub fn new(lang: Lang) -> Self {
        let fallback = (lang != Lang::En).then(|| build_bundle(Lang::En));
        I18n {
            lang,
            bundle: build_bundle(lang),
            fallback,
        }
    }

    /// The words of referral letters, which go in French or Dutch only (`letters/`); any other
    /// language gets the French letter.
    pub fn letters(lang: Lang) -> Self {
        let lang = if lang == Lang::Nl { Lang::Nl } else { Lang::Fr };
        let mut bundle = build_bundle_from(lang, &[("letter.ftl", resources::letter(lang))]);
        bundle.set_use_isolating(true);
        for (_, source) in resources::files(lang) {
            add_source(&mut bundle, source);
        }
        I18n {
            lang,
            bundle,
            fallback: None,
        }
    }

    /// The messages of a language for printouts: arguments (addresses, phone numbers, dates,
    /// names) are isolated with FSI…PDI so a phone number in an Arabic sentence keeps its order;
    /// the print layout reads the isolates and does not draw them.
    pub fn for_print(lang: Lang) -> Self {
        let mut i18n = I18n::new(lang);
        i18n.bundle.set_use_isolating(true);
        i18n
    }

    /// The current language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Switches to another language (cheap: a few small files to parse).
    pub fn set_lang(&mut self, lang: Lang) {
        if lang != self.lang {
            *self = I18n::new(lang);
        }
    }

    /// The text of a message without arguments (`id` or `id.attribute`).
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of a message with its arguments.
    pub fn render(&self, msg: &Msg) -> String {
        if msg.args.is_empty() {
            return self.format(msg.id, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Str(s) => args.set(*name, FluentValue::from(s.clone())),
                Arg::Num(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(msg.id, Some(&args))
    }

    /// Whether the current language has this message itself (not through the fallback).
    pub fn has(&self, id: &str) -> bool {
        lookup(&self.bundle, id, None).is_some()
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        if let Some(text) = lookup(&self.bundle, id, args) {
            return text;
        }
        if let Some(text) = self.fallback.as_ref().and_then(|b| lookup(b, id, args)) {
            return format!("{MISSING_MARKER}{text}");
        }
        format!("[?{id}]")
    }
}

fn lookup(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(msg_id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn build_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    build_bundle_from(lang, resources::files(lang))
}

fn build_bundle_from(lang: Lang, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let langid: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // The terminal and print layers do their own bidi handling; isolation marks would print as
    // stray characters.
    bundle.set_use_isolating(false);
    for (_, source) in files {
        add_source(&mut bundle, source);
    }
    bundle
}

fn add_source(bundle: &mut FluentBundle<FluentResource>, source: &str) {
    // Parse errors are caught by the locale tests; whatever parsed is still used.
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    // Duplicate ids are a test failure too; keep the first definition.
    let _ = bundle.add_resource(resource);
}

/// Embedded Fluent sources of a language: `(file name, text)`, for the locale tests.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    resources::files(lang)
}

#[cfg(test)]
mod tests;
