//! A line of the audit trail in words: who, when, and what they did, in the reader's
//! language. The database keeps the codes (`update staff`, `os:awa`); these are what a person
//! reads, on the desk's Admin screen and from `seuil audit list`.

use crate::i18n::{I18n, Msg, dates};

use super::AuditEntry;

/// The message of each action on each subject the trail records. A pair missing here (a
/// table logged by a newer part of seuil) is shown with its codes rather than not at all.
fn message_id(action: &str, subject: &str) -> Option<&'static str> {
    Some(match (subject, action) {
        ("report", "report-export") => "audit-report-export",
        ("report", "report-unsuppressed") => "audit-report-unsuppressed",
        ("person", "insert") => "audit-person-insert",
        ("person", "update") => "audit-person-update",
        ("person", "delete") => "audit-person-delete",
        ("person", "open") => "audit-person-open",
        ("person", "export") => "audit-person-export",
        ("person", "bulk") => "audit-person-bulk",
        ("visit", "insert") => "audit-visit-insert",
        ("visit", "update") => "audit-visit-update",
        ("visit", "delete") => "audit-visit-delete",
        ("queue_entry", "insert") => "audit-ticket-insert",
        ("queue_entry", "update") => "audit-ticket-update",
        ("queue_entry", "delete") => "audit-ticket-delete",
        ("appointment", "insert") => "audit-appointment-insert",
        ("appointment", "update") => "audit-appointment-update",
        ("appointment", "delete") => "audit-appointment-delete",
        ("coverage", "insert") => "audit-coverage-insert",
        ("coverage", "update") => "audit-coverage-update",
        ("coverage", "delete") => "audit-coverage-delete",
        ("care_access", "insert" | "update") => "audit-free-care-update",
        ("care_access", "delete") => "audit-free-care-delete",
        ("person_merge", "insert") => "audit-merge-insert",
        ("person_merge", "update") => "audit-merge-update",
        ("person_merge", "delete") => "audit-merge-delete",
        ("not_same", "insert" | "update") => "audit-not-same-insert",
        ("not_same", "delete") => "audit-not-same-delete",
        ("service", "insert") => "audit-service-insert",
        ("service", "update") => "audit-service-update",
        ("service", "delete") => "audit-service-delete",
        ("partner", "insert") => "audit-partner-insert",
        ("partner", "update") => "audit-partner-update",
        ("partner", "delete") => "audit-partner-delete",
        ("referral", "insert") => "audit-referral-insert",
        ("referral", "update") => "audit-referral-update",
        ("referral", "delete") => "audit-referral-delete",
        ("print_job", "insert") => "audit-print-insert",
        ("print_job", "update") => "audit-print-update",
        ("print_job", "delete") => "audit-print-delete",
        ("staff", "insert") => "audit-staff-insert",
        ("staff", "update") => "audit-staff-update",
        ("staff", "delete") => "audit-staff-delete",
        ("staff", "login") => "audit-staff-login",
        ("staff", "login-refused") => "audit-staff-login-refused",
        ("mediation_need", "insert" | "update") => "audit-mediation-need-update",
        ("mediation_need", "delete") => "audit-mediation-need-delete",
        ("mediation", "insert" | "update") => "audit-mediation-insert",
        ("mediation", "delete") => "audit-mediation-delete",
        ("prescription", _) => "audit-prescription-insert",
        ("dose_event", _) => "audit-dose-insert",
        ("dose_decision", _) => "audit-decision-insert",
        ("treatment_product", _) => "audit-product-update",
        ("stock_batch" | "stock_move" | "stock_check", _) => "audit-stock-update",
        ("counter_item", _) => "audit-counter-item-update",
        ("counter_exchange", _) => "audit-counter-exchange-insert",
        ("naloxone_batch", _) => "audit-naloxone-batch-insert",
        ("naloxone_kit", _) => "audit-naloxone-kit-insert",
        ("naloxone_reversal", _) => "audit-naloxone-reversal-insert",
        ("place", _) => "audit-place-update",
        ("outreach_session", _) => "audit-outreach-session-update",
        ("outreach_contact", _) => "audit-outreach-contact-insert",
        ("vaccination", _) => "audit-vaccination-insert",
        ("tdi_episode", "insert") => "audit-tdi-insert",
        ("tdi_episode", _) => "audit-tdi-update",
        ("setting", "insert" | "update") => "audit-setting-update",
        ("setting", "delete") => "audit-setting-delete",
        ("desk", "lock") => "audit-desk-lock",
        ("queue", "purge") => "audit-queue-purge",
        ("audit", "export") => "audit-audit-export",
        ("database", "encrypt") => "audit-database-encrypt",
        _ => return None,
    })
}

/// The words of a setting's key (the setting line's detail).
fn setting_id(key: &str) -> Option<&'static str> {
    Some(match key {
        "site_name" => "audit-setting-site-name",
        "site_address" => "audit-setting-site-address",
        "site_phone" => "audit-setting-site-phone",
        "retention_days" => "audit-setting-retention",
        "search_keys_version" => "audit-setting-search-keys",
        _ => return None,
    })
}

/// The numbers in a detail, in order (`before 2026-01-01: 3 tickets, …`, `12 lines to …`).
fn numbers(text: &str) -> Vec<i64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect()
}

impl AuditEntry {
    /// What happened, in the reader's language: the action on its subject with what the
    /// detail holds (the name at a login, the setting changed, what a purge removed).
    pub fn what(&self, i18n: &I18n) -> String {
        let detail = self.detail.as_deref().unwrap_or("").trim();
        let Some(id) = message_id(&self.action, &self.subject) else {
            let codes = format!("{} {}", self.action, self.subject);
            return i18n.render(
                &Msg::new("audit-unknown")
                    .arg("codes", codes)
                    .arg("detail", detail),
            );
        };
        let msg = Msg::new(id);
        let msg = match id {
            "audit-staff-login" | "audit-staff-login-refused" => msg.arg("name", detail),
            "audit-setting-update" | "audit-setting-delete" => msg.arg(
                "setting",
                setting_id(detail).map_or_else(|| detail.to_string(), |s| i18n.tr(s)),
            ),
            "audit-queue-purge" => {
                // "before YYYY-MM-DD: N tickets, N ticket events, N appointments, N printouts"
                let day = detail
                    .strip_prefix("before ")
                    .and_then(|rest| rest.get(..10))
                    .map(|d| dates::stored(i18n, d))
                    .unwrap_or_default();
                let n = numbers(detail.get(17..).unwrap_or(""));
                let at = |i: usize| n.get(i).copied().unwrap_or(0);
                msg.arg("day", day)
                    .arg("tickets", at(0))
                    .arg("appointments", at(2))
                    .arg("printouts", at(3))
            }
            "audit-report-export" | "audit-report-unsuppressed" => msg.arg("detail", detail),
            "audit-person-bulk" | "audit-audit-export" => {
                let count = numbers(detail).first().copied().unwrap_or(0);
                let path = detail.split_once(" to ").map_or("", |(_, p)| p);
                msg.arg("count", count).arg("path", path)
            }
            "audit-database-encrypt" => {
                msg.arg("rekey", if detail.is_empty() { "no" } else { "yes" })
            }
            _ => msg,
        };
        i18n.render(&msg)
    }

    /// Who did it: a member of staff by their name, the command line or a desk before anyone
    /// logged in by the system account it runs under.
    pub fn who(&self, i18n: &I18n) -> String {
        match self.staff.strip_prefix("os:") {
            Some(user) => i18n.render(&Msg::new("audit-who-system").arg("user", user)),
            None => self.staff.clone(),
        }
    }

    /// When, as the reader's language writes a date and a time.
    pub fn when(&self, i18n: &I18n) -> String {
        dates::stored(i18n, &self.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn line(action: &str, subject: &str, detail: Option<&str>) -> AuditEntry {
        AuditEntry {
            id: 1,
            at: "2026-12-01 14:33:32".into(),
            staff: "os:awa".into(),
            desk: None,
            action: action.into(),
            subject: subject.into(),
            row_id: None,
            person: None,
            detail: detail.map(str::to_string),
        }
    }

    #[test]
    fn every_logged_table_has_words_for_every_write() {
        for (table, _, _) in super::super::LOGGED {
            for op in ["insert", "update", "delete"] {
                assert!(message_id(op, table).is_some(), "{op} {table}");
            }
        }
    }

    #[test]
    fn lines_read_as_words_without_codes() {
        let fr = I18n::new(Lang::Fr);
        let l = line("update", "staff", None);
        assert_eq!(l.what(&fr), "a modifié un compte du personnel");
        assert_eq!(l.who(&fr), "awa (système)");
        assert_eq!(l.when(&fr), "01/12/2026 14:33");
        let purge = line(
            "purge",
            "queue",
            Some("before 2026-01-01: 3 tickets, 5 ticket events, 1 appointments, 0 printouts"),
        );
        let text = purge.what(&fr);
        assert!(text.contains("01/01/2026") && text.contains('3'), "{text}");
        let setting = line("update", "setting", Some("site_phone"));
        assert!(setting.what(&fr).contains("téléphone du centre"));
        for lang in Lang::ALL {
            let i18n = I18n::new(lang);
            for (action, subject) in [("login", "staff"), ("update", "staff"), ("open", "person")] {
                let text = line(action, subject, Some("Awa")).what(&i18n);
                let codes = format!("{action} {subject}");
                assert!(
                    !text.contains(&codes) && !text.contains("[?"),
                    "{lang}: {text}"
                );
            }
        }
    }
}
