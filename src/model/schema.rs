//! The JSON Schema of the data file, generated from the types so the two cannot drift.

/// The schema as pretty JSON with a trailing newline, exactly as shipped in `public/data/`.
pub fn to_json() -> String {
    let schema = schemars::schema_for!(super::types::Dataset);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}
