//! `/office/community` (administrators): the community's profile — the social protection unit and
//! the ЦНАП(s) with their addresses, phones, e-mail and hours, the starosta districts with their
//! settlements and contacts, the website, online applications —
//! saved as a draft (checked in the browser by the same `forms::profile` rules the server runs)
//! and published when ready. Citizens see only what is published.

use crate::browser;
use crate::locale::{t, use_lang};
use crate::office::api::ApiError;
use crate::office::components::{
    DISTRICT_FIELDS, DistrictFields, DistrictForm, ERROR_SUMMARY, ErrorSummary, OFFICE_FIELDS,
    OfficeFields, OfficeForm, OfficeTitle, Problem, TextField,
};
use crate::office::session::use_api;
use catalogue::Lang;
use forms::FieldError;
use forms::profile::{OfficeKind, Profile};
use leptos::prelude::*;
use serde::Deserialize;

/// The profile as the office API answers it: the draft and what is published.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProfileState {
    pub draft: Option<Profile>,
    pub draft_version: i64,
    pub draft_at: Option<String>,
    pub draft_by: Option<String>,
    pub published: Option<Profile>,
    pub version: i64,
    pub published_at: Option<String>,
    pub published_by: Option<String>,
    #[serde(default)]
    pub unpublished: bool,
}

/// The input of an error's field (`website`, `offices.1.phone`, `districts.0.settlements`), given
/// the offices' and districts' inputs.
pub fn input_of(
    field: &str,
    offices: &[OfficeForm],
    districts: &[DistrictForm],
) -> Option<&'static str> {
    if field == "website" {
        return Some("website");
    }
    if let Some(rest) = field.strip_prefix("districts.") {
        let (i, name) = rest.split_once('.')?;
        let form = districts.get(i.parse::<usize>().ok()?)?;
        let k = DISTRICT_FIELDS.iter().position(|f| *f == name)?;
        return Some(form.ids[k]);
    }
    let rest = field.strip_prefix("offices.")?;
    let (i, name) = rest.split_once('.')?;
    let form = offices.get(i.parse::<usize>().ok()?)?;
    let k = OFFICE_FIELDS.iter().position(|f| *f == name)?;
    Some(form.ids[k])
}

/// The errors of a check as the error summary shows them.
fn shown(
    errors: Vec<FieldError>,
    offices: &[OfficeForm],
    districts: &[DistrictForm],
    lang: Lang,
) -> Vec<(&'static str, String)> {
    errors
        .into_iter()
        .map(|e| {
            (
                input_of(&e.field, offices, districts).unwrap_or(""),
                e.message.get(lang).to_string(),
            )
        })
        .collect()
}

/// A date-time of the API (`2026-12-06T05:40:00Z`) as read: `2026-12-06 05:40 UTC`.
fn when(at: &Option<String>) -> String {
    at.as_deref()
        .map(|s| {
            let s = s.trim_end_matches('Z');
            let (d, time) = s.split_once('T').unwrap_or((s, ""));
            format!("{d} {} UTC", time.get(..5).unwrap_or(time))
        })
        .unwrap_or_default()
}

/// The community profile page.
#[component]
pub fn CommunityPage() -> impl IntoView {
    let lang = use_lang();
    let api = use_api();
    // The social protection unit first, then every ЦНАП (one more on "add"), then the districts.
    let offices = RwSignal::new(vec![
        OfficeForm::new(OfficeKind::Social),
        OfficeForm::new(OfficeKind::Cnap),
    ]);
    let districts = RwSignal::new(Vec::<DistrictForm>::new());
    let website = RwSignal::new(String::new());
    let online = RwSignal::new(false);
    let state = RwSignal::new(None::<Result<ProfileState, ApiError>>);
    let errors = RwSignal::new(Vec::<(&'static str, String)>::new());
    let outcome = RwSignal::new(None::<Result<String, ApiError>>);

    let show = move |s: &ProfileState| {
        let p = s.draft.clone().unwrap_or_default();
        website.set(p.website.clone());
        online.set(p.online);
        let social = OfficeForm::new(OfficeKind::Social);
        if let Some(o) = p.offices.iter().find(|o| o.kind == OfficeKind::Social) {
            social.fill(o);
        }
        let mut forms = vec![social];
        let cnaps: Vec<_> = p
            .offices
            .iter()
            .filter(|o| o.kind == OfficeKind::Cnap)
            .collect();
        for n in 0..cnaps.len().max(1) {
            let form = OfficeForm::numbered(OfficeKind::Cnap, n);
            if let Some(o) = cnaps.get(n) {
                form.fill(o);
            }
            forms.push(form);
        }
        offices.set(forms);
        districts.set(
            p.districts
                .iter()
                .enumerate()
                .map(|(n, d)| {
                    let form = DistrictForm::new(n);
                    form.fill(d);
                    form
                })
                .collect(),
        );
    };
    leptos::task::spawn_local(async move {
        let answer = api.get::<ProfileState>("/profile").await;
        if let Ok(s) = &answer {
            show(s);
        }
        state.set(Some(answer));
    });

    let read = move || Profile {
        website: website.get_untracked(),
        online: online.get_untracked(),
        offices: offices.with_untracked(|os| os.iter().map(OfficeForm::read).collect()),
        districts: districts.with_untracked(|ds| ds.iter().map(DistrictForm::read).collect()),
    };
    let version = move || {
        state
            .get_untracked()
            .and_then(Result::ok)
            .map_or(0, |s| s.draft_version)
    };
    let fail = move |e: ApiError| {
        outcome.set(Some(Err(e)));
        request_animation_frame(|| browser::focus_id("profile-outcome"));
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome.set(None);
        let profile = read();
        if let Err(found) = profile.validate() {
            let (os, ds) = (offices.get_untracked(), districts.get_untracked());
            errors.set(shown(found, &os, &ds, lang));
            request_animation_frame(|| browser::focus_id(ERROR_SUMMARY));
            return;
        }
        errors.set(Vec::new());
        let body = serde_json::json!({ "version": version(), "profile": profile });
        leptos::task::spawn_local(async move {
            match api.put::<ProfileState>("/profile", &body).await {
                Ok(s) => {
                    show(&s);
                    state.set(Some(Ok(s)));
                    outcome.set(Some(Ok(i18n::t(lang, "office-profile-saved"))));
                    request_animation_frame(|| browser::focus_id("profile-outcome"));
                }
                Err(e) => fail(e),
            }
        });
    };
    let publish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome.set(None);
        let body = serde_json::json!({ "version": version() });
        leptos::task::spawn_local(async move {
            match api.post::<ProfileState>("/profile/publish", &body).await {
                Ok(s) => {
                    state.set(Some(Ok(s)));
                    outcome.set(Some(Ok(i18n::t(lang, "office-profile-published"))));
                    request_animation_frame(|| browser::focus_id("profile-outcome"));
                }
                Err(e) => fail(e),
            }
        });
    };

    let status = move || {
        let Some(s) = state.get() else {
            return view! { <p class="app-hint" role="status">{t("loading")}</p> }.into_any();
        };
        match s {
            Err(e) => view! { <Problem error=e/> }.into_any(),
            Ok(s) => {
                let published = if s.version == 0 {
                    i18n::t(lang, "office-profile-status-none")
                } else {
                    i18n::t_args(
                        lang,
                        "office-profile-status-published",
                        &[
                            ("version", i18n::Arg::Num(s.version)),
                            (
                                "name",
                                i18n::Arg::Str(s.published_by.as_deref().unwrap_or("")),
                            ),
                            ("at", i18n::Arg::Str(&when(&s.published_at))),
                        ],
                    )
                };
                let draft = s.unpublished.then(|| {
                    i18n::t_args(
                        lang,
                        "office-profile-status-draft",
                        &[
                            ("name", i18n::Arg::Str(s.draft_by.as_deref().unwrap_or(""))),
                            ("at", i18n::Arg::Str(&when(&s.draft_at))),
                        ],
                    )
                });
                view! {
                    <div class="app-panel app-office-profile__status">
                        <p>{published}</p>
                        {draft.map(|d| view! { <p><strong>{d}</strong></p> })}
                    </div>
                }
                .into_any()
            }
        }
    };
    // The form waits for the saved profile: typing into it before would be overwritten by it.
    let loaded = move || state.with(|s| matches!(s, Some(Ok(_))));
    let can_publish = move || {
        state
            .get()
            .and_then(Result::ok)
            .is_some_and(|s| s.unpublished)
    };
    let website_error = Signal::derive(move || {
        errors.with(|es| {
            es.iter()
                .find(|(f, _)| *f == "website")
                .map(|(_, m)| m.clone())
        })
    });
    let errors_signal: Signal<Vec<(&'static str, String)>> = errors.into();
    view! {
        <OfficeTitle text=t("office-profile")/>
        <h1 class="app-heading-xl">{t("office-profile")}</h1>
        <p>{t("office-profile-lead")}</p>
        {status}
        <div id="profile-outcome" tabindex="-1">
            {move || outcome.get().map(|o| match o {
                Ok(text) => view! { <div class="app-notice" role="status"><p>{text}</p></div> }.into_any(),
                Err(e) => view! { <Problem error=e/> }.into_any(),
            })}
        </div>
        <ErrorSummary errors=errors/>
        <form class="app-office-profile" novalidate on:submit=save hidden=move || !loaded()>
            <TextField id="website" label=t("office-profile-website") hint=t("office-profile-website-hint")
                value=website error=website_error kind="url"/>
            <div class="app-form-group">
                <div class="app-checkbox">
                    <input class="app-checkbox__input" type="checkbox" id="online"
                        prop:checked=move || online.get()
                        on:change=move |ev| online.set(event_target_checked(&ev))/>
                    <label class="app-checkbox__label" for="online">{t("office-profile-online")}</label>
                </div>
            </div>
            {move || offices.get().into_iter().enumerate().map(|(i, form)| {
                let legend = match (form.kind, i) {
                    (OfficeKind::Social, _) => t("office-profile-social"),
                    (OfficeKind::Cnap, 1) => t("office-profile-cnap"),
                    (OfficeKind::Cnap, _) => i18n::t_args(lang, "office-profile-cnap-n", &[("n", i18n::Arg::Num(i as i64))]),
                };
                view! { <OfficeFields form=form legend=legend errors=errors_signal/> }
            }).collect_view()}
            <button class="app-button app-button--secondary" type="button" on:click=move |_| {
                let n = offices.with_untracked(|os| os.iter().filter(|o| o.kind == OfficeKind::Cnap).count());
                let form = OfficeForm::numbered(OfficeKind::Cnap, n);
                offices.update(|os| os.push(form));
                request_animation_frame(move || browser::focus_id(form.ids[0]));
            }>{t("office-profile-add-cnap")}</button>
            <h2 class="app-heading-l">{t("office-profile-districts")}</h2>
            <p>{t("office-profile-districts-lead")}</p>
            {move || districts.get().into_iter().enumerate().map(|(i, form)| {
                let legend = i18n::t_args(lang, "office-profile-district-n", &[("n", i18n::Arg::Num(i as i64 + 1))]);
                view! { <DistrictFields form=form legend=legend errors=errors_signal/> }
            }).collect_view()}
            <p>
                <button class="app-button app-button--secondary" type="button" on:click=move |_| {
                    let form = DistrictForm::new(districts.with_untracked(Vec::len));
                    districts.update(|ds| ds.push(form));
                    request_animation_frame(move || browser::focus_id(form.ids[0]));
                }>{t("office-profile-add-district")}</button>
            </p>
            <button class="app-button" type="submit">{t("office-profile-save")}</button>
        </form>
        <section class="app-section" aria-labelledby="publish-heading" hidden=move || !loaded()>
            <h2 class="app-heading-l" id="publish-heading">{t("office-profile-publish")}</h2>
            <p>{t("office-profile-publish-lead")}</p>
            <form novalidate on:submit=publish>
                <button class="app-button" type="submit" disabled=move || !can_publish()>
                    {t("office-profile-publish")}
                </button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_of_the_api_names_the_input_it_belongs_to() {
        let owner = Owner::new();
        owner.with(|| {
            let offices = [
                OfficeForm::new(OfficeKind::Social),
                OfficeForm::new(OfficeKind::Cnap),
                OfficeForm::numbered(OfficeKind::Cnap, 1),
            ];
            let districts = [DistrictForm::new(0)];
            assert_eq!(input_of("website", &offices, &districts), Some("website"));
            assert_eq!(
                input_of("offices.1.phone", &offices, &districts),
                Some("cnap-phone")
            );
            assert_eq!(
                input_of("offices.0.name.uk", &offices, &districts),
                Some("social-name-uk")
            );
            assert_eq!(
                input_of("offices.2.name.uk", &offices, &districts),
                Some("cnap-1-name-uk")
            );
            assert_eq!(
                input_of("districts.0.settlements", &offices, &districts),
                Some("district-0-settlements")
            );
            assert_eq!(input_of("offices.3.phone", &offices, &districts), None);
        });
    }

    #[test]
    fn a_time_of_the_api_reads_to_the_minute() {
        assert_eq!(
            when(&Some("2026-12-06T05:40:12Z".into())),
            "2026-12-06 05:40 UTC"
        );
    }
}
