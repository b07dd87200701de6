//! A form starts from the country chosen on the community page (issue 16): "where do you live"
//! is "abroad" and the country is that country, in the repository's own forms.

use forms::prefill::{ABROAD, LIVES, from_abroad};

mod common;

use common::load;

#[test]
fn the_choice_abroad_answers_where_the_person_lives_and_the_country() {
    let forms = load();
    let form = forms.for_programme("social-accompaniment").unwrap();
    let lives = form.field(LIVES).unwrap();
    let country = form.field("country").unwrap();
    assert_eq!(from_abroad(lives, Some("PL")).as_deref(), Some(ABROAD));
    assert_eq!(from_abroad(country, Some("PL")).as_deref(), Some("PL"));
    // A code kept in lower case is still the country's.
    assert_eq!(from_abroad(country, Some("de")).as_deref(), Some("DE"));
    // The answer is one the field offers and the validator takes.
    let today = catalogue::Date::new(2026, 12, 6).unwrap();
    let answer = from_abroad(lives, Some("PL")).unwrap();
    assert!(forms::validate_field(lives, &answer, today).is_ok());
}

#[test]
fn nothing_is_answered_for_a_person_in_ukraine_or_for_other_fields() {
    let forms = load();
    let form = forms.for_programme("social-accompaniment").unwrap();
    for field in form.fields() {
        assert_eq!(from_abroad(field, None), None, "{}", field.id);
        // Not a country code: nothing, rather than a wrong answer.
        assert_eq!(from_abroad(field, Some("Poland")), None, "{}", field.id);
        assert_eq!(from_abroad(field, Some("")), None, "{}", field.id);
        if field.id != LIVES && field.id != "country" {
            assert_eq!(from_abroad(field, Some("PL")), None, "{}", field.id);
        }
    }
}

#[test]
fn a_form_only_for_people_in_ukraine_is_not_answered_abroad() {
    // The IDP allowance's form does not ask where the person lives (its `given`): the choice
    // abroad answers none of its fields.
    let forms = load();
    let form = forms.for_programme("idp-living-allowance").unwrap();
    assert!(form.fields().all(|f| from_abroad(f, Some("PL")).is_none()));
}
