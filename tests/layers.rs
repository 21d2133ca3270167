//! The import rules of ARCHITECTURE.md, checked: the modules of `src/` form layers, each
//! imports only layers below it, the pure layers import no framework, and no file imports
//! another that imports it back (however long the way round).
//!
//! `cargo test --test layers -- --nocapture` prints the graph it checked: each layer with what
//! it imports, then each file with the files it imports.
//!
//! The reading is textual, which is enough for this code base's habits: paths written from
//! `crate::` or `super::`, and `use` of a child module in a module's own file. Comments and
//! the `#[cfg(test)]` module at the end of a file are left out: tests may use any layer to
//! check theirs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers from the bottom up: a module may import its own layer and the layers with a
/// lower rank. Layers of equal rank do not import each other.
const LAYERS: [(&str, u8); 13] = [
    ("lang", 0),
    ("model", 1),
    ("browser", 1),
    ("filter", 2),
    ("synthetic", 2),
    ("import", 2),
    ("i18n", 3),
    ("export", 4),
    ("api", 5),
    ("panic", 5),
    ("components", 6),
    // The build-time render of the views (native only).
    ("prerender", 7),
    // `lib.rs`: the module list, the app and its mounting.
    ("crate", 8),
];

/// What each layer may import besides itself (the "imports" column of ARCHITECTURE.md).
const ALLOWED: [(&str, &[&str]); 13] = [
    ("lang", &[]),
    ("model", &["lang"]),
    ("browser", &[]),
    ("filter", &["model", "lang"]),
    ("synthetic", &[]),
    ("import", &["model"]),
    ("i18n", &["filter", "model", "lang"]),
    ("export", &["i18n", "filter", "model", "lang"]),
    ("api", &["i18n", "filter", "model", "lang"]),
    ("panic", &["i18n", "lang"]),
    (
        "components",
        &[
            "api", "browser", "export", "filter", "i18n", "lang", "model",
        ],
    ),
    (
        "prerender",
        &["browser", "components", "i18n", "lang", "model"],
    ),
    (
        "crate",
        &[
            "api",
            "browser",
            "components",
            "export",
            "filter",
            "i18n",
            "lang",
            "model",
            "panic",
            "synthetic",
            "import",
            "prerender",
        ],
    ),
];

fn allowed(layer: &str) -> &'static [&'static str] {
    ALLOWED
        .iter()
        .find(|(name, _)| *name == layer)
        .map(|(_, a)| *a)
        .unwrap_or_else(|| panic!("layer `{layer}` is not in ALLOWED: give it its imports"))
}

/// Layers that must stay plain Rust, tested natively: none of these crates.
const PURE: [&str; 7] = [
    "lang",
    "model",
    "filter",
    "i18n",
    "export",
    "synthetic",
    "import",
];
const FRAMEWORK: [&str; 7] = [
    "leptos",
    "leptos_router",
    "leptos_meta",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo_net",
];

fn rank(layer: &str) -> u8 {
    LAYERS
        .iter()
        .find(|(name, _)| *name == layer)
        .map(|(_, r)| *r)
        .unwrap_or_else(|| panic!("layer `{layer}` is not in LAYERS: give it a place"))
}

/// Every `.rs` file under `dir`, as (module path, text).
fn modules(root: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                // Binaries are crates of their own, using the library as `hrc_record`.
                if path.file_name().is_some_and(|n| n != "bin") {
                    walk(&path, root, out);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(root).expect("under src");
            let mut parts: Vec<String> = rel
                .iter()
                .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            let name = match parts.as_slice() {
                [one] if one == "lib" => "crate".to_owned(),
                [one] if one == "main" => continue,
                _ => parts.join("::"),
            };
            let text = std::fs::read_to_string(&path).expect("a source file is UTF-8");
            out.insert(name, text);
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// The text without comments and without the test module at the end (a `#[cfg(test)]` or
/// `#[cfg(all(test, …))]` attribute on a `mod`).
fn code(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let mut in_string = false;
    for (n, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let is_test_attr =
            trimmed.starts_with("#[cfg(test)]") || trimmed.starts_with("#[cfg(all(test");
        if is_test_attr && !in_string {
            let next = lines[n + 1..]
                .iter()
                .map(|l| l.trim_start())
                .find(|l| !l.starts_with("#["));
            if next.is_some_and(|l| l.starts_with("mod ") || l.starts_with("pub mod ")) {
                break;
            }
        }
        // Cut at `//` outside string literals.
        let bytes = line.as_bytes();
        let mut end = bytes.len();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' if in_string => i += 1,
                b'"' => in_string = !in_string,
                b'\'' if !in_string => {
                    // A char literal such as '"' must not open a string.
                    if bytes.get(i + 2) == Some(&b'\'') {
                        i += 2;
                    } else if bytes.get(i + 1) == Some(&b'\\') && bytes.get(i + 3) == Some(&b'\'') {
                        i += 3;
                    }
                }
                b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => {
                    end = i;
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        out.push_str(&line[..end]);
        out.push('\n');
    }
    out
}

/// Reads the path that starts at byte `at` of `code`: its segments up to a type or value
/// name, with `{…}` groups expanded into one path each.
fn paths_at(code: &str, at: usize) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let mut segments: Vec<String> = Vec::new();
    let mut i = at;
    if code[i..].starts_with('{') {
        return group(code, i, &segments);
    }
    loop {
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            i += 1;
        }
        let word = &code[start..i];
        if word.is_empty() {
            break;
        }
        if code[i..].starts_with("::") {
            segments.push(word.to_owned());
            i += 2;
            if code[i..].starts_with('{') {
                return group(code, i, &segments);
            }
            continue;
        }
        segments.push(word.to_owned());
        break;
    }
    vec![segments]
}

/// The paths of the `{…}` group that opens at byte `open` of `code`, each below `prefix`.
fn group(code: &str, open: usize, prefix: &[String]) -> Vec<Vec<String>> {
    let mut depth = 0;
    let mut end = open;
    for (k, c) in code[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    end = open + k;
                    break;
                }
            }
            _ => {}
        }
    }
    let inner = &code[open + 1..end];
    let mut items = Vec::new();
    let mut depth = 0;
    let mut from = 0;
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[from..k]);
                from = k + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[from..]);
    let mut out = Vec::new();
    for item in items {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        if item == "self" || item.starts_with("self ") {
            out.push(prefix.to_vec());
            continue;
        }
        let offset = item.as_ptr() as usize - code.as_ptr() as usize;
        for tail in paths_at(code, offset) {
            let mut full = prefix.to_vec();
            full.extend(tail);
            out.push(full);
        }
    }
    out
}

/// The modules a module's code imports, each resolved to the longest module path that exists.
fn imports(name: &str, code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let parent = |m: &str| -> String {
        match m.rfind("::") {
            Some(at) => m[..at].to_owned(),
            None => "crate".to_owned(),
        }
    };
    let children: BTreeSet<String> = known
        .iter()
        .filter(|m| m.as_str() != name && parent(m) == name)
        .map(|m| m.rsplit("::").next().unwrap_or_default().to_owned())
        .collect();
    let mut found = BTreeSet::new();
    let mut resolve = |base: Vec<String>| {
        // The longest prefix that names a module of ours.
        for len in (1..=base.len()).rev() {
            let candidate = base[..len].join("::");
            if known.contains(&candidate) {
                if candidate != name {
                    found.insert(candidate);
                }
                return;
            }
        }
    };
    let bytes = code.as_bytes();
    for (at, _) in code.match_indices("crate::") {
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
            continue;
        }
        for path in paths_at(code, at + "crate::".len()) {
            resolve(path);
        }
    }
    let module_path = |m: &str| -> Vec<String> {
        if m == "crate" {
            Vec::new()
        } else {
            m.split("::").map(str::to_owned).collect()
        }
    };
    for (at, _) in code.match_indices("super::") {
        if at > 0
            && (bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b':')
        {
            continue;
        }
        // `super::super::…` climbs once per `super`.
        let mut up = parent(name);
        let mut rest = at + "super::".len();
        while code[rest..].starts_with("super::") {
            up = parent(&up);
            rest += "super::".len();
        }
        for path in paths_at(code, rest) {
            let mut full = module_path(&up);
            full.extend(path);
            resolve(full);
        }
    }
    for (at, _) in code.match_indices("self::") {
        if at > 0
            && (bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b':')
        {
            continue;
        }
        for path in paths_at(code, at + "self::".len()) {
            let mut full = module_path(name);
            full.extend(path);
            resolve(full);
        }
    }
    // Paths that start at a child module, in a module's own file (`use child::…`, or
    // `child::item` inline, as the crate root writes `components::…`).
    let base: Vec<String> = if name == "crate" {
        Vec::new()
    } else {
        name.split("::").map(str::to_owned).collect()
    };
    for child in &children {
        let pattern = format!("{child}::");
        for (at, _) in code.match_indices(&pattern) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            for path in paths_at(code, at) {
                let mut full = base.clone();
                full.extend(path);
                resolve(full);
            }
        }
    }
    found
}

fn layer_of(module: &str) -> &str {
    module.split("::").next().unwrap_or_default()
}

/// The graph of the files under `src/`: each module and the modules it imports.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let sources = modules(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")));
    let known: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(name, text)| (name.clone(), imports(name, &code(text), &known)))
        .collect()
}

/// A cycle through `start`, if there is one, as the modules along it.
fn cycle_from(start: &str, graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        at: &str,
        start: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(at).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if visit(next, start, graph, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_owned()];
    let mut seen = BTreeSet::new();
    visit(start, start, graph, &mut path, &mut seen).then_some(path)
}

// Guards the reader itself on the shapes the code uses, so that the checks below cannot pass
// by reading nothing.
#[test]
fn the_reader_finds_grouped_nested_and_relative_imports() {
    let known: BTreeSet<String> = [
        "crate",
        "model",
        "model::types",
        "filter",
        "filter::state",
        "components",
        "components::timeline",
        "components::timeline::entry",
        "components::timeline::dimming",
    ]
    .map(str::to_owned)
    .into();
    let sample = code(
        "use crate::filter::{state::Facet, Index};\nuse crate::model::{self, types::Role};\n\
         // use crate::lang::Lang;\nuse super::dimming::Dimming;\nfn f() { crate::model::parse(\"x\"); }\n\
         #[cfg(test)]\nmod tests { use crate::components::timeline; }\n",
    );
    let found = imports("components::timeline::entry", &sample, &known);
    let want: BTreeSet<String> = [
        "filter::state",
        "filter",
        "model",
        "model::types",
        "components::timeline::dimming",
    ]
    .map(str::to_owned)
    .into();
    assert_eq!(found, want);
    let found = imports(
        "components::timeline",
        "pub mod entry;\nuse entry::TimelineEntry;\n",
        &known,
    );
    assert_eq!(found, ["components::timeline::entry".to_owned()].into());
    let found = imports("crate", "fn f() { model::parse(); filter_x::y(); }", &known);
    assert_eq!(found, ["model".to_owned()].into());
    // A group straight after `crate::` or `super::`, a second `super`, and `self::`.
    let found = imports(
        "components::timeline::entry",
        "use crate::{filter::state::X, model::types::Y};\nuse super::{dimming::D};\n\
         fn f() { super::super::context::C; }\n",
        &known,
    );
    let want: BTreeSet<String> = [
        "filter::state",
        "model::types",
        "components::timeline::dimming",
        "components",
    ]
    .map(str::to_owned)
    .into();
    assert_eq!(found, want);
    let found = imports("components::timeline", "use self::entry::E;\n", &known);
    assert_eq!(found, ["components::timeline::entry".to_owned()].into());
    // A `//` inside a string is not a comment, and a test attribute on something other than a
    // module hides nothing.
    let code_text = code(
        "const U: &str = \"https://x\"; use crate::model::M;\n#[cfg(test)]\nfn helper() {}\nuse crate::filter::F;\n",
    );
    assert!(code_text.contains("crate::model::M") && code_text.contains("crate::filter::F"));
}

// Guards the layering: every import goes to the same layer or to one it may import.
#[test]
fn no_layer_imports_a_layer_above_it() {
    let graph = graph();
    assert!(graph.len() > 40, "found the sources: {:?}", graph.keys());
    // The reader must see the imports it is meant to judge.
    let edges: usize = graph.values().map(BTreeSet::len).sum();
    assert!(edges > 150, "found only {edges} imports");
    for (from, to) in [
        ("components::context", "components::navigator"),
        ("components::navigator", "filter::pending"),
        ("i18n", "filter"),
        ("filter::search", "filter::state"),
        ("model::load", "model::validate"),
        ("crate", "components::record_page"),
        ("components::timeline", "components::timeline::dimming"),
    ] {
        assert!(
            graph.get(from).is_some_and(|tos| tos.contains(to)),
            "the reader missed {from} -> {to}"
        );
    }
    let mut wrong = Vec::new();
    for (from, tos) in &graph {
        for to in tos {
            let (a, b) = (layer_of(from), layer_of(to));
            if a != b && (rank(b) >= rank(a) || !allowed(a).contains(&b)) {
                wrong.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports a layer may not make: {wrong:#?}");
}

// Guards the house's shape: no file imports another that (directly or not) imports it back.
#[test]
fn no_module_imports_itself_round_a_cycle() {
    let graph = graph();
    let cycles: Vec<Vec<String>> = graph.keys().filter_map(|m| cycle_from(m, &graph)).collect();
    assert!(cycles.is_empty(), "import cycles: {cycles:#?}");
}

// Guards the pure layers: no framework crate, so they build and test natively.
#[test]
fn the_pure_layers_use_no_framework() {
    let sources = modules(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")));
    for (name, text) in &sources {
        if !PURE.contains(&layer_of(name)) {
            continue;
        }
        let code = code(text);
        for krate in FRAMEWORK {
            assert!(!code.contains(&format!("{krate}::")), "{name} uses {krate}");
        }
    }
}

// Prints the graph checked above (`-- --nocapture` shows it).
#[test]
fn print_the_module_graph() {
    let graph = graph();
    let mut layers: BTreeMap<(u8, &str), BTreeSet<&str>> = BTreeMap::new();
    for (from, tos) in &graph {
        let a = layer_of(from);
        let entry = layers.entry((rank(a), a)).or_default();
        for to in tos {
            let b = layer_of(to);
            if a != b {
                entry.insert(b);
            }
        }
    }
    println!("Layers, from the bottom up, and the layers each imports:");
    for ((r, layer), tos) in &layers {
        println!(
            "  {r} {layer:<11} -> {}",
            tos.iter().copied().collect::<Vec<_>>().join(", ")
        );
    }
    println!("\nFiles and the files of their own layer they import:");
    for (from, tos) in &graph {
        let same: Vec<&str> = tos
            .iter()
            .filter(|to| layer_of(to) == layer_of(from))
            .map(String::as_str)
            .collect();
        println!("  {from} -> {}", same.join(", "));
    }
    assert!(layers.len() >= 8, "{layers:?}");
}
