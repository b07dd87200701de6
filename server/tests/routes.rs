//! The route table (`crates/routes`) and the server agree: every address of the table, in both
//! languages and embedded where it has an embedded view, answers `200` with its app's page; an
//! address outside the table, or a page of it that does not exist, answers `404`.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use routes::{App, Lang, Param};

const PORTAL: &str = "<!doctype html><html><body>portal</body></html>";

/// A fixture whose `dist/` holds each app's page, and no pre-rendered page.
fn fixture() -> Fixture {
    let folder = Folder::new();
    let dist = folder.root.join("dist");
    std::fs::write(dist.join("index.html"), PORTAL).unwrap();
    for part in ["check", "apply", "office"] {
        std::fs::write(
            dist.join(format!("app-{part}.html")),
            format!("<!doctype html><html><body>{part}</body></html>"),
        )
        .unwrap();
    }
    let router = server::app(&folder.config()).unwrap();
    Fixture::on(router, folder)
}

async fn get(f: &Fixture, path: &str) -> (StatusCode, String) {
    let (status, _, body) = f
        .send(Request::get(path).body(Body::empty()).unwrap())
        .await;
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// The page each app's addresses get.
fn shell(app: App) -> &'static str {
    match app {
        App::Portal | App::Static => "portal",
        App::Check => "check",
        App::Apply => "apply",
        App::Office => "office",
    }
}

/// Every value of each parameter the server knows: the catalogue's programmes, the forms'
/// programmes and pages, the situations, the check's steps.
fn values(param: Param) -> Vec<String> {
    let catalogue =
        catalogue::Catalogue::from_json(include_str!("../../data/generated/catalogue.json"))
            .unwrap();
    let forms = forms::Forms::from_json(include_str!("../../data/generated/forms.json")).unwrap();
    match param {
        Param::Programme => catalogue.programmes.iter().map(|p| p.id.clone()).collect(),
        Param::Situation => catalogue::model::Situation::ALL
            .iter()
            .map(|s| s.slug().to_string())
            .collect(),
        Param::CheckStep => routes::CHECK_STEPS.map(String::from).to_vec(),
        Param::Form => forms.forms.iter().map(|f| f.programme.clone()).collect(),
        Param::FormStep => [forms.forms[0].pages[0].id.as_str(), "documents", "check"]
            .map(String::from)
            .to_vec(),
        // A reference as the device keeps it: the server does not know the device's.
        Param::Application => vec!["A-1".into()],
        Param::Community => vec![LVIV.into()],
    }
}

#[tokio::test]
async fn every_address_of_the_route_table_is_served_with_its_apps_page() {
    let f = fixture();
    let mut served = 0;
    for route in routes::ROUTES {
        for lang in Lang::ALL {
            let communities: &[Option<&str>] = if route.embed {
                &[None, Some(LVIV)]
            } else {
                &[None]
            };
            for community in communities {
                for path in route.addresses(lang, *community, &values) {
                    let (status, body) = get(&f, &path).await;
                    // A page only pre-rendering writes is its file, which this dist has not.
                    let expected = if route.app == App::Static {
                        StatusCode::NOT_FOUND
                    } else {
                        StatusCode::OK
                    };
                    assert_eq!(status, expected, "{path}");
                    assert!(body.contains(shell(route.app)), "{path}: {body}");
                    served += 1;
                }
            }
        }
    }
    assert!(served > 200, "only {served} addresses");
}

#[tokio::test]
async fn an_address_outside_the_table_or_of_no_page_is_404() {
    let f = fixture();
    for (path, app) in [
        ("/no-such-page", App::Portal),
        ("/en/en/about", App::Portal),
        ("/uk/about", App::Portal),
        ("/service/no-such-programme", App::Portal),
        ("/situation/no-such-situation", App::Portal),
        ("/check/no-such-step", App::Check),
        ("/en/check/question/x", App::Check),
        ("/apply", App::Apply),
        ("/apply/no-such-programme", App::Apply),
        ("/applications/a/b", App::Apply),
        ("/embed/UA00000000000000000/catalogue", App::Portal),
        ("/embed/UA46060250000025047/search", App::Portal),
        (
            "/embed/UA46060250000025047/service/no-such-programme",
            App::Portal,
        ),
        ("/embed/UA46060250000025047/office", App::Portal),
    ] {
        assert_eq!(routes::app_of(path), app, "{path}");
        let (status, body) = get(&f, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body.contains(shell(app)), "{path}: {body}");
    }
}
