//! When the person practises: the days of the week and the time of day, read from text such as
//! `Tue,Thu 19:00`. Problems with the text are data; their words are in `text`.

use chrono::{NaiveTime, Weekday};

/// The practice days (Monday first, each once) and the time of day the work blocks start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    pub days: Vec<Weekday>,
    pub time: NaiveTime,
}

impl Default for Practice {
    /// Two weekdays, in the evening: Tuesday and Thursday at 19:00.
    fn default() -> Self {
        Practice {
            days: vec![Weekday::Tue, Weekday::Thu],
            time: NaiveTime::from_hms_opt(19, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

/// What is wrong with a practice value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PracticeError {
    /// Nothing given.
    Empty,
    /// No time of day after the days.
    NoTime,
    /// No day before the time.
    NoDays,
    /// A word that is no day of the week.
    Day(String),
    /// A time that is not HH:MM on a 24-hour clock.
    Time(String),
}

/// The names of the days, lowercase, full and short, in every language pathfit speaks, each
/// read in every language: English, Romanian (with and without diacritics, ț with a comma
/// below or a cedilla) and Chinese.
const NAMES: [(Weekday, &[&str]); 7] = [
    (
        Weekday::Mon,
        &["mon", "monday", "luni", "lu", "周一", "星期一"],
    ),
    (
        Weekday::Tue,
        &[
            "tue",
            "tues",
            "tuesday",
            "marți",
            "marţi",
            "marti",
            "ma",
            "周二",
            "星期二",
        ],
    ),
    (
        Weekday::Wed,
        &[
            "wed",
            "weds",
            "wednesday",
            "miercuri",
            "mi",
            "周三",
            "星期三",
        ],
    ),
    (
        Weekday::Thu,
        &[
            "thu",
            "thur",
            "thurs",
            "thursday",
            "joi",
            "jo",
            "周四",
            "星期四",
        ],
    ),
    (
        Weekday::Fri,
        &["fri", "friday", "vineri", "vi", "周五", "星期五"],
    ),
    (
        Weekday::Sat,
        &[
            "sat",
            "saturday",
            "sâmbătă",
            "sambata",
            "sâmbata",
            "sambătă",
            "sâ",
            "sa",
            "周六",
            "星期六",
        ],
    ),
    (
        Weekday::Sun,
        &[
            "sun",
            "sunday",
            "duminică",
            "duminica",
            "du",
            "周日",
            "周天",
            "星期日",
            "星期天",
        ],
    ),
];

/// What may stand between days: commas (ASCII or full-width), the Chinese list mark, spaces.
fn between(c: char) -> bool {
    c == ',' || c == '，' || c == '、' || c.is_whitespace()
}

impl Practice {
    /// Reads `Tue,Thu 19:00`: days (English, Romanian or Chinese, short or full, any case)
    /// separated by commas or spaces, then a 24-hour `HH:MM`.
    pub fn parse(text: &str) -> Result<Practice, PracticeError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(PracticeError::Empty);
        }
        let (days, time) = match text.rsplit_once(between) {
            Some((days, time)) => (days, time),
            None if text.contains(':') => ("", text),
            None => (text, ""),
        };
        if !time.contains(':') && !time.chars().any(|c| c.is_ascii_digit()) {
            // The last word is a day: the time is missing.
            parse_days(text)?;
            return Err(PracticeError::NoTime);
        }
        let days = parse_days(days)?;
        if days.is_empty() {
            return Err(PracticeError::NoDays);
        }
        let time = parse_time(time).ok_or_else(|| PracticeError::Time(time.to_owned()))?;
        Ok(Practice { days, time })
    }

    /// The `--practice` value that gives this schedule back, e.g. `Tue,Thu 19:00`.
    pub fn flag_value(&self) -> String {
        let days: Vec<String> = self.days.iter().map(ToString::to_string).collect();
        format!("{} {}", days.join(","), self.time.format("%H:%M"))
    }

    /// Whether work blocks fall on `day`.
    pub fn on(&self, day: Weekday) -> bool {
        self.days.contains(&day)
    }
}

fn parse_days(text: &str) -> Result<Vec<Weekday>, PracticeError> {
    let mut days = Vec::new();
    for word in text.split(between) {
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        let day = NAMES
            .iter()
            .find(|(_, names)| names.contains(&lower.as_str()))
            .map(|(d, _)| *d)
            .ok_or_else(|| PracticeError::Day(word.to_owned()))?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort_by_key(|d| d.num_days_from_monday());
    Ok(days)
}

/// `H:MM` or `HH:MM`, 00:00 to 23:59.
fn parse_time(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.split_once(':')?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn days_and_a_time_are_read_in_any_case_and_order() {
        let p = Practice::parse("Tue,Thu 19:00").unwrap();
        assert_eq!(p, Practice::default());
        let p = Practice::parse("  thursday, MONDAY tue 7:05 ").unwrap();
        assert_eq!(p.days, [Weekday::Mon, Weekday::Tue, Weekday::Thu]);
        assert_eq!(p.time, at(7, 5));
        let p = Practice::parse("sun,sun,Saturday 23:59").unwrap();
        assert_eq!(p.days, [Weekday::Sat, Weekday::Sun]);
        assert_eq!(p.time, at(23, 59));
        let all = "mon,tue,wed,thu,fri,sat,sun 00:00";
        assert_eq!(Practice::parse(all).unwrap().days.len(), 7);
    }

    #[test]
    fn romanian_and_chinese_day_names_are_read_in_every_language() {
        let p = Practice::parse("marți, joi 19:00").unwrap();
        assert_eq!(p, Practice::default());
        for text in [
            "Marti,Joi 19:00",
            "ma jo 19:00",
            "marţi,jo 19:00",
            "周二、周四 19:00",
        ] {
            assert_eq!(
                Practice::parse(text).unwrap(),
                Practice::default(),
                "{text}"
            );
        }
        assert_eq!(
            Practice::parse("星期二，星期四 19:00").unwrap(),
            Practice::default()
        );
        let all = "lu,ma,mi,jo,vi,sâ,du 07:30";
        assert_eq!(Practice::parse(all).unwrap().days.len(), 7);
        let all = "luni marti miercuri joi vineri sambata duminica 07:30";
        assert_eq!(Practice::parse(all).unwrap().days.len(), 7);
        let all = "SÂMBĂTĂ,Duminică,sa 07:30";
        assert_eq!(
            Practice::parse(all).unwrap().days,
            [Weekday::Sat, Weekday::Sun]
        );
        let all = "周一,周二,周三,周四,周五,周六,周日 07:30";
        assert_eq!(Practice::parse(all).unwrap().days.len(), 7);
        let all = "星期一 星期三 星期五 星期六 星期日 星期天 07:30";
        assert_eq!(Practice::parse(all).unwrap().days.len(), 5);
        assert_eq!(Practice::parse("周二 周四"), Err(PracticeError::NoTime));
    }

    #[test]
    fn a_bad_value_says_what_is_wrong() {
        use PracticeError as E;
        assert_eq!(Practice::parse("  "), Err(E::Empty));
        assert_eq!(Practice::parse("Tue,Thu"), Err(E::NoTime));
        assert_eq!(Practice::parse("19:00"), Err(E::NoDays));
        assert_eq!(
            Practice::parse("Tue,Thu 24:00"),
            Err(E::Time("24:00".into()))
        );
        assert_eq!(Practice::parse("Tue 7pm"), Err(E::Time("7pm".into())));
        assert_eq!(Practice::parse("Tue 19:0"), Err(E::Time("19:0".into())));
        assert_eq!(Practice::parse("Tu,Thu 19:00"), Err(E::Day("Tu".into())));
        assert_eq!(Practice::parse("Mardi 19:00"), Err(E::Day("Mardi".into())));
        assert_eq!(Practice::parse("周八 19:00"), Err(E::Day("周八".into())));
        assert_eq!(Practice::parse("Tue,Funday"), Err(E::Day("Funday".into())));
    }
}
