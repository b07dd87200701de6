//! Reading the codifier КАТОТТГ (кодифікатор адміністративно-територіальних одиниць та територій
//! територіальних громад) from its official CSV.

use std::collections::HashMap;

/// One row of the codifier: a unit and the codes of the levels above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The five level columns as given (empty where the level is absent). Units outside a level
    /// repeat the code above: the settlements of a city with special status have its code in
    /// levels 1–4, the cities of the Chornobyl exclusion zone their oblast's code in levels 1–3.
    pub levels: [String; 5],
    /// O oblast / Crimea, K city with special status, P raion, H hromada, M city, X селище,
    /// C village, B city district.
    pub category: char,
    /// The name, trimmed (the CSV has trailing spaces).
    pub name: String,
}

impl Unit {
    /// The unit's own code: the last level given.
    pub fn code(&self) -> &str {
        self.levels
            .iter()
            .rev()
            .find(|l| !l.is_empty())
            .map_or("", String::as_str)
    }

    /// A settlement or a city district (the units a hromada is made of).
    pub fn is_settlement(&self) -> bool {
        matches!(self.category, 'M' | 'X' | 'C' | 'B')
    }
}

/// The whole codifier, in its own order.
#[derive(Debug, Clone, Default)]
pub struct Codifier {
    pub units: Vec<Unit>,
    index: HashMap<String, usize>,
}

impl Codifier {
    /// Parses the official CSV: `;`-separated, a header line, seven columns.
    pub fn parse(csv_text: &str) -> Result<Codifier, String> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(true)
            .flexible(true)
            .from_reader(csv_text.as_bytes());
        let mut codifier = Codifier::default();
        for record in reader.records() {
            let record = record.map_err(|e| e.to_string())?;
            let line = record.position().map_or(0, |p| p.line());
            if record.len() != 7 {
                return Err(format!(
                    "line {line}: {} columns instead of 7",
                    record.len()
                ));
            }
            let levels: [String; 5] = std::array::from_fn(|i| record[i].trim().to_string());
            let mut category = record[5].trim().chars();
            let category = match (category.next(), category.next()) {
                (Some(c @ ('O' | 'K' | 'P' | 'H' | 'M' | 'X' | 'C' | 'B')), None) => c,
                _ => return Err(format!("line {line}: unknown category «{}»", &record[5])),
            };
            let unit = Unit {
                levels,
                category,
                name: record[6].trim().to_string(),
            };
            let code = unit.code().to_string();
            if code.is_empty() {
                return Err(format!("line {line}: no code"));
            }
            if unit.name.is_empty() {
                return Err(format!("line {line}: {code} has no name"));
            }
            if codifier
                .index
                .insert(code.clone(), codifier.units.len())
                .is_some()
            {
                return Err(format!("line {line}: the code {code} appears twice"));
            }
            codifier.units.push(unit);
        }
        Ok(codifier)
    }

    /// The unit with this code.
    pub fn get(&self, code: &str) -> Option<&Unit> {
        self.index.get(code).map(|&i| &self.units[i])
    }

    /// The hromada (H) or city with special status (K) a unit lies in; the unit itself if it is
    /// one. `None` for oblasts and raions, and for the settlements that belong to no hromada (the
    /// cities of the Chornobyl exclusion zone: Прип’ять, Чорнобиль).
    pub fn community_of<'a>(&'a self, unit: &'a Unit) -> Option<&'a Unit> {
        match unit.category {
            'H' | 'K' => Some(unit),
            'O' | 'P' => None,
            _ => {
                let hromada = self.get(&unit.levels[2]).filter(|u| u.category == 'H');
                hromada.or_else(|| self.get(&unit.levels[0]).filter(|u| u.category == 'K'))
            }
        }
    }

    /// The raion (P) a unit lies in, if any.
    pub fn raion_of(&self, unit: &Unit) -> Option<&Unit> {
        self.get(&unit.levels[1]).filter(|u| u.category == 'P')
    }

    /// The oblast (O) or city with special status (K) at the top of a unit.
    pub fn oblast_of(&self, unit: &Unit) -> Option<&Unit> {
        self.get(&unit.levels[0])
            .filter(|u| matches!(u.category, 'O' | 'K'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Перший рівень;Другий рівень;Третій рівень;Четвертий рівень;Додатковий рівень;Категорія об’єкта;Назва об’єкта\r\n\
UA01000000000013043;;;;;O;Автономна Республіка Крим\r\n\
UA01000000000013043;UA01020000000022387;;;;P;Бахчисарайський\r\n\
UA01000000000013043;UA01020000000022387;UA01020010000048857;;;H;Андріївська \r\n\
UA01000000000013043;UA01020000000022387;UA01020010000048857;UA01020010010075540;;C;Андріївка\r\n\
UA32000000000030281;;;;;O;Київська\r\n\
UA32000000000030281;UA32000000000030281;UA32000000000030281;UA32000000010085013;;M;Прип’ять\r\n\
UA80000000000093317;;;;;K;Київ\r\n\
UA80000000000093317;UA80000000000093317;UA80000000000093317;UA80000000000093317;UA80000000000126643;B;Голосіївський\r\n";

    #[test]
    fn reads_units_and_trims_names() {
        let c = Codifier::parse(SAMPLE).unwrap();
        assert_eq!(c.units.len(), 8);
        let h = c.get("UA01020010000048857").unwrap();
        assert_eq!((h.category, h.name.as_str()), ('H', "Андріївська"));
        assert_eq!(c.raion_of(h).unwrap().name, "Бахчисарайський");
        assert_eq!(c.oblast_of(h).unwrap().name, "Автономна Республіка Крим");
    }

    #[test]
    fn finds_the_community_of_a_unit() {
        let c = Codifier::parse(SAMPLE).unwrap();
        let village = c.get("UA01020010010075540").unwrap();
        assert_eq!(
            c.community_of(village).unwrap().code(),
            "UA01020010000048857"
        );
        let district = c.get("UA80000000000126643").unwrap();
        assert_eq!(c.community_of(district).unwrap().name, "Київ");
        assert_eq!(c.raion_of(district), None);
        let pripyat = c.get("UA32000000010085013").unwrap();
        assert_eq!(c.community_of(pripyat), None);
        assert_eq!(c.raion_of(pripyat), None);
    }

    #[test]
    fn refuses_broken_rows() {
        let dup = format!("{SAMPLE}UA01000000000013043;;;;;O;Крим\r\n");
        assert!(Codifier::parse(&dup).unwrap_err().contains("twice"));
        let cat = format!("{SAMPLE}UA99000000000000000;;;;;Z;Ніде\r\n");
        assert!(Codifier::parse(&cat).unwrap_err().contains("category"));
        let short = format!("{SAMPLE}UA99000000000000000;;;;O;Ніде\r\n");
        assert!(Codifier::parse(&short).unwrap_err().contains("columns"));
    }
}
