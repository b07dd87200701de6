//! What the forms' tests share: the repository's forms, compiled as the importer compiles them.

use forms::Forms;
use forms::source::{SourceFile, compile};
use std::path::Path;

pub fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The catalogue as the importer generated it from `data/programmes` (the tests of the importer
/// keep it up to date).
pub fn catalogue() -> catalogue::Catalogue {
    let json = std::fs::read_to_string(root().join("data/generated/catalogue.json")).unwrap();
    catalogue::Catalogue::from_json(&json).unwrap()
}

/// Every form, as the importer compiles it from `data/forms` and the generated catalogue.
pub fn load() -> Forms {
    let read =
        |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let dir = root().join("data/forms");
    let common = read(&dir.join("common.toml"));
    let request = read(&dir.join("request.toml"));
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            (name.ends_with(".toml") && name != "common.toml" && name != "request.toml")
                .then(|| (name, read(&path)))
        })
        .collect();
    files.sort();
    let sources: Vec<SourceFile> = files
        .iter()
        .map(|(path, text)| SourceFile { path, text })
        .collect();
    compile(
        SourceFile {
            path: "common.toml",
            text: &common,
        },
        SourceFile {
            path: "request.toml",
            text: &request,
        },
        &sources,
        &catalogue().programmes,
        &["baby_birth_date", "abroad"],
    )
    .unwrap_or_else(|e| panic!("the forms do not compile:\n{}", e.join("\n")))
}
