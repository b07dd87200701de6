use crate::browser;
use crate::community_data::Published;
use crate::components::{PageTitle, community_title, kind_message};
use crate::data::{self, LoadState};
use crate::locale::{href, t, use_lang};
use crate::pages::{NotFound, display_url, legal_number};
use crate::router::use_params_map;
use crate::state::use_choice;
use crate::stepwise;
use catalogue::Programme;
use catalogue::model::{Amount, Channel, SourceStatus};
use leptos::prelude::*;

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
    let details = data::use_details_state();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        let Some(card) = data::catalogue().get(&id) else {
            // Not national: one of the chosen community's own programmes (issue 15), once its
            // published file is here.
            return match crate::community_data::use_community_data().state.get() {
                Published::Ready(l) => match l.get(&id) {
                    Some(p) => view! { <Service programme=p local=true/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                },
                Published::Loading => {
                    view! { <p class="app-hint" role="status">{t("service-details-loading")}</p> }
                        .into_any()
                }
                _ => view! { <NotFound/> }.into_any(),
            };
        };
        // A pre-rendered page carries its own programme's details: nothing to fetch for it.
        if let Some(p) = data::details(&id) {
            return view! { <Service programme=p/> }.into_any();
        }
        data::need_details();
        let state = details.get();
        match (&state, data::details(&id)) {
            (LoadState::Ready, Some(p)) => view! { <Service programme=p/> }.into_any(),
            _ => view! { <Card programme=card failed=matches!(state, LoadState::Failed(_))/> }
                .into_any(),
        }
    }
}

/// Everything about one programme: who it is for, what a person gets and since when, how and where
/// to apply, the legal basis and every source.
#[component]
fn Service(
    /// The programme to show.
    programme: &'static Programme,
    /// One of the chosen community's own programmes: it has no form of its own on the portal
    /// nor rules of the check, and says whose it is.
    #[prop(optional)]
    local: bool,
) -> impl IntoView {
    let lang = use_lang();
    let choice = use_choice();
    let communities = data::use_communities();
    let p = programme;
    let list = move |items: &'static [catalogue::Text]| {
        view! {
            <ul class="app-list app-list--bullet">
                {items.iter().map(move |item| view! { <li>{item.get(lang)}</li> }).collect_view()}
            </ul>
        }
    };
    let today = browser::today();
    let (current, past): (Vec<&Amount>, Vec<&Amount>) = p
        .amounts
        .iter()
        .filter(|a| a.from <= today)
        .partition(|a| a.until.is_none_or(|u| today <= u));
    let upcoming: Vec<&Amount> = p.amounts.iter().filter(|a| a.from > today).collect();
    let amounts = |items: Vec<&'static Amount>| {
        view! { <ul class="app-list">{items.into_iter().map(|a| view! { <AmountItem amount=a/> }).collect_view()}</ul> }
    };
    let amounts_view = if p.amounts.is_empty() {
        view! { <p>{t("service-no-amount")}</p> }.into_any()
    } else {
        view! {
            {(!current.is_empty()).then(|| amounts(current))}
            {(!upcoming.is_empty()).then(|| view! {
                <h3 class="app-heading-s">{t("service-amounts-upcoming")}</h3>
                {amounts(upcoming)}
            })}
            {(!past.is_empty()).then(|| view! {
                <details class="app-details">
                    <summary>{t("service-amounts-past")}</summary>
                    {amounts(past)}
                </details>
            })}
        }
        .into_any()
    };
    let in_your_community = move || {
        let code = choice.community.get()?;
        let c = communities.get()?.get(&code)?;
        let name = community_title(c, lang);
        Some(view! {
            <p class="app-inset">
                {i18n::t_args(lang, "service-in-your-community", &[("name", i18n::Arg::Str(&name))])}
            </p>
        })
    };
    view! {
        <PageTitle text=p.title.get(lang).to_string()/>
        <Heading programme=p local=local/>
        {(!p.caveats.is_empty()).then(|| view! {
            <div class="app-notice app-notice--warning" role="region" aria-labelledby="caveats-heading">
                <h2 id="caveats-heading" class="app-notice__title">{t("service-caveats")}</h2>
                {list(&p.caveats)}
            </div>
        })}
        <h2 class="app-heading-m">{t("service-who")}</h2>
        {list(&p.who)}
        <h2 class="app-heading-m">{t("service-amounts")}</h2>
        {amounts_view}
        {stepwise::from_step(stepwise::MORE, move || view! {
        {(!p.documents.is_empty()).then(|| view! {
            <h2 class="app-heading-m">{t("service-documents")}</h2>
            {list(&p.documents)}
        })}
        <h2 class="app-heading-m">{t("service-apply")}</h2>
        <ul class="app-list app-list--bullet">
            {p.apply.iter().map(|a| view! {
                <li>
                    <strong>{t(channel_message(a.channel))}</strong>
                    {a.note.as_ref().map(|n| format!(": {}", n.get(lang)))}
                </li>
            }).collect_view()}
        </ul>
        {in_your_community}
        {(!p.deadlines.is_empty()).then(|| view! {
            <h2 class="app-heading-m">{t("service-deadlines")}</h2>
            {list(&p.deadlines)}
        })}
        })}
        {stepwise::from_step(stepwise::REST, move || {
            let legal = p
                .legal
                .iter()
                .map(|act| {
                    let details = legal_number(lang, act);
                    view! {
                        <li>
                            <a href=act.url.clone() rel="external noopener" hreflang="uk">
                                {format!("{} ({details})", act.title.get(lang))}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let sources = p
                .sources
                .iter()
                .map(|s| {
                    view! {
                        <li>
                            <span class=format!("app-tag app-tag--{}", s.status.slug())>{t(status_message(s.status))}</span>
                            " "
                            <a href=s.url.clone() rel="external noopener noreferrer" class="app-source">{display_url(&s.url)}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
        <h2 class="app-heading-m">{t("service-administrator")}</h2>
        <p>{p.administrator.get(lang)}</p>
        <h2 class="app-heading-m">{t("service-legal")}</h2>
        <ul class="app-list app-list--bullet">{legal}</ul>
        {(!local).then(|| view! {
            <p><a href=href(&crate::url::how_decided(&p.id)) target="_self">{t("check-how-decided")}</a></p>
        })}
        {p.classifier_code.as_ref().map(|code| view! { <p>{t("service-classifier")} " " {code.clone()}</p> })}
        <h2 class="app-heading-m">{t("service-sources")}</h2>
        <p class="app-hint">{t("service-sources-note")}</p>
        <ul class="app-list app-list--sources">{sources}</ul>
        <p class="app-hint">{t("service-facts-date")}</p>
            }
        })}
    }
}

/// A programme's card while its details load (or when they could not be loaded).
#[component]
fn Card(
    /// The programme's card.
    programme: &'static Programme,
    /// The details could not be loaded.
    failed: bool,
) -> impl IntoView {
    let lang = use_lang();
    let p = programme;
    let status = if failed {
        t("service-details-failed")
    } else {
        t("service-details-loading")
    };
    view! {
        <PageTitle text=p.title.get(lang).to_string()/>
        <Heading programme=p/>
        <p class="app-hint" role="status">{status}</p>
    }
}

/// The top of a service page, the same while the details load and after: breadcrumbs, kind,
/// title and summary (so nothing above the details moves when they arrive).
#[component]
fn Heading(
    /// The programme.
    programme: &'static Programme,
    /// One of the chosen community's own programmes.
    #[prop(optional)]
    local: bool,
) -> impl IntoView {
    let lang = use_lang();
    let p = programme;
    view! {
        <nav class="app-breadcrumbs" aria-label=t("breadcrumbs")>
            <ol>
                <li><a href=href("/")>{t("nav-home")}</a></li>
                <li><a href=href("/catalogue")>{t("nav-catalogue")}</a></li>
            </ol>
        </nav>
        <p class="app-caption">{t(kind_message(p.kind))}</p>
        <h1 class="app-heading-xl">{p.title.get(lang)}</h1>
        <p class="app-lead">{p.summary.get(lang)}</p>
        {if local {
            // The community's own programme: published by it, applied for where it says.
            let online = crate::community_data::local().is_some_and(|l| l.online(&p.id));
            view! {
                <p class="app-inset">{t("community-programme-local")}</p>
                {online.then(|| view! {
                    <p><a class="app-button" href=href(&format!("/apply/{}", p.id))>{t("service-apply-online")}</a></p>
                })}
                <p><a href=href("/community")>{t("community-programme-contacts")}</a></p>
            }
            .into_any()
        } else {
            // Every programme has a form: its own, or the general request to the community.
            view! {
                <p><a class="app-button" href=href(&format!("/apply/{}", p.id))>{t("service-apply-online")}</a></p>
                <p><a href=href("/check")>{t("service-check")}</a></p>
            }
            .into_any()
        }}
    }
}

/// One amount with the dates it applies.
#[component]
fn AmountItem(
    /// The amount.
    amount: &'static Amount,
) -> impl IntoView {
    let lang = use_lang();
    let from = amount.from.dotted();
    let mut dates = i18n::t_args(lang, "amount-from", &[("date", i18n::Arg::Str(&from))]);
    if let Some(until) = amount.until {
        let until = until.dotted();
        dates.push(' ');
        dates.push_str(&i18n::t_args(
            lang,
            "amount-until",
            &[("date", i18n::Arg::Str(&until))],
        ));
    }
    view! {
        <li class="app-amount">
            <span class="app-amount__text">{amount.text.get(lang)}</span>
            <span class="app-amount__dates">{dates}</span>
        </li>
    }
}
