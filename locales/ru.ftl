# journeymap — русский.
# Все строки интерфейса и тексты по умолчанию, которые попадают в карты и
# экспорт. Ключи те же, что в en.ftl и lv.ftl (это проверяет тест).

app-name = journeymap

## Тексты в картах: названия по умолчанию (на языке карты)

lane-kind-actions = Действия
lane-kind-thoughts = Мысли
lane-kind-emotions = Эмоции
lane-kind-touchpoints = Точки контакта
lane-kind-pains = Боли
lane-kind-opportunities = Возможности
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
unassigned-stage = Без этапа
export-footer = { $title }  ·  { $date }  ·  сделано в journeymap

## Счётчики

count-cards = { $n ->
    [one] { $n } карточка
    [few] { $n } карточки
   *[many] { $n } карточек
}

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
template-blank-description = Три пустых этапа и шесть основных слоёв, чтобы начать с нуля
