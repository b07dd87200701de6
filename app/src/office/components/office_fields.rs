use super::{TextArea, TextField};
use crate::locale::t;
use forms::profile::{Bilingual, District, Office, OfficeKind};
use leptos::prelude::*;

/// An id made at run time, kept for the page's life (an input's id must be `&'static str`; an
/// office or district added on the page makes a handful).
pub fn leak_id(id: String) -> &'static str {
    Box::leak(id.into_boxed_str())
}

/// Where each field of an office goes in the API's error paths (`offices.0.phone`), in the order
/// of [`OfficeForm::ids`].
pub const OFFICE_FIELDS: [&str; 8] = [
    "name.uk",
    "name.en",
    "address.uk",
    "address.en",
    "phone",
    "email",
    "hours.uk",
    "hours.en",
];

/// The inputs of one office (the social protection unit or the ЦНАП), as typed.
#[derive(Debug, Clone, Copy)]
pub struct OfficeForm {
    pub kind: OfficeKind,
    /// The inputs' ids, in the order of [`OFFICE_FIELDS`].
    pub ids: [&'static str; 8],
    pub values: [RwSignal<String>; 8],
}

impl OfficeForm {
    pub fn new(kind: OfficeKind) -> OfficeForm {
        let ids = match kind {
            OfficeKind::Social => [
                "social-name-uk",
                "social-name-en",
                "social-address-uk",
                "social-address-en",
                "social-phone",
                "social-email",
                "social-hours-uk",
                "social-hours-en",
            ],
            OfficeKind::Cnap => [
                "cnap-name-uk",
                "cnap-name-en",
                "cnap-address-uk",
                "cnap-address-en",
                "cnap-phone",
                "cnap-email",
                "cnap-hours-uk",
                "cnap-hours-en",
            ],
        };
        OfficeForm {
            kind,
            ids,
            values: std::array::from_fn(|_| RwSignal::new(String::new())),
        }
    }

    /// The inputs of the `n`th office of this kind (0: the first, with the ids of [`new`]).
    pub fn numbered(kind: OfficeKind, n: usize) -> OfficeForm {
        let mut form = OfficeForm::new(kind);
        if n > 0 {
            for id in &mut form.ids {
                let (k, rest) = id.split_once('-').unwrap_or((id, ""));
                *id = leak_id(format!("{k}-{n}-{rest}"));
            }
        }
        form
    }

    /// Shows `office` in the inputs.
    pub fn fill(&self, office: &Office) {
        let texts = [
            &office.name.uk,
            &office.name.en,
            &office.address.uk,
            &office.address.en,
            &office.phone,
            &office.email,
            &office.hours.uk,
            &office.hours.en,
        ];
        for (signal, text) in self.values.iter().zip(texts) {
            signal.set(text.clone());
        }
    }

    /// The office as typed.
    pub fn read(&self) -> Office {
        let v = |i: usize| self.values[i].get_untracked();
        Office {
            kind: self.kind,
            name: Bilingual { uk: v(0), en: v(1) },
            address: Bilingual { uk: v(2), en: v(3) },
            phone: v(4),
            email: v(5),
            hours: Bilingual { uk: v(6), en: v(7) },
        }
    }
}

/// The inputs of one office in a fieldset, each with its label, hint and error.
#[component]
pub fn OfficeFields(
    /// The office's inputs.
    form: OfficeForm,
    /// The fieldset's legend, translated.
    legend: String,
    /// The error of a field by its id, translated.
    errors: Signal<Vec<(&'static str, String)>>,
) -> impl IntoView {
    let error = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone()))
        })
    };
    let [
        name_uk,
        name_en,
        address_uk,
        address_en,
        phone,
        email,
        hours_uk,
        hours_en,
    ] = form.ids;
    let [
        v_name_uk,
        v_name_en,
        v_address_uk,
        v_address_en,
        v_phone,
        v_email,
        v_hours_uk,
        v_hours_en,
    ] = form.values;
    view! {
        <fieldset class="app-fieldset app-office-profile__office">
            <legend class="app-fieldset__legend app-heading-m">{legend}</legend>
            <p class="app-hint">{t("office-profile-office-hint")}</p>
            <TextField id=name_uk label=t("office-profile-name-uk") value=v_name_uk error=error(name_uk)/>
            <TextField id=name_en label=t("office-profile-name-en") hint=t("office-profile-en-hint")
                value=v_name_en error=error(name_en)/>
            <TextField id=address_uk label=t("office-profile-address-uk") hint=t("office-profile-address-hint")
                value=v_address_uk error=error(address_uk) autocomplete="off"/>
            <TextField id=address_en label=t("office-profile-address-en") hint=t("office-profile-en-hint")
                value=v_address_en error=error(address_en)/>
            <TextField id=phone label=t("office-profile-phone") hint=t("office-profile-phone-hint")
                value=v_phone error=error(phone) kind="tel"/>
            <TextField id=email label=t("office-profile-email") value=v_email error=error(email) kind="email"/>
            <TextField id=hours_uk label=t("office-profile-hours-uk") hint=t("office-profile-hours-hint")
                value=v_hours_uk error=error(hours_uk)/>
            <TextField id=hours_en label=t("office-profile-hours-en") hint=t("office-profile-en-hint")
                value=v_hours_en error=error(hours_en)/>
        </fieldset>
    }
}

/// Where each field of a starosta district goes in the API's error paths (`districts.0.phone`),
/// in the order of [`DistrictForm::ids`].
pub const DISTRICT_FIELDS: [&str; 9] = [
    "name.uk",
    "name.en",
    "settlements",
    "address.uk",
    "address.en",
    "phone",
    "email",
    "hours.uk",
    "hours.en",
];

/// The inputs of one starosta district, as typed; the settlements one a line.
#[derive(Debug, Clone, Copy)]
pub struct DistrictForm {
    /// The inputs' ids, in the order of [`DISTRICT_FIELDS`].
    pub ids: [&'static str; 9],
    pub values: [RwSignal<String>; 9],
}

impl DistrictForm {
    /// The inputs of the `n`th district.
    pub fn new(n: usize) -> DistrictForm {
        DistrictForm {
            ids: DISTRICT_FIELDS.map(|f| leak_id(format!("district-{n}-{}", f.replace('.', "-")))),
            values: std::array::from_fn(|_| RwSignal::new(String::new())),
        }
    }

    /// Shows `district` in the inputs.
    pub fn fill(&self, d: &District) {
        let texts = [
            d.name.uk.clone(),
            d.name.en.clone(),
            d.settlements.join("\n"),
            d.address.uk.clone(),
            d.address.en.clone(),
            d.phone.clone(),
            d.email.clone(),
            d.hours.uk.clone(),
            d.hours.en.clone(),
        ];
        for (signal, text) in self.values.iter().zip(texts) {
            signal.set(text);
        }
    }

    /// The district as typed.
    pub fn read(&self) -> District {
        let v = |i: usize| self.values[i].get_untracked();
        District {
            name: Bilingual { uk: v(0), en: v(1) },
            settlements: v(2).lines().map(str::to_string).collect(),
            address: Bilingual { uk: v(3), en: v(4) },
            phone: v(5),
            email: v(6),
            hours: Bilingual { uk: v(7), en: v(8) },
        }
    }
}

/// The inputs of one starosta district in a fieldset, each with its label, hint and error.
#[component]
pub fn DistrictFields(
    /// The district's inputs.
    form: DistrictForm,
    /// The fieldset's legend, translated.
    legend: String,
    /// The error of a field by its id, translated.
    errors: Signal<Vec<(&'static str, String)>>,
) -> impl IntoView {
    let error = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone()))
        })
    };
    let [
        name_uk,
        name_en,
        settlements,
        address_uk,
        address_en,
        phone,
        email,
        hours_uk,
        hours_en,
    ] = form.ids;
    let [
        v_name_uk,
        v_name_en,
        v_settlements,
        v_address_uk,
        v_address_en,
        v_phone,
        v_email,
        v_hours_uk,
        v_hours_en,
    ] = form.values;
    view! {
        <fieldset class="app-fieldset app-office-profile__office">
            <legend class="app-fieldset__legend app-heading-m">{legend}</legend>
            <p class="app-hint">{t("office-profile-district-hint")}</p>
            <TextField id=name_uk label=t("office-profile-district-name-uk") hint=t("office-profile-district-name-hint")
                value=v_name_uk error=error(name_uk)/>
            <TextField id=name_en label=t("office-profile-name-en") hint=t("office-profile-en-hint")
                value=v_name_en error=error(name_en)/>
            <TextArea id=settlements label=t("office-profile-settlements") hint=t("office-profile-settlements-hint")
                value=v_settlements error=error(settlements) rows=4/>
            <TextField id=address_uk label=t("office-profile-district-address-uk") hint=t("office-profile-address-hint")
                value=v_address_uk error=error(address_uk)/>
            <TextField id=address_en label=t("office-profile-address-en") hint=t("office-profile-en-hint")
                value=v_address_en error=error(address_en)/>
            <TextField id=phone label=t("office-profile-phone") hint=t("office-profile-phone-hint")
                value=v_phone error=error(phone) kind="tel"/>
            <TextField id=email label=t("office-profile-email") value=v_email error=error(email) kind="email"/>
            <TextField id=hours_uk label=t("office-profile-hours-uk") hint=t("office-profile-hours-hint")
                value=v_hours_uk error=error(hours_uk)/>
            <TextField id=hours_en label=t("office-profile-hours-en") hint=t("office-profile-en-hint")
                value=v_hours_en error=error(hours_en)/>
        </fieldset>
    }
}
