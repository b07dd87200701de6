# The portal's interface in English. Every message has its counterpart in uk.ftl.

skip-to-content = Skip to main content
oblast = { $name } oblast
not-found-title = Page not found
check-yes = Yes
check-no = No
check-error-title = There is a problem
check-error-prefix = Error:
loading = Loading…
status-unknown = Unknown status
# The office's programme editor names these too (kind-, category-, situation-, channel-).
situation-birth = Birth of a child
situation-displacement = Displaced by the war
situation-disability = Disability
situation-care = Caring for a relative
situation-low-income = Low income
situation-breadwinner-loss = Loss of a breadwinner
situation-return-from-abroad = Living abroad and returning
situation-child-in-difficulty = A child in difficult circumstances
kind-payment = Payment
kind-service = Service
category-families = Families with children
category-displacement = Internally displaced people
category-disability = People with disabilities
category-care = Care
category-low-income = Low income and housing
category-veterans = Veterans and rehabilitation
category-social-services = Social services
kind-payments = Payments
kind-services = Services
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

## [citizens] The citizens' apps (the portal, the check, applications; issue 17): not the office's
## module. The messages above, before any group comment, every app shows, the office too.
site-name = Social support in your community
site-description = Social payments and services for you and your community in Ukraine: who is eligible, how much, how and where to apply.
nav-label = Main navigation
nav-menu = Menu
nav-home = Home
nav-catalogue = Payments and services
nav-community = My community
nav-about = About and privacy
breadcrumbs = You are here
header-your-community = Your community:
footer-data = Data: the official codifier of communities (КАТОТТГ), the official list of territories of hostilities and occupation, and for each service its legal basis and sources.
footer-privacy = About and privacy: nothing leaves your device

home-community-choose = Choose a community
home-community-change = Change

tag-local = Community programme

service-who = Who it is for
service-legal = Legal basis
legal-number-date = No. { $number } of { $date }
legal-number = No. { $number }
service-sources = Sources
service-sources-note = An official source is the text of the act or a page of a ministry, the Pension Fund or Diia. A secondary source is a community's page or news restating an official one.
source-official = official
source-secondary = secondary
source-unverified = unverified
service-facts-date = The facts come from sources dated up to February 2026. Check the conditions in force before you apply.

community-loading = Loading the list of communities…
community-type-urban = { $name } urban community
community-type-settlement = { $name } settlement community
community-type-rural = { $name } rural community
community-type-city = { $name } city
centre-urban = { $name } (city)
centre-settlement = { $name } (settlement)
centre-rural = { $name } (village)
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
hostilities-step-certificate = Get the certificate of registration as an internally displaced person in Diia or at a ЦНАП (administrative services centre).
hostilities-step-host = Choose below the community where you live now, and go to its ЦНАП (administrative services centre) or starosta.
hostilities-step-programmes = See the payments and services for displaced people.
hostilities-step-allowance-pre = In particular:
hostilities-step-allowance = the living allowance for IDPs

about-forget = Erase everything stored on this device

not-found-body = The address may be mistyped, or the page has moved.
not-found-home = Go to the home page

nav-check = Check what I may get

check-start = Start
check-continue = Continue
check-back = Back
check-next = Continue
check-member-remove = Remove
check-change = Change
check-likely = Likely for you
check-maybe = Maybe
check-not-now = Not now
check-per-month = a month
check-once = once
check-how-decided = How this is decided

apply-my-applications = My applications
status-failed = The status could not be found out. Try later.
status-not-found = There is no application with this number and code. Check both.
status-offline = No connection. Try when the internet is back.
status-title = Application status
update-ready = A new version of the portal is ready. Update whenever you like: your drafts are saved.
update-now = Update now
offline-ready = The portal is saved on this device: it now opens, the check runs and applications are saved without the internet too.
offline-now = No internet. The portal keeps working; applications are sent once the connection is back.
offline-ready-ok = Got it

## [citizens] The portal in a community's website (the widget)
embed-open-portal = Open on the portal (new tab)
embed-nav = Portal widget
embed-storage-denied = This browser does not let the widget on the community's website keep your answers, so they will be lost if the page reloads.
embed-continue = Continue on the portal with your answers (new tab)

## [citizens] Outgoing applications and answers, sent by every app's outbox (issue 13)
apply-refused-unreadable = The community did not accept the application. Check the answers and send it again.
reply-refused = The community did not accept the answer. Change it and send it again.
outbox-no-random = A file of the application could not be sent: this browser cannot make the secure id it needs. Open the portal in a current browser (Chrome, Firefox, Safari) or bring the documents to a ЦНАП (administrative services centre).

## [portal] The portal's own pages (home, catalogue, service, community, search, about; issue 17):
## only the portal shows these, a table of its own (i18n::use_portal_messages).
home-title = Home
home-heading = Social support in your community
home-lead = Find out which payments and social services exist for you, how much they are and how to get them.
home-community-heading = Your community
home-community-none = Choose the community where you live to see its programmes and where to apply.
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
catalogue-title = Payments and services
filter-category = Area
filter-situation = Life situation
filter-kind = Type
filter-all = All
filter-apply = Show
filter-reset = Clear filters
search-title = Search
search-title-query = Search: { $query }
search-all = All payments and services, A to Z
search-label = What are you looking for?
search-hint = For example: birth assistance, subsidy, IDP. Ukrainian or Latin letters.
search-button = Search
service-caveats = Please note
service-details-loading = Loading the details…
service-details-failed = The details could not be loaded. Check your connection and reload the page.
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
service-classifier = Code in the Classifier of social services:
community-title = My community
community-load-failed = The list of communities could not be loaded. Check your connection and reload the page.
community-lead = Choose the community where you live now. The choice is kept on this device only.
community-lead-abroad = Choose your community in Ukraine — where you are registered, where you left from, or where you plan to return: your applications go to it. The choice is kept on this device only.
community-none-abroad = No community of Ukraine has that name. Living abroad? Choose the country below, and find your community in Ukraine here — where you are registered, where you left from, or where you plan to return: your applications go to it.
community-abroad-heading = I live abroad
community-abroad-lead = From abroad you turn to your community in Ukraine. Choose the country you live in, and your community in Ukraine above.
community-abroad-label = The country you live in
community-abroad-hint = Type its name in English or Ukrainian, for example: Poland or Польща.
community-abroad-chosen = You live abroad:
community-abroad-then = The community you chose above is your community in Ukraine: your applications go to it. The plan of support says what you can do from abroad.
community-abroad-forget = I live in Ukraine
country-load-failed = The list of countries could not be loaded. Check the connection and reload the page.
country-found = { $count ->
    [one] { $count } country found
   *[other] { $count } countries found
}
community-label = Name of the community
community-hint = For example: Buchanska or Бучанська. Type the first few letters.
community-choose = Choose this community
community-choose-origin = This is the community I left
community-chosen = This is your community.
community-back-to-application = Back to the application
community-origin-saved = Saved as the community you left. Now choose the community where you live now.
community-forget = Forget my community
community-origin = The community you left:
community-forget-origin = Forget
community-code = КАТОТТГ (codifier of communities) code:
about-title = About and privacy
about-privacy-heading = Your data
about-privacy-1 = The portal collects no data about you. No sign-up, no analytics, no cookies, no third-party fonts or services.
about-privacy-2 = The community you chose and your language are kept only in this browser on your device (localStorage) and are never sent anywhere.
about-privacy-3 = You can erase everything the portal stored on this device with one button.
about-forgotten = Done: everything the portal stored on this device is erased.
about-data-heading = Where the data comes from
about-data-1 = Every payment and service links to its legal basis and to the sources its facts come from. Where sources disagree, we say so.
about-data-catalogue = Catalogue:
about-data-2 = The list of communities comes from КАТОТТГ (codifier of communities), the official codifier of administrative-territorial units; the marks from the official list of territories of hostilities and temporary occupation.
home-check-heading = What you may be entitled to
home-check-body = Answer a few questions — we ask only what is needed — and see which payments and services you are likely entitled to, why, and how much. Everything is worked out on your device.
home-check-start = Check
service-apply-online = Apply online to your community
service-check = Check what you may get: a few questions, answered on your device
community-programme-local = This is your community's own programme: the community published it itself, and it is for the community's residents only.
community-programme-contacts = Where to go in the community

## [check] The eligibility check's own messages (issue 17): only the check shows these, a table
## of their own that only its module carries (i18n::use_check_messages).
check-title = Check what you may be entitled to
check-lead = One question a page. We ask only what could change the result, and we show why.
check-privacy-1 = Your answers stay on this device: the check sends nothing anywhere.
check-privacy-2 = The rules are downloaded once, before the first question; after that the check works even without the internet.
check-privacy-3 = The result is a guide. The final decision is made by the body that grants the payment or service.
check-remember = Remember my answers on this device
check-remember-hint = Otherwise your answers disappear when you close the page. You can erase them at any time.
check-your-answers = Your answers
check-see-results = Results
check-start-again = Start again
check-rules-loading = Loading the rules…
check-rules-failed = The rules could not be loaded. Check your connection and reload the page.
check-so-far = So far: likely { $likely }, maybe { $maybe }, not now { $notnow }.
check-member-age = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
check-disability-none = no disability
check-disability-child = child with a disability
check-disability-1 = group I disability
check-disability-2 = group II disability
check-disability-3 = group III disability
check-member-studying-short = studying
check-dont-know = I don’t know
check-household-alone = I live alone
check-household-others = { $count ->
    [one] { $count } more person
   *[other] { $count } more people
}
check-place-listed-since = on the list of territories of hostilities or occupation since { $date }
check-place-listed = on the list of territories of hostilities or occupation
check-place-not-listed = not on the list of territories of active hostilities or occupation
check-place-listed-in-part = only part of the community is on the list of territories of hostilities or occupation
check-place-unsettled = on the list only as a territory of possible hostilities, or in periods that have ended
check-done-title = No more questions
check-done-body = Your answers are enough to decide everything that can be decided. See your results and your plan.
check-decides-count = { $count ->
    [one] Your answer helps decide { $count } payment or service
   *[other] Your answer helps decide { $count } payments or services
}
check-why = Why we ask
check-error-choose = Choose one of the answers
check-error-number = Enter a whole number from { $min } to { $max }
check-error-money = Enter an amount in hryvnias in figures, like 12000 or 1816.50. If there is none, enter 0
check-error-date-future = The date cannot be in the future
check-error-date = Enter a date: day, month and year
check-error-place = Start typing the community’s name and choose it from the list
check-uah = UAH
check-currency = Currency
check-currency-loading = Loading the list of currencies…
check-currency-failed = The list of currencies could not be loaded. Check your connection and reload the page, or give the amount in hryvnias.
check-rate = How many hryvnias is 1 { $code } ({ $name })? (optional)
check-rate-hint = The official rate of the National Bank of Ukraine, on its website. Without a rate we do not convert the amount into hryvnias, and what depends on it stays “maybe”. The community will recompute it at the official NBU rate in any case.
check-error-rate = Enter the rate in figures, above zero, like 10.25, or leave the field empty
check-error-foreign-money = Enter the amount in figures, like 3000 or 2500.50. If there is none, enter 0
check-converted = Converted at the rate you gave: 1 { $code } = { $rate } UAH. The community will recompute it at the official NBU rate.
check-unconverted = The income is given in { $code } without a rate, so we cannot compare it with limits in hryvnias: for now this is “maybe”. Give the NBU rate in your answer about income. The community will recompute it at the official NBU rate.
check-answer-no-rate = no rate given
check-place-none = No such community was found. Try another name, or the name of its centre.
check-place-suggested = The community you left (you chose it before):
check-place-use = Choose it
check-settlement-list = Settlements of the community: { $community }
check-settlement-found = { $count ->
    [one] { $count } settlement found.
   *[other] { $count } settlements found.
}
check-settlement-more = Showing the first { $shown }: type more of the name.
check-settlement-none = This community has no such settlement. Try another name, or press “I don’t know”.
check-settlement-no-community = First choose the community you left.
check-settlement-city = city
check-settlement-town = settlement
check-settlement-village = village
check-settlement-unsettled = on the list only as a territory of possible hostilities, in periods that have ended, or only in part
check-error-settlement = Choose a settlement from the list
check-member-added = Added:
check-error-member-age = Enter the person’s age in whole years, from 0 to 120
check-error-member-pending = You entered an age but did not add the person: press “Add the person” or clear the age
check-household-empty = You have not added anyone yet.
check-member-remove-label = Remove person { $number }: { $name }
check-member-number = Person { $number }
check-member-removed = The person was removed.
check-household-alone-continue = I live alone — continue
check-household-done = No one else — continue
check-member-add-heading = Add a person
check-member-age-label = Age, in whole years
check-member-disability-label = Disability
check-member-studying = Studies full-time (matters from 18 to 23)
check-member-add = Add the person
check-no-answers = You have not answered any question yet.
check-forget = Erase my answers
check-forgotten = Your answers have been erased.
check-more-questions = { $count ->
    [one] A few more questions will help decide { $count } payment or service.
   *[other] A few more questions will help decide { $count } payments or services.
}
check-likely-lead = You meet every condition we can check.
check-maybe-lead = An answer is missing, or sources disagree — see what.
check-not-now-lead = Why not, and what could change it.
check-unruled = { $count ->
    [one] { $count } more payment or service of the catalogue has no rules to check yet — look it up in the catalogue:
   *[other] { $count } more payments or services of the catalogue have no rules to check yet — look them up in the catalogue:
}
check-results-title = Your results
check-results-lead = Worked out on your device from your answers. A guide, not a decision.
check-plan-link = My plan
check-values-of = by the values in force from { $date }
check-reason-met = Yes:
check-reason-unmet = No:
check-reason-unknown = Not yet known:
check-missing = To decide, answer:
check-would-change = What could change it:
opens-new-tab = (opens in a new tab)
check-stale = Worked out with the values in force from { $date }, the latest in the collected sources. They may be different now.
check-plan-empty = Your plan is empty for now: answer the questions and the steps will appear here.
check-due = By { $date }.
check-where = Where:
check-online = How to do it online
check-for = For:
check-stops = What stops a payment
check-abroad = If you are abroad or coming back
check-plan-none = By your answers none of the programmes the portal checks fits now, so the plan has no steps. Below: what you can do, and a social worker of your community who can help.
check-abroad-heading = If you live abroad
check-abroad-apply = From abroad you can apply through this portal to your community in Ukraine — where you are registered, where you left from, or where you plan to return. This is what the collected sources say:
check-abroad-rests-on = Source:
check-plan-title = Your plan
check-plan-lead = The steps in order for the payments and services you are likely or maybe entitled to. You can print this page.
check-worker-heading = A social worker
check-worker-body = A social worker (case manager) of your community can go along this route with you: help gather documents, make applications and receive social services.
check-worker-community = Your community: { $name }. Contact its ЦНАП (administrative services centre) or social protection body.
check-worker-no-community = Choose the community where you live now — that is where to turn.
check-worker-handover = The request goes to the community you chose, with your contacts; this plan and your answers are not sent unless you write them in yourself.
check-print = Print the plan
check-worker-ask = Ask for a social worker
check-local = Your community's own programmes
check-local-lead = The community published them itself without conditions for the check: the conditions and where to apply are on each one's page.
check-local-decision = The community set these conditions by its decision:

## [apply] The applicant's side of the conversation with the community (issue 13). Only the
## applications app shows these: they are a table of their own, which only its module carries.
status-closed = Closed
role-worker = case worker
role-head = head of the social protection unit
role-admin = community administrator
role-staff = community staff member
file-not-document = “{ $name }”: this is not a photo (JPEG, PNG), a PDF or a signature file (.p7s, .asice). Choose a photo or a PDF of the document.
file-too-large = “{ $name }”: the file is larger than 10 MB. Take a smaller photo or compress the PDF.
file-too-many = “{ $name }”: an application takes at most { $max } files, so this one was not added. Remove a file you do not need, or put a document’s pages into one PDF.
file-too-much = “{ $name }”: an application’s files together take at most { $max } MB, so this one was not added. Remove a file you do not need, or take smaller photos or compress the PDF.
file-no-random = “{ $name }”: this browser cannot make a secure id for the file, so it was not added. Open the portal in a current browser (Chrome, Firefox, Safari) or bring the documents to a ЦНАП (administrative services centre).
no-random-id = This browser cannot make the secure id without which an application or an answer could arrive twice, so it cannot be sent from here. Open the portal in a current browser (Chrome, Firefox, Safari) or go to a ЦНАП (administrative services centre).
apply-cannot-send = This application could not be checked on this device, so it was not sent. Reload the page and try again; if that does not help, contact the community or a ЦНАП (administrative services centre).
receipt-code-heading = Your secret code
receipt-code-body = You need the application number and this code to see the application’s status and answer the community from any device: a phone, a computer, at an administrative services centre. Copy, write down or print them. Do not show the code to anyone else.
receipt-code-emailed = The number and the code were also sent by e-mail to { $email }.
receipt-code-kept = On this device the code is kept in “My applications”.
receipt-copy = Copy the code
receipt-copied = The code is copied. Paste it where you will keep it, for example in your notes.
receipt-copy-failed = Could not copy: the browser did not allow it. Select the code and copy it yourself, or write it down.
receipt-print = Print the number and the code
status-reference-hint = For example, 2026-000012.
status-reference-missing = Enter the application number
status-token-missing = Enter the secret code
status-token-invalid = The secret code has 16 characters (letters and digits), for example 7KQ4-M2XD-9HZT-WB3E. Check that no character is missing.
status-checking = Checking…
status-since = since { $date }
status-decision = The community’s decision
status-request-heading = The community asks for more information
status-requested-documents = Documents the community asks for:
status-answer = Answer the community
status-conversation = Conversation with the community
status-no-messages = No messages yet.
status-from-community = The community
status-from-you = You
status-message-by = { $name }, { $role }
status-attached = Attached documents:
status-opened-heading = Who opened your application
status-opened-lead = Every time a member of the community’s staff opens your application, it is recorded, and you see it here.
status-opened-none = No one at the community has opened the application yet.
reply-heading-need-info = Send your answer to the community
reply-heading = Write to the community
reply-message = Your answer
reply-message-hint = Your answer to the community’s question, or what you are attaching. You may send documents only.
reply-files = Add a document
reply-files-hint = Photos (JPEG, PNG) or PDFs, up to 10 MB each; you may add several. Large photos are made smaller on this device.
reply-send = Send the answer
reply-send-hint = Your answer is saved on this device first and sent as soon as there is a connection: nothing is lost.
reply-empty = Write an answer or add a document
reply-not-kept = Your answer is being sent, but this device had no room to keep it. Do not close the page until you see “Sent”, or send smaller photos.
reply-draft-not-kept = Your answer could not be kept on this device: there is no room. Send it now, or add smaller photos.
reply-yours = Your answers from this device
reply-of = Answer of { $date }
reply-waiting = Saved on this device — it will be sent as soon as there is a connection.
reply-sending = Sending…
reply-sent = Sent to the community on { $date }.
reply-refused-what = What to do: change the answer and send it again, or delete it. If that does not work, phone the community and give the application number.
reply-change = Change and send again
reply-delete = Delete the answer
apply-number = No. { $number }
apply-details = Status and conversation
apply-need-info = The community asks for more information ({ $date }).
apply-refresh-failed = The statuses could not be updated: no connection, or the community’s server does not answer. The last known status is shown; it will be updated when the connection is back.
apply-checked-at = Status as of { $date }.
apply-replies-waiting = { $count ->
    [one] { $count } answer is waiting to be sent.
   *[other] { $count } answers are waiting to be sent.
}
apply-replies-other = Answers to other applications

save-problem-title = Changes not saved on this device
save-full = The phone (or the browser) has run out of space, so your last change to the application was not saved; what you entered before is saved. Free some space — delete photos, videos or apps you do not need — or remove the document you just added or add a smaller one, and carry on. Or download the application as a file.
save-unavailable = This browser does not let the portal keep applications on the device (in a private window, for example), so everything you enter is lost when you close the page. Download the application as a file, or open the portal in an ordinary browser window.
save-failed = The browser did not save your last change to the application. Try again, or download the application as a file so that nothing is lost.
save-download = Download this application
save-download-hint = The file holds your answers and documents. Keep it, e-mail it to yourself or bring it to a ЦНАП (administrative services centre); on any device it can be imported into "My applications".
save-downloaded = The application's file is downloaded: look for it in your downloads.
save-download-failed = The browser did not let the file be downloaded. Try another browser, or go to a ЦНАП (administrative services centre).
import-heading = Import an application
import-label = Application file
import-hint = A file downloaded with "Download this application" (.json). The application becomes a draft on this device.
import-unreadable = This is not an application file from this portal, or it is damaged. Choose a file downloaded with "Download this application".
import-exists = This device already has a draft of this application. Send or delete it, then import the file.
apply-warning-prefix = Warning:
apply-rnokpp-confirm = I have checked: they are as in my documents

apply-title = Application
apply-forms-failed = The application form could not be loaded. Check your connection and reload the page.
apply-choose-country = Choose a country
apply-caption = Application to the community
apply-saved-as-typed = Each answer is saved on this device as you type it: you can close the page and come back later.
apply-one-tab-elsewhere = This application is already open in another tab
apply-one-tab-elsewhere-body = So that the answers of two tabs do not overwrite each other, an application is filled in in one tab. Go on in that one, or here — that tab then stops saving changes, and here you see the application as it was left there.
apply-one-tab-taken = This application is now being filled in in another tab
apply-one-tab-taken-body = Changes are no longer saved here, so as not to overwrite the answers of that tab. Go on there, or here — here you see the application as it was left there.
apply-one-tab-take = Go on here
apply-goes-to = The application goes to: { $name }.
apply-no-community = First choose the community where you live now: the application goes to it.
apply-draft-saved = Draft saved on this device ({ $date }).
apply-delete-draft = Delete the draft
apply-documents = Documents
apply-documents-hint = Photos (JPEG, PNG) or PDFs, up to 10 MB each. The files stay on this device until the community receives the application.
apply-documents-later = If you do not have a document now, you can send the application without it: the community will ask for it later, and you add it on the application's status page.
apply-documents-missing = Documents the community needs are missing. You can send the application anyway: the community will ask for them later, and you add them on the application's status page.
apply-documents-add = Add the documents now
apply-check-title = Check your answers
apply-no-documents = No documents attached.
apply-send-heading = Send the application
apply-send-body = By sending the application you confirm that what it says is true. If there is no connection now, the application is saved on this device and sent as soon as there is one.
apply-send = Send the application
apply-not-given = Not given
apply-state-waiting = Saved on this device — we will send it as soon as there is a connection.
apply-state-sending = Sending…
apply-state-received = The community has received the application.
apply-state-refused = The community did not accept the application: something needs fixing.
apply-received-title = Application received
apply-reference = Your application number
apply-next-heading = What happens next
apply-next-body = The community will review the application. If it needs more information or documents, it will write so on the application’s status page (and by e-mail, if you gave an address), and you can answer there.
apply-see-status = Check the application’s status
apply-refused-title = The application needs fixing
apply-fix = Fix it and send again
apply-saved-title = The application is saved on this device
apply-saved-body = You need do nothing: the application is sent by itself as soon as there is a connection, or when you next open the portal.
apply-no-drafts = No drafts.
apply-none-sent = You have not sent any application from this device yet.
apply-drafts = Drafts
apply-sent = Applications sent
apply-kept-on-device = Drafts, applications and their codes are kept on this device only.
status-received = Received
status-in-review = Under review
status-need-info = More information needed
status-approved = Approved
status-refused = Refused
status-of = Application No. { $number }
status-history = History
status-lead = Enter the application number and the secret code from the confirmation. On the device you applied from, the code fills in by itself.
status-reference = Application number
status-token = Secret code
status-token-hint = 16 characters, for example 7KQ4-M2XD-9HZT-WB3E: capital or small letters, with dashes or without. It was shown with the application number; on the device you applied from it is kept in “My applications”.
status-look-up = Check
apply-files = The application’s files
apply-files-sent = Files sent: { $sent } of { $total }.
apply-print = Print or save as PDF
apply-print-hint = The application summary can be signed with a qualified e-signature (КЕП or Diia.Signature) in another program, and the signature file (.p7s or .asice) attached to the documents.

## [office] The back office (/office): the community's staff. Only the office shows these: a table
## of their own, which only its module carries.
office-name = Community back office
office-nav = Back office
office-inbox = Applications
office-staff = Staff
office-tokens = Integration tokens
office-sign-out = Sign out
office-sign-in-title = Sign in to the community back office
office-sign-in-lead = For the community's staff. You need your e-mail, password and the code from your authenticator app.
office-email = E-mail
office-password = Password
office-code = Code from the app
office-code-hint = The 6 digits your authenticator app shows (Google Authenticator, Microsoft Authenticator, FreeOTP and others).
office-sign-in = Sign in
office-email-missing = Enter your e-mail address.
office-password-missing = Enter your password.
office-code-invalid = Enter the 6 digits of the code from the app.
office-code-wrong = The code does not match. Check that you added the secret to the app, then enter a new code.
office-bad-login = Wrong e-mail, password or code. Check them and try again.
office-locked = { $count ->
    [one] Too many failed attempts: signing in is locked. Try again in { $count } minute.
   *[other] Too many failed attempts: signing in is locked. Try again in { $count } minutes.
}
office-session-ended = Your session has ended. Sign in again; anything you had not saved needs doing again.
office-error-offline = No connection to the server. Check your internet connection and try again.
office-error-unreadable = The server answered in a way the back office cannot read. Reload the page; if that does not help, contact your administrator.
office-error-csrf = The server did not accept this session's action. Reload the page and try again.
office-error-forbidden = Your role does not allow this. If it is needed, ask your head of unit or the community's administrator.
office-admin-only = Only the community's administrator can do this.
office-error-not-found = There is nothing here: check the address or go back to the applications.
office-error-server = The server could not do this (code { $status }). Try again; if it keeps happening, contact your administrator.
office-try-again = Try again
office-admin-only-title = Administrators only
office-role-worker = case worker
office-role-head = head of unit
office-role-admin = administrator
office-role-applicant = applicant
office-role-other = staff
office-status-received = Received
office-status-in-review = In review
office-status-need-info = More information needed
office-status-approved = Granted
office-status-refused = Refused
office-status-closed = Closed
office-action-read = opened the application
office-action-assign = changed the assignee
office-action-status = changed the status
office-action-note = added a note
office-action-attachment = opened a document
office-action-message = sent a message
office-someone = Someone
office-filters = Filter applications
office-search = Search
office-search-hint = A reference number (for example 2026-000012) or part of the applicant's name.
office-status = Status
office-any-status = Any
office-programme = Programme
office-any-programme = Any
office-assignee = Assigned to
office-assignee-anyone = Anyone
office-assignee-me = Me
office-assignee-none = Unassigned
office-from = Received from
office-to = Received until
office-apply-filters = Show
office-clear-filters = Clear filters
office-counts = Applications by status
office-all = All
office-total = { $count ->
    [one] { $count } application
   *[other] { $count } applications
}
office-empty = No applications match.
office-inbox-caption = Applications, newest first
office-reference = Reference
office-application = Application
office-applicant = Applicant
office-received = Received
office-unassigned = Unassigned
office-awaiting = The applicant answered
office-pages = Pages
office-previous = Previous
office-next = Next
office-page-of = Page { $page } of { $pages }
office-application-title = Application { $reference }
office-back-to-inbox = Back to applications
office-answers = The applicant's answers
office-forms-failed = The application forms could not be loaded, so answers are shown by their keys. Reload the page to see the questions.
office-rnokpp-mismatch = The РНОКПП (taxpayer number) does not match the application: its digits say { $encoded }, the application gives { $entered }. The applicant confirmed that both are right as in their documents: check them against the documents.
office-documents = Documents
office-no-documents = No documents attached.
office-documents-missing = The applicant did not attach documents the form asks for. Ask for them: the status “More information needed” and the documents asked for.
office-view = View
office-new-tab = (opens in a new tab)
office-size-b = { $size } B
office-size-kb = { $size } KB
office-size-mb = { $size } MB
office-download = Download
office-messages = Messages with the applicant
office-no-messages = No messages yet.
office-from-staff = The community
office-from-applicant = The applicant
office-by-applicant = the applicant
office-history = History
office-notes = Internal notes
office-no-notes = No notes.
office-audit = Access log
office-take = Assign to me
office-unassign = Unassign
office-assign-to = Assign to another staff member
office-choose = Choose
office-assign = Assign
office-assigned = The assignee was changed.
office-unassigned-done = The application is unassigned.
office-change-status = Change status
office-new-status = New status
office-status-missing = Choose the new status.
office-request = What the applicant needs to provide
office-reason = Reason for refusal
office-message-optional = Message to the applicant (optional)
office-message-hint = The applicant reads this on the application's status page; their e-mail only gets a notice, without the text.
office-request-missing = Write what the applicant needs to provide.
office-reason-missing = Write the reason for refusal: the applicant needs to know it.
office-documents-asked = Documents asked for
office-documents-asked-hint = Optional. Choose documents from this application's form.
office-status-changed = The status was changed.
office-note = Note
office-note-hint = Only the community's staff see it; the applicant never does.
office-note-missing = Write the note.
office-add-note = Add note
office-note-added = The note was added.
office-change-failed = Your change was not saved
office-stale-title = The application changed while you were working on it
office-stale-changes = Since you opened the application:
office-stale-applicant = The applicant sent an answer (a message or documents).
office-stale-body = Your change was not saved. Below is the application as it is now; check it and make your change again if it is still needed.
office-invite-title = Invitation to the community back office
office-invite-no-token = The link is incomplete. Open the whole link from the invitation, or ask the administrator for a new one.
office-invite-gone = This invitation was not found: it has been used or is more than 7 days old. Ask your community's administrator to invite you again.
office-name-label = Name
office-role = Role
office-community = Community
office-totp-heading = 1. Add the back office to your authenticator app
office-totp-lead = Open the authenticator app on your phone and add an account: type in the secret key, or open the link on your phone.
office-totp-secret = Secret key
office-totp-uri = Link for the app
office-invite-finish = 2. Choose a password and confirm the code
office-new-password = New password
office-new-password-hint = At least 12 characters. A long phrase of several words makes a good password.
office-password-short = The password needs at least 12 characters.
office-invite-accept = Save and sign in
office-have-account = Already have an account? Sign in
office-invite-someone = Invite a staff member
office-invite-send = Create invitation
office-invite-link = One-time link for: { $name }
office-invite-link-hint = Hand it to them in a safe way. It works once, for 7 days; it will not be shown again.
office-name-missing = Enter the staff member's name.
office-account = State
office-active = Active
office-disabled = Disabled
office-disable = Disable
office-disabled-done = Account disabled: { $name }. Their sessions and tokens no longer work.
office-copy-link = Copy the link
office-copy-token = Copy the token
office-copied = Copied.
office-copy-failed = The browser did not let the page copy: select the text in the field and copy it yourself.
office-actions = Actions
office-tokens-lead = Tokens give the community's other systems access to applications (header Authorization: Bearer). Each has a name, an owner and an expiry; a revoked token stops working at once.
office-no-tokens = No tokens.
office-token-name = Name
office-token-name-hint = What the token is for, for example "Document management exchange".
office-token-name-missing = Enter the token's name.
office-token-days = Valid for, days
office-token-days-hint = From 1 to 365.
office-token-days-invalid = Enter a number of days from 1 to 365.
office-token-create = Create token
office-token-secret = Token "{ $name }"
office-token-secret-hint = Copy it now: it will not be shown again.
office-owner = Owner
office-created = Created
office-expires = Valid until
office-revoke = Revoke
office-revoked = Revoked
office-revoked-done = Token revoked: { $name }.

## [office] The community's profile (issue 15): what residents see on "My community".

office-profile = Community profile
office-profile-lead = What residents see on the "My community" page: where to go and whom to call. Changes are kept as a draft and reach people only once published.
office-profile-website = The community's website
office-profile-website-hint = The full address, for example https://gromada.gov.ua. Leave empty if there is none.
office-profile-online = The community takes applications online through this portal
office-profile-social = Social protection unit
office-profile-cnap = ЦНАП (administrative services centre)
office-profile-office-hint = The name and address in Ukrainian are required; leave every field empty if there is no such office.
office-profile-name-uk = Name in Ukrainian
office-profile-name-en = Name in English (optional)
office-profile-en-hint = If left empty, the Ukrainian text is shown in English too, with a note that there is no translation.
office-profile-address-uk = Address in Ukrainian
office-profile-address-hint = Street, building, town or village; room or floor if needed.
office-profile-address-en = Address in English (optional)
office-profile-phone = Phone (optional)
office-profile-phone-hint = For example 050 123 45 67 or +380 44 123 45 67.
office-profile-email = E-mail (optional)
office-profile-hours-uk = Opening hours in Ukrainian (optional)
office-profile-hours-hint = For example: Mon–Thu 8:00–17:00, Fri 8:00–15:45, break 12:00–12:45.
office-profile-hours-en = Opening hours in English (optional)
office-profile-save = Save draft
office-profile-saved = Draft saved. Residents will see it only once it is published.
office-profile-publish = Publish
office-profile-publish-lead = The last saved draft replaces what residents see. Unsaved changes in the form above are not published.
office-profile-published = Published: residents see this now.
office-profile-status-none = The community has published nothing yet: residents see only its name.
office-profile-status-published = Version { $version } published ({ $name }, { $at }).
office-profile-status-draft = There are unpublished changes: draft saved by { $name }, { $at }.
office-profile-cnap-n = Administrative services centre (ЦНАП) { $n }, another office
office-profile-add-cnap = Add another administrative services centre (ЦНАП) or a remote workplace
office-profile-districts = Starosta districts
office-profile-districts-lead = If the community has starosta districts, name each: which settlements it covers and where its starosta receives people. Residents will see their district on "My community".
office-profile-district-n = Starosta district { $n }
office-profile-add-district = Add a starosta district
office-profile-district-hint = The name, settlements and address in Ukrainian are required; leave every field empty to remove the district.
office-profile-district-name-uk = The district's name in Ukrainian
office-profile-district-name-hint = As the council's decision gives it, e.g. «Старостинський округ № 3».
office-profile-settlements = The district's settlements
office-profile-settlements-hint = One a line, as the codifier of communities (КАТОТТГ) names them, e.g. с. Вишневе.
office-profile-district-address-uk = Where the starosta receives people (address in Ukrainian)

office-programmes = Community programmes
office-programmes-lead = Local programmes the community approved by a council decision: each with its decision, amounts and the dates they apply from. Residents see a programme only once it is published, and only residents of your community.
office-programmes-none = The community has not added any programme yet.
office-programmes-new = New programme
office-programmes-back = ← All community programmes
office-programme-edit = Community programme
office-programme-lead = Write it as the council's decision has it: add no amounts, conditions or documents the decision does not contain. Every text in Ukrainian and English, as in the national catalogue.
office-programme-status-none = Not published yet: residents do not see this programme.
office-programme-changed = There are changes not published yet.
office-programme-saved = Draft saved. Residents will see it only once it is published.
office-programme-published = Published: the community's residents now see this programme.
office-programme-publish-lead = The last saved draft replaces what residents see, after the same check. Unsaved changes in the form above are not published.
office-programme-in-uk = (in Ukrainian)
office-programme-in-en = (in English)
office-programme-en-hint = The Ukrainian text translated into English: people reading the portal in English see it.
office-programme-id = The programme's address on the portal
office-programme-id-hint = Latin lowercase letters, words joined by hyphens, e.g. newborn-payment. It cannot change once saved.
office-programme-kind = What it is
office-programme-category = Catalogue section
office-programme-title = Title
office-programme-title-hint = Short, as people will search for it.
office-programme-summary = Summary
office-programme-summary-hint = Two or three plain sentences: what a person gets and what for.
office-programme-who = Who it is for
office-programme-lines-hint = Each condition or document on a line of its own; in English, as many lines.
office-programme-amounts = Amounts
office-programme-amounts-hint = Each amount with the day it applies from under the decision. If the decision names no amount, leave this empty and say in the caveats where to ask.
office-programme-amount-n = Amount { $n }
office-programme-amount-text-uk = The amount in words (in Ukrainian)
office-programme-amount-text-hint = E.g. 5 000 грн одноразово на кожну дитину.
office-programme-amount-text-en = The amount in words (in English)
office-programme-amount-value = The sum in hryvnias as a number (optional)
office-programme-amount-value-hint = Only if one number says it, e.g. 5000.
office-programme-amount-period = How often it is paid
office-programme-period-none = Not said
office-programme-period-one-off = Once
office-programme-period-monthly = Monthly
office-programme-amount-from = The day it applies from
office-programme-date-hint = Year, month and day, as in the decision.
office-programme-amount-until = The last day it applies (optional)
office-programme-until-hint = Only if the decision limits it.
office-programme-add-amount = Add another amount
office-programme-online = Take applications for this programme through the portal
office-programme-online-hint = Residents can send a general request to the community about this programme, with the documents you listed; the applications reach the community's office.
office-programme-criteria = Conditions for the portal's check (optional)
office-programme-criteria-lead = With conditions, the portal's check tells residents whether the programme fits them from their answers, on their own device. Every condition must hold. Without conditions the check's results only mention the programme. Each condition must rest on the council's decision.
office-programme-criterion-n = Condition { $n }
office-programme-criterion-test = The condition in the check's language
office-programme-criterion-test-hint = Names of the questions listed below: displaced and children >= 1, single_parent, disability_group in ["1a", "1b", "2"]. Combine with and, or, not.
office-programme-criterion-met = What to say when it holds
office-programme-criterion-unmet = What to say when it does not
office-programme-criterion-said-hint = One sentence the resident sees in the check's results.
office-programme-add-criterion = Add a condition
office-programme-vocabulary = The questions a condition may name
office-programme-vocabulary-derived = Worked out from the answers: { $names }
office-programme-vocabulary-answers = answers: { $values }
office-programme-decision = Legal basis: the council's decision
office-programme-decision-hint = The decision of the council or its executive committee that approved the programme. Its link becomes the entry's source.
office-programme-decision-title = The decision's title
office-programme-decision-title-hint = E.g. Decision of … city council «On approving the Programme …».
office-programme-decision-number = The decision's number
office-programme-decision-number-hint = As its text has it, e.g. 1234 or 12/34-VIII.
office-programme-decision-date = The decision's date
office-programme-decision-url = Link to the decision's text
office-programme-decision-url-hint = On the community's site (https://….gov.ua) or on zakon.rada.gov.ua.
office-programme-documents = Documents
office-programme-apply = Where to apply
office-programme-situations = Life situations people will look for it in (optional)
office-programme-administrator = Who decides
office-programme-administrator-hint = The community's department that handles applications.
office-programme-caveats = Caveats (optional)
office-programme-caveats-hint = What the decision does not say and where to ask; each on a line of its own.
office-programme-page = The community's page about the programme (optional)
office-programme-page-hint = The full address, e.g. https://gromada.gov.ua/programs/newborn.

## [citizens] The community's own contacts on "My community" and in the plan (issue 15), as it published them.

community-contacts = Where to go
community-contacts-loading = Loading the community's contacts…
community-contacts-none = The community has not published its addresses and phone numbers on this portal yet. You may find them on the community's website or ask the starosta.
community-contacts-failed = Could not load the community's contacts: check the connection and open the page again.
community-contacts-social = Social protection unit
community-contacts-cnap = ЦНАП (administrative services centre)
community-contacts-map = Show on a map (OpenStreetMap)
community-contacts-new-tab = (opens in a new tab)
community-contacts-hours = Opening hours:
community-contacts-phone = Phone:
community-contacts-email = E-mail:
community-contacts-website = Website:
community-contacts-online = The community takes applications online through this portal.
community-contacts-untranslated = The community gave this text in Ukrainian only.
community-contacts-districts = Starosta districts
community-contacts-settlements = Settlements:
community-programmes = The community's programmes
community-programmes-lead = Support the community gives under its council's decisions. The community published it itself; it is for the community's residents only.
community-programmes-none = The community has not published any programme of its own here yet.

## [static] "How this is decided": a programme's rules, pre-rendered only (issue 12). No app's
## module carries these texts.

decided-title = How “{ $title }” is decided
decided-description = The conditions the eligibility check applies to “{ $title }”, each with its source, the values used, where the sources disagree and the test cases.
decided-lead = The eligibility check applies these conditions on your device: your answers never leave it. Each condition is shown in plain words, with the wording of the sources it rests on and how sure they are.
decided-none-lead = The eligibility check does not decide this one: the sources give no conditions it could test on your device. Ask when you apply. Who it is for, as the sources say:
decided-verdicts = What the verdicts mean
decided-verdict-likely = every condition below is met, and each rests on an official or secondary source.
decided-verdict-maybe = an answer is missing, or a condition rests on a source that is unverified or disputed: the check then does not decide, and says why.
decided-verdict-not-now = a condition is not met, by a source the check can rely on; it says what could change that.
decided-in-force = When it takes applications
decided-in-force-between = From { $from } to { $until }.
decided-in-force-from = From { $from }.
decided-in-force-until = Until { $until }.
decided-conditions = The conditions
decided-no-conditions = There is no condition beyond the dates above.
decided-if-not = If not:
decided-asks = The check asks:
decided-rests-on = It rests on:
decided-readings = The sources allow another reading of this condition: the check decides only where every reading gives the same answer, and otherwise says “maybe”.
decided-source-disputed = disputed
decided-amount = How much
decided-formula-fixed = A fixed amount: the value below that applies on the day of the check.
decided-formula-fixed-on = A fixed amount: the value below that applied on the date the check asks for.
decided-formula-per-person = An amount for each person of the household: one value for a child or a person with a disability, another for everyone else.
decided-formula-cases = The value depends on the case (for example the dates), as the values below say.
decided-formula-disability-group = By the disability group, plus an amount for each child with a disability.
decided-formula-subgroup = By the subgroup of disability group I.
decided-formula-base-shares = A base amount for each person (in full for the first person, each child and each person with a disability of group I or II; a share for the others), minus the household’s monthly income.
decided-formula-child-gap = For each child: the child’s subsistence minimum for the age, minus the household’s income per person, never below zero.
decided-formula-not-estimated = The sources give no formula the check could apply: the amount is set when you apply.
decided-values-lead = The values used, each for the period it applies to:
decided-period = { $from } to { $until }
decided-period-open = from { $from }
decided-conflict = Another source gives { $value }.
decided-disputes = Where the sources disagree or are not sure
decided-no-disputes = The sources the check uses agree with each other here.
decided-cases = Test cases
decided-cases-lead = Every build of the portal checks that the rules give these verdicts (the cases are written in English).
decided-case-outcome = on { $date }: { $verdict }
decided-case-follows = follows:
decided-back-to-service = Back to the programme’s page
decided-to-check = Check what you may get
