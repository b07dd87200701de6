use catalogue::search::SearchIndex;
use catalogue::{Catalogue, Communities};
fn main() {
    let c = Catalogue::from_json(&std::fs::read_to_string("data/generated/catalogue.json").unwrap()).unwrap();
    let m = Communities::from_json(&std::fs::read_to_string("data/generated/communities.json").unwrap()).unwrap();
    let t = std::time::Instant::now();
    for _ in 0..50 { std::hint::black_box(SearchIndex::new(&c, &m)); }
    eprintln!("{:?} per build", t.elapsed() / 50);
}
