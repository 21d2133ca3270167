//! The views, one component per file. They hold no logic that can live in `model` or `filter`.

pub mod card;
pub mod card_list;
pub mod citations;
pub mod context;
pub mod export;
pub mod facet;
pub mod filter_panel;
pub mod highlighted;
pub mod language;
pub mod load_error;
pub mod loading;
pub mod masthead;
pub mod navigator;
pub mod open_file;
pub mod preview_banner;
pub mod problems;
pub mod record_page;
pub mod record_view;
pub mod result_status;
pub mod search_box;
pub mod side_lists;
pub mod site_footer;
pub mod source_view;
pub mod theme_toggle;
pub mod timeline;
