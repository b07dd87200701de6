//! The committed country table (`data/generated/countries.{json,bin}`, written by
//! `cargo run --release -p importer --bin countries`) holds what `data/countries/` gives.

use identifiers::{Countries, Lang};

fn committed() -> Countries {
    Countries::from_binary(include_bytes!("../../../data/generated/countries.bin"))
        .expect("countries.bin reads back")
}

#[test]
fn the_names_and_postal_formats_are_those_of_data_countries() {
    let fresh = importer::countries::build(&importer::Options::workspace_root(), false).unwrap();
    let committed = committed();
    assert_eq!(fresh.sources, committed.sources);
    assert_eq!(fresh.countries.len(), committed.countries.len());
    for (f, c) in fresh.countries.iter().zip(&committed.countries) {
        assert_eq!(
            (&f.code, &f.uk, &f.en, &f.also, &f.postal),
            (&c.code, &c.uk, &c.en, &c.also, &c.postal),
            "run `cargo run --release -p importer --bin countries` and commit the result"
        );
    }
    let json = std::fs::read_to_string(
        importer::Options::workspace_root().join("data/generated/countries.json"),
    )
    .unwrap();
    assert_eq!(json, importer::countries_json(&committed));
}

#[test]
fn every_assigned_code_has_a_name_in_both_languages() {
    let all = committed();
    assert_eq!(all.countries.len(), 249);
    let pl = all.get("pl").unwrap();
    assert_eq!((pl.uk.as_str(), pl.en.as_str()), ("Польща", "Poland"));
    assert_eq!(all.search("Poland", Lang::En)[0].code, "PL");
    assert_eq!(all.search("Польща", Lang::Uk)[0].code, "PL");
    assert_eq!(all.search("PL", Lang::Uk)[0].code, "PL");
    assert_eq!(all.search("німеч", Lang::Uk)[0].code, "DE");
    assert_eq!(all.search("nimech", Lang::Uk)[0].code, "DE");
    assert_eq!(all.search("czech", Lang::En)[0].code, "CZ");
    assert!(all.abroad(Lang::Uk).iter().all(|c| c.code != "UA"));
    assert_eq!(all.abroad(Lang::Uk).len(), 248);
}

#[test]
fn postal_codes_of_the_countries_where_most_ukrainians_live() {
    let all = committed();
    for (code, valid, invalid) in [
        ("PL", "00-950", "00950"),
        ("DE", "10115", "1011"),
        ("CZ", "100 00", "1000"),
        ("GB", "SW1A 1AA", "SW1A"),
        ("IT", "00144", "0014"),
        ("ES", "28039", "280390"),
        ("NL", "1234 AB", "1234 SA"),
        ("SK", "010 01", "01 001"),
        ("RO", "060274", "06027"),
        ("MD", "MD-2012", "MD-201"),
        ("LT", "LT-04340", "4340"),
        ("AT", "1010", "10100"),
        ("FR", "33380", "3338"),
        ("US", "22162-1010", "2216"),
        ("CA", "K1A 0B1", "K1A 0B"),
    ] {
        let format = all.get(code).unwrap().postal.as_ref().unwrap();
        assert!(format.check(valid).is_some(), "{code} {valid}");
        assert!(format.check(invalid).is_none(), "{code} {invalid}");
        for example in &format.examples {
            assert!(format.check(example).is_some(), "{code} example {example}");
        }
    }
}

#[test]
fn each_country_has_its_currency_with_names_from_cldr() {
    let fresh = importer::countries::currencies(&importer::Options::workspace_root()).unwrap();
    let table = rules::currency::Currencies::from_binary(include_bytes!(
        "../../../data/generated/currencies.bin"
    ))
    .expect("currencies.bin reads back");
    assert_eq!(
        fresh, table,
        "run `cargo run -p importer` and commit the result"
    );
    let name = |country: &str| {
        let c = table.of_country(country).unwrap();
        (c.code.as_str(), c.name.uk.as_str(), c.name.en.as_str())
    };
    assert_eq!(name("PL"), ("PLN", "польський злотий", "Polish zloty"));
    assert_eq!(name("DE").0, "EUR");
    assert_eq!(name("CZ").0, "CZK");
    assert_eq!(name("UA").0, "UAH");
    // Every country of the table has one.
    let countries = committed();
    let without: Vec<&str> = countries
        .countries
        .iter()
        .filter(|c| table.of_country(&c.code).is_none())
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(without, ["AQ"], "Antarctica alone has no currency");
    // Led by the country's currency, then the hryvnia, then the rest by name.
    let offered = table.offered(Some("PL"), catalogue::Lang::Uk);
    assert_eq!(
        (offered[0].code.as_str(), offered[1].code.as_str()),
        ("PLN", "UAH")
    );
    assert_eq!(offered.len(), table.currencies.len());
    assert_eq!(table.offered(None, catalogue::Lang::En)[0].code, "UAH");
}
