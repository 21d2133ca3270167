//! Filtering, search and highlighting: pure functions over the model.
//!
//! This module imports no leptos and no web-sys: it is plain Rust, tested natively (including
//! property tests). Components call it through Memos.

pub mod fold;
pub mod highlight;
pub mod links;
pub mod paging;
pub mod pending;
pub mod search;
pub mod state;
pub mod timeline;
pub mod votes;

pub use search::{FacetOption, Index, Matches, Recent};
pub use state::{Facet, FilterState};
