//! The catalogue's data files: `data/programmes/*.toml` (national programmes and services) and
//! `data/local/*.toml` (programmes of one community). Every file must parse into a `Programme`,
//! pass `validate::problems`, and together they must cover the home page's life situations.

use catalogue::model::{Category, Kind, Programme, Scope, Situation};
use catalogue::validate;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One data file, read and parsed.
struct Entry {
    file: PathBuf,
    programme: Programme,
}

fn data_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(name)
}

/// The programme files (`*.toml`) of `data/<dir>`, sorted; none if the folder does not exist. The
/// eligibility rules beside them (`*.rules.toml`) are the `rules` crate's.
fn toml_files(dir: &str) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(data_dir(dir)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = read
        .map(|e| e.expect("a readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| !p.to_string_lossy().ends_with(".rules.toml"))
        .collect();
    files.sort();
    files
}

/// Parses every file of `data/<dir>`, panicking with the file name and the parser's message.
fn load(dir: &str) -> Vec<Entry> {
    toml_files(dir)
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let programme = toml::from_str(&text)
                .unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
            Entry { file, programme }
        })
        .collect()
}

fn national() -> Vec<Entry> {
    load("programmes")
}

fn local() -> Vec<Entry> {
    load("local")
}

fn everything() -> Vec<Entry> {
    let mut all = national();
    all.extend(local());
    all
}

fn stem(e: &Entry) -> String {
    e.file
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("a UTF-8 file name")
        .to_string()
}

/// Categories the facts cannot fill with two honest entries yet, and why. A category leaves this
/// list as soon as sourced entries exist for it.
const THIN_CATEGORIES: &[(Category, &str)] = &[(
    Category::Displacement,
    "the facts describe one programme only for IDPs (the living allowance); \
         others that concern IDPs belong to other categories",
)];

#[test]
fn every_programme_file_parses_into_a_programme() {
    let files = toml_files("programmes");
    assert!(
        !files.is_empty(),
        "no files in {}",
        data_dir("programmes").display()
    );
    assert_eq!(national().len(), files.len());
}

#[test]
fn every_file_is_named_after_its_id() {
    for e in national() {
        assert_eq!(stem(&e), e.programme.id, "{}", e.file.display());
    }
}

#[test]
fn every_entry_passes_validation() {
    let mut report = Vec::new();
    for e in everything() {
        for problem in validate::problems(&e.programme) {
            report.push(format!("{}: {problem}", e.file.display()));
        }
    }
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}

#[test]
fn ids_are_unique_across_national_and_local_files() {
    let mut seen = BTreeMap::new();
    for e in everything() {
        if let Some(other) = seen.insert(e.programme.id.clone(), e.file.clone()) {
            panic!(
                "id «{}» is used by {} and {}",
                e.programme.id,
                other.display(),
                e.file.display()
            );
        }
    }
}

#[test]
fn the_catalogue_has_at_least_thirty_entries() {
    let n = national().len();
    assert!(n >= 30, "only {n} entries");
}

#[test]
fn national_files_are_national_in_scope() {
    for e in national() {
        assert_eq!(e.programme.scope, Scope::National, "{}", e.file.display());
    }
}

#[test]
fn every_life_situation_has_at_least_two_entries() {
    let all = everything();
    for &s in Situation::ALL {
        let n = all
            .iter()
            .filter(|e| e.programme.situations.contains(&s))
            .count();
        assert!(n >= 2, "situation «{}» has {n} entries", s.slug());
    }
}

#[test]
fn every_category_has_at_least_two_entries_unless_the_facts_cannot_fill_it() {
    let all = everything();
    for &c in Category::ALL {
        if THIN_CATEGORIES.iter().any(|(thin, _)| *thin == c) {
            continue;
        }
        let n = all.iter().filter(|e| e.programme.category == c).count();
        assert!(n >= 2, "category «{}» has {n} entries", c.slug());
    }
}

#[test]
fn every_payment_has_dated_amounts_or_a_caveat() {
    for e in everything() {
        let p = &e.programme;
        if p.kind == Kind::Payment {
            assert!(
                !p.amounts.is_empty() || !p.caveats.is_empty(),
                "{}: a payment with neither amounts nor a caveat saying where to ask",
                e.file.display()
            );
        }
    }
}

#[test]
fn only_the_three_confirmed_classifier_codes_are_used() {
    let confirmed = ["001.0", "002.0", "015.1"];
    for e in everything() {
        if let Some(code) = &e.programme.classifier_code {
            assert!(
                confirmed.contains(&code.as_str()),
                "{}: classifier code {code} is not confirmed by the facts",
                e.file.display()
            );
        }
    }
}

#[test]
fn local_files_are_scoped_to_the_community_in_their_name() {
    for e in local() {
        let stem = stem(&e);
        let Scope::Local(code) = &e.programme.scope else {
            panic!("{}: a local file must have a local scope", e.file.display());
        };
        assert_eq!(
            stem,
            format!("{code}-{}", e.programme.id),
            "{}: a local file is named <КАТОТТГ code>-<id>.toml",
            e.file.display()
        );
    }
}

#[test]
fn the_local_folder_explains_how_to_add_a_programme() {
    let readme = data_dir("local").join("README.md");
    let text =
        std::fs::read_to_string(&readme).unwrap_or_else(|e| panic!("{}: {e}", readme.display()));
    assert!(text.contains("cargo run -p importer"));
}

#[test]
fn the_local_scope_line_the_readme_shows_parses() {
    let mut text = std::fs::read_to_string(data_dir("programmes").join("informing.toml"))
        .expect("informing.toml");
    text = text.replacen(
        "kind = ",
        "scope = { local = \"UA05020030000031457\" }\nkind = ",
        1,
    );
    let p: Programme = toml::from_str(&text).expect("a local entry parses");
    assert_eq!(p.scope, Scope::Local("UA05020030000031457".into()));
    assert!(p.applies_in(Some("UA05020030000031457")));
    assert!(!p.applies_in(None));
}

#[test]
fn the_generated_data_reads_back_identically_from_its_binary_form() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/generated");
    let json = std::fs::read_to_string(root.join("catalogue.json")).unwrap();
    let catalogue = catalogue::Catalogue::from_json(&json).unwrap();
    let bytes = catalogue.to_binary().unwrap();
    assert_eq!(
        catalogue::Catalogue::from_binary(&bytes).unwrap(),
        catalogue
    );
    let json = std::fs::read_to_string(root.join("communities.json")).unwrap();
    let communities = catalogue::Communities::from_json(&json).unwrap();
    let bytes = communities.to_binary().unwrap();
    assert_eq!(
        catalogue::Communities::from_binary(&bytes).unwrap(),
        communities
    );
}
