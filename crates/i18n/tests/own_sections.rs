//! The eligibility check's own messages (the `[check]` sections, issue 17) are in the check's
//! module only: the portal, the applications app and the office would show such a message as its
//! id. So no code outside the check's pages names one. Likewise the office's module does not carry
//! the citizens' apps' messages (the `[citizens]` sections): the office's code names none. And the
//! portal's own (`[portal]`) are named only by the portal's own pages, listed below.

use std::path::{Path, PathBuf};

/// The files of the portal's own pages: only the portal's module has them (the check's and the
/// applications app's routers do not reach them), so only they may name a `[portal]` message.
const PORTAL_PAGES: &[&str] = &[
    "app/src/pages/about.rs",
    "app/src/pages/catalogue_page.rs",
    "app/src/pages/community.rs",
    "app/src/pages/home.rs",
    "app/src/pages/search.rs",
    "app/src/pages/service.rs",
    "app/src/components/country_picker.rs",
    "app/src/components/live_search.rs",
    "app/src/components/return_to_application.rs",
    "app/src/components/search_form.rs",
];

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of `src` that look like message ids (`check-next`, `loading`).
fn literals(src: &str) -> impl Iterator<Item = &str> {
    src.split('"').skip(1).step_by(2).filter(|s| {
        s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    })
}

/// The message ids a file makes from a prefix, as `format!("kind-{}", kind.slug())` does: every
/// message whose id starts with the prefix.
fn formatted<'a>(src: &str, ids: &'a [String]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for piece in src.split("format!(\"").skip(1) {
        let Some(prefix) = piece
            .split('{')
            .next()
            .filter(|p| p.ends_with('-') && p.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        else {
            continue;
        };
        out.extend(
            ids.iter()
                .filter(|id| id.starts_with(prefix))
                .map(|id| id.as_str()),
        );
    }
    out
}

#[test]
fn each_apps_code_names_only_the_messages_its_module_carries() {
    // Every message's id: a line `id = …` of the Ukrainian file.
    let ids: Vec<String> = i18n::UK_FTL
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.to_string())
        .filter(|id| literals(&format!("\"{id}\"")).next().is_some())
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let check_pages = root.join("app/src/pages/check");
    let office = [
        root.join("app/src/office"),
        root.join("app/src/bin/office.rs"),
    ];
    let mut files = Vec::new();
    for dir in ["app/src", "crates", "server/src", "tools"] {
        sources(&root.join(dir), &mut files);
    }
    assert!(files.len() > 50, "the workspace's sources were not found");
    let mut wrong = Vec::new();
    // This crate's own tests install every table.
    let own = root.join("crates/i18n");
    for file in files.iter().filter(|f| !f.starts_with(&own)) {
        let src = std::fs::read_to_string(file).unwrap();
        let in_office = office.iter().any(|o| file.starts_with(o));
        let in_portal = PORTAL_PAGES.iter().any(|p| *file == root.join(p));
        for id in literals(&src).chain(formatted(&src, &ids)) {
            let section = i18n::own_section(id);
            if section == Some("check") && !file.starts_with(&check_pages)
                || section == Some("citizens") && in_office
                || section == Some("portal") && !in_portal
            {
                wrong.push(format!(
                    "{} names `{id}` ([{}])",
                    file.display(),
                    section.unwrap()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "messages of an app's own section of locales/*.ftl are named by another app's code; move \
         each to the messages of the citizens' apps ([citizens]) or, for the office, of every app \
         (at the top of the file, before any group comment):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_checks_own_messages_are_a_table_of_their_own() {
    assert_eq!(i18n::own_section("check-title"), Some("check"));
    // The form's pages say "Далі" and "Назад" too: those are every citizen's app's.
    assert_eq!(i18n::own_section("check-next"), Some("citizens"));
    assert_eq!(i18n::own_section("check-back"), Some("citizens"));
    // The office's forms say "Є проблема" as the citizens' do: every app's.
    assert_eq!(i18n::own_section("check-error-title"), None);
    assert_eq!(i18n::own_section("reply-send"), Some("apply"));
    assert_eq!(i18n::own_section("home-heading"), Some("portal"));
    assert_eq!(
        i18n::t(catalogue::Lang::Uk, "check-title"),
        "check-title",
        "without use_check_messages an app does not have them"
    );
    i18n::use_check_messages();
    assert_eq!(
        i18n::t(catalogue::Lang::Uk, "check-title"),
        "Перевірте, що вам може належати"
    );
}
