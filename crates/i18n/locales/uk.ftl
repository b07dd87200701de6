# Інтерфейс порталу українською. Кожне повідомлення має відповідник в en.ftl.

skip-to-content = Перейти до основного змісту
oblast = { $name } область
not-found-title = Сторінку не знайдено
check-yes = Так
check-no = Ні
check-error-title = Є проблема
check-error-prefix = Помилка:
loading = Завантаження…
cards-load-failed-title = Сторінку не вдалося відкрити
cards-load-failed = Не вдалося завантажити перелік виплат і послуг. Перевірте з’єднання й оновіть сторінку.
reload-page = Оновити сторінку
status-unknown = Невідомий стан
# The office's programme editor names these too (kind-, category-, situation-, channel-).
situation-birth = Народження дитини
situation-displacement = Переміщення через війну
situation-disability = Інвалідність
situation-care = Догляд за рідними
situation-low-income = Низький дохід
situation-breadwinner-loss = Втрата годувальника
situation-return-from-abroad = Життя за кордоном і повернення
situation-child-in-difficulty = Дитина у складних обставинах
kind-payment = Виплата
kind-service = Послуга
category-families = Сім'ї з дітьми
category-displacement = Внутрішньо переміщені особи
category-disability = Особи з інвалідністю
category-care = Догляд
category-low-income = Низький дохід і житло
category-veterans = Ветерани та реабілітація
category-social-services = Соціальні послуги
kind-payments = Виплати
kind-services = Послуги
channel-diia = Дія
channel-online = Онлайн
channel-cnap = ЦНАП
channel-pfu = Сервісний центр Пенсійного фонду
channel-starosta = Староста або уповноважена особа громади
channel-social-protection = Орган соціального захисту громади
channel-health-facility = Пологовий будинок або заклад охорони здоров'я
channel-drats = Відділ державної реєстрації актів цивільного стану
channel-disability-fund = Фонд соціального захисту осіб з інвалідністю
channel-post = Поштою
channel-abroad = З-за кордону

## [citizens] The citizens' apps (the portal, the check, applications; issue 17): not the office's
## module. The messages above, before any group comment, every app shows, the office too.
site-name = Соціальна підтримка в громаді
site-description = Виплати й соціальні послуги для вас і вашої громади: хто має право, скільки, як і де звернутися.
nav-label = Основна навігація
nav-menu = Меню
nav-home = Головна
nav-catalogue = Виплати та послуги
nav-community = Моя громада
nav-about = Про портал і приватність
breadcrumbs = Ви тут
header-your-community = Ваша громада:
footer-data = Дані: офіційний кодифікатор громад (КАТОТТГ), офіційний перелік територій бойових дій та окупації, а для кожної послуги — її правова підстава й джерела.
footer-privacy = Про портал і приватність: нічого не залишає ваш пристрій

home-community-choose = Обрати громаду
home-community-change = Змінити

tag-local = Програма громади

service-who = Кому
service-legal = Правова підстава
legal-number-date = № { $number } від { $date }
legal-number = № { $number }
service-sources = Джерела
service-sources-note = Офіційне джерело — текст акта або сторінка міністерства, Пенсійного фонду чи Дії. Вторинне — сторінка громади або новина, що переказує офіційне.
source-official = офіційне
source-secondary = вторинне
source-unverified = не перевірене
service-facts-date = Відомості зібрано з джерел, датованих до лютого 2026 року. Перед зверненням перевірте чинні умови.

community-loading = Завантажуємо список громад…
community-type-urban = { $name } міська громада
community-type-settlement = { $name } селищна громада
community-type-rural = { $name } сільська громада
community-type-city = місто { $name }
centre-urban = м. { $name }
centre-settlement = с-ще { $name }
centre-rural = с. { $name }
raion = { $name } район
crimea = Автономна Республіка Крим

hostilities-heading = Громада в переліку територій бойових дій або окупації
section-possible = Території можливих бойових дій
section-active = Території активних бойових дій
section-active-e = Території активних бойових дій, де працюють державні електронні ресурси
section-occupied = Тимчасово окупована територія
section-part = частина громади
since-date = з { $date }
hostilities-left-intro = Якщо ви виїхали з цієї громади, підтримку можна отримати там, де ви живете зараз:
hostilities-step-certificate = Оформіть довідку про взяття на облік внутрішньо переміщеної особи (у ЦНАП або в Дії).
hostilities-step-host = Оберіть нижче громаду, де ви живете зараз: звертайтеся до її ЦНАП або старости.
hostilities-step-programmes = Перегляньте виплати й послуги для переселенців.
hostilities-step-allowance-pre = Зокрема:
hostilities-step-allowance = допомога на проживання ВПО

about-forget = Стерти все, що збережено на цьому пристрої

not-found-body = Можливо, адресу введено з помилкою або сторінку перенесено.
not-found-home = На головну

nav-check = Перевірити, що мені належить

check-start = Почати
check-continue = Продовжити
check-back = Назад
check-next = Далі
check-member-remove = Прибрати
check-change = Змінити
check-likely = Імовірно належить
check-maybe = Можливо
check-not-now = Не зараз
check-per-month = на місяць
check-once = одноразово
check-how-decided = Як це вирішують

apply-my-applications = Мої заяви
status-failed = Не вдалося дізнатися стан. Спробуйте пізніше.
status-not-found = Заяви з таким номером і кодом немає. Перевірте обидва.
status-offline = Немає зв’язку. Спробуйте, коли з’явиться інтернет.
status-title = Стан заяви
update-ready = Є нова версія порталу. Оновити можна будь-коли: ваші чернетки збережено.
update-now = Оновити зараз
offline-ready = Портал збережено на цьому пристрої: тепер він відкривається, перевірка працює, а заяви зберігаються й без інтернету.
offline-now = Немає інтернету. Портал працює далі; заяви надішлемо, щойно зв’язок повернеться.
offline-ready-ok = Зрозуміло

## [citizens] The portal in a community's website (the widget)
embed-open-portal = Відкрити на порталі (нова вкладка)
embed-nav = Віджет порталу
embed-storage-denied = Цей браузер не дозволяє віджету на сайті громади зберігати ваші відповіді, тож вони зникнуть, якщо сторінку перезавантажити.
embed-continue = Продовжити на порталі з вашими відповідями (нова вкладка)

## [citizens] Outgoing applications and answers, sent by every app's outbox (issue 13)
apply-refused-unreadable = Громада не прийняла заяву. Перевірте відповіді й надішліть знову.
reply-refused = Громада не прийняла відповідь. Змініть її й надішліть знову.
outbox-no-random = Файл заяви не вдалося надіслати: цей браузер не може створити потрібний для нього безпечний ідентифікатор. Відкрийте портал у сучасному браузері (Chrome, Firefox, Safari) або принесіть документи до ЦНАП.

## [portal] The portal's own pages (home, catalogue, service, community, search, about; issue 17):
## only the portal shows these, a table of its own (i18n::use_portal_messages).
home-title = Головна
home-heading = Соціальна підтримка у вашій громаді
home-lead = Дізнайтеся, які виплати й соціальні послуги існують для вас, скільки вони становлять і як їх отримати.
home-community-heading = Ваша громада
home-community-none = Оберіть громаду, де ви живете, щоб бачити її програми й куди звертатися.
home-situations-heading = Що сталося у вашому житті?
home-all = Усі виплати та послуги
programme-count = { $count } { $count ->
    [one] послуга
    [few] послуги
   *[many] послуг
}
found-count = { $count ->
    [one] Знайдено { $count } послугу
    [few] Знайдено { $count } послуги
   *[many] Знайдено { $count } послуг
}
result-count = { $count ->
    [one] Знайдено { $count } результат
    [few] Знайдено { $count } результати
   *[many] Знайдено { $count } результатів
}
community-found = { $count ->
    [one] Знайдено { $count } громаду
    [few] Знайдено { $count } громади
   *[many] Знайдено { $count } громад
}
catalogue-title = Виплати та послуги
filter-category = Напрям
filter-situation = Життєва ситуація
filter-kind = Вид
filter-all = Усі
filter-apply = Показати
filter-reset = Скинути фільтри
search-title = Пошук
search-title-query = Пошук: { $query }
search-all = Усі виплати та послуги від А до Я
search-label = Що ви шукаєте?
search-hint = Наприклад: допомога при народженні, субсидія, ВПО. Можна латиницею.
search-button = Шукати
service-caveats = Зверніть увагу
service-details-loading = Завантажуємо подробиці…
service-details-failed = Не вдалося завантажити подробиці. Перевірте з’єднання й оновіть сторінку.
service-amounts = Скільки
service-no-amount = Розмір визначається в кожному випадку окремо або не підтверджений джерелами. Уточніть, звертаючись.
service-amounts-upcoming = Заплановано
service-amounts-past = Розміри, що діяли раніше
amount-from = з { $date }
amount-until = до { $date }
service-documents = Документи
service-apply = Як і де звернутися
service-in-your-community = У вашій громаді ({ $name }) звертайтеся до ЦНАП, старости або органу соціального захисту громади.
service-deadlines = Строки
service-administrator = Хто ухвалює рішення
service-classifier = Код за Класифікатором соціальних послуг:
community-title = Моя громада
community-load-failed = Не вдалося завантажити список громад. Перевірте з’єднання й оновіть сторінку.
community-lead = Оберіть громаду, де ви живете зараз. Вибір зберігається лише на цьому пристрої.
community-lead-abroad = Оберіть свою громаду в Україні — де ви зареєстровані, звідки виїхали або куди плануєте повернутися: саме їй підуть ваші заяви. Вибір зберігається лише на цьому пристрої.
community-none-abroad = В Україні немає громади з такою назвою. Живете за кордоном? Оберіть країну нижче, а тут знайдіть свою громаду в Україні — де ви зареєстровані, звідки виїхали або куди плануєте повернутися: саме їй підуть ваші заяви.
community-abroad-heading = Я живу за кордоном
community-abroad-lead = З-за кордону ви звертаєтеся до своєї громади в Україні. Оберіть країну, де живете, а вище — громаду в Україні.
community-abroad-label = Країна, де ви живете
community-abroad-hint = Введіть назву українською або англійською, наприклад: Польща або Poland.
community-abroad-chosen = Ви живете за кордоном:
community-abroad-then = Громада, яку ви обрали вище, — ваша громада в Україні: їй підуть ваші заяви. План підтримки скаже, що можна зробити з-за кордону.
community-abroad-forget = Я живу в Україні
country-load-failed = Не вдалося завантажити перелік країн. Перевірте з’єднання й оновіть сторінку.
country-found = { $count ->
    [one] Знайдено { $count } країну
    [few] Знайдено { $count } країни
   *[many] Знайдено { $count } країн
}
community-label = Назва громади
community-hint = Наприклад: Бучанська або Buchanska. Введіть кілька перших літер.
community-choose = Обрати цю громаду
community-choose-origin = Це громада, звідки я виїхав(-ла)
community-chosen = Це ваша громада.
community-back-to-application = Повернутися до заяви
community-origin-saved = Збережено як громаду, звідки ви виїхали. Тепер оберіть громаду, де живете зараз.
community-forget = Забути вибір громади
community-origin = Громада, звідки ви виїхали:
community-forget-origin = Забути
community-code = Код КАТОТТГ:
about-title = Про портал і приватність
about-privacy-heading = Ваші дані
about-privacy-1 = Портал не збирає про вас жодних даних. Немає реєстрації, аналітики, файлів cookie, сторонніх шрифтів чи сервісів.
about-privacy-2 = Громада, яку ви обрали, і мова зберігаються лише в цьому браузері на вашому пристрої (localStorage) і нікуди не надсилаються.
about-privacy-3 = Ви можете стерти все, що портал зберіг на цьому пристрої, однією кнопкою.
about-forgotten = Готово: усе, що портал зберіг на цьому пристрої, стерто.
about-data-heading = Звідки дані
about-data-1 = Кожна виплата й послуга має посилання на правову підставу й на джерела, з яких узято відомості. Де джерела розходяться, ми про це кажемо.
about-data-catalogue = Каталог:
about-data-2 = Список громад узято з офіційного кодифікатора адміністративно-територіальних одиниць (КАТОТТГ), позначки — з офіційного переліку територій бойових дій та тимчасової окупації.
home-check-heading = Що вам може належати
home-check-body = Дайте відповідь на кілька запитань — ми питаємо лише те, що потрібно, — і побачите, які виплати й послуги вам, імовірно, належать, чому і скільки. Усе рахується на вашому пристрої.
home-check-start = Перевірити
service-apply-online = Подати заяву онлайн до громади
service-check = Перевірте, що вам може належати: кілька запитань, відповіді лишаються на вашому пристрої
community-programme-local = Це програма вашої громади: її опублікувала сама громада, і діє вона лише для мешканців громади.
community-programme-contacts = Куди звертатися в громаді

## [check] The eligibility check's own messages (issue 17): only the check shows these, a table
## of their own that only its module carries (i18n::use_check_messages).
check-title = Перевірте, що вам може належати
check-lead = Одне запитання на сторінці. Ми питаємо лише те, що може змінити результат, і показуємо, чому.
check-privacy-1 = Відповіді залишаються на цьому пристрої: перевірка нічого нікуди не надсилає.
check-privacy-2 = Правила завантажуються один раз, перед першим запитанням; далі перевірка працює навіть без інтернету.
check-privacy-3 = Результат — орієнтовний. Остаточне рішення ухвалює орган, що призначає виплату чи послугу.
check-remember = Запам’ятати мої відповіді на цьому пристрої
check-remember-hint = Інакше відповіді зникнуть, коли ви закриєте сторінку. Стерти їх можна будь-коли.
check-your-answers = Ваші відповіді
check-see-results = Результати
check-start-again = Почати спочатку
check-rules-loading = Завантажуємо правила…
check-rules-failed = Не вдалося завантажити правила. Перевірте з’єднання й оновіть сторінку.
check-so-far = Поки що: імовірно — { $likely }, можливо — { $maybe }, не зараз — { $notnow }.
check-member-age = { $count ->
    [one] { $count } рік
    [few] { $count } роки
   *[many] { $count } років
}
check-disability-none = без інвалідності
check-disability-child = дитина з інвалідністю
check-disability-1 = інвалідність I групи
check-disability-2 = інвалідність II групи
check-disability-3 = інвалідність III групи
check-member-studying-short = навчається
check-dont-know = Не знаю
check-household-alone = Я живу сам(а)
check-household-others = { $count ->
    [one] Ще { $count } особа
    [few] Ще { $count } особи
   *[many] Ще { $count } осіб
}
check-place-listed-since = у переліку територій бойових дій або окупації з { $date }
check-place-listed = у переліку територій бойових дій або окупації
check-place-not-listed = немає в переліку територій активних бойових дій чи окупації
check-place-listed-in-part = у переліку територій бойових дій або окупації лише частина громади
check-place-unsettled = у переліку лише як територія можливих бойових дій або в періодах, що закінчилися
check-done-title = Запитань більше немає
check-done-body = Ваших відповідей досить, щоб вирішити все, що можна вирішити. Подивіться результати й свій план.
check-decides-count = { $count ->
    [one] Ваша відповідь допоможе вирішити { $count } виплату чи послугу
    [few] Ваша відповідь допоможе вирішити { $count } виплати чи послуги
   *[many] Ваша відповідь допоможе вирішити { $count } виплат чи послуг
}
check-why = Чому ми питаємо
check-error-choose = Виберіть одну з відповідей
check-error-number = Введіть ціле число від { $min } до { $max }
check-error-money = Введіть суму в гривнях цифрами, наприклад 12000 або 1816,50. Якщо нічого немає, введіть 0
check-error-date-future = Дата не може бути в майбутньому
check-error-date = Введіть дату: день, місяць і рік
check-error-place = Почніть вводити назву громади й виберіть її зі списку
check-uah = грн
check-currency = Валюта
check-currency-loading = Завантажуємо перелік валют…
check-currency-failed = Не вдалося завантажити перелік валют. Перевірте з’єднання й оновіть сторінку — або вкажіть суму в гривнях.
check-rate = Скільки гривень коштує 1 { $code } ({ $name })? (за бажанням)
check-rate-hint = Офіційний курс Національного банку України — на його сайті. Без курсу ми не перераховуємо суму в гривні, і те, що від неї залежить, лишається «можливо». Громада однаково перерахує її за офіційним курсом НБУ.
check-error-rate = Введіть курс цифрами, більший за нуль, наприклад 10,25 — або залиште поле порожнім
check-error-foreign-money = Введіть суму цифрами, наприклад 3000 або 2500,50. Якщо нічого немає, введіть 0
check-converted = Перераховано за курсом, який ви вказали: 1 { $code } = { $rate } грн. Громада перерахує за офіційним курсом НБУ.
check-unconverted = Дохід указано в { $code } без курсу, тож ми не можемо порівняти його з межами в гривнях: поки це «можливо». Вкажіть курс НБУ у відповіді про дохід. Громада перерахує його за офіційним курсом НБУ.
check-answer-no-rate = без курсу
check-place-none = Такої громади не знайдено. Спробуйте іншу назву або назву її центру.
check-place-suggested = Громада, з якої ви виїхали (ви обрали її раніше):
check-place-use = Вибрати її
check-settlement-list = Населені пункти громади: { $community }
check-settlement-found = { $count ->
    [one] Знайдено { $count } населений пункт.
    [few] Знайдено { $count } населені пункти.
   *[many] Знайдено { $count } населених пунктів.
}
check-settlement-more = Показано перші { $shown }: введіть більше літер назви.
check-settlement-none = Такого населеного пункту в цій громаді немає. Спробуйте іншу назву або натисніть «Не знаю».
check-settlement-no-community = Спершу виберіть громаду, з якої ви виїхали.
check-settlement-city = місто
check-settlement-town = селище
check-settlement-village = село
check-settlement-unsettled = у переліку лише як територія можливих бойових дій, у періодах, що закінчилися, або лише частина
check-error-settlement = Виберіть населений пункт зі списку
check-member-added = Додано:
check-error-member-age = Введіть вік людини в повних роках, від 0 до 120
check-error-member-pending = Ви ввели вік, але не додали людину: натисніть «Додати людину» або зітріть вік
check-household-empty = Ви ще нікого не додали.
check-member-remove-label = Прибрати людину { $number }: { $name }
check-member-number = Людина { $number }
check-member-removed = Людину прибрано.
check-household-alone-continue = Я живу сам(а) — далі
check-household-done = Більше нікого — далі
check-member-add-heading = Додати людину
check-member-age-label = Вік, повних років
check-member-disability-label = Інвалідність
check-member-studying = Навчається на денній формі (має значення для 18–23 років)
check-member-add = Додати людину
check-no-answers = Ви ще не відповіли на жодне запитання.
check-forget = Стерти мої відповіді
check-forgotten = Ваші відповіді стерто.
check-more-questions = { $count ->
    [one] Ще кілька запитань допоможуть вирішити { $count } виплату чи послугу.
    [few] Ще кілька запитань допоможуть вирішити { $count } виплати чи послуги.
   *[many] Ще кілька запитань допоможуть вирішити { $count } виплат чи послуг.
}
check-likely-lead = Ви відповідаєте всім умовам, які ми можемо перевірити.
check-maybe-lead = Бракує відповіді або джерела розходяться — див. що саме.
check-not-now-lead = Чому ні і що могло б це змінити.
check-unruled = { $count ->
    [one] Ще { $count } виплата чи послуга каталогу поки не має правил для перевірки — перегляньте її в каталозі:
    [few] Ще { $count } виплати чи послуги каталогу поки не мають правил для перевірки — перегляньте їх у каталозі:
   *[many] Ще { $count } виплат чи послуг каталогу поки не мають правил для перевірки — перегляньте їх у каталозі:
}
check-results-title = Ваші результати
check-results-lead = Пораховано на вашому пристрої за вашими відповідями. Це орієнтир, а не рішення.
check-plan-link = Мій план дій
check-values-of = за значеннями, чинними з { $date }
check-reason-met = Так:
check-reason-unmet = Ні:
check-reason-unknown = Ще не відомо:
check-missing = Щоб вирішити, дайте відповідь:
check-would-change = Що могло б це змінити:
opens-new-tab = (відкриється в новій вкладці)
check-stale = Пораховано за значеннями, чинними з { $date }, — найновішими в зібраних джерелах. Тепер вони можуть бути іншими.
check-plan-empty = Поки що план порожній: дайте відповідь на запитання, і тут з’являться кроки.
check-due = До { $date }.
check-where = Де:
check-online = Як зробити це онлайн
check-for = Для:
check-stops = Що припиняє виплату
check-abroad = Якщо ви за кордоном або повертаєтеся
check-plan-none = За вашими відповідями жодна з програм, які перевіряє портал, зараз не підходить, тож кроків у плані немає. Нижче — що можна зробити, і фахівець із соціальної роботи вашої громади, який допоможе.
check-abroad-heading = Якщо ви живете за кордоном
check-abroad-apply = З-за кордону ви можете подати заяву через цей портал до своєї громади в Україні — де ви зареєстровані, звідки виїхали або куди плануєте повернутися. Ось що кажуть зібрані джерела:
check-abroad-rests-on = Джерело:
check-plan-title = Ваш план дій
check-plan-lead = Кроки по порядку для виплат і послуг, які вам імовірно або можливо належать. Сторінку можна надрукувати.
check-worker-heading = Фахівець із соціальної роботи
check-worker-body = Фахівець із соціальної роботи (кейс-менеджер) вашої громади може пройти цей маршрут разом з вами: допоможе зібрати документи, подати заяви й отримати соціальні послуги.
check-worker-community = Ваша громада: { $name }. Зверніться до її ЦНАП або органу соціального захисту.
check-worker-no-community = Виберіть громаду, де ви живете зараз, — до неї й звертайтеся.
check-worker-handover = Запит піде до громади, яку ви обрали, з вашими контактами; цей план і ваші відповіді не надсилаються, доки ви самі їх не впишете.
check-print = Надрукувати план
check-worker-ask = Попросити фахівця із соціальної роботи
check-local = Програми вашої громади
check-local-lead = Громада опублікувала їх сама, але не вказала для них умов перевірки: умови й куди звертатися — на сторінці кожної.
check-local-decision = Умови встановила громада своїм рішенням:

## [apply] The applicant's side of the conversation with the community (issue 13). Only the
## applications app shows these: they are a table of their own, which only its module carries.
status-closed = Закрито
role-worker = працівник соціального захисту
role-head = керівник підрозділу соціального захисту
role-admin = адміністратор громади
role-staff = працівник громади
file-not-document = «{ $name }»: це не фото (JPEG, PNG), не PDF і не файл підпису (.p7s, .asice). Виберіть фото або PDF-файл документа.
file-too-large = «{ $name }»: файл більший за 10 МБ. Зробіть фото меншим або стисніть PDF.
file-too-many = «{ $name }»: до заяви можна додати не більше { $max } файлів, тож цей не додано. Приберіть непотрібний файл або зберіть сторінки документа в один PDF.
file-too-much = «{ $name }»: файли заяви разом можуть мати не більше { $max } МБ, тож цей не додано. Приберіть непотрібний файл, зробіть фото меншими або стисніть PDF.
file-no-random = «{ $name }»: цей браузер не може створити безпечний ідентифікатор файлу, тож файл не додано. Відкрийте портал у сучасному браузері (Chrome, Firefox, Safari) або подайте документи в ЦНАП.
no-random-id = Цей браузер не може створити безпечний ідентифікатор, без якого заява чи відповідь могла б дійти двічі, тож звідси її не надіслати. Відкрийте портал у сучасному браузері (Chrome, Firefox, Safari) або зверніться до ЦНАП.
apply-cannot-send = Цю заяву не вдалося перевірити на цьому пристрої, тож її не надіслано. Оновіть сторінку й спробуйте ще раз; якщо не допоможе — зверніться до громади чи ЦНАП.
receipt-code-heading = Ваш секретний код
receipt-code-body = Номер заяви й цей код потрібні, щоб бачити стан заяви й відповідати громаді з будь-якого пристрою: телефона, комп’ютера, у ЦНАП. Скопіюйте, запишіть або роздрукуйте їх. Не показуйте код стороннім.
receipt-code-emailed = Номер і код також надіслано листом на { $email }.
receipt-code-kept = На цьому пристрої код зберігається в «Мої заяви».
receipt-copy = Копіювати код
receipt-copied = Код скопійовано. Вставте його туди, де зберігатимете, наприклад у нотатки.
receipt-copy-failed = Не вдалося скопіювати: браузер не дозволив. Виділіть код і скопіюйте вручну або запишіть його.
receipt-print = Надрукувати номер і код
status-reference-hint = Наприклад, 2026-000012.
status-reference-missing = Введіть номер заяви
status-token-missing = Введіть секретний код
status-token-invalid = Секретний код має 16 знаків (літери й цифри), наприклад 7KQ4-M2XD-9HZT-WB3E. Перевірте, чи не пропущено знак.
status-checking = Перевіряємо…
status-since = з { $date }
status-decision = Рішення громади
status-request-heading = Громада просить додаткові відомості
status-requested-documents = Документи, які просить громада:
status-answer = Відповісти громаді
status-conversation = Листування з громадою
status-no-messages = Повідомлень ще немає.
status-from-community = Громада
status-from-you = Ви
status-message-by = { $name }, { $role }
status-attached = Додані документи:
status-opened-heading = Хто відкривав вашу заяву
status-opened-lead = Кожного разу, коли працівник громади відкриває вашу заяву, це записується, і ви бачите це тут.
status-opened-none = Ще ніхто з працівників громади не відкривав заяву.
reply-heading-need-info = Надіслати відповідь громаді
reply-heading = Написати громаді
reply-message = Ваша відповідь
reply-message-hint = Відповідь на запитання громади або що саме ви додаєте. Можна надіслати й лише документи.
reply-files = Додати документ
reply-files-hint = Фото (JPEG, PNG) або PDF, до 10 МБ кожен; можна кілька. Великі фото зменшуються на цьому пристрої.
reply-send = Надіслати відповідь
reply-send-hint = Відповідь спершу зберігається на цьому пристрої й надсилається, щойно є зв’язок: нічого не загубиться.
reply-empty = Напишіть відповідь або додайте документ
reply-not-kept = Відповідь надсилається, але на цьому пристрої забракло місця, щоб її зберегти. Не закривайте сторінку, доки не побачите «Надіслано»; або надішліть менші фото.
reply-draft-not-kept = Не вдалося зберегти відповідь на цьому пристрої: місця немає. Надішліть її зараз або додайте менші фото.
reply-yours = Ваші відповіді з цього пристрою
reply-of = Відповідь від { $date }
reply-waiting = Збережено на цьому пристрої — надішлемо, щойно буде зв’язок.
reply-sending = Надсилаємо…
reply-sent = Надіслано громаді { $date }.
reply-refused-what = Що робити: змініть відповідь і надішліть знову або видаліть її. Якщо не виходить, зателефонуйте до громади й назвіть номер заяви.
reply-change = Змінити й надіслати знову
reply-delete = Видалити відповідь
apply-number = № { $number }
apply-details = Стан і листування
apply-need-info = Громада просить додаткові відомості ({ $date }).
apply-refresh-failed = Не вдалося оновити стан заяв: немає зв’язку або сервер громади не відповідає. Показано останній відомий стан; оновимо, щойно з’явиться зв’язок.
apply-checked-at = Стан на { $date }.
apply-replies-waiting = { $count ->
    [one] { $count } відповідь чекає надсилання.
    [few] { $count } відповіді чекають надсилання.
   *[many] { $count } відповідей чекають надсилання.
}
apply-replies-other = Відповіді до інших заяв

save-problem-title = Зміни не збережено на цьому пристрої
save-full = На телефоні (або в браузері) забракло місця, тож останню зміну заяви не збережено; те, що ви ввели раніше, збережено. Звільніть місце — видаліть непотрібні фото, відео чи застосунки — або приберіть щойно доданий документ чи додайте менший, і продовжуйте. Або завантажте заяву файлом.
save-unavailable = Цей браузер не дозволяє зберігати заяви на пристрої (наприклад, у приватному режимі), тож усе введене зникне, щойно ви закриєте сторінку. Завантажте заяву файлом або відкрийте портал у звичайному вікні браузера.
save-failed = Браузер не зберіг останню зміну заяви. Спробуйте ще раз або завантажте заяву файлом, щоб нічого не втратити.
save-download = Завантажити цю заяву
save-download-hint = Файл містить ваші відповіді й документи. Збережіть його, надішліть собі електронною поштою або принесіть до ЦНАП; на будь-якому пристрої його можна імпортувати в «Мої заяви».
save-downloaded = Файл заяви завантажено: шукайте його в завантаженнях.
save-download-failed = Браузер не дозволив завантажити файл. Спробуйте інший браузер або зверніться до ЦНАП.
import-heading = Імпортувати заяву
import-label = Файл заяви
import-hint = Файл, завантажений кнопкою «Завантажити цю заяву» (.json). Заява стане чернеткою на цьому пристрої.
import-unreadable = Це не файл заяви з цього порталу, або він пошкоджений. Виберіть файл, завантажений кнопкою «Завантажити цю заяву».
import-exists = На цьому пристрої вже є чернетка цієї заяви. Надішліть або видаліть її, а тоді імпортуйте файл.
apply-warning-prefix = Увага:
apply-rnokpp-confirm = Я перевірив(-ла): усе так, як у моїх документах

apply-title = Заява
apply-forms-failed = Не вдалося завантажити форму заяви. Перевірте з’єднання й оновіть сторінку.
apply-choose-country = Виберіть країну
apply-caption = Заява до громади
apply-saved-as-typed = Кожна відповідь зберігається на цьому пристрої, щойно ви її вводите: можна закрити сторінку й повернутися пізніше.
apply-one-tab-elsewhere = Цю заяву вже відкрито в іншій вкладці
apply-one-tab-elsewhere-body = Щоб відповіді з двох вкладок не переписали одна одну, заяву заповнюють в одній вкладці. Продовжуйте в тій або тут — тоді та вкладка перестане зберігати зміни, а тут ви побачите заяву такою, якою її там залишили.
apply-one-tab-taken = Цю заяву тепер заповнюють в іншій вкладці
apply-one-tab-taken-body = Тут зміни більше не зберігаються, щоб не переписати відповідей з тієї вкладки. Продовжуйте там або тут — тут ви побачите заяву такою, якою її там залишили.
apply-one-tab-take = Продовжити тут
apply-goes-to = Заява піде до громади: { $name }.
apply-no-community = Спершу оберіть громаду, де ви живете зараз: заява піде до неї.
apply-draft-saved = Чернетка збережена на цьому пристрої ({ $date }).
apply-delete-draft = Видалити чернетку
apply-documents = Документи
apply-documents-hint = Фото (JPEG, PNG) або PDF, до 10 МБ кожен. Файли залишаються на цьому пристрої, доки громада не отримає заяву.
apply-documents-later = Якщо якогось документа зараз немає, заяву можна надіслати й без нього: громада попросить його пізніше, а ви додасте його на сторінці стану заяви.
apply-documents-missing = Бракує документів, які потрібні громаді. Заяву можна надіслати й так: громада попросить їх пізніше, а ви додасте їх на сторінці стану заяви.
apply-documents-add = Додати документи зараз
apply-check-title = Перевірте відповіді
apply-no-documents = Документів не додано.
apply-send-heading = Надіслати заяву
apply-send-body = Надсилаючи заяву, ви підтверджуєте, що відомості в ній правдиві. Якщо зараз немає зв’язку, заява збережеться на цьому пристрої й надішлеться, щойно зв’язок з’явиться.
apply-send = Надіслати заяву
apply-not-given = Не вказано
apply-state-waiting = Збережено на цьому пристрої — надішлемо, щойно буде зв’язок.
apply-state-sending = Надсилаємо…
apply-state-received = Громада отримала заяву.
apply-state-refused = Громада не прийняла заяву: треба щось виправити.
apply-received-title = Заяву отримано
apply-reference = Номер вашої заяви
apply-next-heading = Що далі
apply-next-body = Громада розгляне заяву. Якщо їй потрібні додаткові відомості чи документи, вона напише про це на сторінці стану заяви (і листом, якщо ви вказали електронну пошту), і там само ви зможете відповісти.
apply-see-status = Перевірити стан заяви
apply-refused-title = Заяву треба виправити
apply-fix = Виправити й надіслати знову
apply-saved-title = Заяву збережено на цьому пристрої
apply-saved-body = Вам нічого не треба робити: заява надішлеться сама, щойно з’явиться зв’язок, або коли ви наступного разу відкриєте портал.
apply-no-drafts = Чернеток немає.
apply-none-sent = Ви ще не надсилали заяв з цього пристрою.
apply-drafts = Чернетки
apply-sent = Надіслані заяви
apply-kept-on-device = Чернетки, заяви й коди до них зберігаються лише на цьому пристрої.
status-received = Отримано
status-in-review = Розглядається
status-need-info = Потрібні додаткові відомості
status-approved = Схвалено
status-refused = Відмовлено
status-of = Заява № { $number }
status-history = Історія
status-lead = Введіть номер заяви й секретний код із підтвердження. На пристрої, з якого ви надсилали заяву, код підставиться сам.
status-reference = Номер заяви
status-token = Секретний код
status-token-hint = 16 знаків, наприклад 7KQ4-M2XD-9HZT-WB3E: великі чи малі літери, з рисками чи без. Його показали разом із номером заяви; на пристрої, з якого ви надсилали заяву, він зберігається в «Мої заяви».
status-look-up = Перевірити
apply-files = Файли заяви
apply-files-sent = Надіслано файлів: { $sent } з { $total }.
apply-print = Надрукувати або зберегти як PDF
apply-print-hint = Підсумок заяви можна підписати кваліфікованим електронним підписом (КЕП або Дія.Підпис) в іншій програмі й додати файл підпису (.p7s чи .asice) до документів.

## [office] The back office (/office): the community's staff. Only the office shows these: a table
## of their own, which only its module carries.
office-name = Кабінет громади
office-nav = Кабінет громади
office-inbox = Заяви
office-staff = Працівники
office-tokens = Токени інтеграцій
office-sign-out = Вийти
office-sign-in-title = Вхід до кабінету громади
office-sign-in-lead = Для працівників громади. Потрібні електронна пошта, пароль і код із застосунку-автентифікатора.
office-email = Електронна пошта
office-password = Пароль
office-code = Код з застосунку
office-code-hint = 6 цифр із застосунку-автентифікатора (Google Authenticator, Microsoft Authenticator, FreeOTP тощо).
office-sign-in = Увійти
office-email-missing = Введіть електронну пошту.
office-password-missing = Введіть пароль.
office-code-invalid = Введіть 6 цифр коду з застосунку.
office-code-wrong = Код не збігається. Перевірте, що додали секрет до застосунку, і введіть новий код.
office-bad-login = Неправильна електронна пошта, пароль або код. Перевірте їх і спробуйте ще раз.
office-locked = { $count ->
    [one] Забагато невдалих спроб: вхід заблоковано. Спробуйте знову через { $count } хвилину.
    [few] Забагато невдалих спроб: вхід заблоковано. Спробуйте знову через { $count } хвилини.
   *[many] Забагато невдалих спроб: вхід заблоковано. Спробуйте знову через { $count } хвилин.
}
office-session-ended = Сеанс завершився. Увійдіть знову; те, що ви не встигли зберегти, доведеться повторити.
office-error-offline = Немає зв’язку із сервером. Перевірте інтернет і спробуйте ще раз.
office-error-unreadable = Сервер відповів так, що кабінет не може це прочитати. Оновіть сторінку; якщо не допоможе — зверніться до адміністратора.
office-error-csrf = Сервер не прийняв дію цього сеансу. Оновіть сторінку й повторіть.
office-error-forbidden = Ваша роль не дозволяє цю дію. Якщо вона потрібна, зверніться до керівника або адміністратора громади.
office-admin-only = Це доступно лише адміністраторові громади.
office-error-not-found = Такого немає: перевірте адресу або поверніться до списку заяв.
office-error-server = Сервер не виконав дію (код { $status }). Спробуйте ще раз; якщо повторюється — зверніться до адміністратора.
office-try-again = Спробувати ще раз
office-admin-only-title = Лише для адміністратора
office-role-worker = фахівець
office-role-head = керівник
office-role-admin = адміністратор
office-role-applicant = заявник
office-role-other = працівник
office-status-received = Отримано
office-status-in-review = Розглядається
office-status-need-info = Потрібні додаткові відомості
office-status-approved = Схвалено
office-status-refused = Відмовлено
office-status-closed = Закрито
office-action-read = переглянув(-ла) заяву
office-action-assign = змінив(-ла) виконавця
office-action-status = змінив(-ла) стан
office-action-note = додав(-ла) нотатку
office-action-attachment = відкрив(-ла) документ
office-action-message = надіслав(-ла) повідомлення
office-someone = Хтось
office-filters = Фільтри заяв
office-search = Пошук
office-search-hint = Номер заяви (наприклад, 2026-000012) або частина імені заявника.
office-status = Стан
office-any-status = Будь-який
office-programme = Програма
office-any-programme = Будь-яка
office-assignee = Виконавець
office-assignee-anyone = Будь-хто
office-assignee-me = Я
office-assignee-none = Не призначено
office-from = Отримано від
office-to = Отримано до
office-apply-filters = Показати
office-clear-filters = Скинути фільтри
office-counts = Заяви за станом
office-all = Усі
office-total = { $count ->
    [one] { $count } заява
    [few] { $count } заяви
   *[many] { $count } заяв
}
office-empty = Заяв із такими умовами немає.
office-inbox-caption = Заяви, новіші спершу
office-reference = Номер
office-application = Заява
office-applicant = Заявник
office-received = Отримано
office-unassigned = Не призначено
office-awaiting = Є відповідь заявника
office-pages = Сторінки
office-previous = Попередня
office-next = Наступна
office-page-of = Сторінка { $page } з { $pages }
office-application-title = Заява № { $reference }
office-back-to-inbox = До списку заяв
office-answers = Відповіді заявника
office-forms-failed = Не вдалося завантажити форми заяв, тому відповіді показано за їхніми ключами. Оновіть сторінку, щоб побачити запитання.
office-rnokpp-mismatch = РНОКПП не збігається із заявою: за його цифрами — { $encoded }, у заяві — { $entered }. Заявник підтвердив, що все правильно, як у документах: звірте з документами.
office-documents = Документи
office-no-documents = Документів не додано.
office-documents-missing = Заявник не додав документів, які потрібні за формою. Попросіть їх: стан «Потрібні додаткові відомості» й документи, які просимо додати.
office-view = Переглянути
office-new-tab = (відкриється в новій вкладці)
office-size-b = { $size } Б
office-size-kb = { $size } КБ
office-size-mb = { $size } МБ
office-download = Завантажити
office-messages = Листування із заявником
office-no-messages = Повідомлень ще немає.
office-from-staff = Громада
office-from-applicant = Заявник
office-by-applicant = заявник
office-history = Історія
office-notes = Внутрішні нотатки
office-no-notes = Нотаток немає.
office-audit = Журнал доступу
office-take = Взяти собі
office-unassign = Зняти призначення
office-assign-to = Призначити іншому працівникові
office-choose = Оберіть
office-assign = Призначити
office-assigned = Виконавця змінено.
office-unassigned-done = Призначення знято.
office-change-status = Змінити статус
office-new-status = Новий стан
office-status-missing = Оберіть новий стан.
office-request = Що потрібно від заявника
office-reason = Причина відмови
office-message-optional = Повідомлення заявникові (не обов’язково)
office-message-hint = Заявник прочитає це на сторінці стану заяви; на пошту надійде лише сповіщення, без тексту.
office-request-missing = Напишіть, що потрібно від заявника.
office-reason-missing = Напишіть причину відмови: заявник має її знати.
office-documents-asked = Документи, які просимо додати
office-documents-asked-hint = Не обов’язково. Оберіть документи з форми цієї заяви.
office-status-changed = Стан змінено.
office-note = Нотатка
office-note-hint = Бачать лише працівники громади; заявник її не побачить.
office-note-missing = Напишіть текст нотатки.
office-add-note = Додати нотатку
office-note-added = Нотатку додано.
office-change-failed = Зміну не збережено
office-stale-title = Заяву змінили, поки ви працювали
office-stale-changes = Відтоді, як ви відкрили заяву:
office-stale-applicant = Заявник надіслав відповідь (повідомлення чи документи).
office-stale-body = Вашу зміну не збережено. Нижче — заява такою, якою вона є зараз; перевірте її й повторіть дію, якщо вона ще потрібна.
office-invite-title = Запрошення до кабінету громади
office-invite-no-token = Посилання неповне. Відкрийте повне посилання із запрошення або попросіть адміністратора надіслати нове.
office-invite-gone = Запрошення не знайдено: його вже використали або минуло 7 днів. Попросіть адміністратора громади запросити вас знову.
office-name-label = Ім’я
office-role = Роль
office-community = Громада
office-totp-heading = 1. Додайте кабінет до застосунку-автентифікатора
office-totp-lead = Відкрийте застосунок-автентифікатор на телефоні й додайте обліковий запис: введіть секретний ключ вручну або відкрийте посилання на телефоні.
office-totp-secret = Секретний ключ
office-totp-uri = Посилання для застосунку
office-invite-finish = 2. Оберіть пароль і підтвердьте код
office-new-password = Новий пароль
office-new-password-hint = Щонайменше 12 символів. Довга фраза з кількох слів — добрий пароль.
office-password-short = Пароль має містити щонайменше 12 символів.
office-invite-accept = Зберегти й увійти
office-have-account = Уже маєте обліковий запис? Увійти
office-invite-someone = Запросити працівника
office-invite-send = Створити запрошення
office-invite-link = Одноразове посилання для: { $name }
office-invite-link-hint = Передайте його працівникові надійним способом. Воно діє 7 днів і лише один раз; більше його не покажуть.
office-name-missing = Введіть ім’я працівника.
office-account = Стан
office-active = Активний
office-disabled = Вимкнено
office-disable = Вимкнути
office-disabled-done = Обліковий запис вимкнено: { $name }. Його сеанси й токени більше не діють.
office-copy-link = Копіювати посилання
office-copy-token = Копіювати токен
office-copied = Скопійовано.
office-copy-failed = Браузер не дав скопіювати: виділіть текст у полі й скопіюйте вручну.
office-actions = Дії
office-tokens-lead = Токени дають іншим системам громади доступ до заяв (заголовок Authorization: Bearer). Кожен має назву, власника й строк дії; відкликаний токен перестає діяти одразу.
office-no-tokens = Токенів немає.
office-token-name = Назва
office-token-name-hint = Для чого токен, наприклад «Обмін із СЕД».
office-token-name-missing = Введіть назву токена.
office-token-days = Строк дії, днів
office-token-days-hint = Від 1 до 365.
office-token-days-invalid = Введіть кількість днів від 1 до 365.
office-token-create = Створити токен
office-token-secret = Токен «{ $name }»
office-token-secret-hint = Скопіюйте його зараз: більше його не покажуть.
office-owner = Власник
office-created = Створено
office-expires = Діє до
office-revoke = Відкликати
office-revoked = Відкликано
office-revoked-done = Токен відкликано: { $name }.

## [office] The community's profile (issue 15): what residents see on "Моя громада".

office-profile = Профіль громади
office-profile-lead = Що мешканці бачать на сторінці «Моя громада»: куди звертатися й кому телефонувати. Зміни зберігаються як чернетка й доходять до людей лише після публікації.
office-profile-website = Сайт громади
office-profile-website-hint = Повна адреса, наприклад https://gromada.gov.ua. Залиште порожнім, якщо сайту немає.
office-profile-online = Громада приймає заяви онлайн через цей портал
office-profile-social = Орган соціального захисту
office-profile-cnap = ЦНАП (центр надання адміністративних послуг)
office-profile-office-hint = Назва й адреса українською обов’язкові; залиште всі поля порожніми, якщо такого місця прийому немає.
office-profile-name-uk = Назва українською
office-profile-name-en = Назва англійською (необов’язково)
office-profile-en-hint = Якщо залишити порожнім, англійською покажемо український текст і скажемо, що перекладу немає.
office-profile-address-uk = Адреса українською
office-profile-address-hint = Вулиця, будинок, населений пункт; кабінет чи поверх, якщо треба.
office-profile-address-en = Адреса англійською (необов’язково)
office-profile-phone = Телефон (необов’язково)
office-profile-phone-hint = Наприклад 050 123 45 67 або +380 44 123 45 67.
office-profile-email = Електронна пошта (необов’язково)
office-profile-hours-uk = Години прийому українською (необов’язково)
office-profile-hours-hint = Наприклад: пн–чт 8:00–17:00, пт 8:00–15:45, перерва 12:00–12:45.
office-profile-hours-en = Години прийому англійською (необов’язково)
office-profile-save = Зберегти чернетку
office-profile-saved = Чернетку збережено. Мешканці побачать її лише після публікації.
office-profile-publish = Опублікувати
office-profile-publish-lead = Остання збережена чернетка замінить те, що бачать мешканці. Незбережені зміни у формі вище не публікуються.
office-profile-published = Опубліковано: мешканці вже бачать ці дані.
office-profile-status-none = Громада ще нічого не опублікувала: мешканці бачать лише її назву.
office-profile-status-published = Опубліковано версію { $version } ({ $name }, { $at }).
office-profile-status-draft = Є неопубліковані зміни: чернетку зберіг(ла) { $name }, { $at }.
office-profile-cnap-n = ЦНАП { $n } (ще одне місце прийому)
office-profile-add-cnap = Додати ще один ЦНАП або віддалене робоче місце
office-profile-districts = Старостинські округи
office-profile-districts-lead = Якщо в громаді є старостинські округи, назвіть кожен: які населені пункти він охоплює і де староста приймає людей. Мешканці побачать свій округ на сторінці «Моя громада».
office-profile-district-n = Старостинський округ { $n }
office-profile-add-district = Додати старостинський округ
office-profile-district-hint = Назва, населені пункти й адреса українською обов’язкові; залиште всі поля порожніми, щоб прибрати округ.
office-profile-district-name-uk = Назва округу українською
office-profile-district-name-hint = Як у рішенні ради, наприклад «Старостинський округ № 3».
office-profile-settlements = Населені пункти округу
office-profile-settlements-hint = Кожен з нового рядка, як їх називає кодифікатор (КАТОТТГ), наприклад: с. Вишневе.
office-profile-district-address-uk = Де приймає староста (адреса українською)

office-programmes = Програми громади
office-programmes-lead = Місцеві програми, які громада затвердила рішенням ради: кожна — з рішенням, сумами й датами, з яких вони діють. Мешканці бачать програму лише після публікації, і лише мешканці вашої громади.
office-programmes-none = Громада ще не додала жодної програми.
office-programmes-new = Нова програма
office-programmes-back = ← Усі програми громади
office-programme-edit = Програма громади
office-programme-lead = Пишіть так, як записано в рішенні ради: не додавайте сум, умов чи документів, яких рішення не містить. Усі тексти — українською й англійською, як у національному каталозі.
office-programme-status-none = Ще не опубліковано: мешканці цієї програми не бачать.
office-programme-changed = Є зміни, які ще не опубліковано.
office-programme-saved = Чернетку збережено. Мешканці побачать її лише після публікації.
office-programme-published = Опубліковано: мешканці громади вже бачать цю програму.
office-programme-publish-lead = Остання збережена чернетка замінить те, що бачать мешканці, після тієї самої перевірки. Незбережені зміни у формі вище не публікуються.
office-programme-in-uk = (українською)
office-programme-in-en = (англійською)
office-programme-en-hint = Переклад українського тексту англійською: його бачать ті, хто читає портал англійською.
office-programme-id = Адреса програми на порталі
office-programme-id-hint = Латиницею, малими літерами, слова через дефіс, наприклад newborn-payment. Після збереження її не змінити.
office-programme-kind = Що це
office-programme-category = Розділ каталогу
office-programme-title = Назва
office-programme-title-hint = Коротко, як люди її шукатимуть.
office-programme-summary = Короткий опис
office-programme-summary-hint = Два-три прості речення: що людина отримує і навіщо.
office-programme-who = Для кого
office-programme-lines-hint = Кожна умова чи документ з нового рядка; англійською — стільки ж рядків.
office-programme-amounts = Суми
office-programme-amounts-hint = Кожна сума — з датою, з якої вона діє за рішенням. Якщо рішення не називає суми, залиште порожнім і скажіть у застереженнях, де її дізнатися.
office-programme-amount-n = Сума { $n }
office-programme-amount-text-uk = Сума словами (українською)
office-programme-amount-text-hint = Наприклад: 5 000 грн одноразово на кожну дитину.
office-programme-amount-text-en = Сума словами (англійською)
office-programme-amount-value = Сума в гривнях числом (необов’язково)
office-programme-amount-value-hint = Лише якщо одне число її описує, наприклад 5000.
office-programme-amount-period = Як часто виплачують
office-programme-period-none = Не вказано
office-programme-period-one-off = Одноразово
office-programme-period-monthly = Щомісяця
office-programme-amount-from = З якого дня діє
office-programme-date-hint = Рік, місяць і день, як у рішенні.
office-programme-amount-until = До якого дня діє (необов’язково)
office-programme-until-hint = Лише якщо рішення це обмежує.
office-programme-add-amount = Додати ще одну суму
office-programme-online = Приймати заяви на цю програму через портал
office-programme-online-hint = Мешканці зможуть подати загальне звернення до громади щодо цієї програми з документами, які ви перелічили; заяви надійдуть до кабінету громади.
office-programme-criteria = Умови для перевірки на порталі (необов’язково)
office-programme-criteria-lead = Якщо вказати умови, перевірка на порталі скаже мешканцям, чи підходить їм програма, за їхніми відповідями — на їхньому пристрої. Усі умови мають виконуватися. Без умов програма в результатах перевірки лише згадана. Кожна умова має спиратися на рішення ради.
office-programme-criterion-n = Умова { $n }
office-programme-criterion-test = Умова мовою перевірки
office-programme-criterion-test-hint = Назви запитань із переліку нижче: displaced and children >= 1, single_parent, disability_group in ["1a", "1b", "2"]. «and» — і, «or» — або, «not» — ні.
office-programme-criterion-met = Що сказати, коли умову виконано
office-programme-criterion-unmet = Що сказати, коли ні
office-programme-criterion-said-hint = Одне речення, яке мешканець побачить у результатах перевірки.
office-programme-add-criterion = Додати умову
office-programme-vocabulary = Запитання, які можна назвати в умові
office-programme-vocabulary-derived = Обчислюються з відповідей: { $names }
office-programme-vocabulary-answers = відповіді: { $values }
office-programme-decision = Правова підстава: рішення ради
office-programme-decision-hint = Рішення ради чи виконавчого комітету, яким затверджено програму. Посилання на нього стане джерелом запису.
office-programme-decision-title = Назва рішення
office-programme-decision-title-hint = Наприклад: Рішення … міської ради «Про затвердження Програми …».
office-programme-decision-number = Номер рішення
office-programme-decision-number-hint = Як у тексті рішення, наприклад 1234 або 12/34-VIII.
office-programme-decision-date = Дата рішення
office-programme-decision-url = Посилання на текст рішення
office-programme-decision-url-hint = На сайті громади (https://….gov.ua) або на zakon.rada.gov.ua.
office-programme-documents = Документи
office-programme-apply = Куди звертатися
office-programme-situations = Життєві ситуації, в яких її шукатимуть (необов’язково)
office-programme-administrator = Хто вирішує
office-programme-administrator-hint = Підрозділ громади, який розглядає заяви.
office-programme-caveats = Застереження (необов’язково)
office-programme-caveats-hint = Чого рішення не каже і де про це запитати; кожне з нового рядка.
office-programme-page = Сторінка громади про програму (необов’язково)
office-programme-page-hint = Повна адреса, наприклад https://gromada.gov.ua/programs/newborn.

## [citizens] The community's own contacts on "Моя громада" and in the plan (issue 15), as it published them.

community-contacts = Куди звертатися
community-contacts-loading = Завантажуємо контакти громади…
community-contacts-none = Громада ще не опублікувала на цьому порталі своїх адрес і телефонів. Їх можна знайти на сайті громади або запитати в старости.
community-contacts-failed = Не вдалося завантажити контакти громади: перевірте з’єднання й відкрийте сторінку знову.
community-contacts-social = Орган соціального захисту
community-contacts-cnap = ЦНАП — центр надання адміністративних послуг
community-contacts-map = Показати на мапі (OpenStreetMap)
community-contacts-new-tab = (відкриється в новій вкладці)
community-contacts-hours = Години прийому:
community-contacts-phone = Телефон:
community-contacts-email = Пошта:
community-contacts-website = Сайт громади:
community-contacts-online = Громада приймає заяви онлайн через цей портал.
community-contacts-untranslated = Громада не дала цього тексту англійською: показано українською.
community-contacts-districts = Старостинські округи
community-contacts-settlements = Населені пункти:
community-programmes = Програми громади
community-programmes-lead = Допомога, яку громада дає за рішеннями своєї ради. Її опублікувала сама громада; діє лише для мешканців громади.
community-programmes-none = Громада ще не опублікувала тут власних програм.

## [static] «Як це вирішують»: правила програми, лише попередньо згенеровані сторінки (issue 12).
## Жоден модуль застосунку не містить цих текстів.

decided-title = Як вирішують: «{ $title }»
decided-description = Умови, за якими перевірка права вирішує щодо «{ $title }», з джерелом кожної, значеннями, розбіжностями джерел і перевірними випадками.
decided-lead = Перевірка права застосовує ці умови на вашому пристрої: ваші відповіді нікуди не передаються. Кожну умову подано простими словами, з формулюванням джерел, на яких вона ґрунтується, і тим, наскільки вони надійні.
decided-none-lead = Перевірка права не вирішує щодо цієї програми: джерела не дають умов, які можна перевірити на вашому пристрої. Запитайте, коли звертатиметеся. Для кого вона, за джерелами:
decided-verdicts = Що означають висновки
decided-verdict-likely = усі умови нижче виконано, і кожна ґрунтується на офіційному або вторинному джерелі.
decided-verdict-maybe = бракує відповіді, або умова ґрунтується на неперевіреному чи спірному джерелі: тоді перевірка не вирішує і пояснює чому.
decided-verdict-not-now = умову не виконано за джерелом, на яке перевірка може покластися; вона підказує, що може це змінити.
decided-in-force = Коли приймають заяви
decided-in-force-between = З { $from } до { $until }.
decided-in-force-from = З { $from }.
decided-in-force-until = До { $until }.
decided-conditions = Умови
decided-no-conditions = Інших умов, крім дат вище, немає.
decided-if-not = Якщо ні:
decided-asks = Перевірка запитує:
decided-rests-on = Ґрунтується на:
decided-readings = Джерела дозволяють інше прочитання цієї умови: перевірка вирішує, лише коли всі прочитання дають ту саму відповідь, інакше каже «можливо».
decided-source-disputed = спірне
decided-amount = Скільки
decided-formula-fixed = Фіксована сума: значення нижче, чинне на день перевірки.
decided-formula-fixed-on = Фіксована сума: значення нижче, чинне на дату, про яку запитує перевірка.
decided-formula-per-person = Сума на кожного члена сім’ї: одне значення для дитини чи особи з інвалідністю, інше — для решти.
decided-formula-cases = Значення залежить від випадку (наприклад, від дат), як кажуть значення нижче.
decided-formula-disability-group = За групою інвалідності, плюс сума на кожну дитину з інвалідністю.
decided-formula-subgroup = За підгрупою I групи інвалідності.
decided-formula-base-shares = Базова сума на кожного (повністю — на першу особу, кожну дитину й кожну особу з інвалідністю I чи II групи; частка — на інших) мінус місячний дохід сім’ї.
decided-formula-child-gap = На кожну дитину: прожитковий мінімум для її віку мінус дохід сім’ї на одну особу, але не менше нуля.
decided-formula-not-estimated = Джерела не дають формули, яку могла б застосувати перевірка: суму визначають, коли ви звертаєтеся.
decided-values-lead = Значення, які використовуються, кожне — на свій період:
decided-period = з { $from } до { $until }
decided-period-open = з { $from }
decided-conflict = Інше джерело дає { $value }.
decided-disputes = Де джерела розходяться або не певні
decided-no-disputes = Джерела, якими користується перевірка, тут узгоджуються.
decided-cases = Перевірні випадки
decided-cases-lead = Кожна збірка порталу перевіряє, що правила дають такі висновки (випадки записано англійською).
decided-case-outcome = на { $date }: { $verdict }
decided-case-follows = за джерелом:
decided-back-to-service = Назад до сторінки програми
decided-to-check = Перевірити, що вам може належати
