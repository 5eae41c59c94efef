//! The model's layering: every `use crate::model::…` in `src/model/` points to the
//! importer's own room or one below it, and no modules import each other in a loop.
//! The rooms and their order are the ones `src/model/mod.rs` describes.
#![cfg(not(target_arch = "wasm32"))] // native: reads the source tree

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Rooms from the bottom up; a top-level module that is no folder is its own room.
const ROOMS: &[&[&str]] = &[
    &["text", "number", "calendar", "sorted", "json"],
    &["questionnaire"],
    &["sharing"],
    &["kept"],
    &["present"],
    &["route", "state"],
];

fn rank(module: &str) -> usize {
    let room = module.split("::").next().unwrap_or(module);
    ROOMS.iter().position(|rooms| rooms.contains(&room)).unwrap_or_else(|| panic!("{module}: in no room"))
}

/// Every module of the model (`sharing::code`) with the modules it imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph = BTreeMap::new();
    read(Path::new("src/model"), "", &mut graph);
    graph
}

fn read(dir: &Path, prefix: &str, graph: &mut BTreeMap<String, BTreeSet<String>>) {
    for entry in fs::read_dir(dir).expect("src/model is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_stem().and_then(|s| s.to_str()).expect("a UTF-8 file name").to_string();
        if path.is_dir() {
            read(&path, &format!("{prefix}{name}::"), graph);
            continue;
        }
        let module = if name == "mod" { prefix.trim_end_matches("::").to_string() } else { format!("{prefix}{name}") };
        if module.is_empty() {
            continue;
        }
        let source = fs::read_to_string(&path).expect("a readable source file");
        let parent = module.rsplit_once("::").map_or("", |(parent, _)| parent);
        let mut used = BTreeSet::new();
        for (at, _) in source.match_indices("crate::model::") {
            used.insert(target(&source[at + "crate::model::".len()..]));
        }
        for (at, _) in source.match_indices("super::") {
            let path = target(&source[at + "super::".len()..]);
            used.insert(if parent.is_empty() { path } else { format!("{parent}::{path}") });
        }
        used.retain(|m| *m != module && !m.is_empty());
        graph.insert(module, used);
    }
}

/// The module a path names: its leading lower-case segments, up to an item or a `{`.
fn target(path: &str) -> String {
    let segments: Vec<&str> = path
        .split("::")
        .map(|s| s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next().unwrap_or(""))
        .take_while(|s| s.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .collect();
    // The last lower-case segment may be a function, not a module.
    let mut module = segments.join("::");
    while !module.is_empty() && !is_module(&module) {
        module = module.rsplit_once("::").map_or(String::new(), |(parent, _)| parent.to_string());
    }
    module
}

fn is_module(module: &str) -> bool {
    let path = format!("src/model/{}", module.replace("::", "/"));
    Path::new(&format!("{path}.rs")).exists() || Path::new(&format!("{path}/mod.rs")).exists()
}

#[test]
fn every_import_points_to_the_same_room_or_one_below() {
    let wrong: Vec<String> = imports()
        .iter()
        .flat_map(|(module, used)| {
            used.iter().filter(|u| rank(u) > rank(module)).map(move |u| format!("{module} imports {u}"))
        })
        .collect();
    assert!(wrong.is_empty(), "imports against the layering:\n{}", wrong.join("\n"));
}

#[test]
fn no_modules_import_each_other_in_a_loop() {
    let graph = imports();
    // Kahn's algorithm: whatever cannot be peeled off, importer after imported, is in a loop.
    let mut left = graph.clone();
    loop {
        let free: Vec<String> = left
            .iter()
            .filter(|(_, used)| used.iter().all(|u| !left.contains_key(u)))
            .map(|(m, _)| m.clone())
            .collect();
        if free.is_empty() {
            break;
        }
        for module in free {
            left.remove(&module);
        }
    }
    assert!(left.is_empty(), "modules in an import loop: {:?}", left.keys().collect::<Vec<_>>());
}

#[test]
fn the_check_sees_the_imports() {
    let graph = imports();
    assert!(graph["sharing::code"].contains("questionnaire::bank"));
    assert!(graph["state"].contains("kept::history"));
}
