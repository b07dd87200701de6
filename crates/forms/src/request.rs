//! The general request to the community («звернення до громади щодо …», issue 16): one template
//! (`data/forms/request.toml`, compiled and checked by [`crate::source`]) that makes the form of
//! every programme without one of its own — the national catalogue's, at build time, and a
//! community's own programme that takes applications through the portal (issue 15), in the
//! browser and on the server from the same published entry, so both check the same form.

use crate::model::{Document, Form};
use catalogue::Text;
use catalogue::model::{Channel, Programme};
use serde::{Deserialize, Serialize};

/// The template of the general request, as `forms.bin` carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The form, whose title names the programme as `{title}`.
    pub template: Form,
    /// Said first where the community does not decide the programme; `{administrator}` is who does.
    pub passed_on: Text,
    /// The hint of each document the programme's entry names: optional.
    pub optional_document: Text,
}

/// Does the community itself decide `programme`? So the catalogue says when one of its ways to
/// apply is the community's social protection body or executive committee; otherwise another body
/// (the Pension Fund, the Fund for Social Protection of Persons with Disabilities …) decides, and
/// the community takes the application and passes it on.
pub fn decided_by_community(programme: &Programme) -> bool {
    programme
        .apply
        .iter()
        .any(|a| a.channel == Channel::SocialProtection)
}

/// A document's id made from its English name: its first words in lowercase Latin letters and
/// digits, joined by hyphens (`Declaration of income and property` → `declaration-of-income-and-property`).
pub fn document_id(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        "document".to_string()
    } else {
        words.join("-")
    }
}

/// `template` with `{name}` replaced by `value`, in each language.
fn fill(template: &Text, name: &str, value: &Text) -> Text {
    let key = format!("{{{name}}}");
    Text {
        uk: template.uk.replace(&key, &value.uk),
        en: template.en.replace(&key, &value.en),
    }
}

/// A sentence as it ends a paragraph: with a full stop unless it has one already.
pub(crate) fn sentence(mut text: Text) -> Text {
    for s in [&mut text.uk, &mut text.en] {
        let end = s.trim_end().chars().last();
        if !matches!(end, Some('.' | '!' | '?' | '…')) {
            *s = format!("{}.", s.trim_end());
        }
    }
    text
}

impl Request {
    /// The general request for `programme`, made from the template (`request`, already checked): its
    /// title, who decides where the community does not, and the documents the catalogue names, each
    /// an optional upload that says so in its hint (a missing document never stops an application).
    pub fn form_for(&self, programme: &Programme) -> Form {
        let (request, passed_on, optional) =
            (&self.template, &self.passed_on, &self.optional_document);
        let mut before = Vec::new();
        if !decided_by_community(programme) {
            before.push(sentence(fill(
                passed_on,
                "administrator",
                &programme.administrator,
            )));
        }
        before.extend(request.before.iter().cloned());
        let mut documents: Vec<Document> = Vec::new();
        for name in &programme.documents {
            let base = document_id(&name.en);
            let mut id = base.clone();
            let mut n = 2;
            while documents
                .iter()
                .chain(&request.documents)
                .any(|d| d.id == id)
            {
                id = format!("{base}-{n}");
                n += 1;
            }
            documents.push(Document {
                id,
                label: name.clone(),
                hint: Some(optional.clone()),
                required: false,
                when: None,
            });
        }
        documents.extend(request.documents.iter().cloned());
        Form {
            programme: programme.id.clone(),
            title: fill(&request.title, "title", &programme.title),
            before,
            pages: request.pages.clone(),
            documents,
        }
    }
}
