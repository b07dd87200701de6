use super::TextField;
use crate::locale::t;
use forms::profile::{Bilingual, Office, OfficeKind};
use leptos::prelude::*;

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
