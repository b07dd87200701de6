//! Building [`Communities`] from the codifier and the list of hostilities and occupation.

use crate::codifier::{Codifier, Unit};
use crate::collate::collation_key;
use crate::list::{self, HostilitiesList, Repair, Row};
use catalogue::Communities;
use catalogue::communities::{
    Community, CommunityType, Cover, ListEntry, ListSection, Oblast, Period, Raion, Settlement,
    SettlementKind, Share,
};
use catalogue::hostilities::{settlement_listing, whole_listing};
use catalogue::model::Edition;
use catalogue::translit::to_latin;
use std::collections::{HashMap, HashSet};

/// The communities, with what the importer had to say about the sources.
#[derive(Debug, Clone)]
pub struct Import {
    pub communities: Communities,
    /// How many rows the list has.
    pub rows: usize,
    /// How many of them concern at least one community.
    pub placed: usize,
    /// Codes the importer corrected, by row number (1-based).
    pub repairs: Vec<(usize, Repair)>,
    /// Rows that name a unit of the codifier that lies in no community (the cities of the
    /// Chornobyl exclusion zone), by row number: matched, but nowhere to put them.
    pub outside: Vec<(usize, String)>,
    /// Things worth a look that do not stop the import: a row without a start date, a row whose
    /// oblast or raion heading disagrees with where its code lies.
    pub notes: Vec<String>,
    /// Rows that could not be placed. The importer fails while any remain.
    pub unmatched: Vec<String>,
}

/// The type of a hromada by the category of its first settlement.
fn hromada_type(category: char) -> Option<CommunityType> {
    match category {
        'M' => Some(CommunityType::Urban),
        'X' => Some(CommunityType::Settlement),
        'C' => Some(CommunityType::Rural),
        _ => None,
    }
}

/// Builds the communities: every hromada (H) and city with special status (K) of the codifier,
/// with the rows of the list that concern them.
pub fn build(
    codifier: &Codifier,
    list: &HostilitiesList,
    codifier_edition: Edition,
    list_edition: Edition,
) -> Result<Import, String> {
    // Oblasts and the cities with special status, in the codifier's order: the first level.
    let mut oblasts = Vec::new();
    let mut oblast_index = HashMap::new();
    for u in codifier
        .units
        .iter()
        .filter(|u| matches!(u.category, 'O' | 'K'))
    {
        oblast_index.insert(u.code(), index(oblasts.len())?);
        oblasts.push(Oblast {
            code: u.code().to_string(),
            name: u.name.clone(),
            name_en: to_latin(&u.name),
        });
    }
    let oblast_of = |u: &Unit| -> Result<u16, String> {
        oblast_index
            .get(u.levels[0].as_str())
            .copied()
            .ok_or_else(|| format!("{} «{}» lies in no oblast", u.code(), u.name))
    };

    // Raions, by oblast and then name.
    let mut raion_units: Vec<(u16, &Unit)> = Vec::new();
    for u in codifier.units.iter().filter(|u| u.category == 'P') {
        raion_units.push((oblast_of(u)?, u));
    }
    raion_units.sort_by_cached_key(|(o, u)| (*o, collation_key(&u.name), u.code().to_string()));
    let mut raions = Vec::new();
    let mut raion_index = HashMap::new();
    for (oblast, u) in raion_units {
        raion_index.insert(u.code(), index(raions.len())?);
        raions.push(Raion {
            code: u.code().to_string(),
            name: u.name.clone(),
            name_en: to_latin(&u.name),
            oblast,
        });
    }

    // The first settlement of each hromada is its administrative centre, and gives its type.
    let mut first_settlement: HashMap<&str, (char, &str)> = HashMap::new();
    let mut settlements: HashMap<&str, u16> = HashMap::new();
    for u in codifier
        .units
        .iter()
        .filter(|u| matches!(u.category, 'M' | 'X' | 'C'))
    {
        first_settlement
            .entry(u.levels[2].as_str())
            .or_insert((u.category, u.name.as_str()));
        *settlements.entry(u.levels[2].as_str()).or_default() += 1;
    }

    let mut communities = Vec::new();
    for u in &codifier.units {
        let (kind, raion, centre) = match u.category {
            'H' => {
                let (category, centre) = first_settlement.get(u.code()).ok_or_else(|| {
                    format!("the hromada {} «{}» has no settlement", u.code(), u.name)
                })?;
                let kind = hromada_type(*category).ok_or_else(|| {
                    format!("the hromada {} «{}» has no settlement", u.code(), u.name)
                })?;
                let raion = raion_index
                    .get(u.levels[1].as_str())
                    .copied()
                    .ok_or_else(|| {
                        format!("the hromada {} «{}» lies in no raion", u.code(), u.name)
                    })?;
                (kind, Some(raion), centre.trim().to_string())
            }
            'K' => (CommunityType::SpecialStatusCity, None, u.name.clone()),
            _ => continue,
        };
        communities.push(Community {
            code: u.code().to_string(),
            name: u.name.clone(),
            name_en: to_latin(&u.name),
            kind,
            centre_en: to_latin(&centre),
            centre,
            oblast: oblast_of(u)?,
            raion,
            listed: Vec::new(),
            settlements: settlements.get(u.code()).copied().unwrap_or(0),
            parts: Vec::new(),
        });
    }
    communities.sort_by_cached_key(|c| {
        let raion = c.raion.map(|r| r as i32).unwrap_or(-1);
        (
            c.oblast,
            raion,
            collation_key(&c.name),
            c.name.clone(),
            c.code.clone(),
        )
    });

    let mut import = Import {
        communities: Communities {
            codifier: codifier_edition,
            hostilities_list: list_edition,
            oblasts,
            raions,
            communities: Vec::new(),
        },
        rows: list.rows.len(),
        placed: 0,
        repairs: Vec::new(),
        outside: Vec::new(),
        notes: Vec::new(),
        unmatched: Vec::new(),
    };

    let community_index: HashMap<String, usize> = communities
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.clone(), i))
        .collect();
    let mut listed: Vec<Vec<ListEntry>> = vec![Vec::new(); communities.len()];
    // Every community's settlements, in the codifier's order, and the rows covering each: (the
    // settlement's index there, the entry's section and part, how much of it).
    let mut settlements_of: Vec<Vec<&Unit>> = vec![Vec::new(); communities.len()];
    for u in codifier
        .units
        .iter()
        .filter(|u| matches!(u.category, 'M' | 'X' | 'C'))
    {
        if let Some(&c) = codifier
            .community_of(u)
            .and_then(|h| community_index.get(h.code()))
        {
            settlements_of[c].push(u);
        }
    }
    type Covered = (usize, ListSection, Option<String>, Share);
    let mut covered: Vec<Vec<Covered>> = vec![Vec::new(); communities.len()];
    for (i, row) in list.rows.iter().enumerate() {
        let number = i + 1;
        let label = || format!("row {number} ({} «{}»)", row.code, row.name);
        let Some(section) = list::section(&row.section) else {
            import
                .unmatched
                .push(format!("{}: unknown section «{}»", label(), row.section));
            continue;
        };
        let periods = match list::periods(row) {
            Ok(p) => p,
            Err(e) => {
                import.unmatched.push(format!("{}: {e}", label()));
                continue;
            }
        };
        if row.start.is_empty() {
            import.notes.push(format!(
                "{}: no start date; kept with the start unknown",
                label()
            ));
        }
        let unit = match list::resolve(codifier, row) {
            Ok((unit, repair)) => {
                if let Some(r) = repair {
                    import.repairs.push((number, r));
                }
                unit
            }
            Err(e) => {
                import.unmatched.push(format!("{}: {e}", label()));
                continue;
            }
        };
        check_headings(codifier, unit, row, &mut import.notes, &label);
        check_exclusions(codifier, unit, row, &mut import.notes, &label);
        let targets = match targets(codifier, unit, row, &community_index, &communities) {
            Ok(t) => t,
            Err(e) => {
                import.unmatched.push(format!("{}: {e}", label()));
                continue;
            }
        };
        if !targets.is_empty() {
            import.placed += 1;
        } else {
            import.outside.push((
                number,
                format!("{} «{}» ({})", unit.code(), row.name, row.section),
            ));
        }
        for (c, part) in targets {
            match covers(codifier, unit, row, &settlements_of[c]) {
                Ok(found) => covered[c].extend(
                    found
                        .into_iter()
                        .map(|(s, share)| (s, section, part.clone(), share)),
                ),
                Err(e) => import.unmatched.push(format!("{}: {e}", label())),
            }
            add(&mut listed[c], section, part, &periods);
        }
    }

    for (c, mut entries) in communities.iter_mut().zip(listed) {
        for e in &mut entries {
            e.periods.sort_by_key(|p| (p.start, p.end));
            e.periods.dedup();
        }
        entries.sort_by_cached_key(|e| {
            (
                e.section,
                e.part.as_deref().map(collation_key),
                e.part.clone(),
            )
        });
        c.listed = entries;
    }
    for ((c, units), found) in communities.iter_mut().zip(&settlements_of).zip(covered) {
        c.parts = parts(c, units, found);
    }
    import.communities.communities = communities;
    Ok(import)
}

fn index(n: usize) -> Result<u16, String> {
    u16::try_from(n).map_err(|_| "more than 65,535 units of one kind".to_string())
}

/// Adds a row's periods to a community's entry for (section, part).
fn add(
    entries: &mut Vec<ListEntry>,
    section: ListSection,
    part: Option<String>,
    periods: &[Period],
) {
    match entries
        .iter_mut()
        .find(|e| e.section == section && e.part == part)
    {
        Some(e) => e.periods.extend_from_slice(periods),
        None => entries.push(ListEntry {
            section,
            part,
            periods: periods.to_vec(),
        }),
    }
}

/// The communities a row concerns, each whole (`None`) or in part (`Some(the row's name)`).
/// Empty for a settlement that belongs to no community.
fn targets(
    codifier: &Codifier,
    unit: &Unit,
    row: &Row,
    community_index: &HashMap<String, usize>,
    communities: &[Community],
) -> Result<Vec<(usize, Option<String>)>, String> {
    let community = |u: &Unit| {
        community_index
            .get(u.code())
            .copied()
            .ok_or_else(|| format!("{} «{}» is not among the communities", u.code(), u.name))
    };
    let excluded = list::exclusions(&row.name);
    match unit.category {
        // A whole hromada or city, unless the row excludes some of its settlements.
        'H' | 'K' => {
            let part = (!excluded.is_empty()).then(|| row.name.clone());
            Ok(vec![(community(unit)?, part)])
        }
        // Every community of an oblast or raion, less the settlements it excludes.
        'O' | 'P' => {
            let level = if unit.category == 'O' { 0 } else { 1 };
            let within = |u: &&Unit| u.levels[level] == unit.code();
            let mut in_region: Vec<usize> = Vec::new();
            for u in codifier
                .units
                .iter()
                .filter(within)
                .filter(|u| matches!(u.category, 'H' | 'K'))
            {
                in_region.push(community(u)?);
            }
            if in_region.is_empty() {
                return Err("no community lies there".into());
            }
            // Which settlements of each hromada the row excludes.
            let mut excluded_of: HashMap<usize, HashSet<&str>> = HashMap::new();
            for item in &excluded {
                if let list::Excluded::Part(what) = item {
                    return Err(format!(
                        "excludes «{what}», part of a settlement: place it by hand"
                    ));
                }
                let found: Vec<&Unit> = codifier
                    .units
                    .iter()
                    .filter(within)
                    .filter(|u| item.matches(u))
                    .collect();
                if found.is_empty() {
                    return Err(format!("the excluded settlement {item:?} is not there"));
                }
                for u in found {
                    if let Some(h) = codifier.community_of(u) {
                        excluded_of
                            .entry(community(h)?)
                            .or_default()
                            .insert(u.code());
                    }
                }
            }
            let mut out = Vec::new();
            for c in in_region {
                match excluded_of.get(&c) {
                    None => out.push((c, None)),
                    Some(codes) => {
                        // A hromada whose settlements are all excluded is not concerned at all.
                        let code = communities[c].code.as_str();
                        let all_excluded = codifier
                            .units
                            .iter()
                            .filter(|u| {
                                matches!(u.category, 'M' | 'X' | 'C') && u.levels[2] == code
                            })
                            .all(|u| codes.contains(u.code()));
                        if !all_excluded {
                            out.push((c, Some(row.name.clone())));
                        }
                    }
                }
            }
            Ok(out)
        }
        // A settlement or a city district: part of its hromada.
        _ => match codifier.community_of(unit) {
            Some(h) => Ok(vec![(community(h)?, Some(row.name.clone()))]),
            None => Ok(Vec::new()),
        },
    }
}

/// The settlements of a community (`settlements`, its units in the codifier) a row covers, by
/// index there, and how much of each. The row is one of the community's
/// [`targets`]: its whole territory, or a region around it, less what it leaves out, or one
/// settlement or part of one.
fn covers(
    codifier: &Codifier,
    unit: &Unit,
    row: &Row,
    settlements: &[&Unit],
) -> Result<Vec<(usize, Share)>, String> {
    let everything = || (0..settlements.len()).map(|i| (i, Share::Whole));
    match unit.category {
        'H' | 'K' | 'O' | 'P' => {
            let mut out: Vec<(usize, Share)> = everything().collect();
            for item in list::exclusions(&row.name) {
                match &item {
                    list::Excluded::Settlement { .. } => {
                        out.retain(|&(i, _)| !item.matches(settlements[i]));
                    }
                    list::Excluded::Part(what) => {
                        let i = part_of(what, settlements)?;
                        if let Some(o) = out.iter_mut().find(|(j, _)| *j == i) {
                            o.1 = Share::Rest;
                        }
                    }
                }
            }
            Ok(out)
        }
        'M' | 'X' | 'C' => {
            let share = if row.name.trim_start().starts_with("частина") {
                Share::Part
            } else {
                Share::Whole
            };
            Ok(settlements
                .iter()
                .position(|s| s.code() == unit.code())
                .map(|i| (i, share))
                .into_iter()
                .collect())
        }
        // A city district: part of its city.
        _ => Ok(codifier
            .get(&unit.levels[3])
            .and_then(|city| settlements.iter().position(|s| s.code() == city.code()))
            .map(|i| (i, Share::Part))
            .into_iter()
            .collect()),
    }
}

/// The settlement a left-out part names («частина м. Золотого (Золоте – 5)» → Золоте): the one
/// settlement whose name, less its ending, begins the text after the type.
fn part_of(what: &str, settlements: &[&Unit]) -> Result<usize, String> {
    let text = what.trim_start_matches("частина").trim();
    let text = list::settlement_name(text);
    let stem = |name: &str| {
        let chars: Vec<char> = name.chars().collect();
        let keep = if chars.len() > 4 {
            chars.len() - 1
        } else {
            chars.len()
        };
        chars[..keep].iter().collect::<String>()
    };
    let found: Vec<usize> = (0..settlements.len())
        .filter(|&i| text.starts_with(&stem(&settlements[i].name)))
        .collect();
    match found[..] {
        [i] => Ok(i),
        _ => Err(format!(
            "leaves out «{what}», and {} settlements of the community have that name: place it by hand",
            found.len()
        )),
    }
}

/// A community's [`Community::parts`]: its settlements with the rows covering each, where what
/// the list says of some settlement differs from what its rows say of the whole community;
/// else none.
fn parts(
    c: &Community,
    units: &[&Unit],
    found: Vec<(usize, ListSection, Option<String>, Share)>,
) -> Vec<Settlement> {
    let mut parts: Vec<Settlement> = units
        .iter()
        .map(|u| Settlement {
            code: u.code().to_string(),
            name: u.name.clone(),
            name_en: to_latin(&u.name),
            kind: match u.category {
                'M' => SettlementKind::City,
                'X' => SettlementKind::Town,
                _ => SettlementKind::Village,
            },
            covers: Vec::new(),
        })
        .collect();
    for (i, section, part, share) in found {
        let Some(entry) = c
            .listed
            .iter()
            .position(|e| e.section == section && e.part == part)
        else {
            continue;
        };
        let cover = Cover {
            entry: entry as u16,
            share,
        };
        if !parts[i].covers.contains(&cover) {
            parts[i].covers.push(cover);
        }
    }
    for s in &mut parts {
        s.covers.sort_by_key(|c| c.entry);
    }
    let whole = whole_listing(c);
    if parts.iter().all(|s| settlement_listing(c, s) == whole) {
        Vec::new()
    } else {
        parts
    }
}

/// Notes a row whose oblast or raion heading disagrees with where its code lies in the codifier
/// (the code wins: the headings are the list's layout, the code its content).
fn check_headings(
    codifier: &Codifier,
    unit: &Unit,
    row: &Row,
    notes: &mut Vec<String>,
    label: &dyn Fn() -> String,
) {
    if let Some(oblast) = codifier.oblast_of(unit)
        && !row
            .oblast
            .to_uppercase()
            .contains(&oblast.name.to_uppercase())
    {
        notes.push(format!(
            "{}: listed under «{}», but the code lies in «{}»",
            label(),
            row.oblast,
            oblast.name
        ));
    }
    if let (Some(raion), Some(heading)) = (codifier.raion_of(unit), row.raion.as_deref())
        && !heading
            .to_uppercase()
            .starts_with(&raion.name.to_uppercase())
    {
        notes.push(format!(
            "{}: listed under «{heading}», but the code lies in «{} район»",
            label(),
            raion.name
        ));
    }
}

/// Notes a hromada row that excludes a settlement the hromada does not have.
fn check_exclusions(
    codifier: &Codifier,
    unit: &Unit,
    row: &Row,
    notes: &mut Vec<String>,
    label: &dyn Fn() -> String,
) {
    if unit.category != 'H' {
        return;
    }
    for item in list::exclusions(&row.name) {
        // Part of a settlement cannot be checked by name.
        let list::Excluded::Settlement { name, .. } = &item else {
            continue;
        };
        let found = codifier
            .units
            .iter()
            .any(|u| u.levels[2] == unit.code() && item.matches(u));
        if !found {
            notes.push(format!(
                "{}: excludes «{name}», which the codifier does not have in «{}»",
                label(),
                unit.name
            ));
        }
    }
}
