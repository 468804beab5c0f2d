# journeymap — русский.
# Все строки интерфейса и тексты по умолчанию, которые попадают в карты и
# экспорт. Ключи те же, что в en.ftl и lv.ftl (это проверяет тест).
#
# Глоссарий: одно понятие — один термин (и в шаблонах тоже).
#   map — карта (пути клиента); card — карточка (не «карта»);
#   stage — этап; lane — дорожка (не «слой», не «строка»);
#   persona — персона; lens — рамка карты; touchpoint — точка контакта;
#   pains — боли (дорожка); frustrations (у персоны) — что раздражает;
#   service blueprint — сервис-блюпринт; evidence — подтверждения;
#   quote — цитата; review — отзыв; inbox — входящие отзывы;
#   confidence — достоверность (наблюдение / предположение / предложение);
#   merge — слияние (слить); conflict — конфликт; version — версия;
#   undo — отменить; redo — повторить; export — экспорт; template — шаблон;
#   inspector — инспектор; comment — комментарий; thread — обсуждение;
#   metric — показатель; legend — условные обозначения.
#   Кавычки — «ёлочки», внутри — „лапки“; многоточие — «…»; тире — «—».

app-name = journeymap

## Тексты в картах: названия по умолчанию (на языке карты)

lane-kind-actions = Действия
lane-kind-thoughts = Мысли
lane-kind-emotions = Эмоции
lane-kind-touchpoints = Точки контакта
lane-kind-pains = Боли
lane-kind-opportunities = Возможности
lane-kind-storyboard = Раскадровка
lane-kind-physical-evidence = Материальные свидетельства
lane-kind-frontstage = Действия сотрудников на виду
lane-kind-backstage = Действия за кулисами
lane-kind-support-processes = Поддерживающие процессы
lane-kind-people = Люди
lane-kind-policies = Правила
lane-kind-technology = Технологии
lane-kind-metric = Показатель
lane-kind-line-of-interaction = Линия взаимодействия
lane-kind-line-of-visibility = Линия видимости
lane-kind-line-of-internal-interaction = Линия внутреннего взаимодействия
lane-kind-custom = Заметки

channel-website = Сайт
channel-mobile-app = Мобильное приложение
channel-social-media = Соцсети
channel-advertising = Реклама
channel-email = Эл. почта
channel-phone = Телефон / колл-центр
channel-chat = Чат / мессенджер
channel-store = Магазин / офис
channel-event = Мероприятие
channel-word-of-mouth = Сарафанное радио
channel-review-sites = Сайты отзывов
channel-other = Другое

confidence-observed = Наблюдали
confidence-assumed = Предполагаем
confidence-proposed = Предлагаем

hue-blue = Синий
hue-teal = Бирюзовый
hue-green = Зелёный
hue-lime = Салатовый
hue-yellow = Жёлтый
hue-orange = Оранжевый
hue-red = Красный
hue-pink = Розовый
hue-purple = Фиолетовый
hue-gray = Серый

metric-style-bars = Столбцы
metric-style-line = Линия
metric-style-funnel = Воронка

default-stage-name = Этап { $n }
default-persona-name = Персона { $n }
untitled-map = Карта без названия
export-footer = { $title }  ·  { $date }  ·  сделано в journeymap

## Счётчики

count-cards = { $n ->
    [one] { $n } карточка
    [few] { $n } карточки
   *[many] { $n } карточек
}

## Команды: пункты меню и подсказки (command-ИМЯ, command-ИМЯ-tip)

command-new-map = Создать из шаблона…
command-open = Открыть файл…
command-import = Импорт из Mermaid, Markdown или CSV…
command-save = Сохранить
command-save-as = Сохранить как…
command-export = Экспорт…
command-compare-with = Сравнить с картой будущего…
command-close-map = Закрыть карту
command-quit = Выйти
command-undo = Отменить
command-redo = Повторить
command-cut = Вырезать
command-copy = Копировать
command-paste = Вставить
command-select-all = Выделить все карточки
command-deselect = Снять выделение
command-delete = Удалить выделенное
command-duplicate = Дублировать
command-add-stage = Добавить этап
command-add-persona = Добавить персону
command-zoom-in = Увеличить
command-zoom-out = Уменьшить
command-zoom-reset = Масштаб 100 %
command-zoom-fit = По размеру окна
command-toggle-heat = Тепловая раскраска точек контакта
command-toggle-confidence-counts = Счётчики достоверности в заголовках этапов
command-show-all = Показать все карточки
command-priorities = Приоритеты точек контакта
command-toggle-theme = Тёмная тема
command-help = Сочетания клавиш

command-new-map-tip = Перейти на начальный экран и выбрать шаблон
command-open-tip = Открыть карту journeymap (.ron)
command-import-tip = Открыть как новую карту диаграмму journey из Mermaid, файл Markdown или таблицу
command-save-tip = Сохранить карту в её файл
command-save-as-tip = Сохранить карту в новый файл
command-export-tip = Сохранить карту как изображение (PNG, SVG) или в формате Mermaid, CSV или Markdown
command-compare-with-tip = Открыть карту будущего состояния рядом с этой: этапы сопоставляются по названию, кривые накладываются друг на друга
command-close-map-tip = Закрыть карту и вернуться на начальный экран
command-quit-tip = Закрыть journeymap
command-undo-tip = Отменить последнее изменение
command-redo-tip = Вернуть отменённое изменение
command-cut-tip = Скопировать выделенные карточки и удалить их
command-copy-tip = Скопировать выделенные карточки (их можно вставить в любую карту или как текст)
command-paste-tip = Вставить карточки или текст — по карточке на строку
command-select-all-tip = Выделить все карточки на карте
command-deselect-tip = Сбросить выделение
command-delete-tip = Удалить выделенные карточки, этап, дорожку или персону
command-duplicate-tip = Вставить копию каждой выделенной карточки сразу после неё
command-add-stage-tip = Добавить этап в конец пути клиента
command-add-lane-tip = Добавить дорожку этого типа внизу
command-add-persona-tip = Добавить персону с кривой в каждой дорожке эмоций
command-zoom-in-tip = Увеличить
command-zoom-out-tip = Уменьшить
command-zoom-reset-tip = Показать карту в натуральную величину
command-zoom-fit-tip = Показать карту целиком
command-toggle-heat-tip = Раскрасить оценённые точки контакта от спокойного цвета к горячему по важности
command-toggle-confidence-counts-tip = Подсчитать карточки каждого этапа по достоверности
command-show-all-tip = Больше не затенять карточки (сбросить фильтры по персоне и достоверности)
command-priorities-tip = Оценённые точки контакта, упорядоченные по важности и болям
command-toggle-theme-tip = Переключиться между светлой и тёмной темой
command-help-tip = Список всех сочетаний клавиш

## Шаги отмены (в меню «Правка → Отменить/Повторить» и в строке состояния): step-ИМЯ

step-add-card = добавление карточки
step-add-curve = добавление кривой
step-add-lane = добавление дорожки
step-add-persona = добавление персоны
step-add-quote = добавление цитаты
step-add-stage = добавление этапа
step-change-emotion = изменение эмоции
step-clear-emotion = сброс эмоции
step-cut = вырезание
step-delete-card = удаление карточки
step-delete-cards = удаление карточек
step-delete-lane = удаление дорожки
step-delete-persona = удаление персоны
step-delete-stage = удаление этапа
step-duplicate-card = дублирование карточки
step-duplicate-cards = дублирование карточек
step-edit-card = изменение карточки
step-edit-lens = изменение контекста карты
step-edit-persona = изменение персоны
step-edit-quote = изменение цитаты
step-edit-stage = изменение этапа
step-edit-text = изменение текста
step-edit-title = изменение названия
step-move-card = перемещение карточки
step-move-cards = перемещение карточек
step-move-lane = перемещение дорожки
step-move-stage = перемещение этапа
step-paste = вставка
step-rate-touchpoint = оценка точки контакта
step-remove-curve = удаление кривой
step-remove-photo = удаление фото
step-remove-quote = удаление цитаты
step-rename-lane = переименование дорожки
step-set-card-colour = смена цвета карточки
step-set-confidence = смена достоверности
step-set-emotion = выбор эмоции
step-set-metric = ввод значения показателя
step-set-persona-colour = смена цвета персоны
step-set-stage-colour = смена цвета этапа
step-set-unit = смена единицы измерения
step-tag-card = привязка карточки к персонам
step-set-photo = выбор фото
step-set-picture = выбор изображения
step-relink-pictures = перенос изображений
step-set-channel = выбор канала
step-set-lane-colour = смена цвета дорожки
step-collapse-lane = сворачивание дорожки
step-change-scale = смена шкалы
step-change-metric-style = смена вида показателя

## Меню и строка состояния

menu-file = Файл
menu-new-from-template = Создать из шаблона
menu-open-recent = Последние файлы
menu-edit = Правка
menu-view = Вид
menu-help = Справка
menu-add-lane = Добавить дорожку
menu-language = Язык
menu-undo-step = Отменить: { $step }
menu-redo-step = Повторить: { $step }
status-fit = По размеру

## Диалоги

chooser-open = Открыть карту
chooser-save-as = Сохранить карту как
chooser-import = Импортировать файл
chooser-compare = Сравнить с картой будущего
chooser-photo = Выбрать фото
chooser-export = Экспортировать в
chooser-why = Системный диалог выбора файла здесь не открывается (нет портала рабочего стола или zenity), поэтому выберите файл в этом окне.
chooser-folder = Папка
chooser-up = Вверх
chooser-file-name = Имя файла
chooser-empty = Здесь нет папок и подходящих файлов
chooser-cannot-list = Не удаётся прочитать папку { $folder }: { $error }
chooser-name-needed = Введите имя файла или выберите его в списке
chooser-no-file = Файла { $file } нет
chooser-no-folder = Папки { $folder } нет
chooser-replace = { $file } уже существует. Нажмите «{ $button }» ещё раз, чтобы заменить его.
button-open = Открыть
button-ok = ОК
button-save = Сохранить
button-dont-save = Не сохранять
button-cancel = Отмена
button-close = Закрыть
button-restore = Восстановить
button-discard = Удалить
error-title = Что-то пошло не так
error-map-unchanged = Открытая карта не изменилась.
confirm-title = Сохранить изменения в «{ $name }»?
confirm-body = Если не сохранить изменения, они будут потеряны.
help-title = Сочетания клавиш
help-or = {"  "}или{"  "}
help-add-card = Добавить карточку
help-add-card-how = Дважды щёлкните пустую ячейку или нажмите в ней +
help-edit-card = Изменить карточку
help-edit-card-how = Дважды щёлкните её (Enter — сохранить, Esc — отменить)
help-select-many = Выделить несколько карточек
help-select-many-how = Щёлкните их с Ctrl или Shift либо обведите рамкой с Shift
help-move-cards = Переместить карточки
help-move-cards-how = Перетащите их в другую ячейку
help-reorder = Изменить порядок этапов и дорожек
help-reorder-how = Перетащите заголовок этапа или название дорожки
help-pan = Перемещение по холсту
help-pan-how = Перетащите холст или прокрутите колёсико
help-zoom = Масштаб
help-zoom-how = Ctrl + колёсико или щипок двумя пальцами
help-open = Открыть карту
help-open-how = Перетащите файл .ron в окно
recovery-title = Восстановить несохранённые изменения?
recovery-body = Работа journeymap завершилась некорректно. Копия карты «{ $title }» с несохранёнными изменениями сохранена { $when }.
recovery-from = Источник: { $file }
recovery-never-saved = карта, которая ещё ни разу не сохранялась
window-compare = Текущее и будущее состояние

## Фильтр вида

filter-show-persona = Показать персону
filter-all-personas = Все персоны
filter-show-confidence = Показать по достоверности
filter-all-cards = Все карточки
filter-showing = Показано: { $what }
filter-show-all = Показать все

## Приоритеты точек контакта

priorities-score-rule = Балл = важность × (1 + число карточек болей на этапе)
priorities-none = Оценённых точек контакта пока нет: выделите точку контакта и отметьте «Оценить влияние и важность».
priorities-rank = №
priorities-touchpoint = Точка контакта
priorities-stage = Этап
priorities-importance = Важность
priorities-impact = Влияние
priorities-score = Балл
priorities-negative-reviews = Негативные отзывы
priorities-negative-reviews-tip = Отзывы на 1–2 звезды, разобранные в этап этой точки контакта
priorities-score-value = { $score } ({ $pains ->
    [one] { $pains } боль
    [few] { $pains } боли
   *[many] { $pains } болей
})

## Сообщения

error-recovery-unreadable = Найдена копия для восстановления, но её не удаётся прочитать: { $error }
notice-recovery-failed = Не удалось записать копию для восстановления: { $error }
notice-restored = Восстановлены несохранённые изменения от { $when }
notice-undid = Отменено: { $step }
notice-redid = Повторено: { $step }
notice-nothing-to-undo = Нечего отменять
notice-nothing-to-redo = Нечего повторять
notice-cut = { $n ->
    [one] Вырезана { $n } карточка
    [few] Вырезаны { $n } карточки
   *[many] Вырезано { $n } карточек
}
notice-copied = { $n ->
    [one] Скопирована { $n } карточка
    [few] Скопированы { $n } карточки
   *[many] Скопировано { $n } карточек
}
notice-selected = { $n ->
    [one] Выделена { $n } карточка
    [few] Выделены { $n } карточки
   *[many] Выделено { $n } карточек
}
notice-opened = Открыто: { $file }
notice-opened-repaired = Открыто: { $file } — { $n ->
    [one] исправлена { $n } проблема
    [few] исправлены { $n } проблемы
   *[many] исправлено { $n } проблем
}: { $first }
error-open = Не удалось открыть карту.
    
    { $error }
notice-new-from-template = Новая карта из шаблона «{ $template }»
error-template = Шаблон повреждён: { $error }
notice-saved = Сохранено: { $file }
notice-imported = Импортировано: { $file }
error-import = Не удалось импортировать файл.
    
    { $error }
export-pdf-pages = Страницы PDF
export-pdf-poster = Одна страница размером с карту
export-pdf-fit = Вписать в один лист { $paper }
export-pdf-tiles = Разбить на листы { $paper } в натуральную величину
export-pdf-best-fit = Как лучше
export-pdf-portrait = Книжная
export-pdf-landscape = Альбомная
export-pdf-tile-size = Размер
export-export-pdf = Экспорт в PDF…
files-pdf-document = Документ PDF
pdf-small-text = Самый мелкий текст печатается размером { $size } пт — это слишком мелко (меньше 6 пт). Выберите лист побольше или разбейте карту на несколько листов.
command-select-left = Выбрать карточку слева
command-select-left-tip = Ближайшая карточка предыдущего этапа на той же дорожке
command-select-right = Выбрать карточку справа
command-select-right-tip = Ближайшая карточка следующего этапа на той же дорожке
command-select-up = Выбрать карточку выше
command-select-up-tip = Карточка выше в ячейке, затем на дорожках выше
command-select-down = Выбрать карточку ниже
command-select-down-tip = Карточка ниже в ячейке, затем на дорожках ниже
command-select-next-card = Следующая карточка
command-select-next-card-tip = Следующая карточка в порядке чтения: этап за этапом, дорожка за дорожкой
command-select-previous-card = Предыдущая карточка
command-select-previous-card-tip = Предыдущая карточка в порядке чтения
command-first-stage = К первому этапу
command-first-stage-tip = Карточка первого этапа, на той же дорожке, если есть
command-last-stage = К последнему этапу
command-last-stage-tip = Карточка последнего этапа, на той же дорожке, если есть
command-edit-card = Редактировать карточку
command-edit-card-tip = Ввести текст карточки прямо на холсте
command-move-left = Перенести карточки на этап назад
command-move-left-tip = Перенести выбранные карточки на этап левее (один шаг отмены)
command-move-right = Перенести карточки на этап вперёд
command-move-right-tip = Перенести выбранные карточки на этап правее (один шаг отмены)
command-move-up = Перенести карточки на дорожку выше
command-move-up-tip = Перенести выбранные карточки на дорожку карточек выше (один шаг отмены)
command-move-down = Перенести карточки на дорожку ниже
command-move-down-tip = Перенести выбранные карточки на дорожку карточек ниже (один шаг отмены)
command-zoom-to-selection = Масштаб по выделению
command-zoom-to-selection-tip = Показать крупно выбранные карточки, этап, дорожку или персону
command-command-palette = Палитра команд…
command-command-palette-tip = Найти любую команду, набрав часть её названия
palette-title = Выполнить команду
palette-hint = Наберите часть названия команды
palette-none = Нет подходящих команд
command-present = Показ
command-present-tip = Во весь экран, этап за этапом: стрелка вправо или Пробел — дальше, стрелка влево — назад, Esc — выход
present-position = этап { $stage } из { $stages }
present-keys = Стрелка вправо или Пробел — дальше · стрелка влево — назад · Home / End — первый / последний · Esc — выход
legend-heading = Условные обозначения
legend-evidence = Подтверждения (число)
legend-importance = Важность { $n }
export-legend = Условные обозначения
command-toggle-legend = Условные обозначения
command-toggle-legend-tip = Показать под сеткой, что значат отметки, значки каналов и тепловые цвета (можно добавить в экспорт)
command-find = Найти…
command-find-tip = Найти текст в карточках, заметках, цитатах, этапах, дорожках и персонах
context-move-to-stage = Перенести на этап
context-add-stage-before = Добавить этап перед этим
context-add-stage-after = Добавить этап после этого
context-add-lane-above = Добавить дорожку выше
context-add-lane-below = Добавить дорожку ниже
context-add-card-here = Добавить карточку сюда
empty-heading = На этой карте пока нет карточек
empty-step-stage = Добавьте этапы пути (меню «Правка», «Добавить этап») и назовите каждый в инспекторе
empty-step-card = Дважды щёлкните ячейку, чтобы добавить в неё карточку, и печатайте
empty-step-import = Или импортируйте готовую таблицу, диаграмму Mermaid или файл Markdown
empty-add-stage = Добавить этап сейчас
empty-import = Импортировать файл…
search-find = Найти
search-hint = Текст карточек, заметок, цитат, названия
search-count = { $current } из { $total }
search-none = Ничего не найдено
search-previous = Предыдущее совпадение (Shift+Enter)
search-next = Следующее совпадение (Enter)
search-previous-button = Назад
search-next-button = Далее
search-close = Закрыть (Esc)
pdf-page-number = Страница { $page } из { $pages }
pdf-persona-goals = Цели
pdf-persona-frustrations = Что раздражает
pdf-outline-personas = Персоны
export-persona-pages = Страницы персон (PDF)
pdf-tile-label = ряд { $row } · столбец { $column } из { $rows } × { $columns }
pdf-outline-map = Карта
pdf-outline-evidence = Подтверждения
text-cut = [текст обрезан: ещё { $count } знаков есть в карте, но не показаны]
warning-import-title = { $count ->
    [one] Импортировано; проверьте { $count } место
    [few] Импортировано; проверьте { $count } места
   *[many] Импортировано; проверьте { $count } мест
}
error-photo = Файл { $file } нельзя использовать как фото: { $error }
photo-not-a-file = это не обычный файл
photo-too-large = { $mb } МБ — больше допустимых для фото { $limit } МБ
photo-too-many-pixels = { $width } × { $height } пикс. — больше допустимого для фото ({ $side } пикс. по стороне, { $megapixels } мегапикселей)
error-compare = Не удалось открыть карту для сравнения.
    
    { $error }
notice-exported = Экспортировано: { $file }
notice-exported-outside-photos-embedded = Экспортировано: { $file }. Встроены фото и изображения из-за пределов папки карты: { $photos }
notice-exported-outside-photos-left-out = Экспортировано: { $file }. Не включены фото и изображения из-за пределов папки карты: { $photos }
error-export = Ошибка экспорта: { $error }
count-stages = { $n ->
    [one] { $n } этап
    [few] { $n } этапа
   *[many] { $n } этапов
}
count-lanes = { $n ->
    [one] { $n } дорожка
    [few] { $n } дорожки
   *[many] { $n } дорожек
}
count-personas = { $n ->
    [one] { $n } персона
    [few] { $n } персоны
   *[many] { $n } персон
}
count-observed = наблюдали: { $n }
count-assumed = предполагаем: { $n }
count-proposed = предлагаем: { $n }

## Инспектор, окно экспорта, диалоги файлов

export-export-picture = Экспорт изображения
export-png-scale = Масштаб PNG
export-theme = Тема
export-light = Светлая
export-dark = Тёмная
export-svg-text = Текст в SVG
export-convert-text-to-shapes = Преобразовать текст в кривые
export-include = Включить
export-evidence-appendix = Приложение с подтверждениями
export-heat-colouring-of-touchpoints = Тепловая раскраска точек контакта
export-confidence-counts-in-stage-headers = Счётчики достоверности в заголовках этапов
export-leave-out-outside-photos = Не включать фото из-за пределов папки карты
export-leave-out-outside-photos-tip = Карта может ссылаться на любое изображение на этом компьютере (../, другая папка, ссылка наружу). Вместо такого фото рисуются инициалы персоны, вместо изображения на карточке — его заглушка.
export-png-at-2-is-crisp-on = PNG в масштабе 2× чётко смотрится на слайдах. В SVG текст остаётся редактируемым, если не преобразовать его в кривые.
export-export-png = Экспорт в PNG…
export-export-svg = Экспорт в SVG…
export-as-text-for-wikis-docs-and = Как текст — для вики, документов и таблиц
export-mermaid = Mermaid…
export-a-mermaid-user-journey-diagram-mmd = Диаграмма user journey для Mermaid (.mmd)
export-csv = CSV…
export-the-grid-as-a-spreadsheet-utf = Сетка карты в виде таблицы, UTF-8 с BOM для Excel
export-markdown = Markdown…
export-a-table-for-wikis-and-pull = Таблица для вики и пул-реквестов (.md)
export-cancel = Отмена
card-tip-confidence = Достоверность: { $confidence } (точка сплошная, если наблюдалось, иначе кольцо; у предложенных карточек пунктирная рамка)
card-tip-evidence = { $n ->
    [one] { $n } подтверждение (значок); список в инспекторе
    [few] { $n } подтверждения (значок); список в инспекторе
   *[many] { $n } подтверждений (значок); список в инспекторе
}
card-tip-channel = Канал: { $channel } (значок)
card-tip-rating = Влияние { $impact } из 5 · важность { $importance } из 5 (тепловая раскраска — по важности)
card-card = Карточка
card-text = Текст
card-note = Заметка
card-confidence = Достоверность
card-colour = Цвет
card-lane-colour = Цвет дорожки
card-channel = Канал
card-none = Не указан
card-duplicate = Дублировать
card-delete-card = Удалить карточку
card-ctrl-shift-click-adds-or-removes = Щелчок с Ctrl или Shift добавляет или убирает карточки; перетаскивание с Shift на холсте выделяет прямоугольную область.
card-set = Задать…
card-delete-cards = Удалить карточки
card-quote = Цитата
card-source = Источник
card-date = Дата
card-author = Автор
card-quote-rating = Оценка { $value } по шкале { $scale } (из отзыва)
card-link = Ссылка
card-remove-quote = Удалить цитату
card-add-quote = Добавить цитату
card-about-none-everyone = Относится к (не выбрано — ко всем)
card-rate-impact-and-importance = Оценить влияние и важность
card-impact = Влияние
card-importance = Важность
stage-stage = Этап
stage-cards-in-this-stage-by-confidence = Карточки этого этапа по достоверности
stage-name = Название
stage-description = Описание
stage-colour = Цвет
stage-automatic = Автоматически
stage-move-left = Сдвинуть влево
stage-move-right = Сдвинуть вправо
stage-add-stage-after = Добавить этап после
stage-delete-stage = Удалить этап
stage-deletes-its-cards-too-undo-brings = Вместе с ним удалятся и его карточки (отмена вернёт их)
lane-lane = Дорожка
lane-title = Название
lane-colour = Цвет
lane-default = По умолчанию
lane-collapsed = Свёрнута
lane-scale = Шкала
lane-move-up = Переместить выше
lane-move-down = Переместить ниже
lane-delete-lane = Удалить дорожку
lane-draw-as = Вид
lane-unit = Единица измерения
map-map = Карта
map-title = Название
map-goal = Цель
map-scenario = Сценарий
map-expectations = Ожидания
map-accessible-title = Название для экранного диктора
map-add-lane = Добавить дорожку
map-double-click-an-empty-cell-to = Дважды щёлкните пустую ячейку, чтобы добавить карточку. Щёлкните карточку, этап или название дорожки, чтобы изменить их здесь.
persona-persona = Персона
persona-name = Имя
persona-role-or-occupation = Роль или род занятий
persona-age = Возраст
persona-goals-one-per-line = Цели (по одной на строку)
persona-frustrations-one-per-line = Что раздражает (по одному пункту на строку)
persona-quote = Цитата
persona-colour = Цвет
persona-choose-photo = Выбрать фото…
persona-remove-photo = Удалить фото
persona-delete-persona = Удалить персону
persona-also-removes-their-emotion-curves-and = Также удалятся её кривые эмоций и отметки на карточках
persona-personas = Персоны
curve-curve = Кривая
curve-everyone-no-persona = Все (без персоны)
curve-remove-curve = Удалить кривую
curve-add-point = Добавить точку
files-png-image = Изображение PNG
files-svg-image = Изображение SVG
files-journey-map = Карта пути клиента
files-image = Изображение
files-mermaid-markdown-or-csv = Mermaid, Markdown или CSV
card-many-title = { $n ->
    [one] { $n } карточка
    [few] { $n } карточки
   *[many] { $n } карточек
}
card-evidence-count = Подтверждения ({ $n })
curve-add-for = Добавить кривую: { $name }
curve-add-point-at = Добавить точку со значением { $value }
persona-photo-unreadable = Не удаётся показать фото { $photo }: { $error }
persona-edit-named = Изменить: { $name }
export-highlight-as-on-screen = Выделять как на экране ({ $what })
window-not-saved = { $title } (не сохранена)
command-language-tip = Использовать journeymap на этом языке

## Холст, стартовый экран, окно сравнения

canvas-empty-card = Пустая карточка
canvas-card-text = Текст карточки
canvas-emotion = Эмоция
canvas-emotion-of = Эмоция: { $name }
canvas-emotion-at = { $who } — { $stage }
canvas-emotion-value = { $who } — { $stage }: { $value }
canvas-add-card = Добавить карточку: { $lane }, { $stage }
canvas-add-card-tip = Добавить карточку в дорожку «{ $lane }» на этапе «{ $stage }»
start-tagline = Карты пути клиента и сервис-блюпринты — офлайн, в ваших собственных файлах.
start-from-template = Начать с шаблона
start-recent = Недавние файлы
start-missing-file = { $name } (файл не найден)
start-blank-preview = Пусто
compare-heading = Сейчас: { $current }   ·   В будущем: { $future }
compare-stage = Этап
compare-feeling-now = Эмоция сейчас
compare-feeling-future = Эмоция в будущем
compare-cards-now = Карточек сейчас
compare-cards-future = Карточек в будущем
compare-differences = Различия
compare-no-differences = Этапы и эмоции не различаются.
compare-save-png = Сохранить как PNG…
compare-save-png-tip = Картинка для слайдов
compare-save-svg = Сохранить как SVG…
compare-save-svg-tip = Картинка для правки или печати
compare-save-md = Сохранить как Markdown…
compare-save-md-tip = Отчёт для вики и задач
export-footer-highlighted = { $footer }  ·  выделено: { $what }
export-excel-locale = Excel (ru/lv)…
export-excel-locale-tip = CSV в том виде, в каком его открывает Excel с русскими или латышскими региональными настройками: точка с запятой, десятичная запятая, UTF-8 с BOM
## Шаблоны: стартовый экран и `journeymap templates`

template-current-state-title = Текущее состояние
template-current-state-description = Что клиенты делают, думают и чувствуют, имея дело с вами сегодня
template-day-in-the-life-title = День из жизни
template-day-in-the-life-description = Всё, что человек делает в какой-то сфере жизни, — с вами или без вас
template-future-state-title = Будущее состояние
template-future-state-description = Опыт, который вы собираетесь создать
template-service-blueprint-title = Сервис-блюпринт
template-service-blueprint-description = Путь клиента, а под ним — действия на виду, за кулисами и поддерживающие процессы
template-blank-title = Пустая карта
template-blank-description = Три пустых этапа и шесть основных дорожек, чтобы начать с нуля
start-templates-language = Шаблоны на языке:
start-templates-language-tip = Шаблоны, написанные на языке «{ $language }»
notice-deleted-cards = { $n ->
    [one] Удалена { $n } карточка
    [few] Удалены { $n } карточки
   *[many] Удалено { $n } карточек
}
notice-deleted-stage = Этап «{ $name }» удалён
notice-deleted-lane = Дорожка «{ $name }» удалена
notice-deleted-persona = Персона { $name } удалена

## Тексты на самой карте (на языке карты)

persona-quote-marks = «{ $quote }»
map-evidence-heading = Подтверждения
untitled-stage = Этап без названия
map-rating = Влияние { $impact } · Важность { $importance }
curve-everyone = Все клиенты
evidence-rating = оценка { $value } по шкале { $scale }
curve-reviews = Отзывы (средняя оценка)
count-reviews = { $n ->
    [one] { $n } отзыв
    [few] { $n } отзыва
   *[many] { $n } отзывов
}
stage-reviews-mean = { $reviews } · { $mean } из 5
map-lane-collapsed = свёрнута
map-picture-none = Нет изображения
compare-only-current = Этап «{ $stage }» есть только сейчас
compare-only-future = Этап «{ $stage }» появится в будущем
compare-feels-better = На этапе «{ $stage }» в будущем лучше ({ $change } % шкалы)
compare-feels-worse = На этапе «{ $stage }» в будущем хуже ({ $change } % шкалы)
compare-now = Сейчас
compare-future = В будущем
compare-change = Изменение
compare-report-note = Эмоция этапа — среднее всех кривых эмоций, в процентах от шкалы.

## Исправления при открытии карты

problem-unknown-language = неизвестный язык «{ $code }»: тексты по умолчанию будут на английском
problem-rating = оценка карточки { $card } в дорожке «{ $lane }» была вне диапазона 1…5 и исправлена
problem-review-rating = оценка отзыва { $review } была непригодна: удалена или исправлена
problem-duplicate-id = идентификатор { $old } встречался дважды; второй теперь { $new }
problem-orphan-card = карточка { $card } в дорожке «{ $lane }» была на несуществующем этапе и перенесена на новый этап
problem-series-persona = кривая эмоций в дорожке «{ $lane }» принадлежала несуществующей персоне и теперь ничья
problem-emotion-stage = значение эмоции в дорожке «{ $lane }» для несуществующего этапа удалено
problem-emotion-scale = значение эмоции { $value } в дорожке «{ $lane }» было вне шкалы и теперь равно { $clamped }
problem-metric-stage = значение показателя в дорожке «{ $lane }» для несуществующего этапа удалено
problem-metric-nan = значение показателя в дорожке «{ $lane }» не было числом и удалено
problem-card-persona = у карточки { $card } в дорожке «{ $lane }» была метка несуществующей персоны; метка снята
problem-hidden-cards = дорожка «{ $lane }» не показывает карточки; её карточки ({ $n }) сохранены, но скрыты
problem-hidden-emotions = дорожка «{ $lane }» не дорожка эмоций; её значения эмоций сохранены, но скрыты
problem-hidden-metrics = дорожка «{ $lane }» не дорожка показателя; её значения сохранены, но скрыты
unassigned-stage = Без этапа

## Отзывы клиентов: входящие
command-import-reviews = Импорт отзывов…
command-import-reviews-tip = Загрузить отзывы клиентов (CSV, Excel или JSON из Google Maps, Яндекс Карт, 2ГИС, магазинов приложений или опросов) во входящие этой карты
command-toggle-inbox = Входящие отзывы
command-toggle-inbox-tip = Показать входящие: все загруженные отзывы — искать, фильтровать и перетаскивать на карточки, ячейки и этапы
command-toggle-review-stats = Число отзывов и кривая
command-toggle-review-stats-tip = Показать число отзывов и среднюю оценку в каждом этапе и кривую отзывов на дорожках эмоций (пунктиром)
command-adopt-review-curve = Принять кривую отзывов
command-adopt-review-curve-tip = Сделать кривую эмоций (выбранной персоны, иначе первую в дорожке) равной средним оценкам отзывов каждого этапа
inbox-title = Отзывы
inbox-import = Импорт…
inbox-empty = Отзывов пока нет. Импортируйте выгрузку отзывов в CSV, Excel или JSON (Файл: Импорт отзывов…) или перетащите файл в окно.
inbox-counts = { $total } во входящих · { $unused } ещё не использованы · показано { $shown }
inbox-search = Поиск по отзывам
inbox-filter-rating = Оценка
inbox-filter-source = Источник
inbox-filter-stage = Этап
inbox-rating-any = Все оценки
inbox-rating-negative = 1–2 звезды
inbox-rating-neutral = 3 звезды
inbox-rating-positive = 4–5 звёзд
inbox-rating-none = Без оценки
inbox-source-any = Все источники
inbox-stage-any = Все этапы
inbox-stage-unsorted = Не разобраны
inbox-dates = Даты
inbox-unused-only = Ещё не на карточке
inbox-selected = { $n ->
    [one] выбран { $n } отзыв
    [few] выбрано { $n } отзыва
   *[many] выбрано { $n } отзывов
}
inbox-add-to-card = На выбранную карточку
inbox-add-to-card-tip = Процитировать выбранные отзывы на выбранной карточке
inbox-add-to-card-disabled = Сначала выберите одну карточку на карте
inbox-sort-into = Разобрать в этап
inbox-unsort = Не разобраны
inbox-accept-suggestions = Принять подсказки
inbox-accept-suggestions-tip = Разобрать каждый выбранный отзыв в предложенный для него этап
inbox-delete = Удалить
inbox-clear-selection = Снять выбор
inbox-nothing-matches = Ни один отзыв не подходит под фильтры.
inbox-quoted-in = Цитата в этапе: { $stage }
inbox-sorted-into = Этап: { $stage }
inbox-suggested = Подсказка: { $stage }
inbox-accept = Принять
inbox-accept-tip = Разобрать отзыв в предложенный этап
inbox-no-suggestion = Этап не подсказан
inbox-row-tip = Щелчок выбирает (Ctrl+щелчок, Shift+щелчок — несколько); перетащите на карточку, ячейку или заголовок этапа
inbox-dragging = { $n ->
    [one] { $n } отзыв
    [few] { $n } отзыва
   *[many] { $n } отзывов
}
inbox-drop-card = { $n ->
    [one] Процитировать { $n } отзыв на карточке
    [few] Процитировать { $n } отзыва на карточке
   *[many] Процитировать { $n } отзывов на карточке
}
inbox-drop-cell = { $n ->
    [one] Новая карточка из { $n } отзыва
   *[other] Новая карточка из { $n } отзывов
}
inbox-drop-stage = { $n ->
    [one] Разобрать { $n } отзыв в этот этап
    [few] Разобрать { $n } отзыва в этот этап
   *[many] Разобрать { $n } отзывов в этот этап
}
reviews-role-text = Текст отзыва
reviews-role-rating = Оценка
reviews-role-date = Дата
reviews-role-source = Источник
reviews-role-author = Автор
reviews-role-link = Ссылка
reviews-columns-title = Столбцы файла { $file }
reviews-columns-body = Укажите, что в каком столбце. Нужен только текст отзыва.
reviews-column-n = Столбец { $n }
reviews-column-none = (нет)
reviews-preview = { $n ->
    [one] { $n } строка; первые:
    [few] { $n } строки; первые:
   *[many] { $n } строк; первые:
}
reviews-import-button = Импортировать отзывы
reviews-need-text = Выберите столбец с текстом отзыва
error-import-reviews = Не удалось импортировать отзывы: { $error }
notice-reviews-imported = { $n ->
    [one] Импортирован { $n } отзыв
    [few] Импортировано { $n } отзыва
   *[many] Импортировано { $n } отзывов
} из { $file } (уже были в карте: { $duplicates })
files-reviews = Выгрузки отзывов (CSV, Excel, JSON)
chooser-import-reviews = Импорт отзывов
step-import-reviews = Импорт отзывов
step-delete-reviews = Удаление отзывов
step-sort-reviews = Разбор отзывов
step-add-reviews-to-card = Отзывы на карточку
step-add-card-from-reviews = Карточка из отзывов
step-adopt-review-curve = Кривая из отзывов
export-review-stats = Число отзывов и кривая
export-authors = Имена авторов отзывов
export-authors-keep = Как опубликованы
export-authors-initials = Только инициалы
export-authors-omit = Не показывать

## Версии: сравнение, слияние, конфликты
command-compare-versions = Изменения с другой версии…
command-compare-versions-tip = Открыть другую копию этой карты (старый коммит, копию коллеги) и перечислить, что изменилось с тех пор; каждое изменение — ссылка на элемент
command-merge-with = Слить с копией…
command-merge-with-tip = Слить с этой картой другую её копию («конфликтную копию» из общей папки): сначала предпросмотр, затем один шаг отмены
chooser-compare-versions = Изменения с другой версии
chooser-merge-with = Слить с копией
versions-title = Изменения после { $name }
versions-none = Изменений нет: карты одинаковы.
conflicts-title = Конфликты слияния ({ $n })
conflicts-body = Обе версии изменили это по-разному. В карте — наша версия; выберите для каждого.
conflicts-keep-ours = Оставить нашу
conflicts-take-theirs = Взять их
merge-title = Слияние с { $name }
merge-summary = { $changes ->
    [one] { $changes } изменение
    [few] { $changes } изменения
   *[many] { $changes } изменений
} в этой карте, { $conflicts ->
    [one] { $conflicts } конфликт
    [few] { $conflicts } конфликта
   *[many] { $conflicts } конфликтов
} решить после.
merge-button = Слить
error-not-a-version = { $file } — не версия этой карты: у них нет общих элементов
step-merge = Слияние
step-resolve-conflict = Решение конфликта
versions-item-title = название
versions-item-language = язык
versions-item-lens = рамка карты
versions-item-stage = этап { $id }
versions-item-lane = дорожка { $id }
versions-item-card = карточка { $id }
versions-item-persona = персона { $id }
versions-item-review = отзыв { $id }
versions-item-comment = комментарий { $id }
versions-item-curve = кривая дорожки { $lane }
versions-item-emotion = значение эмоции (дорожка { $lane }, этап { $stage })
versions-item-metric = значение метрики (дорожка { $lane }, этап { $stage })
versions-none-value = (нет)
versions-added = Добавлено: { $item }
versions-removed = Удалено: { $item }
versions-reordered = Новый порядок: { $item }

## Comments
command-toggle-comments = Панель комментариев
command-toggle-comments-tip = Показать или скрыть обсуждения на этой карте
command-add-comment = Добавить комментарий
command-add-comment-tip = Прокомментировать выбранную карточку, этап или дорожку (или всю карту)
comments-title = Комментарии
comments-close = Закрыть
comments-author = Ваше имя
comments-author-hint = Видно в ваших комментариях
comments-author-needed = Сначала укажите имя в поле «Ваше имя»: им подписывается комментарий.
comments-new-on = Новый комментарий: { $item }
comments-new-hint = Напишите комментарий… (Ctrl+Enter — отправить)
comments-add = Комментировать
comments-add-tip = Отправить комментарий (Ctrl+Enter)
comments-open-threads = { $count ->
    [one] { $count } открытое обсуждение
    [few] { $count } открытых обсуждения
   *[many] { $count } открытых обсуждений
}
comments-show-resolved = Показать решённые ({ $count })
comments-none = Комментариев пока нет. Выберите карточку, этап или дорожку и напишите выше.
comments-on-map = вся карта
comments-on-stage = этап «{ $name }»
comments-on-lane = дорожка «{ $name }»
comments-on-card = карточка «{ $name }»
comments-on-deleted-stage = удалённый этап
comments-on-deleted-lane = удалённая дорожка
comments-on-deleted-card = удалённая карточка
comments-show-tip = Выбрать на карте
comments-resolved = решено
comments-reply-hint = Ответить…
comments-reply = Ответить
comments-resolve = Отметить решённым
comments-resolve-tip = Отметить обсуждение как решённое; оно уйдёт из списка открытых
comments-reopen = Открыть снова
comments-reopen-tip = Вернуть обсуждение в открытые
comments-anonymous = (без имени)
comments-edit = Изменить
comments-save = Сохранить
comments-cancel = Отмена
comments-delete = Удалить
comments-delete-tip = Удалить этот ответ (Ctrl+Z вернёт его)
comments-delete-thread-tip = Удалить всё обсуждение (Ctrl+Z вернёт его)
comments-badge = { $count ->
    [one] { $count } комментарий
    [few] { $count } комментария
   *[many] { $count } комментариев
}
comments-badge-tip = { $count ->
    [one] { $count } открытый комментарий: нажмите, чтобы прочитать
    [few] { $count } открытых комментария: нажмите, чтобы прочитать
   *[many] { $count } открытых комментариев: нажмите, чтобы прочитать
}
step-add-comment = добавление комментария
step-reply = ответ
step-resolve-comment = решение обсуждения
step-reopen-comment = открытие обсуждения
step-edit-comment = правка комментария
step-delete-comment = удаление комментария
export-comments-appendix = Приложение с комментариями
map-comments-heading = Комментарии
map-comment-resolved = решено

## Versions: field names and unrelated copies
versions-field-text = текст
versions-field-name = название
versions-field-title = заголовок
versions-field-description = описание
versions-field-note = заметка
versions-field-stage = этап
versions-field-lane = дорожка
versions-field-color = цвет
versions-field-confidence = достоверность
versions-field-channel = канал
versions-field-rating = оценка
versions-field-personas = персоны
versions-field-evidence = подтверждения
versions-field-value = значение
versions-field-deleted = удалено с одной стороны
versions-field-resolved = решено
versions-field-role = роль
versions-field-quote = цитата
versions-field-goals = цели
versions-field-frustrations = что раздражает
merge-unrelated = У «{ $name }» нет ни одной общей карточки, этапа или дорожки с этой картой: это не её версия. Слияние добавит всё её содержимое рядом с тем, что есть.
merge-anyway = Всё равно слить
conflicts-badge = { $count ->
    [one] { $count } конфликт слияния
    [few] { $count } конфликта слияния
   *[many] { $count } конфликтов слияния
}
conflicts-badge-tip = Слияние не смогло решить само: в окне «Конфликты слияния» оставьте нашу версию или возьмите их

## Pictures in the app
chooser-picture = Выберите изображение для карточки
card-picture = Изображение
card-picture-hint = Перетащите файл изображения на карточку, вставьте снимок экрана (Ctrl+V) или выберите файл.
card-picture-choose = Выбрать изображение…
card-picture-replace = Заменить изображение…
card-picture-remove = Убрать изображение
card-picture-alt = Описание (что на изображении)
picture-where = Перетащите или вставьте изображение на карточку или в пустую ячейку дорожки с карточками (или сначала выберите карточку)
picture-added = Изображение добавлено; оно хранится в папке рядом с картой
picture-not-copied = { $count ->
    [one] { $count } изображение не удалось скопировать рядом с картой ({ $file }); у карточки остался прежний путь
    [few] { $count } изображения не удалось скопировать рядом с картой (первое: { $file }); у карточек остались прежние пути
   *[many] { $count } изображений не удалось скопировать рядом с картой (первое: { $file }); у карточек остались прежние пути
}
picture-outside-title = «{ $file }» находится вне папки карты
picture-outside-body = Скопировать его в папку ресурсов карты, чтобы карта и её изображения вместе переносились, синхронизировались и попадали в git? Ссылка оставит файл на месте; карте понадобится этот файл, чтобы его показать.
picture-outside-copy = Скопировать к карте
picture-outside-link = Сослаться на него
picture-outside-remembered = Спрашиваем один раз: ответ будет применяться ко всем изображениям из других папок. Изменить можно в меню «Правка», пункт «Изображения из других папок».
menu-outside-pictures = Изображения из других папок
picture-policy-ask = Спросить в первый раз
picture-policy-copy = Копировать к карте
picture-policy-link = Ссылаться на них на месте
notice-exported-unreadable = { $count ->
    [one] Экспортировано: { $file }; { $count } изображение не удалось прочитать, вместо него заглушка: { $pictures }
    [few] Экспортировано: { $file }; { $count } изображения не удалось прочитать, вместо них заглушки: { $pictures }
   *[many] Экспортировано: { $file }; { $count } изображений не удалось прочитать, вместо них заглушки: { $pictures }
}
versions-field-image = изображение
versions-field-alt = описание изображения
versions-field-author = автор
versions-field-time = время
versions-field-impact = влияние
versions-field-importance = важность
versions-field-source = источник
versions-field-date = дата
versions-field-link = ссылка
versions-field-photo = фото
versions-field-unit = единица
picture-not-now = Изображения нельзя перетаскивать, пока открыт диалог или идёт показ
picture-linked = Изображение связано с файлом вне папки карты; карте нужен этот файл, чтобы его показать
error-picture = Не удалось поместить изображение на карточку: { $error }

## Why a file could not be read (load errors; the CLI prints the English)
load-utf8-spreadsheet = недопустимый UTF-8 (байт 0x{ $byte }); сохраните таблицу как «CSV UTF-8»
load-utf8-text = недопустимый UTF-8 (байт 0x{ $byte }); сохраните файл в кодировке UTF-8
load-bom-broken = файл начинается с метки порядка байтов { $encoding }, но здесь не является допустимым { $encoding }; сохраните таблицу заново как «Текст Юникод» или «CSV UTF-8»
load-encoding-unknown = недопустимый UTF-8 (байт 0x{ $byte }), и кодировку нельзя определить уверенно: проверены UTF-8, UTF-16 LE и BE (с меткой порядка байтов), Windows-1251 (кириллица) и Windows-1257 (балтийская) (байты больше всего похожи на { $guess }, которую journeymap не читает); сохраните таблицу как «CSV UTF-8» или «Текст Юникод»
load-map-empty = файл пуст; ожидалась карта пути клиента: `(version: 1, title: "…", stages: [...], lanes: [...])`
load-map-newer = эта карта сохранена более новой версией journeymap (версия формата файла { $version }); эта сборка читает версии до { $supported }. Обновите journeymap, чтобы открыть её
load-map-utf8 = недопустимый UTF-8 (байт 0x{ $byte }); файлы карт — это текст в UTF-8. Тот ли это файл?
load-map-version-zero = версии формата файла 0 не существует; ожидалось `version: 1`
load-map-no-version = нет поля `version`; карта пути начинается с `(version: { $version }, ...`
load-map-ends-early = файл обрывается: не закрыта скобка `(` или `[` ({ $detail })
load-ron-eof = неожиданный конец файла; не закрыта скобка
load-ron-structure-end = ожидалась `)`, закрывающая структуру, или `,` перед следующим полем
load-ron-list-end = ожидалась `]`, закрывающая список, или `,` перед следующим элементом
load-ron-too-deep = скобки здесь вложены глубже { $depth } уровней; карте пути нужно всего несколько. Тот ли это файл?
load-ron-expected-comma = здесь ожидалась `,`
load-ron-expected-string = здесь ожидался текст в двойных кавычках
load-ron-string-end = текст в двойных кавычках не закрыт
load-ron-expected-integer = здесь ожидалось целое число
load-ron-expected-number = здесь ожидалось число
load-ron-expected-boolean = здесь ожидалось `true` или `false`
load-ron-expected-option = здесь ожидалось `Some(…)` или `None`
load-ron-expected-list = здесь ожидался список `[…]`
load-ron-expected-structure = здесь ожидалась структура `(…)`
load-ron-number-too-large = слишком большое число
load-ron-trailing = после конца карты есть ещё текст
load-ron-unexpected-char = неожиданный символ `{ $char }`
load-ron-unknown-value = неизвестное значение `{ $found }`; ожидалось одно из: { $expected }
load-ron-unknown-value-in = неизвестное значение `{ $found }` для `{ $outer }`; ожидалось одно из: { $expected }
load-ron-unknown-field = неизвестное поле `{ $found }`; ожидалось одно из: { $expected }
load-ron-unknown-field-in = неизвестное поле `{ $found }` в `{ $outer }`; ожидалось одно из: { $expected }
load-ron-missing-field = нет поля `{ $field }`
load-ron-missing-field-in = нет поля `{ $field }` в `{ $outer }`
load-ron-duplicate-field = поле `{ $field }` встречается дважды
load-ron-duplicate-field-in = поле `{ $field }` встречается дважды в `{ $outer }`
load-import-kind = файлы такого вида не импортируются; используйте один из: { $kinds }
load-markdown-no-diagram = диаграмма пути пользователя Mermaid не найдена: ожидался блок ```mermaid, начинающийся с `journey`
load-csv-unclosed-quote = кавычка в начале этой ячейки не закрыта, и весь остаток файла стал бы одной ячейкой; закройте её ещё одной " (кавычка внутри ячейки в кавычках пишется "")
load-csv-unreadable-row = строку CSV не удаётся прочитать: { $detail }
load-csv-empty = файл пуст; ожидалась первая строка с названием карты и названиями этапов: `Название карты,Этап 1,Этап 2`
load-csv-no-stages = в первой строке после названия карты нужны названия этапов: `Название карты,Этап 1,Этап 2`
load-csv-short-row = в этой строке { $cells } ячеек, а в первой — { $width } (название дорожки и по одной на этап); добавьте недостающие ячейки
load-csv-past-last-stage = эта ячейка правее последнего этапа (в первой строке этапов: { $stages })
load-csv-no-lane-title = в первой ячейке строки нужно название дорожки
load-csv-line-holds-nothing = «{ $line }» — линия сервис-блюпринта, в ней ничего не бывает; найдено «{ $found }»
load-csv-expected-number = ожидалось число для «{ $lane }» на этапе «{ $stage }», найдено «{ $found }»
load-csv-emotion-scale = значение эмоции { $value } не укладывается в шкалу дорожки { $scale }: все значения одной дорожки должны быть в пределах −2…2, 1…5 или 1…10
save-failed = Не удалось сохранить { $file }: { $reason }. Прежний файл, если он был, не изменён.
save-reason-read-only = папка или файл доступны только для чтения
save-reason-folder = по этому пути находится папка
save-reason-no-folder = такой папки нет
save-reason-disk-full = диск заполнен
photo-unreadable = файл не читается: { $detail }
photo-not-an-image = это не изображение, которое journeymap может прочитать ({ $detail })
picture-refused = { $file }: { $why }
picture-refused-pasted = вставленное изображение: { $why }
# Importing Mermaid journey diagrams.
load-mermaid-acc-descr-open = `accDescr {"{"}` не закрыт: после описания ожидается `{"}"}`
load-mermaid-no-header = ожидалось `journey` в начале диаграммы Mermaid user journey, а найдено «{ $found }»
load-mermaid-front-matter-open = блок front matter, который начинается здесь, не закрыт строкой `---`
load-mermaid-no-diagram = диаграммы нет: ожидается диаграмма Mermaid user journey, начинающаяся с `journey`
load-mermaid-semicolon = в диаграмме journey нельзя использовать `;`; точку с запятой в названии записывают как #59;
load-mermaid-name-missing = после `{ $word }` нужно название, например "{ $word } Go to work"
load-mermaid-section-colon = в названии `section` не может быть `:`; двоеточие записывают как #58;
load-mermaid-task-no-score = в строке задачи нужна оценка: "{ $task }: 5: Actor" (или здесь имелось в виду `section` или `title`?)
load-mermaid-task-no-name = перед `:` у задачи должно быть название, например `Заварить чай: 5: Я`
load-mermaid-task-score-missing = в строке задачи после `:` нужна оценка: "{ $name }: 5: Actor"
load-mermaid-third-colon = Mermaid не учитывает то, что идёт после третьего `:` в строке задачи (":{ $rest }"), и этот импорт тоже; двоеточие в названии записывают как #58;
load-mermaid-score-nan = оценка «{ $score }» — не число (Mermaid рисует эту задачу без смайлика); карточка не получает значения на кривой эмоций, а в её заметке остаётся "score: { $score }"
load-mermaid-score-fraction = оценка { $score } — не целое число; на кривой эмоций стоит { $value }, ближайшее возможное значение, а в заметке карточки остаётся "score: { $score }"
load-mermaid-score-above = оценка { $score } больше { $max }, верхней границы шкалы кривой { $min }–{ $max }; на кривой эмоций стоит { $value }, ближайшее возможное значение, а в заметке карточки остаётся "score: { $score }"
load-mermaid-score-below = оценка { $score } меньше { $min }, нижней границы шкалы кривой { $min }–{ $max }; на кривой эмоций стоит { $value }, ближайшее возможное значение, а в заметке карточки остаётся "score: { $score }"
load-mermaid-scale-ten = есть оценки выше 5 (здесь { $score }), поэтому кривая эмоций использует шкалу 1–10
# Importing customer reviews (CSV, Excel, JSON).
load-reviews-no-rows = в файле нет строк; ожидается строка заголовков (например, `Date;Author;Rating;Review`) и по строке на каждый отзыв
load-reviews-quote-open = кавычка, которой начинается ячейка в этой строке, не закрыта, и весь остаток файла стал бы одним отзывом; закройте её ещё одной " (кавычку внутри ячейки в кавычках записывают как "")
load-reviews-csv-row = не удаётся прочитать строку CSV: { $detail }
load-reviews-no-text-column = ни в одном столбце нет текста отзыва; столбцы: { $columns }; укажите нужный с помощью --columns text=ИМЯ (или его номера)
load-reviews-rating-unread = не удалось прочитать оценку: строка { $rows } ({ $text }); этот отзыв импортирован без оценки
load-reviews-ratings-unread = не удалось прочитать оценки ({ $n }): строки { $rows } (первая — { $text }); эти отзывы импортированы без оценки
load-reviews-date-unread = journeymap не распознаёт формат даты: строка { $rows } ({ $text }); дата сохранена как есть
load-reviews-dates-unread = journeymap не распознаёт формат дат ({ $n }): строки { $rows } (первая — { $text }); даты сохранены как есть
load-reviews-json-invalid = некорректный JSON: { $detail }
load-reviews-json-no-array = в JSON нет массива отзывов; ожидается [{"{"}"text": …, "rating": …{"}"}, …] или {"{"}"reviews": [{"{"}…{"}"}, …]{"}"}
load-reviews-json-element-null = элемент { $n } массива — null, а не объект с полями отзыва
load-reviews-json-element-boolean = элемент { $n } массива — логическое значение, а не объект с полями отзыва
load-reviews-json-element-number = элемент { $n } массива — число, а не объект с полями отзыва
load-reviews-json-element-string = элемент { $n } массива — строка, а не объект с полями отзыва
load-reviews-json-element-array = элемент { $n } массива — массив, а не объект с полями отзыва
load-reviews-json-element-object = элемент { $n } массива — объект, но не объект с полями отзыва
load-reviews-json-value-expected = здесь ожидается значение JSON
load-reviews-json-comma-expected = здесь ожидается `,` или конец списка
load-reviews-json-empty = в массиве нет отзывов; ожидаются объекты вида {"{"}"text": "…", "rating": 5{"}"}
load-reviews-file-kind = из файлов этого типа отзывы не импортируются; подходят: .{ $extensions }
load-reviews-xlsx-unreadable = не удаётся прочитать книгу Excel ({ $detail }); сохраните её в Excel как .xlsx или как «CSV UTF-8»
load-reviews-xlsx-no-sheet = в книге нет ни одного листа
load-reviews-xlsx-sheet-unreadable = не удаётся прочитать первый лист: { $detail }
read-not-found = не удаётся открыть: такого файла нет
read-no-permission = не удаётся открыть: нет прав на чтение этого файла
read-cannot-open = не удаётся открыть: { $detail }
read-folder = это папка, а не { $what ->
        [map] файл карты
        [import] файл для импорта
        [reviews] файл отзывов
       *[picture] изображение
    }
read-not-regular = это не обычный файл ({ $type ->
        [fifo] FIFO, именованный канал
        [socket] сокет
        [device] устройство
       *[other] не файл с данными
    }); укажите { $what ->
        [map] файл карты
        [import] файл для импорта
        [reviews] файл отзывов
       *[picture] изображение
    }
read-too-big = размер { $size } МБ; { $what ->
        [map] файлы карт
        [import] импортируемые файлы
        [reviews] файлы отзывов
       *[picture] изображения
    } ограничены { $limit } МБ
read-grew-too-big = размер больше { $limit } МБ; { $what ->
        [map] файлы карт
        [import] импортируемые файлы
        [reviews] файлы отзывов
       *[picture] изображения
    } ограничены { $limit } МБ
read-failed = не удаётся прочитать: { $detail }
card-picture-missing = Файла изображения нет: на карточке показана заглушка.
export-unknown-comparison = { $file }: неизвестный формат сравнения; укажите имя файла .png, .svg или .md
export-unknown-format = { $file }: неизвестный формат экспорта; укажите имя файла .svg, .png или .pdf
export-scale-range = масштаб { $scale } вне допустимого диапазона; используйте от 1 до 4
export-write-failed = не удалось записать { $file }: { $detail }; на диске ничего не изменилось
export-too-big-at-scale = изображение было бы { $width } × { $height } пикс., больше предела в { $side } пикс. по стороне и { $megapixels } мегапикселей; экспортируйте с масштабом { $scale } или меньше либо в SVG
export-too-big = изображение было бы { $width } × { $height } пикс., больше предела в { $side } пикс. по стороне и { $megapixels } мегапикселей даже при наименьшем масштабе ({ $scale }); экспортируйте карту в SVG
export-pdf-empty = карта пуста: страниц для PDF нет

# --- hardening: outputs, review files, merges ---
save-reason-not-regular = это { $kind ->
        [fifo] именованный канал (FIFO)
        [socket] сокет
        [device] устройство
       *[other] не обычный файл
    }, такое никогда не заменяется файлом
export-not-regular = { $file } — { $kind ->
        [fifo] именованный канал (FIFO)
        [socket] сокет
        [device] устройство
       *[other] не обычный файл
    }, а не обычный файл: он никогда не заменяется; ничего не записано
load-reviews-too-wide = в этой строке { $columns } столбцов — больше, чем { $limit }, допустимых в электронной таблице; это не выгрузка отзывов
load-reviews-too-many-rows = в файле больше { $limit } строк; за один импорт можно добавить не больше { $limit } отзывов: разделите выгрузку на файлы поменьше
load-reviews-too-many-cells = в файле больше { $limit } заполненных ячеек; это не выгрузка отзывов — или разделите её на файлы поменьше
load-reviews-xlsx-too-big = книга распаковывается в объём больше, чем бывает у выгрузки отзывов (часть { $part }: не больше { $limit } МБ каждая, { $total } МБ всего); сохраните её как «CSV UTF-8» и импортируйте его
load-reviews-map-too-big = с этими отзывами карта заняла бы около { $size } МБ — больше { $limit } МБ, допустимых для файла карты; импортируйте меньше отзывов или заведите для них отдельную карту
problem-quote-rating = оценка у цитаты карточки { $card } была непригодна: удалена или исправлена
export-pdf-poster-too-big = в натуральную величину карта { $width } × { $height } м — больше { $limit } м, допустимых для страницы PDF (программы просмотра её не откроют или обрежут); уместите её на один лист (--page a0) или напечатайте на нескольких листах (--tile a3)
export-pdf-too-many-sheets = при масштабе { $scale } понадобится { $rows } × { $columns } = { $sheets } листов { $paper }, больше { $limit }; уменьшите --scale или возьмите лист крупнее
reviews-reading-title = Чтение отзывов
reviews-reading-body = { $file }… { $seconds } с
# --- trust: editing and canvas ---
point-choice-title = Чья это эмоция?
present-scroll-keys = Стрелки вниз / вверх или колесо мыши — прокрутить этап
# --- trust: words and windows ---
versions-quoted = «{ $text }»
versions-value-empty = (пусто)
versions-name-stage = этап { $n } { $name }
versions-name-lane = дорожка { $name }
versions-name-card = карточка { $text } ({ $lane }, { $stage })
versions-name-persona = персона «{ $name }»
versions-name-review = отзыв { $text }
versions-name-comment = комментарий { $text } ({ $author })
versions-name-curve = кривая «{ $persona }» в дорожке { $lane }
versions-name-emotion = эмоция «{ $persona }» в дорожке { $lane }, этап { $stage }
versions-name-metric = { $lane }, этап { $stage }
versions-list-stages = порядок этапов
versions-list-lanes = порядок дорожек
versions-list-personas = порядок персон
versions-list-reviews = порядок отзывов
versions-list-comments = порядок комментариев
versions-list-cards = порядок карточек в дорожке { $lane }
versions-list-curves = порядок кривых в дорожке { $lane }
versions-list-other = порядок элементов
versions-value-deleted = удалено
versions-value-kept = оставлено и изменено
versions-value-auto-colour = автоматический
versions-value-everyone = все клиенты
versions-value-whole-map = вся карта
versions-value-quote = { $quote } ({ $source })
versions-value-yes = да
versions-value-no = нет
versions-moved-to = перемещено в { $new } (из { $old })
conflicts-ours-label = Наша:
conflicts-theirs-label = Их:
versions-field-age = возраст
versions-field-kind = вид дорожки
versions-field-scale = шкала
versions-field-collapsed = свёрнута
versions-field-metric-style = вид графика
versions-field-on = к чему
versions-field-reply-to = ответ на
versions-field-goal = цель
versions-field-scenario = сценарий
versions-field-expectations = ожидания
versions-field-review = отзыв
versions-field-accessible-title = название для экранного диктора
command-toggle-inspector = Инспектор
command-toggle-inspector-tip = Свернуть инспектор, чтобы карте было больше места, или показать его снова
key-enter = Enter
key-tab = Tab
key-space = Пробел
key-delete = Delete
key-backspace = Backspace
key-home = Home
key-end = End
key-page-up = Page Up
key-page-down = Page Down
files-name-damaged = Окно выбора файла вернуло искажённое имя ({ $name }): под ним ничего не сохранено. Выберите файл здесь.
compare-measure = Эмоция — среднее кривых эмоций этапа в процентах от шкалы: 0 % — хуже всего, 100 % — лучше всего, 50 % — нейтрально.
compare-best = лучше всего 100 %
compare-worst = хуже всего 0 %
comments-why-no-text = Сначала напишите комментарий.
comments-author-check = Этим именем подписываются ваши комментарии; исправьте его, если коллеги знают вас иначе.
notice-deleted-stage-cards = { $n ->
    [one] Этап «{ $name }» удалён вместе с { $n } карточкой
   *[other] Этап «{ $name }» удалён вместе с { $n } карточками
}
notice-undo = Отменить
start-recent-where = в папке { $folder } · изменён { $when }
start-recent-forget = Убрать из списка
start-recent-forget-tip = Файла больше нет на месте: убрать его из недавних (ничего не удаляется)
export-pdf-sheets = { $n ->
    [one] Карта займёт { $n } лист; самый мелкий текст — { $size } пт.
    [few] Карта займёт { $n } листа (сетка { $rows } × { $columns }), их нужно склеить; самый мелкий текст — { $size } пт.
   *[other] Карта займёт { $n } листов (сетка { $rows } × { $columns }), их нужно склеить; самый мелкий текст — { $size } пт.
}
export-pdf-too-small-before = На этом листе самый мелкий текст будет { $size } пт — это слишком мелко, чтобы читать. Выберите лист больше или печать на нескольких листах.
export-pdf-text-size = Самый мелкий текст — { $size } пт.
key-left = Стрелка влево
key-right = Стрелка вправо
key-up = Стрелка вверх
key-down = Стрелка вниз
versions-was = было
versions-now = стало
versions-value-not-given = не указан
