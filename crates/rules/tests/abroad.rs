//! What the plan tells a person abroad (`data/rules/facts.toml`, `[[abroad]]`), over the real
//! rules.

mod common;

use rules::model::{AbroadKind, Certainty};
use rules::plan::abroad;

#[test]
fn a_person_in_poland_hears_what_she_can_do_from_there_what_stops_and_what_a_return_changes() {
    let (rules, _) = common::load();
    let notes = abroad(&rules, Some("PL"));
    let kinds: Vec<AbroadKind> = notes.iter().map(|n| n.kind).collect();
    for kind in [
        AbroadKind::FromAbroad,
        AbroadKind::Stops,
        AbroadKind::Return,
        AbroadKind::Unity,
    ] {
        assert!(kinds.contains(&kind), "no note of kind {kind:?} for Poland");
    }
    assert!(
        kinds.is_sorted(),
        "the notes come in the order of their kinds"
    );
    // The hubs the facts name for Poland, not the centres they name for other countries.
    let unity: Vec<&str> = notes
        .iter()
        .filter(|n| n.kind == AbroadKind::Unity)
        .map(|n| n.text.uk.as_str())
        .collect();
    assert_eq!(unity.len(), 1);
    assert!(unity[0].contains("Польщі"));
    let stops: Vec<_> = notes
        .iter()
        .filter(|n| n.kind == AbroadKind::Stops)
        .filter_map(|n| n.programme.as_deref())
        .collect();
    assert!(stops.contains(&"idp-living-allowance"));
}

#[test]
fn every_note_rests_on_the_facts_file_and_names_no_country_twice() {
    let (rules, _) = common::load();
    assert!(!rules.abroad.is_empty());
    for n in &rules.abroad {
        assert!(!n.basis.is_empty(), "{}", n.text.uk);
        assert!(
            n.basis
                .iter()
                .all(|b| b.status != Certainty::Disputed && !b.sources.is_empty())
        );
        assert!(!n.text.uk.is_empty() && !n.text.en.is_empty());
        let mut countries = n.countries.clone();
        countries.sort();
        countries.dedup();
        assert_eq!(countries.len(), n.countries.len());
    }
    // Spain: the centres, not the hubs; a country the facts name for neither: no Unity note.
    assert!(
        abroad(&rules, Some("ES"))
            .iter()
            .any(|n| n.kind == AbroadKind::Unity && n.text.uk.contains("Іспан"))
    );
    assert!(
        !abroad(&rules, Some("MD"))
            .iter()
            .any(|n| n.kind == AbroadKind::Unity)
    );
    // Not said where: every note.
    assert_eq!(abroad(&rules, None).len(), rules.abroad.len());
}
