use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn parts(text: &str) -> Result<Parts, DateError> {
    read_parts(text, today(), Century::Past)
}

fn full(year: i32, month: u32, day: u32) -> Parts {
    Parts {
        year,
        month: Some(month),
        day: Some(day),
    }
}

#[test]
fn day_first_with_every_separator_and_year_first() {
    for typed in [
        "12/05/1987",
        "12.05.1987",
        "12-05-1987",
        "1987-05-12",
        "1987/05/12",
        "  12/05/1987 ",
        "12 / 05 / 1987",
        "12/5/1987",
        "1987-5-12",
    ] {
        assert_eq!(read_date(typed, today()), Ok(d(1987, 5, 12)), "{typed:?}");
    }
    assert_eq!(read_date("1/5/1987", today()), Ok(d(1987, 5, 1)));
    assert_eq!(read_date("29.2.2024", today()), Ok(d(2024, 2, 29)));
}

#[test]
fn arabic_indic_digits_read_as_digits() {
    assert_eq!(read_date("١٢/٠٥/١٩٨٧", today()), Ok(d(1987, 5, 12)));
    assert_eq!(read_date("۱۲/۰۵/۱۹۸۷", today()), Ok(d(1987, 5, 12)));
}

#[test]
fn partial_dates_where_they_are_allowed() {
    let year = Parts {
        year: 1987,
        month: None,
        day: None,
    };
    let month = Parts {
        month: Some(5),
        ..year
    };
    assert_eq!(parts("1987"), Ok(year));
    for typed in ["05/1987", "5.1987", "1987-05", "5-1987", " 05 / 1987 "] {
        assert_eq!(parts(typed), Ok(month), "{typed:?}");
    }
    assert_eq!(parts("12/05/1987"), Ok(full(1987, 5, 12)));
    // A full date is wanted elsewhere.
    assert_eq!(read_date("05/1987", today()), Err(DateError::Shape));
    assert_eq!(read_date("1987", today()), Err(DateError::Shape));
}

#[test]
fn dates_that_do_not_exist_say_what_was_read() {
    let no_such = |year, month, day| DateError::NoSuch(NoSuchDate { year, month, day });
    assert_eq!(
        read_date("30/02/1987", today()),
        Err(no_such(1987, 2, Some(30)))
    );
    assert_eq!(
        read_date("1987-02-30", today()),
        Err(no_such(1987, 2, Some(30)))
    );
    assert_eq!(
        read_date("29/02/2023", today()),
        Err(no_such(2023, 2, Some(29)))
    );
    assert_eq!(
        read_date("31/04/1990", today()),
        Err(no_such(1990, 4, Some(31)))
    );
    assert_eq!(
        read_date("12/13/1990", today()),
        Err(no_such(1990, 13, Some(12)))
    );
    assert_eq!(
        read_date("0/5/1990", today()),
        Err(no_such(1990, 5, Some(0)))
    );
    assert_eq!(
        read_date("30/02/87", today()),
        Err(no_such(1987, 2, Some(30)))
    );
    assert_eq!(parts("13/1987"), Err(no_such(1987, 13, None)));
    assert_eq!(parts("1990-13"), Err(no_such(1990, 13, None)));
    assert_eq!(parts("00/1990"), Err(no_such(1990, 0, None)));
}

#[test]
fn unreadable_dates_are_refused_as_such() {
    for typed in [
        "",
        " ",
        "soon",
        "87",
        "5",
        "05/87",
        "12/05",
        "12//1987",
        "12/05/1987/1",
        "123/05/1987",
        "12/05/198",
        "12/05/19870",
        "1987-05-12x",
        "12 05 1987",
        "19870512",
        "/05/1987",
        "12/05/1987.",
    ] {
        assert_eq!(parts(typed), Err(DateError::Shape), "{typed:?}");
    }
}

#[test]
fn two_digit_years_of_a_birth_are_never_ahead() {
    assert_eq!(parts("12/05/87"), Ok(full(1987, 5, 12)));
    assert_eq!(parts("12/05/05"), Ok(full(2005, 5, 12)));
    assert_eq!(parts("12/05/26"), Ok(full(2026, 5, 12)));
    assert_eq!(parts("12/05/27"), Ok(full(1927, 5, 12)));
    // Year first, two digits are not a year.
    assert_eq!(
        parts("87-05-12"),
        Err(DateError::NoSuch(NoSuchDate {
            year: 2012,
            month: 5,
            day: Some(87),
        }))
    );
}

#[test]
fn two_digit_years_of_other_dates_are_the_nearest() {
    assert_eq!(read_date("1/12/26", today()), Ok(d(2026, 12, 1)));
    assert_eq!(read_date("1/12/27", today()), Ok(d(2027, 12, 1)));
    assert_eq!(read_date("1/12/76", today()), Ok(d(2076, 12, 1)));
    assert_eq!(read_date("1/12/77", today()), Ok(d(1977, 12, 1)));
    assert_eq!(read_date("1/12/00", today()), Ok(d(2000, 12, 1)));
}

#[test]
fn times_and_dates_with_times() {
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert_eq!(read_time("10:30"), Some(t(10, 30)));
    assert_eq!(read_time(" 9:05 "), Some(t(9, 5)));
    assert_eq!(read_time("10h30"), Some(t(10, 30)));
    assert_eq!(read_time("10h"), Some(t(10, 0)));
    assert_eq!(read_time("10H15"), Some(t(10, 15)));
    for typed in ["25:00", "10:60", "10:5", "25h", "1030", "", "noon"] {
        assert_eq!(read_time(typed), None, "{typed:?}");
    }
    let at = d(2026, 11, 25).and_time(t(10, 0));
    assert_eq!(read_date_time("25/11/2026 10:00", today()), Ok(at));
    assert_eq!(read_date_time(" 2026-11-25  10h ", today()), Ok(at));
    assert_eq!(read_date_time("25/11/2026", today()), Err(DateError::Shape));
    assert_eq!(
        read_date_time("25/11/2026 25:00", today()),
        Err(DateError::Shape)
    );
    assert_eq!(
        read_date_time("31/11/2026 10:00", today()),
        Err(DateError::NoSuch(NoSuchDate {
            year: 2026,
            month: 11,
            day: Some(31)
        }))
    );
}
