//! Publication dates: the calendar day of the date strings inputs give, for ordering and windows.

/// English weekday names, lower-case.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// English month names, lower-case.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Abbreviated month names, lower-case, without the period.
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether a lower-case word names a weekday or a month (in full or abbreviated).
pub fn is_calendar_word(lower: &str) -> bool {
    WEEKDAYS.contains(&lower) || MONTHS.contains(&lower) || MONTH_ABBREVIATIONS.contains(&lower)
}

/// Days since 1970-01-01 of a date that starts `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYYMMDD` (anything
/// after it, such as a time, is ignored); `None` otherwise.
pub fn parse_day(date: &str) -> Option<i32> {
    let s = date.trim().as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<i32> {
        let part = s.get(r)?;
        if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    let (y, m, d) = match s.get(4) {
        Some(b'-') | Some(b'/') => {
            let sep = s[4];
            if s.get(7) != Some(&sep) {
                return None;
            }
            (digits(0..4)?, digits(5..7)?, digits(8..10)?)
        }
        _ => {
            if s.get(8).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            (digits(0..4)?, digits(4..6)?, digits(6..8)?)
        }
    };
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

fn days_in_month(y: i32, m: i32) -> i32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's days-from-civil.
fn days_from_civil(y: i32, m: i32, d: i32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_slashed_and_compact_dates_parse_to_the_same_day() {
        let day = parse_day("2017-11-14").unwrap();
        assert_eq!(parse_day("2017/11/14"), Some(day));
        assert_eq!(parse_day("20171114"), Some(day));
        assert_eq!(parse_day("2017-11-14T15:38:00Z"), Some(day));
        assert_eq!(parse_day("2017-11-15"), Some(day + 1));
        assert_eq!(parse_day("1970-01-01"), Some(0));
    }

    #[test]
    fn calendar_words_in_full_and_abbreviated() {
        for w in ["monday", "sunday", "may", "september", "sept", "dec"] {
            assert!(is_calendar_word(w), "{w}");
        }
        for w in ["mayor", "Monday", "decade", "week"] {
            assert!(!is_calendar_word(w), "{w}");
        }
    }

    #[test]
    fn impossible_or_foreign_dates_are_none() {
        for d in [
            "2017-02-30",
            "2017-13-01",
            "November 14, 2017",
            "",
            "2017-1-1",
            "201711145",
        ] {
            assert_eq!(parse_day(d), None, "{d}");
        }
        assert!(parse_day("2016-02-29").is_some());
    }
}
