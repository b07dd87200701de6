//! Reads the rule sources of the repository, as the importer does.

#![allow(dead_code)]

use catalogue::Communities;
use catalogue::hostilities::{OriginListing, origin_listing, settlement_listing};
use rules::Rules;
use rules::source::{Evidence, ProgrammeSrc, SourceFile, compile};
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The catalogue's programme ids (from the programme files' names).
pub fn programme_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(root().join("data/programmes"))
        .expect("data/programmes")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let id = name.strip_suffix(".toml")?;
            (!id.ends_with(".rules")).then(|| id.to_string())
        })
        .collect();
    ids.sort();
    ids
}

/// The facts file every criterion and value cites.
pub fn evidence() -> Evidence {
    let path = root().join("../shared/data/programs/programs_facts.json");
    Evidence::from_json(&read(&path)).expect("the facts file")
}

/// Compiles the repository's rules; panics with every problem.
pub fn load() -> (Rules, Vec<ProgrammeSrc>) {
    let root = root();
    let facts = read(&root.join("data/rules/facts.toml"));
    let params = read(&root.join("data/rules/parameters.toml"));
    let mut files: Vec<(String, String)> = std::fs::read_dir(root.join("data/programmes"))
        .expect("data/programmes")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            name.ends_with(".rules.toml").then(|| (name, read(&path)))
        })
        .collect();
    files.sort();
    let sources: Vec<SourceFile> = files
        .iter()
        .map(|(path, text)| SourceFile { path, text })
        .collect();
    let ids = programme_ids();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    compile(
        SourceFile {
            path: "facts.toml",
            text: &facts,
        },
        SourceFile {
            path: "parameters.toml",
            text: &params,
        },
        &sources,
        &ids,
        &evidence(),
    )
    .unwrap_or_else(|errors| panic!("the rules do not compile:\n{}", errors.join("\n")))
}

/// The communities the importer generated, to look the places of cases up in.
pub fn communities() -> Communities {
    Communities::from_json(&read(&root().join("data/generated/communities.json")))
        .expect("data/generated/communities.json")
}

/// What the list says of a community or a settlement code, as the app and the tool look it up.
pub fn place(communities: &Communities, code: &str) -> Option<OriginListing> {
    communities.get(code).map(origin_listing).or_else(|| {
        communities
            .settlement(code)
            .map(|(c, s)| settlement_listing(c, s))
    })
}
