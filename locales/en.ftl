# journeymap — English.
# Every user-visible string of the app, and the default texts written into
# maps and exports. Keys are the same in en.ftl, ru.ftl and lv.ftl (a test
# checks it).

app-name = journeymap

## Content written into maps: default titles (they follow the map's language)

lane-kind-actions = Actions
lane-kind-thoughts = Thoughts
lane-kind-emotions = Emotions
lane-kind-touchpoints = Touchpoints
lane-kind-pains = Pains
lane-kind-opportunities = Opportunities
lane-kind-physical-evidence = Physical evidence
lane-kind-frontstage = Frontstage actions
lane-kind-backstage = Backstage actions
lane-kind-support-processes = Support processes
lane-kind-people = People
lane-kind-policies = Policies
lane-kind-technology = Technology
lane-kind-metric = Metric
lane-kind-line-of-interaction = Line of interaction
lane-kind-line-of-visibility = Line of visibility
lane-kind-line-of-internal-interaction = Line of internal interaction
lane-kind-custom = Notes

channel-website = Website
channel-mobile-app = Mobile app
channel-social-media = Social media
channel-advertising = Advertising
channel-email = Email
channel-phone = Phone / call centre
channel-chat = Chat / messenger
channel-store = Store / office
channel-event = Event
channel-word-of-mouth = Word of mouth
channel-review-sites = Review sites
channel-other = Other

confidence-observed = Observed
confidence-assumed = Assumed
confidence-proposed = Proposed

hue-blue = Blue
hue-teal = Teal
hue-green = Green
hue-lime = Lime
hue-yellow = Yellow
hue-orange = Orange
hue-red = Red
hue-pink = Pink
hue-purple = Purple
hue-gray = Gray

metric-style-bars = Bars
metric-style-line = Line
metric-style-funnel = Funnel

# A new stage: "Stage 4".
default-stage-name = Stage { $n }
default-persona-name = Persona { $n }
untitled-map = Untitled map
unassigned-stage = Unassigned
# The footer of an exported picture.
export-footer = { $title }  ·  { $date }  ·  made with journeymap

## Counts

count-cards = { $n ->
    [one] { $n } card
   *[other] { $n } cards
}

## Templates: the start screen and `journeymap templates`

template-current-state-title = Current state
template-current-state-description = What customers do, think and feel with you today
template-day-in-the-life-title = Day in the life
template-day-in-the-life-description = Everything a person does in an area of life, with you or not
template-future-state-title = Future state
template-future-state-description = The experience you intend to create
template-service-blueprint-title = Service blueprint
template-service-blueprint-description = A journey with the frontstage, backstage and support processes beneath it
template-blank-title = Blank map
template-blank-description = Three empty stages and the six core lanes, to start from scratch
