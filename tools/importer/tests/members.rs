//! The programmes whose application names the family members (issue 16) are those whose amount
//! the eligibility rules count per member: found from the rules, and the forms ask them.

#[test]
fn the_programmes_counted_per_member_are_found_from_the_rules_and_their_forms_name_the_members() {
    let root = importer::Options::workspace_root();
    let programmes = importer::read_programmes(&root).unwrap();
    let communities = catalogue::Communities::from_json(
        &std::fs::read_to_string(root.join("data/generated/communities.json")).unwrap(),
    )
    .unwrap();
    let catalogue = importer::build_catalogue(programmes, &communities).unwrap();
    let rules = importer::read_rules(&root, &catalogue).unwrap();
    let mut found = importer::per_member(&rules);
    found.sort();
    // The IDP allowance per person, basic social assistance by base shares, single parents by
    // each child's gap, disability assistance with a child's value per child with a disability.
    assert_eq!(
        found,
        [
            "basic-social-assistance",
            "disability-since-childhood",
            "idp-living-allowance",
            "single-parents"
        ]
    );
    let forms = importer::read_forms(&root, &catalogue, &rules).unwrap();
    for form in &forms.forms {
        let asks = form.field("members").is_some() && form.field("member_1_birth_date").is_some();
        assert_eq!(
            asks,
            found.contains(&form.programme.as_str()),
            "{}",
            form.programme
        );
    }
}
