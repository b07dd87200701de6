//! The inbox's filters, kept in the page's address (`/office?status=need-info&page=2`) so that a
//! reload or Back keeps them, and turned into the API's query.

use crate::url::with_query;

/// The statuses of an application, in the order of its life.
pub const STATUSES: [&str; 6] = [
    "received",
    "in-review",
    "need-info",
    "approved",
    "refused",
    "closed",
];

/// What the inbox shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// One of [`STATUSES`], or empty for all.
    pub status: String,
    /// A programme's catalogue id, or empty for all.
    pub programme: String,
    /// `me`, `none` (unassigned), a staff id, or empty for anyone.
    pub assignee: String,
    /// Received on or after (`YYYY-MM-DD`).
    pub from: String,
    /// Received on or before (`YYYY-MM-DD`).
    pub to: String,
    /// A reference number or part of the applicant's name.
    pub q: String,
    /// From 1.
    pub page: u32,
}

impl Filters {
    /// The filters of a query (`get` gives a parameter's decoded value); what is not valid is
    /// left out rather than sent.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Filters {
        let value = |k: &str| get(k).map(|v| v.trim().to_string()).unwrap_or_default();
        let date = |k: &str| {
            let v = value(k);
            if v.parse::<catalogue::Date>().is_ok() {
                v
            } else {
                String::new()
            }
        };
        let status = value("status");
        let assignee = value("assignee");
        Filters {
            status: if STATUSES.contains(&status.as_str()) {
                status
            } else {
                String::new()
            },
            programme: value("programme"),
            assignee: if assignee == "me"
                || assignee == "none"
                || (!assignee.is_empty() && assignee.bytes().all(|b| b.is_ascii_digit()))
            {
                assignee
            } else {
                String::new()
            },
            from: date("from"),
            to: date("to"),
            q: value("q"),
            page: value("page").parse().ok().filter(|p| *p >= 1).unwrap_or(1),
        }
    }

    /// The pairs of the query; empty values and the first page are left out.
    fn pairs(&self) -> Vec<(&'static str, String)> {
        let page = if self.page > 1 {
            self.page.to_string()
        } else {
            String::new()
        };
        vec![
            ("status", self.status.clone()),
            ("programme", self.programme.clone()),
            ("assignee", self.assignee.clone()),
            ("from", self.from.clone()),
            ("to", self.to.clone()),
            ("q", self.q.clone()),
            ("page", page),
        ]
    }

    /// `path` with these filters as its query: the inbox's address.
    pub fn href(&self, path: &str) -> String {
        let pairs = self.pairs();
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        with_query(path, &borrowed)
    }

    /// The API's address for these filters (the page is always sent).
    pub fn api_path(&self) -> String {
        let mut pairs = self.pairs();
        if let Some(p) = pairs.iter_mut().find(|(k, _)| *k == "page") {
            p.1 = self.page.max(1).to_string();
        }
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        with_query("/applications", &borrowed)
    }

    /// The same filters on another page.
    pub fn on_page(&self, page: u32) -> Filters {
        Filters {
            page: page.max(1),
            ..self.clone()
        }
    }

    /// The same filters with another status (or all with an empty one), from the first page.
    pub fn with_status(&self, status: &str) -> Filters {
        Filters {
            status: status.to_string(),
            page: 1,
            ..self.clone()
        }
    }

    /// Is anything filtered?
    pub fn any(&self) -> bool {
        *self
            != Filters {
                page: self.page,
                ..Filters::default()
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(query: &[(&str, &str)]) -> Filters {
        let map: HashMap<String, String> = query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Filters::from_query(|k| map.get(k).cloned())
    }

    #[test]
    fn no_filters_is_the_first_page_of_everything() {
        let f = parse(&[]);
        assert_eq!(f.page, 1);
        assert!(!f.any());
        assert_eq!(f.href("/office"), "/office");
        assert_eq!(f.api_path(), "/applications?page=1");
    }

    #[test]
    fn filters_go_into_the_address_and_the_api_query_encoded() {
        let f = parse(&[
            ("status", "need-info"),
            ("assignee", "me"),
            ("from", "2026-12-01"),
            ("q", "Коваль"),
            ("page", "2"),
        ]);
        assert!(f.any());
        assert_eq!(
            f.href("/en/office"),
            "/en/office?status=need-info&assignee=me&from=2026-12-01&q=%D0%9A%D0%BE%D0%B2%D0%B0%D0%BB%D1%8C&page=2"
        );
        assert_eq!(
            f.api_path(),
            "/applications?status=need-info&assignee=me&from=2026-12-01&q=%D0%9A%D0%BE%D0%B2%D0%B0%D0%BB%D1%8C&page=2"
        );
    }

    #[test]
    fn what_the_address_gets_wrong_is_left_out() {
        let f = parse(&[
            ("status", "lost"),
            ("assignee", "everyone"),
            ("from", "1 Dec"),
            ("to", "2026-02-30"),
            ("page", "0"),
        ]);
        assert_eq!(
            f,
            Filters {
                page: 1,
                ..Filters::default()
            }
        );
        assert_eq!(parse(&[("assignee", "7")]).assignee, "7");
        assert_eq!(parse(&[("assignee", "none")]).assignee, "none");
    }

    #[test]
    fn choosing_a_status_starts_again_from_the_first_page_and_keeps_the_rest() {
        let f = parse(&[("q", "2026-000012"), ("page", "3")]);
        let g = f.with_status("approved");
        assert_eq!(g.page, 1);
        assert_eq!(g.q, "2026-000012");
        assert_eq!(g.href("/office"), "/office?status=approved&q=2026-000012");
        assert_eq!(f.on_page(4).href("/office"), "/office?q=2026-000012&page=4");
    }
}
