//! A plain-text page, as a scraper saves it: date and title lines at the top, menus, ads,
//! bylines and "related news" lists around the article, lines hard-wrapped (wire copy) or one
//! paragraph per line (web dumps). Finds the title and publication date and keeps only the
//! article's paragraphs.

use super::language;
use crate::date::{find_dates, HeaderPatterns};
use crate::lexicon::{all, Lang};
use chrono::{Days, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// What a page yields before its language is known.
#[derive(Debug, Default, PartialEq)]
pub struct Page {
    pub title: String,
    pub published: Option<NaiveDate>,
    pub body: String,
}

struct Phrases {
    boilerplate: PhraseSet,
    related: PhraseSet,
    tail: PhraseSet,
    date_labels: PhraseSet,
}

static PHRASES: LazyLock<Phrases> = LazyLock::new(|| Phrases {
    boilerplate: PhraseSet::new(all().iter().flat_map(|l| l.text.boilerplate.iter())),
    related: PhraseSet::new(all().iter().flat_map(|l| l.text.related.iter())),
    tail: PhraseSet::new(all().iter().flat_map(|l| l.text.tail.iter())),
    date_labels: PhraseSet::new(all().iter().flat_map(|l| l.text.date_labels.iter())),
});

/// The phrases of all languages, grouped by their first byte: a line is compared only with the
/// phrases that can start it, not with the hundreds of a list.
struct PhraseSet {
    /// One group per first byte, then one of empty phrases (a prefix of everything).
    groups: Vec<Vec<String>>,
}

impl PhraseSet {
    const EMPTY: usize = 256;

    fn new<'a>(phrases: impl Iterator<Item = &'a String>) -> PhraseSet {
        let mut groups = vec![Vec::new(); Self::EMPTY + 1];
        for p in phrases {
            let group = p.bytes().next().map_or(Self::EMPTY, usize::from);
            groups[group].push(p.clone());
        }
        PhraseSet { groups }
    }

    /// The phrases that may begin `text`: those with its first byte, and empty ones.
    fn candidates<'a>(&'a self, text: &str) -> impl Iterator<Item = &'a str> {
        let first: &[String] = text
            .bytes()
            .next()
            .map_or(&[], |b| &self.groups[usize::from(b)]);
        first
            .iter()
            .chain(&self.groups[Self::EMPTY])
            .map(String::as_str)
    }
}

/// How many lines from the top may hold the publication date.
const HEADER_LINES: usize = 8;
/// How many lines below the headline written again its date may stand (byline, caption).
const TITLE_TO_DATE: usize = 4;
/// A line longer than this is prose, never a menu item, a list entry or a header.
const PROSE_LEN: usize = 160;
/// A cut-off teaser at least this long, before any other prose, is the page's own lead even
/// when it is one sentence (a teaser headline of another article is shorter).
const LEAD_LEN: usize = 200;
/// A line longer than this is no date line...
const DATE_LINE_LEN: usize = 60;
/// ... unless it opens with a date label ("Published Tue, Nov 19 2019 7:05 AM EST Updated …").
const LABELLED_DATE_LINE_LEN: usize = 120;
/// How many words besides its date a date line holds at most, unless it opens with a label...
const DATE_LINE_WORDS: usize = 5;
/// ... and how many when it ends like a sentence ("Aggiornato il 3 marzo 2024.").
const SENTENCE_DATE_LINE_WORDS: usize = 2;

fn starts_with_any(line: &str, phrases: &PhraseSet) -> bool {
    let low = line
        .trim_start_matches(['•', '*', '·', '-', '–', '|', '>', ' '])
        .to_lowercase();
    // a numbered item ("#1 Kommentar von", "2. Related") is read from its words
    let low = match low.strip_prefix('#') {
        Some(rest) => rest
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start(),
        None => &low,
    };
    phrases.candidates(low).any(|p| {
        low.starts_with(p)
            && low[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether a line alone is a date, as related-news lists and headers print them; read in each of
/// `langs` in turn. Besides the date, a line holds a few words ("sexta-feira, 22 de outubro de
/// 2010 às 20:13", "January 13, 2020 at 08:45 AM | categories:"), or opens with a date label
/// ("Updated: Nov 20 2019, 15:24pm ist"); a sentence with more words is prose that holds a date
/// ("Results will be released by March 31, 1987.").
fn is_date_line(line: &str, langs: &[Lang]) -> Option<NaiveDate> {
    let t = line.trim();
    // a header's date always has digits (a day or a year): most lines are rejected here, before
    // the date engines of six languages run
    let len = t.chars().count();
    if len > LABELLED_DATE_LINE_LEN || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let labelled = || starts_with_any(t, &PHRASES.date_labels);
    if len > DATE_LINE_LEN && (t.ends_with('.') || !labelled()) {
        return None;
    }
    let patterns = HeaderPatterns::of(t)?;
    let date = langs.iter().find_map(|l| patterns.mention(t, *l))?;
    let words_besides = [&t[..date.start], &t[date.end..]]
        .iter()
        .flat_map(|part| part.split_whitespace())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    // "at 11:08 a.m." ends on an abbreviation, not a sentence
    let abbreviation = t
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.len() > 1 && w[..w.len() - 1].contains('.'));
    let most = if t.ends_with(['!', '?']) || t.ends_with('.') && !abbreviation {
        SENTENCE_DATE_LINE_WORDS
    } else {
        DATE_LINE_WORDS
    };
    (words_besides <= most || labelled()).then_some(date.date)
}

/// The languages to read a page's date lines in: the one its words show first, since the
/// same digits are another day in another language ("03/04/2024" is 3 April on an Italian
/// page and March 4 on an English one), then the others for a header in another language.
fn date_languages(text: &str) -> [Lang; Lang::ALL.len()] {
    let first = language::detect("", text);
    let mut langs = Lang::ALL;
    let at = langs.iter().position(|l| *l == first).unwrap_or(0);
    langs[..=at].rotate_right(1);
    langs
}

/// An agency dateline opening a story: a place, a day and a month without a year, the agency in
/// brackets ("Roma, 5 nov. (Adnkronos)", "Milano, 12 marzo (ANSA)").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L} .'’-]{1,30}, (\d{1,2}\.? \p{L}{3,10}\.?) ?\(")
        .expect("DATELINE regex")
});

/// A yearless dateline takes the year that puts it closest to another full date of the page (a
/// timestamp, a date in the story: mostly days or weeks apart, either way):
/// it is read as the latest day on or before that date plus this many days.
const HALF_YEAR: Days = Days::new(182);

/// The date of an agency dateline in the page's first lines, its year taken from the first
/// full date elsewhere on the page; none when the page has no full date (no year is guessed).
fn dateline_date(text: &str, lines: &[&str], lang: Lang) -> Option<NaiveDate> {
    let caps = lines
        .iter()
        .take(HEADER_LINES * 2)
        .find_map(|l| DATELINE.captures(l.trim()))?;
    let day_month = caps.get(1)?.as_str();
    let other = find_dates(text, lang, None).first()?.date;
    let reference = other.checked_add_days(HALF_YEAR)?;
    find_dates(day_month, lang, Some(reference))
        .first()
        .map(|m| m.date)
}

/// Whether a line can be a section header: short, and not a sentence.
fn is_header(line: &str) -> bool {
    let t = line.trim_end();
    t.chars().count() < 60 && (!t.ends_with('.') || t.ends_with("..."))
}

/// An excerpt of another article, cut off with an ellipsis (" …", "[…]", " [...]"). A line that
/// ends a sentence first ("... wait.") is the article's own.
fn is_teaser(line: &str) -> bool {
    let t = line.trim_end();
    [" …", " ...", "[…]", "[...]", "(…)"]
        .iter()
        .any(|e| t.ends_with(e))
}

/// A headline written twice in a row below the title, as a link and its picture's caption: a
/// card that links to another article ("Column: A vulture firm's bid for Gannett shows …").
fn is_link_card(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim();
    let same = |j: Option<usize>| {
        j.and_then(|j| lines.get(j))
            .is_some_and(|l| l.trim() == line)
    };
    !ends_sentence(line)
        && line.chars().count() < PROSE_LEN
        && (same(i.checked_sub(1)) || same(Some(i + 1)))
}

fn is_bullet(line: &str) -> bool {
    line.trim_start()
        .starts_with(['•', '·', '*', '▪', '►', '»'])
}

fn is_byline(line: &str) -> bool {
    let low = line.trim_start_matches(['-', '–', ' ']).to_lowercase();
    line.chars().count() < 80
        && [
            "di:", "by:", "by ", "di ", "por ", "par ", "von ", "por:", "autore:", "author:",
        ]
        .iter()
        .any(|p| low.starts_with(p))
        && !low.contains('.')
}

/// Ends with a mark that closes a sentence or a quote.
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', '"', '”', '»', ';', ')'])
}

/// Whether a line is a paragraph of several sentences, which no headline is: a page stored
/// as one line of text has no title line.
fn is_paragraph(line: &str) -> bool {
    line.chars().count() >= PROSE_LEN
        && ends_sentence(line)
        && crate::sentence::split_sentences(line).len() >= 2
}

/// Whether the page's lines are cut at a fixed width (wire copy) rather than one paragraph per
/// line: no long lines, and most lines run on into the next. A short story needs fewer long
/// lines when one line plainly runs on: it leaves a sentence open and the next goes on in lower
/// case ("...completed the sale of" / "its water properties").
fn is_hard_wrapped(lines: &[&str]) -> bool {
    let nonblank: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let max = nonblank
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    let long = nonblank.iter().filter(|l| l.chars().count() >= 50).count();
    let open = nonblank.iter().filter(|l| !ends_sentence(l)).count();
    max <= 100 && open * 2 >= nonblank.len() && (long >= 3 || long >= 1 && runs_on(lines))
}

/// Whether a line leaves a sentence open and the line right below goes on in lower case.
fn runs_on(lines: &[&str]) -> bool {
    lines.windows(2).any(|w| {
        let (line, next) = (w[0].trim(), w[1].trim());
        !line.is_empty() && !ends_sentence(line) && next.starts_with(char::is_lowercase)
    })
}

/// Drops the closing matter of an article ("About Acme", "Forward-looking statements", "Pour
/// citer cet article") and all after it, when its header comes after most of the text.
fn cut_tail(kept: &mut Vec<String>) {
    let total: usize = kept.iter().map(|p| p.len()).sum();
    let mut before = 0;
    for (i, p) in kept.iter().enumerate() {
        let header = p.chars().count() < 60 && !ends_sentence(p) && {
            let low = p.to_lowercase();
            PHRASES.tail.candidates(&low).any(|t| low.starts_with(t))
        };
        if header && before * 2 >= total {
            kept.truncate(i);
            return;
        }
        before += p.len();
    }
}

/// How much a paragraph that is not prose (a menu item, a link, a teaser headline, a byline)
/// counts against the block it stands in, in characters of prose.
const SHORT_PENALTY: i64 = 40;

/// Whether a paragraph is prose: long, or a whole sentence of several words.
fn is_prose(p: &str) -> bool {
    p.chars().count() >= 120 || ends_sentence(p) && p.split_whitespace().count() >= 8
}

/// Keeps the page's main block: the run of paragraphs where prose outweighs everything else
/// most (menus, teaser lists and footers around an article are runs of short lines). Short
/// lines inside the article (sub-headings, a quote) stay with it.
fn keep_main_block(kept: &mut Vec<String>) {
    let (mut best, mut best_range) = (0i64, (0, kept.len()));
    let (mut sum, mut start) = (0i64, 0);
    for (i, p) in kept.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += if is_prose(p) {
            p.chars().count() as i64
        } else {
            -SHORT_PENALTY
        };
        if sum > best {
            best = sum;
            best_range = (start, i + 1);
        }
    }
    if best > 0 {
        kept.truncate(best_range.1);
        kept.drain(..best_range.0);
    }
}

/// Splits `text` into the page's parts.
pub fn parse(text: &str) -> Page {
    parse_lines(text, true, false)
}

/// Whether [`parse`] finds a title or any text in `text`, found without reading the page's
/// date or language: it stops at the first line that is neither.
pub fn has_text(text: &str) -> bool {
    !parse_lines(text, true, true).title.is_empty()
}

/// Drops the boilerplate lines and related-news lists of a text that is already one paragraph
/// per line and has no header (an extractor's output, a JSON record's body).
pub fn clean(text: &str) -> String {
    parse_lines(text, false, false).body
}

/// Whether a line is the headline again: part of the title, or a reworded headline that shares
/// most of its words with it ("Column: The Gannett/GateHouse merger sends a dismal signal about
/// the future of local news" under "Column: Gannett/GateHouse merger bodes ill for future of
/// local news").
fn echoes_title(line: &str, title: &str, title_words: &[String]) -> bool {
    if title.contains(line) {
        return true;
    }
    if title_words.is_empty() {
        return false; // no word of the line can be shared
    }
    let mut lower = String::new();
    let (mut count, mut shared) = (0, 0);
    for w in words(line) {
        lower.clear();
        if w.is_ascii() {
            lower.push_str(w);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&w.to_lowercase());
        }
        count += 1;
        shared += usize::from(title_words.contains(&lower));
    }
    count >= 5 && shared * 2 >= count && shared >= 4
}

/// The words a line and the title are compared by: three characters or more.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '/')
        .filter(|w| w.chars().count() >= 3)
}

/// The title's [`words`], lower-cased once for every line compared with it.
fn lower_words(title: &str) -> Vec<String> {
    words(title).map(str::to_lowercase).collect()
}

/// With `until_text`, returns at the first line that would be the title or body text, as the
/// title of a page that is otherwise empty.
fn parse_lines(text: &str, header: bool, until_text: bool) -> Page {
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
    let mut page = Page::default();
    let mut kept: Vec<String> = Vec::new();
    let mut in_related = false;
    let mut seen_text = 0usize;
    let mut prose_seen = false;
    let mut title_echo: Option<usize> = None;
    let mut title_words: Vec<String> = Vec::new();
    let mut current = String::new();
    let wrapped = header && is_hard_wrapped(&lines);
    // Without a header only whether a line is a date matters, not which date it is.
    let langs = if header && !until_text {
        date_languages(text)
    } else {
        Lang::ALL
    };

    let flush = |current: &mut String, kept: &mut Vec<String>| {
        let mut para = String::with_capacity(current.len());
        for word in current.split_whitespace() {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(word);
        }
        if !para.is_empty() {
            kept.push(para);
        }
        current.clear();
    };

    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut current, &mut kept);
            continue;
        }
        // a hard-wrapped paragraph goes on over a line that holds a date ("maturing March 25,
        // 1997."): only a line that starts a paragraph can be a date line
        let in_paragraph = wrapped && !current.is_empty();
        if let Some(d) = (!in_paragraph)
            .then(|| is_date_line(line, &langs))
            .flatten()
        {
            // the page's date stands in its first lines, or anywhere above the first paragraph
            // of prose when menus come first, never in a related-news list
            if header
                && page.published.is_none()
                && (seen_text < HEADER_LINES
                    || !prose_seen && !in_related
                    || title_echo.is_some_and(|t| i - t <= TITLE_TO_DATE))
            {
                page.published = Some(d);
            }
            flush(&mut current, &mut kept);
            continue;
        }
        seen_text += 1;
        // the headline written again above the article, with its date a few lines below
        if header && line.chars().count() >= 20 && echoes_title(line, &page.title, &title_words) {
            title_echo = Some(i);
        }
        // a page that is only its lead, cut off ("… totalizam […]"): before any other prose, a
        // teaser of several sentences is the article's own opening, not another article's
        let own_lead = !prose_seen
            && is_teaser(line)
            && line.chars().count() >= PROSE_LEN
            && (line.chars().count() >= LEAD_LEN
                || crate::sentence::split_sentences(line).len() >= 2);
        prose_seen |= !is_teaser(line)
            && (line.chars().count() >= PROSE_LEN
                || ends_sentence(line) && line.split_whitespace().count() >= 8);
        if starts_with_any(line, &PHRASES.related) && is_header(line) {
            in_related = true;
            flush(&mut current, &mut kept);
            continue;
        }
        // A related list runs until prose comes back: headlines do not end sentences.
        if in_related {
            let prose = line.chars().count() >= PROSE_LEN
                || ends_sentence(line) && line.split_whitespace().count() >= 8;
            if !prose {
                continue;
            }
            in_related = false;
        }
        if starts_with_any(line, &PHRASES.boilerplate) && line.chars().count() < PROSE_LEN
            || is_bullet(line) && line.chars().count() < PROSE_LEN
            || is_byline(line)
            || is_teaser(line) && !own_lead
            || !page.title.is_empty() && is_link_card(&lines, i)
        {
            flush(&mut current, &mut kept);
            continue;
        }
        if until_text {
            page.title = line.to_string();
            return page;
        }
        if header && page.title.is_empty() && !is_paragraph(line) {
            if line.split_whitespace().count() >= 3 && !ends_sentence(line)
                || line.chars().count() > 20
            {
                page.title = line.to_string();
                title_words = lower_words(line);
                continue;
            }
        } else if header && line == page.title {
            continue;
        }
        // An indented line starts a new paragraph (wire copy); a line that ends a sentence, or a
        // short one (a heading, a menu item), ends its paragraph; longer lines are hard-wrapped.
        if raw.starts_with("  ") || raw.starts_with('\t') {
            flush(&mut current, &mut kept);
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
        let next_blank = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
        if !wrapped || next_blank {
            flush(&mut current, &mut kept);
        }
    }
    flush(&mut current, &mut kept);
    if header && page.published.is_none() {
        page.published = dateline_date(text, &lines, langs[0]);
    }
    cut_tail(&mut kept);
    if header {
        keep_main_block(&mut kept);
    }
    page.body = kept.join("\n");
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "\
• Tutto con Bancomat. Scambi denaro, giochi ti premi.
martedì 21 Maggio 2024

Acme compra Widget per 5 milioni

- di: Mario Rossi
Acme compra Widget per 5 milioni
Acme ha annunciato oggi l'acquisizione di Widget per 5 milioni di euro.

Leggi anche: altre notizie

Notizie dello stesso argomento
08/01/2026
Mercosur, Roma vira al sì
07/01/2026
Borse in calo
";

    #[test]
    fn a_date_below_long_menus_is_the_page_date() {
        let menu: String = (1..=30).map(|i| format!("Menu item {i}\n")).collect();
        // above the first prose, a teaser with its ellipsis not counting as prose
        let page = format!(
            "Opening Bell - Daily Brief\n{menu}T-Swift is beefing with a fund ... what a time to be alive ...\nPublish date:\nNov 18, 2019\nAcme said it bought Widget for 5 million dollars, and the group confirmed it on Monday.\n"
        );
        assert_eq!(
            parse(&page).published,
            NaiveDate::from_ymd_opt(2019, 11, 18)
        );
        // after prose, a date below the headline written again
        let page = format!(
            "Acme buys Widget in a deal for Europe - Acme News\n{menu}Cookies help us deliver our services, and by using them you agree to our use of cookies.\nAcme buys Widget in a deal for Europe\nOctober 12, 2017\nAcme said it bought Widget for 5 million dollars, and the group confirmed it.\n"
        );
        assert_eq!(
            parse(&page).published,
            NaiveDate::from_ymd_opt(2017, 10, 12)
        );
        // or below the headline reworded, with a standfirst and a byline between
        let page = format!(
            "Column: Acme deal with Widget bodes ill for Europe - Acme News\n{menu}Cookies help us deliver our services, and by using them you agree to our use of cookies.\nColumn: The Acme deal with Widget sends a grim signal for Europe\nAcme is buying Widget to create the largest maker of gears.\nBy Jane Roe\nNov. 19, 2019\nAcme said it bought Widget for 5 million dollars, and the group confirmed it.\n"
        );
        assert_eq!(
            parse(&page).published,
            NaiveDate::from_ymd_opt(2019, 11, 19)
        );
        // a date deep in the article's prose is not the page's
        let page = format!(
            "Acme buys Widget - Acme News\n{menu}Acme said it bought Widget for 5 million dollars, and the group confirmed it.\nMore text\nOctober 12, 2017\n"
        );
        assert_eq!(parse(&page).published, None);
    }

    #[test]
    fn numeric_header_dates_are_read_in_the_page_language() {
        let it = "03/04/2024\nAcme compra Widget\n\nAcme ha annunciato che la società ha acquisito Widget per 5 milioni di euro, e il gruppo lo ha confermato.\n";
        assert_eq!(parse(it).published, NaiveDate::from_ymd_opt(2024, 4, 3));
        let en = "03/04/2024\nAcme buys Widget\n\nAcme said that the company has bought Widget for 5 million dollars, and the group confirmed it.\n";
        assert_eq!(parse(en).published, NaiveDate::from_ymd_opt(2024, 3, 4));
    }

    #[test]
    fn a_labelled_date_line_may_be_long() {
        let page = "Acme buys Widget\n\nPublished Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST\n\nAcme said that the company has bought Widget for 5 million dollars, and the group confirmed it.\n";
        let p = parse(page);
        assert_eq!(p.published, NaiveDate::from_ymd_opt(2019, 11, 19));
        assert!(!p.body.contains("Published"), "{}", p.body);
        // without a label, or ending as a sentence, a long line is prose
        let page = "Acme buys Widget\n\nThe board met on Tue, Nov 19 2019 at 7:05 AM EST and again on Nov 20 2019 at noon\n\nAcme said that the company has bought Widget for 5 million dollars, and the group confirmed it.\n";
        assert_eq!(parse(page).published, None);
        let page = "Acme buys Widget\n\nPublished on Nov 19, 2019, the report found that Acme had bought Widget last year.\n\nAcme said that the company has bought Widget for 5 million dollars, and the group confirmed it.\n";
        assert_eq!(parse(page).published, None);
    }

    #[test]
    fn an_agency_dateline_takes_the_year_of_another_date_on_the_page() {
        let page = "Acme compra Widget\n\nRoma, 5 nov. (Adnkronos) - Acme ha annunciato l'acquisizione di Widget per 5 milioni di euro.\nIl contratto di fornitura firmato il 30 ottobre 2019 con il gruppo scade a fine anno.\n";
        assert_eq!(parse(page).published, NaiveDate::from_ymd_opt(2019, 11, 5));
        // the closest year: a late December dateline on a page dated in January
        let page = "Acme compra Widget\n\nMilano, 28 dic. (Adnkronos) - Acme ha annunciato l'acquisizione di Widget.\nLa chiusura della vendita è prevista per il 2 gennaio 2020, ha detto il gruppo in una nota.\n";
        assert_eq!(parse(page).published, NaiveDate::from_ymd_opt(2019, 12, 28));
        // no other full date: no year is guessed
        let page = "Acme compra Widget\n\nRoma, 5 nov. (Adnkronos) - Acme ha annunciato l'acquisizione di Widget per 5 milioni di euro.\n";
        assert_eq!(parse(page).published, None);
    }

    #[test]
    fn a_page_stored_as_one_paragraph_has_no_title_line() {
        let text = "Die Acme AG kauft die Widget GmbH. Der Preis liegt bei 5 Millionen Euro, wie der Konzern am Montag mitteilte. Die Übernahme soll im Herbst abgeschlossen sein, sagte ein Sprecher.\n";
        let p = parse(text);
        assert_eq!(p.title, "");
        assert!(p.body.starts_with("Die Acme AG kauft"), "{}", p.body);
    }

    #[test]
    fn seed_like_page() {
        let p = parse(PAGE);
        assert_eq!(p.title, "Acme compra Widget per 5 milioni");
        assert_eq!(p.published, NaiveDate::from_ymd_opt(2024, 5, 21));
        assert_eq!(
            p.body,
            "Acme ha annunciato oggi l'acquisizione di Widget per 5 milioni di euro."
        );
    }

    #[test]
    fn wire_copy_is_unwrapped() {
        let text = "26-FEB-1987 15:01:01.79\n\nACME TO BUY WIDGET\n\nAcme Corp said it agreed to acquire the privately held\nWidget Inc of Toledo, Ohio, for 12.5 mln dlrs in cash and\nstock, the companies said in a joint statement.\n    Acme makes tools and parts for the automotive and aerospace\nindustries.\n";
        let p = parse(text);
        assert_eq!(p.title, "ACME TO BUY WIDGET");
        assert_eq!(p.published, NaiveDate::from_ymd_opt(1987, 2, 26));
        assert_eq!(
            p.body,
            "Acme Corp said it agreed to acquire the privately held Widget Inc of Toledo, Ohio, for 12.5 mln dlrs in cash and stock, the companies said in a joint statement.\nAcme makes tools and parts for the automotive and aerospace industries."
        );
    }

    #[test]
    fn a_wrapped_line_that_holds_a_date_stays_in_its_paragraph() {
        let text = "26-FEB-1987 15:01:01.79\n\nACME TO BUY WIDGET\n\nAcme Corp said it agreed to acquire the privately held\nWidget Inc of Toledo, Ohio, in a deal that is to close by\nMarch 31, 1987 for 12.5 mln dlrs in cash and stock\nof Acme, the companies said in a joint statement.\n    Widget's warrants are exercisable until\nApril 15, 1988.\n";
        let p = parse(text);
        assert_eq!(p.published, NaiveDate::from_ymd_opt(1987, 2, 26));
        assert_eq!(
            p.body,
            "Acme Corp said it agreed to acquire the privately held Widget Inc of Toledo, Ohio, in a deal that is to close by March 31, 1987 for 12.5 mln dlrs in cash and stock of Acme, the companies said in a joint statement.\nWidget's warrants are exercisable until April 15, 1988."
        );
    }

    #[test]
    fn a_short_sentence_that_holds_a_date_is_prose() {
        let page = "Acme buys Widget\non Monday, March 3rd, 2024 at 11:08 a.m.\nAcme said that the company has bought Widget for 5 million dollars, and the group confirmed it.\nThe deal closed on March 5, 2024.\nJanuary 13, 2020 at 08:45 AM | categories:\nWidget makes gears and parts for the automotive and aerospace industries in Ohio and Texas.\n";
        let p = parse(page);
        assert_eq!(p.published, NaiveDate::from_ymd_opt(2024, 3, 3));
        assert!(
            p.body
                .contains("\nThe deal closed on March 5, 2024.\nWidget makes"),
            "{}",
            p.body
        );
    }

    #[test]
    fn a_headline_written_twice_below_the_title_is_a_link_card() {
        let page = "Acme buys Widget in a deal for Europe\nAcme buys Widget in a deal for Europe\nAcme said that the company has bought Widget for 5 million dollars, and the group confirmed it.\nColumn: A fund's bid for Gamma shows there is still value in gears\nColumn: A fund's bid for Gamma shows there is still value in gears\nWidget makes gears and parts for the automotive and aerospace industries in Ohio and Texas.\n";
        let p = parse(page);
        assert_eq!(p.title, "Acme buys Widget in a deal for Europe");
        assert_eq!(
            p.body,
            "Acme said that the company has bought Widget for 5 million dollars, and the group confirmed it.\nWidget makes gears and parts for the automotive and aerospace industries in Ohio and Texas."
        );
    }

    #[test]
    fn a_short_wire_story_is_unwrapped() {
        let text = "2-JUN-1987 09:18:40.87\n\nACME COMPLETES SALE\n\nAcme Corp said on Tuesday that it has completed the sale of\nits bakery in two Ohio towns to\nWidget Foods Co of Dayton, Ohio.\n    Terms of the sale were not disclosed by either of the two companies.\n";
        let p = parse(text);
        assert_eq!(
            p.body,
            "Acme Corp said on Tuesday that it has completed the sale of its bakery in two Ohio towns to Widget Foods Co of Dayton, Ohio.\nTerms of the sale were not disclosed by either of the two companies."
        );
    }

    #[test]
    fn menus_and_teasers_around_the_article_are_dropped() {
        let text = "\
Acme buys Widget - The Daily Planet

Home
News
Business
Login
Acme buys Widget
By STAFF
Acme Corp said on Monday it had agreed to buy Widget Inc for 12.5 million dollars in cash, its largest deal in a decade.
The deal is expected to close in the second quarter, the companies said in a joint statement.
Rivals merge to form the largest toolmaker in Ohio
By STAFF
Markets close higher as banks rally
By REUTERS
";
        let p = parse(text);
        assert_eq!(p.title, "Acme buys Widget - The Daily Planet");
        assert_eq!(
            p.body,
            "Acme Corp said on Monday it had agreed to buy Widget Inc for 12.5 million dollars in cash, its largest deal in a decade.\nThe deal is expected to close in the second quarter, the companies said in a joint statement."
        );
    }

    #[test]
    fn a_page_that_is_only_its_cut_lead_keeps_it() {
        let text = "12/08/2022 08:53\n\nNexa planeja investir R$ 2 bi\n\nO grupo Nexa planeja investir R$ 2 bilhões na aquisição de usinas solares no Brasil até 2025. Hoje, a empresa tem dois parques eólicos. Comprados da Ventania em 2021, totalizam […]\n\nLeia também: Acme compra Widget por R$ 5 milhões e amplia a sua presença no Nordeste com […]\n";
        let p = parse(text);
        assert_eq!(p.title, "Nexa planeja investir R$ 2 bi");
        assert!(p.body.starts_with("O grupo Nexa planeja"), "{}", p.body);
        assert!(p.body.ends_with("totalizam […]"), "{}", p.body);
        assert!(
            !p.body.contains("Acme"),
            "another article's teaser: {}",
            p.body
        );
    }

    #[test]
    fn a_long_cut_lead_of_one_sentence_is_kept_too() {
        let text = "11/08/2022 15:13\n\nNexa compra Ventania\n\nSÃO PAULO (Reuters) – O grupo Nexa fechou a compra da Ventania por 2 bilhões de reais, em uma operação que amplia a sua capacidade de geração no Nordeste e que, segundo analistas, deve ser aprovada pelos reguladores até o fim do ano, afirmou […]\n";
        let p = parse(text);
        assert!(p.body.starts_with("SÃO PAULO (Reuters)"), "{}", p.body);
    }

    #[test]
    fn clean_table() {
        let cases = [
            // Teasers of other articles end in an ellipsis.
            (
                "Acme agreed to buy Widget for 5 mln dlrs.\nNexa Energia compra Solaria Sud per 300 milioni e punta al solare nel Mezzogiorno con un piano …",
                "Acme agreed to buy Widget for 5 mln dlrs.",
            ),
            // A related list ends where prose comes back.
            (
                "Acme agreed to buy Widget for 5 mln dlrs.\nRelated articles\nRivals merge in Ohio\nMarkets rally\nThe companies expect the deal to close by the end of June.",
                "Acme agreed to buy Widget for 5 mln dlrs.\nThe companies expect the deal to close by the end of June.",
            ),
            // Closing matter late in the text is cut with all that follows.
            (
                "Acme agreed to buy Widget Inc for 5 mln dlrs, the companies said on Monday in a statement.\nForward-looking statements\nThis release contains statements about the future.",
                "Acme agreed to buy Widget Inc for 5 mln dlrs, the companies said on Monday in a statement.",
            ),
            // ... but not when it comes first.
            (
                "Media contact\nAcme agreed to buy Widget Inc for 5 mln dlrs, the companies said on Monday.",
                "Media contact\nAcme agreed to buy Widget Inc for 5 mln dlrs, the companies said on Monday.",
            ),
            ("Condividi su Facebook\nAcme compra Widget.", "Acme compra Widget."),
            // A numbered comment header starts a run of comments.
            (
                "Acme agreed to buy Widget for 5 mln dlrs.\n#1 Kommentar von Max\nDanke für den Artikel",
                "Acme agreed to buy Widget for 5 mln dlrs.",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(clean(text), want, "{text}");
        }
    }
}
