//! Tables for reading an article: the common words that tell its language apart and the line
//! openings that mark boilerplate (related-news lists, ads, share and cookie lines).

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
}
