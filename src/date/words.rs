//! One language's date words, ready to match: each word class of the `DateLex` table as a
//! regex alternation (accents, case, hyphens and spaces matched loosely) and as a lookup from
//! the folded form back to its meaning. Which words make a date is left to `rules`.

use crate::lexicon::date::DateLex;
use chrono::Weekday;
use rustc_hash::FxHashMap as HashMap;

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// How many "a few" days (or weeks, months) are: three, as Recognizers-Text reads it.
const FEW: u32 = 3;

/// Never matches: stands in for an empty word list.
const NOTHING: &str = r"\b\B";

/// What a word next to a weekday says about its week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modifier {
    Last,
    This,
    Next,
}

/// A word list as a regex alternation and a lookup by folded form.
pub struct Class<T> {
    pub pattern: String,
    map: HashMap<String, T>,
}

impl<T: Copy> Class<T> {
    fn new(pairs: impl IntoIterator<Item = (String, T)>) -> Class<T> {
        let mut map = HashMap::default();
        for (form, v) in pairs {
            let key = fold(&form);
            if !key.is_empty() {
                map.entry(key).or_insert(v);
            }
        }
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let pattern = if keys.is_empty() {
            NOTHING.to_string()
        } else {
            let alts: Vec<String> = keys.iter().map(|k| loose(k)).collect();
            format!("(?:{})", alts.join("|"))
        };
        Class { pattern, map }
    }

    /// The meaning of a matched text.
    pub fn get(&self, text: &str) -> Option<T> {
        self.map.get(&fold(text)).copied()
    }

    pub fn contains(&self, text: &str) -> bool {
        self.map.contains_key(&fold(text))
    }
}

fn flat<T: Copy>(lists: &[Vec<String>], values: &[T]) -> Vec<(String, T)> {
    lists
        .iter()
        .zip(values)
        .flat_map(|(forms, v)| forms.iter().map(move |f| (f.clone(), *v)))
        .collect()
}

fn plain(words: &[String]) -> Vec<(String, ())> {
    words.iter().map(|w| (w.clone(), ())).collect()
}

/// The date words of one language.
pub struct Words {
    pub day_first: bool,
    pub dotted_day_month: bool,
    pub months: Class<u32>,
    pub ambiguous_months: Class<()>,
    /// Weekday forms that stand alone, and those that need a guard word before them.
    pub weekdays: Class<Weekday>,
    pub guarded: Class<()>,
    pub guards: Class<()>,
    /// Every weekday form, short ones included, for use in front of an explicit date.
    pub any_weekday: Class<Weekday>,
    pub suffixes: Class<()>,
    pub of: Class<()>,
    pub numeric_of: Class<()>,
    pub day_articles: Class<()>,
    pub day_word_articles: Class<()>,
    /// "from"/"after" (1) and "before" (-1) between a length of time and a day word.
    pub anchors: Class<i64>,
    /// Cardinal and ordinal words for the days of a month.
    pub day_words: Class<u32>,
    /// Ordinal words for the days of a month.
    pub ordinal_days: Class<u32>,
    /// Ordinal words for "the second Monday": first to fifth.
    pub nth: Class<u32>,
    /// Counts in front of a unit of time: cardinals and words for "one".
    pub counts: Class<u32>,
    pub modifiers: Class<Modifier>,
    pub week_joiners: Class<()>,
    pub ago_before: Class<()>,
    pub ago_after: Class<()>,
    pub later_before: Class<()>,
    pub later_after: Class<()>,
    pub later_end: Class<()>,
    pub and: Class<()>,
    pub days: Class<i64>,
    pub year_heads: Class<i32>,
    pub year_tails: Class<u32>,
    /// A spelled year as a pattern with groups `ysh` (head) and `yst` (tail).
    pub spelled_year: String,
    pub lower_only: Class<()>,
    pub weeks: Class<i64>,
    pub week_starts: Class<i64>,
    pub month_offsets: Class<i32>,
    /// Units of time as (months, days) per one.
    pub units: Class<(i32, i64)>,
}

impl Words {
    /// The year of a spelled head and tail; a head short of a thousand needs its tail.
    pub fn spelled(&self, head: &str, tail: Option<&str>) -> Option<i32> {
        let head = self.year_heads.get(head)?;
        match tail {
            Some(t) => Some(head + i32::try_from(self.year_tails.get(t)?).ok()?),
            None if head % 1000 == 0 => Some(head),
            None => None,
        }
    }

    pub fn new(lex: &DateLex) -> Words {
        let month_no: Vec<u32> = (1..=12).collect();
        let day_no: Vec<u32> = (1..=31).collect();
        let mut all_weekdays = flat(&lex.weekdays, &WEEKDAYS);
        all_weekdays.extend(flat(&lex.weekday_guarded, &WEEKDAYS));
        let mut any_weekday = all_weekdays.clone();
        any_weekday.extend(flat(&lex.weekday_abbr, &WEEKDAYS));
        let mut day_words = flat(&lex.numbers, &day_no);
        day_words.extend(flat(&lex.ordinals, &day_no));
        let mut counts = flat(&lex.numbers, &day_no);
        counts.extend(lex.one.iter().map(|w| (w.clone(), 1)));
        counts.extend(lex.few.iter().map(|w| (w.clone(), FEW)));
        let ordinals = lex.ordinals.get(..5).unwrap_or(&lex.ordinals);
        let modifiers = [
            (&lex.last, Modifier::Last),
            (&lex.this, Modifier::This),
            (&lex.next, Modifier::Next),
        ]
        .into_iter()
        .flat_map(|(ws, m)| ws.iter().map(move |w| (w.clone(), m)));
        let units = lex.units.iter().flat_map(|(unit, forms)| {
            let per = match unit.as_str() {
                "day" => Some((0, 1)),
                "week" => Some((0, 7)),
                "month" => Some((1, 0)),
                "year" => Some((12, 0)),
                _ => None,
            };
            forms.iter().filter_map(move |f| Some((f.clone(), per?)))
        });
        let year_heads = Class::new(lex.year_heads.iter().map(|(k, v)| (k.clone(), *v)));
        let year_tails = Class::new(flat(&lex.year_tails, &(1..=99).collect::<Vec<u32>>()));
        let spelled_year = format!(
            r"(?P<ysh>{})(?:[\s\-]*(?:{}[\s\-]+)?(?P<yst>{}))?\b",
            year_heads.pattern,
            Class::new(plain(&lex.year_joiners)).pattern,
            year_tails.pattern
        );
        let mut suffixes = Class::new(plain(&lex.day_suffixes));
        // The German ordinal dot folds to nothing: it is matched as itself.
        if lex.day_suffixes.iter().any(|x| x == ".") {
            suffixes.pattern = format!(r"(?:{}|\.)", suffixes.pattern);
        }
        Words {
            year_heads,
            year_tails,
            spelled_year,
            day_first: lex.day_first,
            dotted_day_month: lex.dotted_day_month,
            months: Class::new(flat(&lex.months, &month_no)),
            ambiguous_months: Class::new(plain(&lex.ambiguous_months)),
            weekdays: Class::new(all_weekdays),
            guarded: Class::new(flat(&lex.weekday_guarded, &[(); 7])),
            guards: Class::new(plain(&lex.weekday_guards)),
            any_weekday: Class::new(any_weekday),
            suffixes,
            of: Class::new(plain(&lex.of)),
            numeric_of: Class::new(plain(&lex.numeric_of)),
            day_articles: Class::new(plain(&lex.day_articles)),
            day_word_articles: Class::new(plain(&lex.day_word_articles)),
            anchors: Class::new(
                (lex.anchor_after.iter().map(|w| (w.clone(), 1)))
                    .chain(lex.anchor_before.iter().map(|w| (w.clone(), -1))),
            ),
            day_words: Class::new(day_words),
            ordinal_days: Class::new(flat(&lex.ordinals, &day_no)),
            nth: Class::new(flat(ordinals, &day_no)),
            counts: Class::new(counts),
            modifiers: Class::new(modifiers),
            week_joiners: Class::new(plain(&lex.week_joiners)),
            ago_before: Class::new(plain(&lex.ago_before)),
            ago_after: Class::new(plain(&lex.ago_after)),
            later_before: Class::new(plain(&lex.later_before)),
            later_after: Class::new(plain(&lex.later_after)),
            later_end: Class::new(plain(&lex.later_end)),
            and: Class::new(plain(&lex.and)),
            days: Class::new(lex.days.iter().map(|(k, v)| (k.clone(), *v))),
            lower_only: Class::new(plain(&lex.lower_only)),
            weeks: Class::new(lex.weeks.iter().map(|(k, v)| (k.clone(), *v))),
            week_starts: Class::new(lex.week_starts.iter().map(|(k, v)| (k.clone(), *v))),
            month_offsets: Class::new(lex.month_offsets.iter().map(|(k, v)| (k.clone(), *v))),
            units: Class::new(units),
        }
    }
}

/// The plain ASCII letter under an accented Latin one ('é' → 'e', 'Ç' → 'C').
pub fn bare(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ª' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'º' | '°' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'O',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'Ç' => 'C',
        'Ñ' => 'N',
        _ => return None,
    })
}

/// The lookup key of a word: lower case, no accents, one space for any run of spaces and
/// hyphens, no space after an apostrophe, no trailing dot.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            '’' | '‘' => '\'',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            // The padding of the ASCII shadow (`span::shadow`).
            '_' => continue,
            c => bare(c).unwrap_or(c),
        };
        if c.is_whitespace() || c == '-' {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() && !out.ends_with('\'') {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    while out.ends_with('.') {
        out.pop();
    }
    out
}

/// A regex for a folded word that finds it in the ASCII shadow of a text (`span::shadow`),
/// accented, hyphenated or spaced: an accented letter is there its base letter and `_`s.
fn loose(key: &str) -> String {
    let mut p = String::new();
    for c in key.chars() {
        match c {
            ' ' => p.push_str(r"[\s\-]+"),
            '\'' => p.push_str(r"'\s*"),
            'a' | 'e' | 'i' | 'o' | 'u' | 'c' | 'n' | 'y' => {
                p.push(c);
                p.push_str("_*");
            }
            c => p.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_table() {
        let cases = [
            ("Août", "aout"),
            ("twenty-one", "twenty one"),
            ("vingt  et\tun", "vingt et un"),
            ("L’altroieri", "l'altroieri"),
            ("l' altroieri", "l'altroieri"),
            ("Sept.", "sept"),
            ("Übermorgen", "ubermorgen"),
            ("dreißig", "dreissig"),
            ("lune_di", "lunedi"),
        ];
        for (s, want) in cases {
            assert_eq!(fold(s), want, "{s}");
        }
    }

    #[test]
    fn loose_patterns_find_variants() {
        let cases = [
            ("aout", "Août"),
            ("twenty one", "twenty-one"),
            ("l'altroieri", "l’altroieri"),
            ("miercoles", "miércoles"),
        ];
        for (key, text) in cases {
            let re = super::super::span::compile(&format!("^{}$", loose(key)));
            assert!(
                re.is_match(&super::super::span::shadow(text)),
                "{key} vs {text}"
            );
        }
    }
}
