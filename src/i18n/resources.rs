//! The `.ftl` files, embedded at build time so the binary needs nothing beside it.

use super::Lang;

macro_rules! locale {
    ($lang:literal) => {
        &[
            (
                "common.ftl",
                include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            ),
            (
                "shell.ftl",
                include_str!(concat!("../../locales/", $lang, "/shell.ftl")),
            ),
            (
                "cli.ftl",
                include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            ),
            (
                "errors.ftl",
                include_str!(concat!("../../locales/", $lang, "/errors.ftl")),
            ),
            (
                "intake.ftl",
                include_str!(concat!("../../locales/", $lang, "/intake.ftl")),
            ),
            (
                "queue.ftl",
                include_str!(concat!("../../locales/", $lang, "/queue.ftl")),
            ),
            (
                "coverage.ftl",
                include_str!(concat!("../../locales/", $lang, "/coverage.ftl")),
            ),
            (
                "staff.ftl",
                include_str!(concat!("../../locales/", $lang, "/staff.ftl")),
            ),
            (
                "partners.ftl",
                include_str!(concat!("../../locales/", $lang, "/partners.ftl")),
            ),
            (
                "print.ftl",
                include_str!(concat!("../../locales/", $lang, "/print.ftl")),
            ),
            (
                "treatment.ftl",
                include_str!(concat!("../../locales/", $lang, "/treatment.ftl")),
            ),
            (
                "dispensary.ftl",
                include_str!(concat!("../../locales/", $lang, "/dispensary.ftl")),
            ),
            (
                "tdi.ftl",
                include_str!(concat!("../../locales/", $lang, "/tdi.ftl")),
            ),
            (
                "stock.ftl",
                include_str!(concat!("../../locales/", $lang, "/stock.ftl")),
            ),
            (
                "counter.ftl",
                include_str!(concat!("../../locales/", $lang, "/counter.ftl")),
            ),
            (
                "outreach.ftl",
                include_str!(concat!("../../locales/", $lang, "/outreach.ftl")),
            ),
            (
                "counter_list.ftl",
                include_str!(concat!("../../locales/", $lang, "/counter_list.ftl")),
            ),
            (
                "report.ftl",
                include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            ),
            (
                "report_services.ftl",
                include_str!(concat!("../../locales/", $lang, "/report_services.ftl")),
            ),
            (
                "report_treatment.ftl",
                include_str!(concat!("../../locales/", $lang, "/report_treatment.ftl")),
            ),
            (
                "report_export.ftl",
                include_str!(concat!("../../locales/", $lang, "/report_export.ftl")),
            ),
            (
                "report_screen.ftl",
                include_str!(concat!("../../locales/", $lang, "/report_screen.ftl")),
            ),
            (
                "sync.ftl",
                include_str!(concat!("../../locales/", $lang, "/sync.ftl")),
            ),
        ]
    };
}

const FR: &[(&str, &str)] = locale!("fr");
const NL: &[(&str, &str)] = locale!("nl");
const EN: &[(&str, &str)] = locale!("en");
const AR: &[(&str, &str)] = locale!("ar");
const TI: &[(&str, &str)] = locale!("ti");
const PL: &[(&str, &str)] = locale!("pl");

/// The files of one language.
pub fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Fr => FR,
        Lang::Nl => NL,
        Lang::En => EN,
        Lang::Ar => AR,
        Lang::Ti => TI,
        Lang::Pl => PL,
    }
}

/// The words of referral letters (French or Dutch).
pub fn letter(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("../../letters/nl.ftl"),
        _ => include_str!("../../letters/fr.ftl"),
    }
}
