//! Tables for reading an article: the common words that tell its language apart and the line
//! openings that mark boilerplate (related-news lists, ads, share and cookie lines, the closing
//! matter of press releases).

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct TextLex {
    /// Frequent function words, used to recognise the language of a body.
    pub stopwords: Vec<String>,
    /// Lower-case line openings of boilerplate lines ("leggi anche", "share this").
    pub boilerplate: Vec<String>,
    /// Lower-case headers after which a list of other articles follows to the end of the block
    /// ("notizie dello stesso argomento", "related news").
    pub related: Vec<String>,
    /// Lower-case headers of the matter that closes an article and is not part of it ("about
    /// acme", "forward-looking statements", "pour citer cet article"): from one of these, late
    /// in the text, to the end is dropped.
    #[serde(default)]
    pub tail: Vec<String>,
    /// Lower-case labels before a page's own date ("published", "pubblicato il"): a line that
    /// opens with one is a date line even when a second stamp or a clock time makes it long.
    #[serde(default)]
    pub date_labels: Vec<String>,
    /// Lower-case common words of headlines set all in capitals (wire copy): read in lower
    /// case, while any other word of such a headline is read as a name. Empty: such headlines
    /// are not read.
    #[serde(default)]
    pub headline_words: Vec<String>,
}
