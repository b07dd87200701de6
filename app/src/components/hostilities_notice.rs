use crate::browser;
use crate::components::community_card::standing_text;
use crate::locale::{href, t, use_lang};
use catalogue::communities::Community;
use catalogue::hostilities::{standing_on, suggests_displacement};
use leptos::prelude::*;

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
    let mut status = standing_text(standing);
    if let Some(since) = standing.since {
        let since = since.dotted();
        status.push(' ');
        status.push_str(&i18n::t_args(
            lang,
            "since-date",
            &[("date", i18n::Arg::Str(&since))],
        ));
    }
    let steps = suggests_displacement(community, today).then(|| {
        view! {
            <p>{t("hostilities-left-intro")}</p>
            <ol class="app-steps">
                <li>{t("hostilities-step-certificate")}</li>
                <li>{t("hostilities-step-host")}</li>
                <li>
                    <a href=href("/situation/displacement")>
                        {t("hostilities-step-programmes")}
                    </a>
                    " " {t("hostilities-step-allowance-pre")} " "
                    <a href=href("/service/idp-living-allowance")>{t("hostilities-step-allowance")}</a>
                </li>
            </ol>
        }
    });
    Some(view! {
        <div class="app-notice app-notice--warning" role="region" aria-labelledby="hostilities-heading">
            <h2 id="hostilities-heading" class="app-notice__title">{t("hostilities-heading")}</h2>
            <p><strong>{status}</strong></p>
            {steps}
        </div>
    })
}
