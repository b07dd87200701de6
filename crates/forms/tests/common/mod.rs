//! What the forms' tests share: the repository's forms, compiled as the importer compiles them.

#![allow(dead_code)]

use catalogue::Date;
use forms::Forms;
use forms::source::{SourceFile, compile};
use std::collections::BTreeMap;
use std::path::Path;

/// The day the tests check applications on.
pub fn today() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

/// Answers from (field, value) pairs.
pub fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The applicant of the complete applications, in Ukraine with the ID card: РНОКПП 3656801869 is
/// a woman born on 13.02.2000 (the identifiers README's Diia fixture); `extra` are the form's own
/// answers.
pub fn applicant(extra: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut a = answers(&[
        ("surname", "Шевченко"),
        ("given_name", "Олена"),
        ("birth_date", "2000-02-13"),
        ("sex", "female"),
        ("has_rnokpp", "yes"),
        ("rnokpp", "3656801869"),
        ("passport", "000123456"),
        ("phone", "+38 050 123 45 67"),
        ("lives", "ukraine"),
        ("settlement", "Львів"),
        ("house", "1"),
        ("postal_index", "79000"),
    ]);
    a.extend(answers(extra));
    a
}

pub fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The catalogue as the importer generated it from `data/programmes` (the tests of the importer
/// keep it up to date).
pub fn catalogue() -> catalogue::Catalogue {
    let json = std::fs::read_to_string(root().join("data/generated/catalogue.json")).unwrap();
    catalogue::Catalogue::from_json(&json).unwrap()
}

/// The programmes whose amount the eligibility rules count per family member, as the importer
/// finds them (`importer::per_member`; the importer's tests keep the generated forms up to date).
pub const PER_MEMBER: &[&str] = &[
    "basic-social-assistance",
    "disability-since-childhood",
    "idp-living-allowance",
    "single-parents",
];

/// Every form, as the importer compiles it from `data/forms` and the generated catalogue.
pub fn load() -> Forms {
    let dir = root().join("data/forms");
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
    compile_with(
        &sources,
        &["baby_birth_date", "abroad", "household"],
        PER_MEMBER,
    )
    .unwrap_or_else(|e| panic!("the forms do not compile:\n{}", e.join("\n")))
}

/// Compiles `forms` with the repository's common sections and request, against the generated
/// catalogue, the facts a form may be filled in from and the programmes counted per member.
pub fn compile_with(
    forms: &[SourceFile],
    prefills: &[&str],
    per_member: &[&str],
) -> Result<Forms, Vec<String>> {
    let dir = root().join("data/forms");
    let common = read(&dir.join("common.toml"));
    let request = read(&dir.join("request.toml"));
    compile(
        SourceFile {
            path: "common.toml",
            text: &common,
        },
        SourceFile {
            path: "request.toml",
            text: &request,
        },
        forms,
        &catalogue().programmes,
        prefills,
        per_member,
    )
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}
