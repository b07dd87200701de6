use crate::browser;
use crate::components::{PageTitle, community_title};
use crate::data;
use crate::locale::{href, tr, use_lang};
use crate::pages::NotFound;
use crate::state::use_choice;
use catalogue::model::{Channel, Kind, SourceStatus};
use catalogue::Programme;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

fn channel_message(c: Channel) -> &'static str {
    match c {
        Channel::Diia => "channel-diia",
        Channel::Online => "channel-online",
        Channel::Cnap => "channel-cnap",
        Channel::Pfu => "channel-pfu",
        Channel::Starosta => "channel-starosta",
        Channel::SocialProtection => "channel-social-protection",
        Channel::HealthFacility => "channel-health-facility",
        Channel::Drats => "channel-drats",
        Channel::DisabilityFund => "channel-disability-fund",
        Channel::Post => "channel-post",
        Channel::Abroad => "channel-abroad",
    }
}

fn status_message(s: SourceStatus) -> &'static str {
    match s {
        SourceStatus::Official => "source-official",
        SourceStatus::Secondary => "source-secondary",
        SourceStatus::Unverified => "source-unverified",
    }
}

/// A programme's or service's page, looked up by the id in the URL.
#[component]
pub fn ServicePage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        match data::catalogue().get(&id) {
            Some(p) => view! { <Service programme=p/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// Everything about one programme: who it is for, what a person gets and since when, how and where
/// to apply, the legal basis and every source.
#[component]
fn Service(
    /// The programme to show.
    programme: &'static Programme,
) -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let p = programme;
    let text = move |t: &'static catalogue::Text| move || t.get(lang.get()).to_string();
    let list = move |items: &'static [catalogue::Text]| {
        view! { <ul class="app-list app-list--bullet">{items.iter().map(|t| view! { <li>{text(t)}</li> }).collect_view()}</ul> }
    };
    let today = browser::today();
    let (current, past): (Vec<_>, Vec<_>) = p
        .amounts
        .iter()
        .filter(|a| a.from <= today || a.until.is_none())
        .partition(|a| a.until.is_none_or(|u| today <= u));
    let upcoming: Vec<_> = p.amounts.iter().filter(|a| a.from > today).collect();
    let amount_view = move |a: &'static catalogue::model::Amount| {
        let dates = move || {
            let l = lang.get();
            let from = i18n::t_args(l, "amount-from", &[("date", i18n::Arg::Str(&a.from.dotted()))]);
            match a.until {
                Some(u) => format!("{from} {}", i18n::t_args(l, "amount-until", &[("date", i18n::Arg::Str(&u.dotted()))])),
                None => from,
            }
        };
        view! {
            <li class="app-amount">
                <span class="app-amount__text">{text(&a.text)}</span>
                <span class="app-amount__dates">{dates}</span>
            </li>
        }
    };
    let communities = data::use_communities();
    let community = move || {
        let code = choice.community.get()?;
        communities.get()?.get(&code)
    };
    let kind = match p.kind {
        Kind::Payment => "kind-payment",
        Kind::Service => "kind-service",
    };
    let catalogue_link = href("/catalogue");
    view! {
        <PageTitle text=Signal::derive(text(&p.title))/>
        <nav class="app-breadcrumbs" aria-label=tr("breadcrumbs")>
            <ol>
                <li><A href=href("/")>{tr("nav-home")}</A></li>
                <li><A href=catalogue_link>{tr("nav-catalogue")}</A></li>
            </ol>
        </nav>
        <p class="app-caption">{move || i18n::t(lang.get(), kind)}</p>
        <h1 class="app-heading-xl">{text(&p.title)}</h1>
        <p class="app-lead">{text(&p.summary)}</p>
        {(!p.caveats.is_empty()).then(|| view! {
            <div class="app-notice app-notice--warning" role="region" aria-labelledby="caveats-heading">
                <h2 id="caveats-heading" class="app-notice__title">{tr("service-caveats")}</h2>
                {list(&p.caveats)}
            </div>
        })}
        <h2 class="app-heading-m">{tr("service-who")}</h2>
        {list(&p.who)}
        <h2 class="app-heading-m">{tr("service-amounts")}</h2>
        {if p.amounts.is_empty() {
            view! { <p>{tr("service-no-amount")}</p> }.into_any()
        } else {
            view! {
                {(!current.is_empty()).then(|| view! {
                    <ul class="app-list">{current.iter().map(|a| amount_view(a)).collect_view()}</ul>
                })}
                {(!upcoming.is_empty()).then(|| view! {
                    <h3 class="app-heading-s">{tr("service-amounts-upcoming")}</h3>
                    <ul class="app-list">{upcoming.iter().map(|a| amount_view(a)).collect_view()}</ul>
                })}
                {(!past.is_empty()).then(|| view! {
                    <details class="app-details">
                        <summary>{tr("service-amounts-past")}</summary>
                        <ul class="app-list">{past.iter().map(|a| amount_view(a)).collect_view()}</ul>
                    </details>
                })}
            }.into_any()
        }}
        {(!p.documents.is_empty()).then(|| view! {
            <h2 class="app-heading-m">{tr("service-documents")}</h2>
            {list(&p.documents)}
        })}
        <h2 class="app-heading-m">{tr("service-apply")}</h2>
        <ul class="app-list app-list--bullet">
            {p.apply.iter().map(|a| view! {
                <li>
                    <strong>{move || i18n::t(lang.get(), channel_message(a.channel))}</strong>
                    {a.note.as_ref().map(|n| view! { ": " {text(n)} })}
                </li>
            }).collect_view()}
        </ul>
        {move || community().map(|c| view! {
            <p class="app-inset">
                {move || i18n::t_args(lang.get(), "service-in-your-community",
                    &[("name", i18n::Arg::Str(&community_title(c, lang.get())))])}
            </p>
        })}
        {(!p.deadlines.is_empty()).then(|| view! {
            <h2 class="app-heading-m">{tr("service-deadlines")}</h2>
            {list(&p.deadlines)}
        })}
        <h2 class="app-heading-m">{tr("service-administrator")}</h2>
        <p>{text(&p.administrator)}</p>
        <h2 class="app-heading-m">{tr("service-legal")}</h2>
        <ul class="app-list app-list--bullet">
            {p.legal.iter().map(|act| {
                let label = move || {
                    let l = lang.get();
                    let details = i18n::t_args(l, "legal-number-date", &[
                        ("number", i18n::Arg::Str(&act.number)),
                        ("date", i18n::Arg::Str(&act.date.dotted())),
                    ]);
                    format!("{} ({details})", act.title.get(l))
                };
                view! { <li><a href=act.url.clone() rel="external noopener" hreflang="uk">{label}</a></li> }
            }).collect_view()}
        </ul>
        {p.classifier_code.as_ref().map(|code| view! {
            <p>{tr("service-classifier")} " " {code.clone()}</p>
        })}
        <h2 class="app-heading-m">{tr("service-sources")}</h2>
        <p class="app-hint">{tr("service-sources-note")}</p>
        <ul class="app-list app-list--sources">
            {p.sources.iter().map(|s| view! {
                <li>
                    <span class=format!("app-tag app-tag--{}", s.status.slug())>
                        {move || i18n::t(lang.get(), status_message(s.status))}
                    </span>
                    " "
                    <a href=s.url.clone() rel="external noopener noreferrer" class="app-source">{display_url(&s.url)}</a>
                </li>
            }).collect_view()}
        </ul>
        <p class="app-hint">{tr("service-facts-date")}</p>
    }
}

/// A source's address, shortened for reading: the host and the start of the path.
fn display_url(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.trim_start_matches("www.");
    if path.chars().count() > 40 {
        let short: String = path.chars().take(37).collect();
        format!("{host}/{short}…")
    } else if path.is_empty() {
        host.to_string()
    } else {
        format!("{host}/{path}")
    }
}
