use crate::browser;
use crate::components::community_card::section_message;
use crate::locale::{tr, use_lang};
use catalogue::communities::Community;
use catalogue::hostilities::{standing_on, suggests_displacement};
use leptos::prelude::*;
use leptos_router::components::A;

/// What the official list says about a community today, and, for an occupied or front-line one,
/// how a person who left it gets support where they live now.
#[component]
pub fn HostilitiesNotice(
    /// The community the person chose.
    community: &'static Community,
) -> impl IntoView {
    let lang = use_lang();
    let today = browser::today();
    let standing = standing_on(community, today)?;
    let displaced = suggests_displacement(community, today);
    let since = standing.since.map(|d| d.dotted());
    let status = move || {
        let mut text = i18n::t(lang.get(), section_message(standing.section));
        if !standing.whole {
            text.push_str(&format!(" ({})", i18n::t(lang.get(), "section-part")));
        }
        if let Some(since) = &since {
            text.push_str(&format!(
                " {}",
                i18n::t_args(lang.get(), "since-date", &[("date", i18n::Arg::Str(since))])
            ));
        }
        text
    };
    let displacement_link =
        move || lang.get().localize(&crate::url::with_query("/catalogue", &[("situation", "displacement")]));
    let allowance_link = move || lang.get().localize("/service/idp-living-allowance");
    Some(view! {
        <div class="app-notice app-notice--warning" role="region" aria-labelledby="hostilities-heading">
            <h2 id="hostilities-heading" class="app-notice__title">{tr("hostilities-heading")}</h2>
            <p><strong>{status}</strong></p>
            {displaced.then(|| view! {
                <p>{tr("hostilities-left-intro")}</p>
                <ol class="app-steps">
                    <li>{tr("hostilities-step-certificate")}</li>
                    <li>{tr("hostilities-step-host")}</li>
                    <li>
                        <A href=displacement_link>{tr("hostilities-step-programmes")}</A>
                        " "
                        {tr("hostilities-step-allowance-pre")} " "
                        <A href=allowance_link>{tr("hostilities-step-allowance")}</A>
                    </li>
                </ol>
            })}
        </div>
    })
}
