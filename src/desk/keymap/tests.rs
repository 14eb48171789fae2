//! The keymap's own rules: a key means one thing in a scope, labels read well.

use super::*;
use crate::desk::screens::tab::Tab;
use Scope::Global;

#[test]
fn every_action_of_a_scope_has_distinct_keys() {
    use Scope::*;
    #[rustfmt::skip]
    let scopes = [
        Global,
        Locked,
        Notice,
        Results,
        Undo,
        Entries,
        Waiting,
        Transfer,
        AppointmentList,
        Booked,
        DueList,
        Routes,
        PartnerList,
        PrintJobs,
        StaffList,
        RouteNote,
        RouteToday,
        RouteQuick,
        Help,
        Language,
        Intake,
        Form,
        Merge,
        Queue,
        Route,
        Admin,
        AdminStaff,
        AdminAudit,
        AdminRetention,
        Appointments,
        Coverage,
        PersonCoverage,
        Draft,
        Partners,
        Composer,
        Preview,
        PrintQueue,
        AdminCentre,
        Dispensary,
        DispensaryRows,
        DoseChart,
        TakeHomeDays,
        WithholdReason,
        ReverseConfirm,
        DispensaryTicket,
        PageTreatment,
        PersonTdi,
        TdiForm,
        Counter,
        CounterDraft,
        CounterAsk,
        CounterPerson,
        CounterReversal,
        OutreachToday,
        OutreachTodayRows,
        OutreachStart,
        OutreachSession,
        OutreachBand,
        OutreachMaterial,
        OutreachPerson,
        OutreachPartner,
        Reports,
        ReportsChart,
        ReportsSave,
        CounterManage,
        CounterList,
        CounterListForm,
    ];
    for scope in scopes {
        let keys: Vec<&Key> = bindings(scope).flat_map(|b| b.keys.iter()).collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{scope:?}: {k:?} bound twice");
        }
    }
}

#[test]
fn function_keys_and_alternatives_find_their_action() {
    let f2 = KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE);
    assert_eq!(action_for(Global, &f2), Some(Action::Language));
    let alt_l = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::ALT | KeyModifiers::SHIFT);
    assert_eq!(action_for(Global, &alt_l), Some(Action::Language));
    let alt4 = KeyEvent::new(KeyCode::Char('4'), KeyModifiers::ALT);
    assert_eq!(action_for(Global, &alt4), Some(Action::GoTo(Tab::Coverage)));
    let letter = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(
        action_for(Global, &letter),
        None,
        "plain letters are for typing"
    );
}

#[test]
fn labels_read_well() {
    assert_eq!(label(&ctrl('q')), "Ctrl+Q");
    assert_eq!(label(&alt('1')), "Alt+1");
    assert_eq!(label(&plain(KeyCode::F(10))), "F10");
}
