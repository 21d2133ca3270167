//! A state's record at the UN Human Rights Council, as sourced resolution cards and a session
//! timeline, rendered in the browser from a static JSON file.

pub mod model;
