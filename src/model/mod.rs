//! The record's data: types, dates with precision, and loading with precise errors.
//!
//! This module imports no leptos and no web-sys: it is plain Rust, tested natively.

pub mod date;
mod error_path;
mod file;
pub mod load;
pub mod local;
pub mod localize;
pub mod name;
pub mod order;
pub mod problem;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod stream;
pub mod symbol;
pub mod types;
pub mod validate;
pub mod votes;

pub use date::{PartialDate, Precision};
pub use load::{parse, parse_from, parse_in_memory, Loaded};
pub use local::{Place, TranslatedBy, Translation};
pub use localize::Local;
pub use name::Name;
pub use problem::{ParseError, Problem, FORMAT};
pub use stream::utf8_error;
pub use symbol::{official_text_url, short_symbol, vote_id, voting_record_url};
pub use types::*;
pub use votes::{
    Ballot, MissingVote, OfficialTally, SessionId, StateName, StateNames, Tally, Vote, VoteKind,
    VoteOutcome, Voting,
};
