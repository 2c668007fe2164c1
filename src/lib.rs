//! dealsift finds corporate deal announcements in news articles.
//!
//! Data flows one way: `walk` lists files → `article` reads, decodes and cleans them →
//! `sentence` splits → `deal` extracts (with `money`, `date`, `company` and the per-language
//! tables of `lexicon`) → `dedup` merges across articles → `output` writes CSV and xlsx. `run`
//! wires the stages together over a thread pool, with `state` (what earlier runs read) and
//! `report` (progress bar, summary line); `inspect` prints one stage's findings. As the map step
//! of a cluster job, `stream` writes mentions to standard output as `shard` lines, and `merge`
//! turns the shards into the output of one run.

pub mod article;
pub mod cli;
pub mod company;
pub mod date;
pub mod deal;
pub mod dedup;
pub mod inspect;
pub mod lexicon;
pub mod merge;
pub mod money;
pub mod output;
pub mod report;
pub mod run;
pub mod sentence;
pub mod shard;
pub mod state;
pub mod stream;
pub mod walk;
