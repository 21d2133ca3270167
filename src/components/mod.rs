//! The views, one component per file. They hold no logic that can live in `model` or `filter`.

pub mod load_error;
pub mod loading;
pub mod problems;
pub mod record_page;
pub mod record_view;
