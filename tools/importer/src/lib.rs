//! The importer: turns the official source files into the portal's data files.
//!
//! - `data/generated/communities.json`: every hromada of the codifier КАТОТТГ and the two cities
//!   with special status, with oblasts, raions, the official Latin names, and each community's
//!   place in the list of territories of hostilities and temporary occupation;
//! - `data/generated/catalogue.json`: the programmes of `data/programmes/*.toml` and
//!   `data/local/*.toml`;
//! - `data/generated/rules.json`: the eligibility rules — the vocabulary `data/rules/facts.toml`,
//!   the dated parameters `data/rules/parameters.toml` and each programme's
//!   `data/programmes/<id>.rules.toml`, compiled and checked against the catalogue;
//! - `data/generated/forms.json`: the application forms of `data/forms/*.toml`, checked against
//!   the catalogue and the eligibility vocabulary: a programme's own form where it has one, else
//!   the general request to the community (`data/forms/request.toml`) made for it.
//!
//! Both are written one array element a line, so that a new edition of a source gives a diff a
//! reviewer can read. `cargo run -p importer` regenerates them from `../shared/data`; see
//! [`Options::USAGE`] for picking other editions.

pub mod codifier;
pub mod collate;
pub mod countries;
pub mod hromadas;
pub mod list;

use catalogue::communities::{CommunityType, ListSection};
use catalogue::model::{Edition, Scope};
use catalogue::{Catalogue, Communities, Date, Programme};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub use codifier::Codifier;
pub use hromadas::Import;
pub use list::HostilitiesList;

/// The codifier edition the portal uses, under the shared data directory.
pub const KATOTTG_FILE: &str = "katottg/kodifikator-16-05-2025.csv";
/// The facts about national programmes every eligibility criterion and value cites, under the
/// shared data directory.
pub const PROGRAMME_FACTS_FILE: &str = "programs/programs_facts.json";
/// The list edition the portal uses, under the shared data directory.
pub const HOSTILITIES_FILE: &str = "occupied/perelik_2025-04-30.json";
/// The act the codifier rests on (the CSV itself does not say).
pub const KATOTTG_APPROVED_BY: &str =
    "Наказ Міністерства розвитку громад та територій України від 26.11.2020 № 290 (зі змінами)";

/// Why the import failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}\n\n{usage}", usage = Options::USAGE)]
    Usage(String),
    #[error("cannot read {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", .path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", .path.display())]
    Source { path: PathBuf, message: String },
    #[error("cannot encode the binary form of the data: {0}")]
    Binary(String),
    #[error("the date of the edition {} is not in its file name: give it with {option} YYYY-MM-DD", .path.display())]
    NoDate { path: PathBuf, option: &'static str },
    #[error("{} of the list's rows could not be placed:\n{}", .0.len(), .0.join("\n"))]
    Unmatched(Vec<String>),
    #[error("{file}: programme «{id}» is not valid:\n  {}", .problems.join("\n  "))]
    Invalid {
        file: String,
        id: String,
        problems: Vec<String>,
    },
    #[error(
        "{file}: programme «{id}» is local to the community {code}, which is not in the codifier"
    )]
    UnknownCommunity {
        file: String,
        id: String,
        code: String,
    },
    #[error("the eligibility rules have {} problem(s):\n  {}", .0.len(), .0.join("\n  "))]
    Rules(Vec<String>),
    #[error("the application forms have {} problem(s):\n  {}", .0.len(), .0.join("\n  "))]
    Forms(Vec<String>),
    #[error("the programme id «{id}» is used twice: in {first} and in {second}")]
    DuplicateId {
        id: String,
        first: String,
        second: String,
    },
}

/// Where the importer reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The workspace root, holding `data/programmes` and `data/local`.
    pub root: PathBuf,
    /// The codifier CSV.
    pub katottg: PathBuf,
    /// The list JSON.
    pub hostilities: PathBuf,
    /// The codifier's edition date, when its file name does not carry it.
    pub katottg_date: Option<Date>,
    /// The list's edition date, when its file name does not carry it.
    pub hostilities_date: Option<Date>,
    /// Where the generated files go.
    pub out: PathBuf,
    /// Only check that the files in `out` are up to date; write nothing.
    pub check: bool,
}

impl Options {
    pub const USAGE: &'static str = "\
usage: cargo run -p importer -- [options]

  --root DIR               the workspace whose data/ (programmes, rules, forms) is read
                           (default: this workspace); a release check rebuilds from a copy
  --shared-data DIR        the official sources (default: <root>/../shared/data)
  --katottg FILE           the codifier CSV (default: <shared-data>/katottg/kodifikator-16-05-2025.csv)
  --katottg-date DATE      its edition date, if the file name does not carry it (YYYY-MM-DD)
  --hostilities FILE       the list of hostilities and occupation as JSON
                           (default: <shared-data>/occupied/perelik_2025-04-30.json)
  --hostilities-date DATE  its edition date, if the file name does not carry it (YYYY-MM-DD)
  --out DIR                where to write communities.json and catalogue.json
                           (default: <workspace>/data/generated)
  --check                  write nothing; fail if the files in --out are not what the sources give
  --help                   this text";

    /// The workspace root this importer was built in.
    pub fn workspace_root() -> PathBuf {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        root.canonicalize().unwrap_or(root)
    }

    /// The defaults: the sources the portal uses, the committed output directory.
    pub fn defaults() -> Options {
        let root = Options::workspace_root();
        let shared = root.join("../shared/data");
        Options {
            katottg: shared.join(KATOTTG_FILE),
            hostilities: shared.join(HOSTILITIES_FILE),
            katottg_date: None,
            hostilities_date: None,
            out: root.join("data/generated"),
            check: false,
            root,
        }
    }

    /// Reads the command line (without the program name). `Ok(None)` asks for the usage text.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, Error> {
        let mut o = Options::defaults();
        let (mut shared, mut katottg, mut hostilities, mut out) = (None, None, None, None);
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| Error::Usage(format!("{name} needs a value")))
            };
            let date = |v: String| {
                v.parse::<Date>()
                    .map_err(|e| Error::Usage(format!("{name}: {e}")))
            };
            match name.as_str() {
                "--root" => o.root = PathBuf::from(value()?),
                "--shared-data" => shared = Some(PathBuf::from(value()?)),
                "--katottg" => katottg = Some(PathBuf::from(value()?)),
                "--hostilities" => hostilities = Some(PathBuf::from(value()?)),
                "--katottg-date" => o.katottg_date = Some(date(value()?)?),
                "--hostilities-date" => o.hostilities_date = Some(date(value()?)?),
                "--out" => out = Some(PathBuf::from(value()?)),
                "--check" => o.check = true,
                "--help" | "-h" => return Ok(None),
                other => return Err(Error::Usage(format!("unknown argument «{other}»"))),
            }
        }
        o.out = out.unwrap_or_else(|| o.root.join("data/generated"));
        let shared = shared.unwrap_or_else(|| o.root.join("../shared/data"));
        o.katottg = katottg.unwrap_or_else(|| shared.join(KATOTTG_FILE));
        o.hostilities = hostilities.unwrap_or_else(|| shared.join(HOSTILITIES_FILE));
        Ok(Some(o))
    }
}

/// The date a file name carries, as `DD-MM-YYYY` (kodifikator-16-05-2025.csv) or `YYYY-MM-DD`
/// (perelik_2025-04-30.json), with `-`, `.` or `_` between the parts.
pub fn date_in_file_name(path: &Path) -> Option<Date> {
    let name: Vec<char> = path.file_name()?.to_string_lossy().chars().collect();
    let digits = |w: &[char]| -> Option<u16> {
        w.iter()
            .all(char::is_ascii_digit)
            .then(|| w.iter().collect::<String>().parse().ok())?
    };
    let sep = |c: char| matches!(c, '-' | '.' | '_');
    let bounded = |start: usize| {
        (start == 0 || !name[start - 1].is_ascii_digit())
            && name.get(start + 10).is_none_or(|c| !c.is_ascii_digit())
    };
    (0..name.len().saturating_sub(9)).find_map(|i| {
        let w = &name[i..i + 10];
        if !bounded(i) {
            return None;
        }
        if sep(w[2]) && sep(w[5]) {
            let (d, m, y) = (digits(&w[0..2])?, digits(&w[3..5])?, digits(&w[6..10])?);
            Date::new(y, m as u8, d as u8)
        } else if sep(w[4]) && sep(w[7]) {
            let (y, m, d) = (digits(&w[0..4])?, digits(&w[5..7])?, digits(&w[8..10])?);
            Date::new(y, m as u8, d as u8)
        } else {
            None
        }
    })
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn edition_date(path: &Path, given: Option<Date>, option: &'static str) -> Result<Date, Error> {
    given
        .or_else(|| date_in_file_name(path))
        .ok_or_else(|| Error::NoDate {
            path: path.to_path_buf(),
            option,
        })
}

/// Reads the codifier and the list and builds the communities. The result may still hold
/// unmatched rows; [`generate`] refuses it then.
pub fn import_communities(o: &Options) -> Result<Import, Error> {
    let source = |path: &Path| {
        let path = path.to_path_buf();
        move |message: String| Error::Source { path, message }
    };
    let codifier = Codifier::parse(&read(&o.katottg)?).map_err(source(&o.katottg))?;
    let list = HostilitiesList::parse(&read(&o.hostilities)?)
        .map_err(|e| source(&o.hostilities)(e.to_string()))?;
    let codifier_edition = Edition {
        source: "КАТОТТГ".into(),
        file: file_name(&o.katottg),
        date: edition_date(&o.katottg, o.katottg_date, "--katottg-date")?,
        approved_by: KATOTTG_APPROVED_BY.into(),
    };
    let list_edition = Edition {
        source: list.meta.title.clone(),
        file: file_name(&o.hostilities),
        date: edition_date(&o.hostilities, o.hostilities_date, "--hostilities-date")?,
        approved_by: match &list.meta.amended_by {
            Some(amended) => format!("{}; зміни: {amended}", list.meta.approved_by),
            None => list.meta.approved_by.clone(),
        },
    };
    hromadas::build(&codifier, &list, codifier_edition, list_edition).map_err(source(&o.katottg))
}

/// The programme files under `dir` (`*.toml`, by name), or none if `dir` does not exist.
fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(Error::Read {
                path: dir.to_path_buf(),
                source,
            });
        }
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|source| Error::Read {
                path: dir.to_path_buf(),
                source,
            })?
            .path();
        let rules = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(".rules.toml"));
        if path.extension().is_some_and(|e| e == "toml") && !rules && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads every programme of `data/programmes` and `data/local`, with the file it came from
/// (relative to the root).
pub fn read_programmes(root: &Path) -> Result<Vec<(String, Programme)>, Error> {
    let mut out = Vec::new();
    for dir in ["data/programmes", "data/local"] {
        for path in toml_files(&root.join(dir))? {
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            let programme = toml::from_str(&read(&path)?).map_err(|e| Error::Source {
                path: path.clone(),
                message: e.to_string(),
            })?;
            out.push((shown, programme));
        }
    }
    Ok(out)
}

/// The eligibility rules: the vocabulary, the parameters and every `*.rules.toml` beside the
/// programmes, compiled and checked against the catalogue's ids.
pub fn read_rules(root: &Path, catalogue: &Catalogue) -> Result<rules::Rules, Error> {
    read_rules_and_cases(root, catalogue).map(|(rules, _)| rules)
}

/// The eligibility rules (see [`read_rules`]) and every programme's test cases, as the "How this
/// is decided" pages state them.
pub fn read_rules_and_cases(
    root: &Path,
    catalogue: &Catalogue,
) -> Result<(rules::Rules, Vec<rules::model::CaseSummary>), Error> {
    let facts_path = root.join("data/rules/facts.toml");
    let params_path = root.join("data/rules/parameters.toml");
    let (facts, params) = (read(&facts_path)?, read(&params_path)?);
    let evidence_path = root.join("../shared/data").join(PROGRAMME_FACTS_FILE);
    let evidence =
        rules::source::Evidence::from_json(&read(&evidence_path)?).map_err(|e| Error::Source {
            path: evidence_path.clone(),
            message: e,
        })?;
    let mut files = Vec::new();
    for dir in ["data/programmes", "data/local"] {
        let dir = root.join(dir);
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => return Err(Error::Read { path: dir, source }),
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if file_name(&path).ends_with(".rules.toml") {
                let shown = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                files.push((shown, read(&path)?));
            }
        }
    }
    files.sort();
    let sources: Vec<rules::source::SourceFile> = files
        .iter()
        .map(|(path, text)| rules::source::SourceFile { path, text })
        .collect();
    let ids: Vec<&str> = catalogue.programmes.iter().map(|p| p.id.as_str()).collect();
    rules::source::compile(
        rules::source::SourceFile {
            path: "data/rules/facts.toml",
            text: &facts,
        },
        rules::source::SourceFile {
            path: "data/rules/parameters.toml",
            text: &params,
        },
        &sources,
        &ids,
        &evidence,
    )
    .map_err(Error::Rules)
    .and_then(|(rules, programmes)| {
        let mut cases = Vec::new();
        for p in &programmes {
            cases.extend(p.case_summaries().ok_or_else(|| {
                Error::Rules(vec![format!(
                    "{}: a case's date is not a date (YYYY-MM-DD)",
                    p.programme
                )])
            })?);
        }
        Ok((rules, cases))
    })
}

/// The application forms: `data/forms/common.toml` (shared sections), `data/forms/request.toml`
/// (the general request to the community, the form of every programme without one of its own) and
/// every other `data/forms/*.toml`, checked against the catalogue and the eligibility vocabulary
/// (for prefilled fields).
pub fn read_forms(
    root: &Path,
    catalogue: &Catalogue,
    rules: &rules::Rules,
) -> Result<forms::Forms, Error> {
    let dir = root.join("data/forms");
    let common = read(&dir.join("common.toml"))?;
    let request = read(&dir.join("request.toml"))?;
    let mut files = Vec::new();
    for path in toml_files(&dir)? {
        if !matches!(file_name(&path).as_str(), "common.toml" | "request.toml") {
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            files.push((shown, read(&path)?));
        }
    }
    let sources: Vec<forms::source::SourceFile> = files
        .iter()
        .map(|(path, text)| forms::source::SourceFile { path, text })
        .collect();
    let facts: Vec<&str> = rules.facts.iter().map(|f| f.id.as_str()).collect();
    let members = per_member(rules);
    forms::source::compile(
        forms::source::SourceFile {
            path: "data/forms/common.toml",
            text: &common,
        },
        forms::source::SourceFile {
            path: "data/forms/request.toml",
            text: &request,
        },
        &sources,
        &catalogue.programmes,
        &facts,
        &members,
    )
    .map_err(Error::Forms)
}

/// The programmes whose amount the eligibility rules count per family member (issue 16: their
/// application names the members): per person, base shares, each child's gap, or a child with a
/// disability beside the person's own group.
pub fn per_member(rules: &rules::Rules) -> Vec<&str> {
    fn reads_members(f: &rules::model::Formula) -> bool {
        use rules::model::Formula as F;
        match f {
            F::PerPerson { .. } | F::BaseShares { .. } | F::ChildGap { .. } => true,
            F::DisabilityGroup { .. } => true,
            F::Cases(cases) => cases.iter().any(|(_, f)| reads_members(f)),
            F::Fixed { .. } | F::Subgroup { .. } | F::NotEstimated => false,
        }
    }
    rules
        .programmes
        .iter()
        .filter(|p| reads_members(&p.amount))
        .map(|p| p.programme.as_str())
        .collect()
}

/// National programmes first, then local ones; each by id.
pub fn sort_programmes(list: &mut [Programme]) {
    list.sort_by(|a, b| {
        let local = |p: &Programme| matches!(p.scope, Scope::Local(_));
        (local(a), &a.id).cmp(&(local(b), &b.id))
    });
}

/// What is wrong with a programme, by the catalogue's own checks.
pub fn problems(p: &Programme) -> Vec<String> {
    catalogue::validate::problems(p)
}

/// The catalogue of these programmes: each valid, ids unique, local ones in a community of the
/// codifier; national programmes first, then by id.
pub fn build_catalogue(
    programmes: Vec<(String, Programme)>,
    communities: &Communities,
) -> Result<Catalogue, Error> {
    let codes: HashSet<&str> = communities
        .communities
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut list = Vec::new();
    for (file, p) in programmes {
        if let Scope::Local(code) = &p.scope
            && !codes.contains(code.as_str())
        {
            return Err(Error::UnknownCommunity {
                file,
                id: p.id.clone(),
                code: code.clone(),
            });
        }
        if let Some(first) = seen.insert(p.id.clone(), file.clone()) {
            return Err(Error::DuplicateId {
                id: p.id,
                first,
                second: file,
            });
        }
        list.push((file, p));
    }
    for (file, p) in &list {
        let found = problems(p);
        if !found.is_empty() {
            return Err(Error::Invalid {
                file: file.clone(),
                id: p.id.clone(),
                problems: found,
            });
        }
    }
    let mut list: Vec<Programme> = list.into_iter().map(|(_, p)| p).collect();
    sort_programmes(&mut list);
    Ok(Catalogue { programmes: list })
}

/// Writes a JSON object whose fields are each on a line, and whose array fields have one
/// element a line: small enough to serve, and a new edition diffs line by line.
#[derive(Debug, Default)]
struct ObjectLines {
    out: String,
}

impl ObjectLines {
    fn json<T: Serialize + ?Sized>(value: &T) -> String {
        serde_json::to_string(value).expect("the data model serializes to JSON")
    }

    fn key(&mut self, key: &str) {
        self.out
            .push_str(if self.out.is_empty() { "{\n" } else { ",\n" });
        self.out.push_str(&Self::json(key));
        self.out.push(':');
    }

    fn value<T: Serialize>(&mut self, key: &str, value: &T) {
        self.key(key);
        self.out.push_str(&Self::json(value));
    }

    fn array<T: Serialize>(&mut self, key: &str, items: &[T]) {
        self.key(key);
        if items.is_empty() {
            self.out.push_str("[]");
            return;
        }
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            self.out.push_str(if i == 0 { "\n" } else { ",\n" });
            self.out.push_str(&Self::json(item));
        }
        self.out.push_str("\n]");
    }

    fn finish(mut self) -> String {
        if self.out.is_empty() {
            self.out.push('{');
        }
        self.out.push_str("\n}\n");
        self.out
    }
}

/// The communities as `communities.json` holds them.
pub fn communities_json(c: &Communities) -> String {
    let Communities {
        codifier,
        hostilities_list,
        oblasts,
        raions,
        communities,
    } = c;
    let mut w = ObjectLines::default();
    w.value("codifier", codifier);
    w.value("hostilities_list", hostilities_list);
    w.array("oblasts", oblasts);
    w.array("raions", raions);
    w.array("communities", communities);
    w.finish()
}

/// The catalogue as `catalogue.json` holds it.
pub fn catalogue_json(c: &Catalogue) -> String {
    let Catalogue { programmes } = c;
    let mut w = ObjectLines::default();
    w.array("programmes", programmes);
    w.finish()
}

/// The rules as `rules.json` holds them.
pub fn rules_json(r: &rules::Rules) -> String {
    let rules::Rules {
        facts,
        parameters,
        programmes,
        stale,
        abroad,
    } = r;
    let mut w = ObjectLines::default();
    w.value("stale", stale);
    w.array("facts", facts);
    w.array("parameters", parameters);
    w.array("programmes", programmes);
    w.array("abroad", abroad);
    w.finish()
}

/// The forms as `forms.json` holds them.
pub fn forms_json(f: &forms::Forms) -> String {
    let forms::Forms { forms, request } = f;
    let mut w = ObjectLines::default();
    w.value("request", request);
    w.array("forms", forms);
    w.finish()
}

/// The country table as `countries.json` holds it: one country a line (`cargo run --release -p
/// importer --bin countries`; see [`countries`]).
pub fn countries_json(c: &identifiers::Countries) -> String {
    let identifiers::Countries { sources, countries } = c;
    let mut w = ObjectLines::default();
    w.value("sources", sources);
    w.array("countries", countries);
    w.finish()
}

/// Everything one run produces.
#[derive(Debug)]
pub struct Generated {
    pub import: Import,
    pub catalogue: Catalogue,
    pub communities_json: String,
    pub catalogue_json: String,
    /// The same data in the compact binary form the app ships (postcard): it needs far less code
    /// in the wasm module to read than JSON.
    pub communities_bin: Vec<u8>,
    pub catalogue_bin: Vec<u8>,
    /// The catalogue's cards only (see `Programme::card`), which the app compiles in.
    pub cards_bin: Vec<u8>,
    pub rules: rules::Rules,
    pub rules_json: String,
    /// Every programme's rule cases, for the "How this is decided" pages.
    pub rule_cases_json: String,
    pub forms: forms::Forms,
    pub forms_json: String,
    /// The forms as the app fetches them when a person applies.
    pub forms_bin: Vec<u8>,
    /// The rules as the app compiles them in: screening needs no request.
    pub rules_bin: Vec<u8>,
    /// The currencies an income earned abroad may be given in ([`countries::currencies`]).
    pub currencies_json: String,
    pub currencies_bin: Vec<u8>,
}

impl Generated {
    /// The files to write, by name under the output directory.
    pub fn files(&self) -> [(&'static str, &[u8]); 12] {
        [
            ("currencies.json", self.currencies_json.as_bytes()),
            ("currencies.bin", &self.currencies_bin),
            ("rule-cases.json", self.rule_cases_json.as_bytes()),
            ("forms.json", self.forms_json.as_bytes()),
            ("forms.bin", &self.forms_bin),
            ("rules.json", self.rules_json.as_bytes()),
            ("rules.bin", &self.rules_bin),
            ("catalogue-cards.bin", &self.cards_bin),
            ("communities.json", self.communities_json.as_bytes()),
            ("catalogue.json", self.catalogue_json.as_bytes()),
            ("communities.bin", &self.communities_bin),
            ("catalogue.bin", &self.catalogue_bin),
        ]
    }
}

/// Reads all sources and produces the output, writing nothing. Fails on any unmatched row.
pub fn generate(o: &Options) -> Result<Generated, Error> {
    let import = import_communities(o)?;
    if !import.unmatched.is_empty() {
        return Err(Error::Unmatched(import.unmatched));
    }
    let catalogue = build_catalogue(read_programmes(&o.root)?, &import.communities)?;
    let (rules, cases) = read_rules_and_cases(&o.root, &catalogue)?;
    let forms = read_forms(&o.root, &catalogue, &rules)?;
    let currencies = countries::currencies(&o.root)?;
    let binary = |r: Result<Vec<u8>, catalogue::model::LoadError>| {
        r.map_err(|e| Error::Binary(e.to_string()))
    };
    Ok(Generated {
        currencies_json: serde_json::to_string_pretty(&currencies)
            .map_err(|e| Error::Binary(e.to_string()))?
            + "\n",
        currencies_bin: currencies
            .to_binary()
            .map_err(|e| Error::Binary(e.to_string()))?,
        forms_json: forms_json(&forms),
        forms_bin: forms
            .to_binary()
            .map_err(|e| Error::Binary(e.to_string()))?,
        forms,
        rules_json: rules_json(&rules),
        rule_cases_json: serde_json::to_string_pretty(&cases)
            .map_err(|e| Error::Binary(e.to_string()))?
            + "\n",
        rules_bin: rules
            .to_binary()
            .map_err(|e| Error::Binary(e.to_string()))?,
        rules,
        communities_json: communities_json(&import.communities),
        catalogue_json: catalogue_json(&catalogue),
        communities_bin: binary(import.communities.to_binary())?,
        catalogue_bin: binary(catalogue.to_binary())?,
        cards_bin: binary(catalogue.cards().to_binary())?,
        import,
        catalogue,
    })
}

/// Writes the generated files into `out`.
pub fn write(out: &Path, g: &Generated) -> Result<(), Error> {
    let write_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    std::fs::create_dir_all(out).map_err(write_err(out))?;
    for (name, text) in g.files() {
        let path = out.join(name);
        std::fs::write(&path, text).map_err(write_err(&path))?;
    }
    Ok(())
}

/// The generated files whose copy in `out` differs from what the sources give.
pub fn stale(out: &Path, g: &Generated) -> Vec<PathBuf> {
    g.files()
        .into_iter()
        .map(|(name, text)| (out.join(name), text))
        .filter(|(path, bytes)| std::fs::read(path).ok().as_deref() != Some(*bytes))
        .map(|(path, _)| path)
        .collect()
}

/// What the run has to say on stderr: repairs, rows outside any community, notes.
pub fn diagnostics(i: &Import) -> String {
    let mut s = String::new();
    for (row, r) in &i.repairs {
        let _ = writeln!(s, "repaired row {row}: «{}» → {}: {}", r.from, r.to, r.how);
    }
    for (row, what) in &i.outside {
        let _ = writeln!(
            s,
            "row {row} names {what}, which lies in no community: kept out"
        );
    }
    for note in &i.notes {
        let _ = writeln!(s, "note: {note}");
    }
    s
}

fn type_name(t: CommunityType) -> &'static str {
    match t {
        CommunityType::Urban => "urban (міська)",
        CommunityType::Settlement => "settlement (селищна)",
        CommunityType::Rural => "rural (сільська)",
        CommunityType::SpecialStatusCity => "city with special status",
    }
}

fn section_name(s: ListSection) -> &'static str {
    match s {
        ListSection::PossibleHostilities => "possible hostilities",
        ListSection::ActiveHostilities => "active hostilities",
        ListSection::ActiveHostilitiesWithStateEResources => {
            "active hostilities with state e-resources"
        }
        ListSection::TemporarilyOccupied => "temporarily occupied",
    }
}

/// The summary printed on stdout.
pub fn summary(g: &Generated) -> String {
    let c = &g.import.communities;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} {} ({}), list of {} ({})",
        c.codifier.source,
        c.codifier.date.dotted(),
        c.codifier.file,
        c.hostilities_list.date.dotted(),
        c.hostilities_list.file
    );
    let crimea = c
        .oblasts
        .iter()
        .position(|o| o.code == CRIMEA)
        .map(|i| i as u16);
    let hromadas = c
        .communities
        .iter()
        .filter(|x| x.kind != CommunityType::SpecialStatusCity);
    let _ = writeln!(
        s,
        "{} oblasts and cities with special status, {} raions, {} communities: {} hromadas ({} outside Crimea) + {} cities with special status",
        c.oblasts.len(),
        c.raions.len(),
        c.communities.len(),
        hromadas.clone().count(),
        hromadas.filter(|x| Some(x.oblast) != crimea).count(),
        c.communities
            .iter()
            .filter(|x| x.kind == CommunityType::SpecialStatusCity)
            .count(),
    );
    let _ = writeln!(
        s,
        "rules: {} facts, {} parameters, {} programmes with rules; {} application forms",
        g.rules.facts.len(),
        g.rules.parameters.len(),
        g.rules.programmes.len(),
        g.forms.forms.len()
    );
    let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
    for x in &c.communities {
        *by_type.entry(type_name(x.kind)).or_default() += 1;
    }
    for (t, n) in by_type {
        let _ = writeln!(s, "  {t}: {n}");
    }
    let _ = writeln!(
        s,
        "list: {} rows, {} repaired, {} outside any community, {} notes; {} communities listed",
        g.import.rows,
        g.import.repairs.len(),
        g.import.outside.len(),
        g.import.notes.len(),
        c.communities
            .iter()
            .filter(|x| !x.listed.is_empty())
            .count()
    );
    for section in [
        ListSection::PossibleHostilities,
        ListSection::ActiveHostilities,
        ListSection::ActiveHostilitiesWithStateEResources,
        ListSection::TemporarilyOccupied,
    ] {
        let entries =
            |x: &&catalogue::Community| x.listed.iter().filter(|e| e.section == section).count();
        let listed = c.communities.iter().filter(|x| entries(x) > 0);
        let whole = listed
            .clone()
            .filter(|x| {
                x.listed
                    .iter()
                    .any(|e| e.section == section && e.part.is_none())
            })
            .count();
        let _ = writeln!(
            s,
            "  {}: {} communities ({} whole, {} in part only)",
            section_name(section),
            listed.clone().count(),
            whole,
            listed.count() - whole
        );
    }
    let local = g
        .catalogue
        .programmes
        .iter()
        .filter(|p| matches!(p.scope, Scope::Local(_)))
        .count();
    let _ = writeln!(
        s,
        "catalogue: {} programmes ({} national, {local} local)",
        g.catalogue.programmes.len(),
        g.catalogue.programmes.len() - local
    );
    s
}

/// The code of the Autonomous Republic of Crimea.
pub const CRIMEA: &str = "UA01000000000013043";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_file_names() {
        let d = |s: &str| date_in_file_name(Path::new(s)).map(|d| d.to_string());
        assert_eq!(
            d("kodifikator-16-05-2025.csv").as_deref(),
            Some("2025-05-16")
        );
        assert_eq!(
            d("/x/perelik_2025-04-30.json").as_deref(),
            Some("2025-04-30")
        );
        assert_eq!(
            d("kodifikator_01.12.2025.csv").as_deref(),
            Some("2025-12-01")
        );
        assert_eq!(d("kodifikator.csv"), None);
        assert_eq!(d("k-31-02-2025.csv"), None);
        assert_eq!(d("x116-05-2025.csv"), None);
    }

    #[test]
    fn the_command_line() {
        assert_eq!(
            Options::parse(Vec::new()).unwrap().unwrap(),
            Options::defaults()
        );
        let o = Options::parse(
            [
                "--shared-data",
                "/s",
                "--out=/o",
                "--hostilities",
                "/l.json",
                "--katottg-date",
                "2026-01-02",
                "--check",
            ]
            .map(String::from),
        )
        .unwrap()
        .unwrap();
        assert_eq!(o.katottg, Path::new("/s").join(KATOTTG_FILE));
        assert_eq!(o.hostilities, Path::new("/l.json"));
        assert_eq!(o.out, Path::new("/o"));
        assert_eq!(
            o.katottg_date.map(|d| d.to_string()).as_deref(),
            Some("2026-01-02")
        );
        assert!(o.check);
        // Another workspace's data, its sources beside it and its output inside it, whatever the
        // order of the options.
        let o = Options::parse(["--out", "/o", "--root", "/w"].map(String::from))
            .unwrap()
            .unwrap();
        assert_eq!(
            (o.root.as_path(), o.out.as_path()),
            (Path::new("/w"), Path::new("/o"))
        );
        let o = Options::parse(["--root", "/w"].map(String::from))
            .unwrap()
            .unwrap();
        assert_eq!(o.out, Path::new("/w/data/generated"));
        assert_eq!(o.katottg, Path::new("/w/../shared/data").join(KATOTTG_FILE));
        assert!(Options::parse(["--help".to_string()]).unwrap().is_none());
        assert!(matches!(
            Options::parse(["--bogus".to_string()]),
            Err(Error::Usage(_))
        ));
        assert!(matches!(
            Options::parse(["--out".to_string()]),
            Err(Error::Usage(_))
        ));
        assert!(matches!(
            Options::parse(["--katottg-date", "16.05.2025"].map(String::from)),
            Err(Error::Usage(_))
        ));
    }

    fn programme(id: &str, scope: &str) -> Programme {
        let toml = format!(
            r#"
id = "{id}"
kind = "service"
category = "families"
situations = ["birth"]
who = []
legal = []
apply = []
sources = []
{scope}
title = {{ uk = "Назва", en = "Title" }}
summary = {{ uk = "Опис", en = "Summary" }}
administrator = {{ uk = "Громада", en = "The community" }}
"#
        );
        toml::from_str(&toml).unwrap()
    }

    fn local(code: &str) -> String {
        format!(r#"scope = {{ local = "{code}" }}"#)
    }

    fn communities() -> Communities {
        let edition = Edition {
            source: "s".into(),
            file: "f".into(),
            date: "2025-01-01".parse().unwrap(),
            approved_by: "a".into(),
        };
        Communities {
            codifier: edition.clone(),
            hostilities_list: edition,
            oblasts: vec![],
            raions: vec![],
            communities: vec![catalogue::Community {
                code: "UA46060250000025047".into(),
                name: "Львівська".into(),
                name_en: "Lvivska".into(),
                kind: CommunityType::Urban,
                centre: "Львів".into(),
                centre_en: "Lviv".into(),
                oblast: 0,
                raion: Some(0),
                listed: vec![],
                settlements: 1,
                parts: Vec::new(),
            }],
        }
    }

    #[test]
    fn a_local_programme_needs_a_community_of_the_codifier() {
        let unknown = vec![(
            "data/local/x.toml".to_string(),
            programme("x", &local("UA46060250000099999")),
        )];
        match build_catalogue(unknown, &communities()) {
            Err(e @ Error::UnknownCommunity { .. }) => {
                let message = e.to_string();
                assert!(
                    message.contains("data/local/x.toml")
                        && message.contains("UA46060250000099999"),
                    "{message}"
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ids_are_unique_and_entries_valid() {
        let twice = vec![
            ("a.toml".to_string(), programme("x", "")),
            ("b.toml".to_string(), programme("x", "")),
        ];
        assert!(matches!(
            build_catalogue(twice, &communities()),
            Err(Error::DuplicateId { .. })
        ));
        // No `who`, no legal act, no way to apply, no source.
        let invalid = vec![(
            "a.toml".to_string(),
            programme("x", &local("UA46060250000025047")),
        )];
        match build_catalogue(invalid, &communities()) {
            Err(Error::Invalid { file, problems, .. }) => {
                assert_eq!(file, "a.toml");
                assert!(!problems.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nationals_first_then_by_id() {
        let mut list = vec![
            programme("b-local", &local("UA46060250000025047")),
            programme("c", ""),
            programme("a-local", &local("UA46060250000025047")),
            programme("b", ""),
        ];
        sort_programmes(&mut list);
        let ids: Vec<_> = list.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "a-local", "b-local"]);
    }

    #[test]
    fn one_element_a_line() {
        let mut w = ObjectLines::default();
        w.value("a", &1);
        w.array("b", &["x", "y"]);
        w.array::<u8>("c", &[]);
        assert_eq!(
            w.finish(),
            "{\n\"a\":1,\n\"b\":[\n\"x\",\n\"y\"\n],\n\"c\":[]\n}\n"
        );
    }
}
