# The portal's interface in English. Every message has its counterpart in uk.ftl.

site-name = Social support in your community
skip-to-content = Skip to main content
nav-label = Main navigation
nav-home = Home
nav-catalogue = Payments and services
nav-community = My community
nav-about = About and privacy
breadcrumbs = You are here
header-your-community = Your community:
footer-data = Data: the official codifier of communities (КАТОТТГ), the official list of territories of hostilities and occupation, and for each service its legal basis and sources.
footer-privacy = About and privacy: nothing leaves your device

home-title = Home
home-heading = Social support in your community
home-lead = Find out which payments and social services exist for you, how much they are and how to get them.
home-community-heading = Your community
home-community-none = Choose the community where you live to see its programmes and where to apply.
home-community-choose = Choose a community
home-community-change = Change
home-situations-heading = What has happened in your life?
home-all = All payments and services

programme-count = { $count } { $count ->
    [one] service
   *[other] services
}
found-count = { $count ->
    [one] { $count } service found
   *[other] { $count } services found
}
result-count = { $count ->
    [one] { $count } result found
   *[other] { $count } results found
}
community-found = { $count ->
    [one] { $count } community found
   *[other] { $count } communities found
}

situation-birth = Birth of a child
situation-displacement = Displaced by the war
situation-disability = Disability
situation-care = Caring for a relative
situation-low-income = Low income
situation-breadwinner-loss = Loss of a breadwinner
situation-return-from-abroad = Living abroad and returning
situation-child-in-difficulty = A child in difficult circumstances

category-families = Families with children
category-displacement = Internally displaced people
category-disability = People with disabilities
category-care = Care
category-low-income = Low income and housing
category-veterans = Veterans and rehabilitation
category-social-services = Social services

kind-payment = Payment
kind-service = Service
kind-payments = Payments
kind-services = Services
tag-local = Community programme

catalogue-title = Payments and services
filter-category = Area
filter-situation = Life situation
filter-kind = Type
filter-all = All
filter-apply = Show
filter-reset = Clear filters

search-title = Search
search-title-query = Search: { $query }
search-label = What are you looking for?
search-hint = For example: birth assistance, subsidy, IDP. Ukrainian or Latin letters.
search-button = Search

service-caveats = Please note
service-details-loading = Loading the details…
service-details-failed = The details could not be loaded. Check your connection and reload the page.
service-who = Who it is for
service-amounts = How much
service-no-amount = The amount is set case by case or is not confirmed by the sources. Ask when you apply.
service-amounts-upcoming = Planned
service-amounts-past = Amounts that applied before
amount-from = from { $date }
amount-until = until { $date }
service-documents = Documents
service-apply = How and where to apply
service-in-your-community = In your community ({ $name }), go to the ЦНАП (administrative services centre), the starosta or the community's social protection body.
service-deadlines = Deadlines
service-administrator = Who decides
service-legal = Legal basis
legal-number-date = No. { $number } of { $date }
service-classifier = Code in the Classifier of social services:
service-sources = Sources
service-sources-note = An official source is the text of the act or a page of a ministry, the Pension Fund or Diia. A secondary source is a community's page or news restating an official one.
source-official = official
source-secondary = secondary
source-unverified = unverified
service-facts-date = The facts come from sources dated up to February 2026. Check the conditions in force before you apply.
channel-diia = Diia
channel-online = Online
channel-cnap = ЦНАП (administrative services centre)
channel-pfu = Pension Fund service centre
channel-starosta = The starosta or an authorised official of the community
channel-social-protection = The community's social protection body
channel-health-facility = The maternity hospital or health facility
channel-drats = The civil registry office
channel-disability-fund = The Fund for Social Protection of Persons with Disabilities
channel-post = By post
channel-abroad = From abroad

community-title = My community
community-loading = Loading the list of communities…
community-load-failed = The list of communities could not be loaded. Check your connection and reload the page.
community-lead = Choose the community where you live now. The choice is kept on this device only.
community-label = Name of the community
community-hint = For example: Buchanska or Бучанська. Type the first few letters.
community-choose = Choose this community
community-choose-origin = This is the community I left
community-chosen = This is your community.
community-origin-saved = Saved as the community you left. Now choose the community where you live now.
community-forget = Forget my community
community-origin = The community you left:
community-forget-origin = Forget
community-code = КАТОТТГ code:
community-type-urban = { $name } urban community
community-type-settlement = { $name } settlement community
community-type-rural = { $name } rural community
community-type-city = { $name } city
centre-urban = { $name } (city)
centre-settlement = { $name } (settlement)
centre-rural = { $name } (village)
oblast = { $name } oblast
raion = { $name } raion
crimea = Autonomous Republic of Crimea

hostilities-heading = This community is on the list of territories of hostilities or occupation
section-possible = Territory of possible hostilities
section-active = Territory of active hostilities
section-active-e = Territory of active hostilities where state e-services work
section-occupied = Temporarily occupied territory
section-part = part of the community
since-date = since { $date }
hostilities-left-intro = If you left this community, you can get support where you live now:
hostilities-step-certificate = Get the certificate of registration as an internally displaced person (at a ЦНАП or in Diia).
hostilities-step-host = Choose below the community where you live now, and go to its ЦНАП or starosta.
hostilities-step-programmes = See the payments and services for displaced people.
hostilities-step-allowance-pre = In particular:
hostilities-step-allowance = the living allowance for IDPs

about-title = About and privacy
about-privacy-heading = Your data
about-privacy-1 = The portal collects no data about you. No sign-up, no analytics, no cookies, no third-party fonts or services.
about-privacy-2 = The community you chose and your language are kept only in this browser on your device (localStorage) and are never sent anywhere.
about-privacy-3 = You can erase everything the portal stored on this device with one button.
about-forget = Erase everything stored on this device
about-forgotten = Done: everything the portal stored on this device is erased.
about-data-heading = Where the data comes from
about-data-1 = Every payment and service links to its legal basis and to the sources its facts come from. Where sources disagree, we say so.
about-data-catalogue = Catalogue:
about-data-2 = The list of communities comes from the official codifier of administrative-territorial units (КАТОТТГ); the marks from the official list of territories of hostilities and temporary occupation.

not-found-title = Page not found
not-found-body = The address may be mistyped, or the page has moved.
not-found-home = Go to the home page
