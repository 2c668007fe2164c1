//! Splits an article body (one paragraph per line) into sentences with byte offsets. A full stop
//! ends a sentence unless it belongs to an abbreviation, an initial, a legal form or a number
//! ("Inc.", "U.S.", "S.p.A.", "12.5"). Knows nothing of deals.

/// A sentence of a body: `body[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    pub fn text(self, body: &str) -> &str {
        &body[self.start..self.end]
    }
}

/// Words that end with a full stop without ending a sentence (compared lower-case, without it).
const ABBREVIATIONS: &[&str] = &[
    "inc", "corp", "co", "ltd", "plc", "llc", "bros", "cos", "mr", "mrs", "ms", "dr", "prof", "st",
    "jr", "sr", "no", "nos", "vs", "etc", "approx", "e.g", "i.e", "u.s", "u.k", "u.n", "s.p.a",
    "s.r.l", "s.a", "n.v", "b.v", "s.l", "s.a.s", "spa", "srl", "sig", "dott", "ing", "avv", "on",
    "sen", "gen", "col", "lt", "gov", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "ott", "dic", "ca", "bzw", "dt", "nr", "tel", "art", "pag",
    "ag", "fig", "vol", "ed", "av", "sra", "sres", "lda", "cia", "cía",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    // A single letter is an initial ("T. Boone Pickens", "J.P.").
    if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
        return true;
    }
    let low = w.to_lowercase();
    ABBREVIATIONS.contains(&low.as_str()) || (low.contains('.') && low.len() <= 6)
}

/// Splits `body` into sentences; paragraph breaks (newlines) always end one.
pub fn split_sentences(body: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in body.split('\n') {
        split_paragraph(line, offset, &mut out);
        offset += line.len() + 1;
    }
    out
}

fn split_paragraph(para: &str, base: usize, out: &mut Vec<Sentence>) {
    let bytes = para.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Closing quotes and brackets stay with the sentence they close.
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                end += 1;
            }
            for q in ["”", "»", "’"] {
                if para[end..].starts_with(q) {
                    end += q.len();
                }
            }
            let next = para[end..].chars().next();
            let after = para[end..].trim_start().chars().next();
            let boundary = match next {
                None => true,
                Some(c) if c.is_whitespace() => after
                    .is_some_and(|a| a.is_uppercase() || a.is_numeric() || "\"“«‘'(-–".contains(a)),
                // "a progressé de 1,07%.- Calibré pour le cloud -Pour plusieurs experts": a
                // wire subheading between dashes glued to the full stop
                Some('-' | '–') => dash_heading(&para[end..]).is_some(),
                _ => false,
            };
            let word_start = para[..i].rfind(char::is_whitespace).map_or(0, |p| p + 1);
            let word = &para[word_start..i];
            // Scraped pages glue a heading or the next sentence to a full stop: "fintech.Hace".
            let glued = b == b'.' && glued_sentence(word, &para[end..]);
            let boundary = boundary || glued;
            if boundary && (b != b'.' || !is_abbreviation(word)) {
                push(para, base, start, end, out);
                start = end;
            }
            i = end;
            continue;
        }
        // the subheading ends at the dash glued to the next sentence's first word
        if b == b'-' || b == 0xE2 && para[i..].starts_with('–') {
            if let Some(len) = dash_heading(&para[start..]).filter(|len| start + len == i + 1) {
                push(para, base, start, start + len, out);
                start += len;
            }
        }
        i += 1;
    }
    push(para, base, start, para.len(), out);
}

/// The longest a wire subheading between dashes may be, in bytes.
const MAX_DASH_HEADING: usize = 120;

/// The length up to and with its closing dash of a subheading that `text` opens with: a dash,
/// a space, a capitalised phrase with no full stop, a space and a dash glued to a capitalised
/// word ("- Calibré pour le "cloud" -Pour").
fn dash_heading(text: &str) -> Option<usize> {
    let open = text.strip_prefix('-').or_else(|| text.strip_prefix('–'))?;
    let body = open.strip_prefix(' ')?;
    if !body.starts_with(char::is_uppercase) {
        return None;
    }
    let cut = (0..=body.len().min(MAX_DASH_HEADING))
        .rev()
        .find(|&k| body.is_char_boundary(k))
        .unwrap_or(0);
    let head = &body[..cut];
    let close = head.find(" -").or_else(|| head.find(" –"))?;
    let dash = &body[close + 1..];
    let dash_len = dash.chars().next()?.len_utf8();
    if head[..close].contains(['.', '!', '?']) || !dash[dash_len..].starts_with(char::is_uppercase)
    {
        return None;
    }
    Some(text.len() - body.len() + close + 1 + dash_len)
}

/// Whether a full stop with no space after it still ends a sentence: a word of three letters
/// or more before it, lower-case after its first letter, or a number, and a capitalised word
/// after it ("fintech.Hace poco", "Stenning.Consultado por", "covid19.La apuesta", "Satena
/// 22.En el historial"), which neither an abbreviation ("e.g.The"), a domain ("Amazon.com"), a
/// decimal nor capitals ("U.S.A.The") are.
fn glued_sentence(word: &str, rest: &str) -> bool {
    let mut next = rest.chars();
    let first = next.next();
    let second = next.next();
    let starts_word =
        first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase);
    // "Bayón.A 2040 la empresa": a one-letter word (a preposition, an article) opens it
    let one_letter = first.is_some_and(char::is_uppercase) && second == Some(' ');
    let mut letters = word.chars();
    let number = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    let word_like = letters.next().is_some_and(char::is_alphabetic)
        && word.chars().count() >= 3
        && letters.all(|c| c.is_lowercase() || c.is_ascii_digit());
    // "CO2.Este acuerdo": a code of capitals and digits
    let code = word.chars().count() >= 3
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().any(|b| b.is_ascii_digit())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let domain = ["Com", "Net", "Org"]
        .iter()
        .any(|d| rest.starts_with(d) && !rest[d.len()..].starts_with(char::is_alphanumeric));
    (starts_word && !domain && (word_like || number || code)) || (one_letter && word_like)
}

fn push(para: &str, base: usize, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &para[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if s.trim().is_empty() {
        return;
    }
    out.push(Sentence {
        start: base + start + lead,
        end: base + end - trail,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_subheading_between_dashes_is_a_sentence_of_its_own() {
        let body = "L'action a progressé de 1,07%.- Calibré pour le \"cloud\" -Pour plusieurs experts, le rachat est clé.";
        let got: Vec<&str> = split_sentences(body).iter().map(|s| s.text(body)).collect();
        assert_eq!(
            got,
            [
                "L'action a progressé de 1,07%.",
                "- Calibré pour le \"cloud\" -",
                "Pour plusieurs experts, le rachat est clé."
            ]
        );
        // a dash inside a sentence opens no heading
        let body = "Brisamar - the maker - said it bought Lumetra. It paid - Harlow said - cash.";
        assert_eq!(split_sentences(body).len(), 2);
    }

    fn texts(body: &str) -> Vec<&str> {
        split_sentences(body)
            .into_iter()
            .map(|s| s.text(body))
            .collect()
    }

    #[test]
    fn sentences_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Acme Inc. bought Widget Corp. for $12.5 mln. It said so.",
                &[
                    "Acme Inc. bought Widget Corp. for $12.5 mln.",
                    "It said so.",
                ],
            ),
            (
                "T. Boone Pickens made a bid. The U.S. company said no.",
                &["T. Boone Pickens made a bid.", "The U.S. company said no."],
            ),
            (
                "Eni S.p.A. compra Widget. Poi vende.\nNuovo paragrafo",
                &["Eni S.p.A. compra Widget.", "Poi vende.", "Nuovo paragrafo"],
            ),
            (
                "He said \"it is done.\" Then left.",
                &["He said \"it is done.\"", "Then left."],
            ),
            ("Was it 1.5 billion? Yes.", &["Was it 1.5 billion?", "Yes."]),
            (
                "Juntamos al sector con la industria fintech.Hace poco cerramos. Visit Amazon.com today.",
                &[
                    "Juntamos al sector con la industria fintech.",
                    "Hace poco cerramos.",
                    "Visit Amazon.com today.",
                ],
            ),
            (
                "Su gerente es Francis Stenning.Consultado por DF la Bolsa dijo que tal vez. Amazon.Com y U.S.A.The",
                &[
                    "Su gerente es Francis Stenning.",
                    "Consultado por DF la Bolsa dijo que tal vez.",
                    "Amazon.Com y U.S.A.The",
                ],
            ),
            (
                "Satena tendría 22.En el historial está el covid19.La apuesta vale 1.5 y v2.0 hoy.",
                &[
                    "Satena tendría 22.",
                    "En el historial está el covid19.",
                    "La apuesta vale 1.5 y v2.0 hoy.",
                ],
            ),
            (
                "Reduce el CO2.Este acuerdo sigue. Dijo Felipe Bayón.A 2040 la meta. Vea J.R.R. Tolkien y U.S.A.B 5.",
                &[
                    "Reduce el CO2.",
                    "Este acuerdo sigue.",
                    "Dijo Felipe Bayón.",
                    "A 2040 la meta.",
                    "Vea J.R.R. Tolkien y U.S.A.B 5.",
                ],
            ),
        ];
        for (body, want) in cases {
            assert_eq!(texts(body), *want, "{body}");
        }
    }

    #[test]
    fn offsets_point_into_the_body() {
        let body = "First one. Second one.\nThird.";
        for s in split_sentences(body) {
            assert_eq!(s.text(body), body[s.start..s.end].to_string());
        }
    }
}
