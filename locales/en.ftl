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
lane-kind-storyboard = Storyboard
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
# The footer of an exported picture.
export-footer = { $title }  ·  { $date }  ·  made with journeymap

## Counts

count-cards = { $n ->
    [one] { $n } card
   *[other] { $n } cards
}

## Commands: menu labels and tooltips (command-NAME, command-NAME-tip)

command-new-map = New from template…
command-open = Open file…
command-import = Import Mermaid, Markdown or CSV…
command-save = Save
command-save-as = Save as…
command-export = Export…
command-compare-with = Compare with a future-state map…
command-close-map = Close map
command-quit = Quit
command-undo = Undo
command-redo = Redo
command-cut = Cut
command-copy = Copy
command-paste = Paste
command-select-all = Select all cards
command-deselect = Clear selection
command-delete = Delete selection
command-duplicate = Duplicate
command-add-stage = Add stage
command-add-persona = Add persona
command-zoom-in = Zoom in
command-zoom-out = Zoom out
command-zoom-reset = Zoom to 100 %
command-zoom-fit = Zoom to fit
command-toggle-heat = Heat colouring of touchpoints
command-toggle-confidence-counts = Confidence counts in stage headers
command-show-all = Show all cards
command-priorities = Touchpoint priorities
command-toggle-theme = Dark theme
command-help = Keyboard shortcuts

command-new-map-tip = Go to the start screen to pick a template
command-open-tip = Open a journeymap map (.ron)
command-import-tip = Read a Mermaid journey, a Markdown file or a spreadsheet as a new map
command-save-tip = Save the map to its file
command-save-as-tip = Save the map to a new file
command-export-tip = Write the map as a picture (PNG, SVG) or as Mermaid, CSV or Markdown
command-compare-with-tip = Open a future-state map against this one: stages matched by name, curves overlaid
command-close-map-tip = Close the map and go back to the start screen
command-quit-tip = Close journeymap
command-undo-tip = Take back the last change
command-redo-tip = Make the change again
command-cut-tip = Copy the selected cards and delete them
command-copy-tip = Copy the selected cards (they paste into any map, or as text)
command-paste-tip = Paste cards, or one card per line of text
command-select-all-tip = Select every card of the map
command-deselect-tip = Select nothing
command-delete-tip = Delete the selected cards, stage, lane or persona
command-duplicate-tip = Put a copy of each selected card right after it
command-add-stage-tip = Add a stage at the end of the journey
command-add-lane-tip = Add a lane of this kind at the bottom
command-add-persona-tip = Add a persona, with a curve in every emotion lane
command-zoom-in-tip = Zoom in
command-zoom-out-tip = Zoom out
command-zoom-reset-tip = Show the map at its real size
command-zoom-fit-tip = Show the whole map
command-toggle-heat-tip = Colour rated touchpoints from calm to hot by importance
command-toggle-confidence-counts-tip = Count the cards of each stage by confidence
command-show-all-tip = Stop dimming cards (clear the persona and confidence filters)
command-priorities-tip = Rated touchpoints ranked by importance and pain
command-toggle-theme-tip = Switch between the light and the dark theme
command-help-tip = List every keyboard shortcut

## Undo steps (named in Edit → Undo/Redo and the status bar): step-NAME

step-add-card = Add card
step-add-curve = Add curve
step-add-lane = Add lane
step-add-persona = Add persona
step-add-quote = Add quote
step-add-stage = Add stage
step-change-emotion = Change emotion
step-clear-emotion = Clear emotion
step-cut = Cut
step-delete-card = Delete card
step-delete-cards = Delete cards
step-delete-lane = Delete lane
step-delete-persona = Delete persona
step-delete-stage = Delete stage
step-duplicate-card = Duplicate card
step-duplicate-cards = Duplicate cards
step-edit-card = Edit card
step-edit-lens = Edit lens
step-edit-persona = Edit persona
step-edit-quote = Edit quote
step-edit-stage = Edit stage
step-edit-text = Edit text
step-edit-title = Edit title
step-move-card = Move card
step-move-cards = Move cards
step-move-lane = Move lane
step-move-stage = Move stage
step-paste = Paste
step-rate-touchpoint = Rate touchpoint
step-remove-curve = Remove curve
step-remove-photo = Remove photo
step-remove-quote = Remove quote
step-rename-lane = Rename lane
step-set-card-colour = Set card colour
step-set-confidence = Set confidence
step-set-emotion = Set emotion
step-set-metric = Set metric
step-set-persona-colour = Set persona colour
step-set-stage-colour = Set stage colour
step-set-unit = Set unit
step-tag-card = Tag card
step-set-photo = Set photo
step-set-picture = Set picture
step-relink-pictures = Relink pictures
step-set-channel = Set channel
step-set-lane-colour = Set lane colour
step-collapse-lane = Collapse lane
step-change-scale = Change scale
step-change-metric-style = Change metric style

## Menus and status bar

menu-file = File
menu-new-from-template = New from template
menu-open-recent = Open recent
menu-edit = Edit
menu-view = View
menu-help = Help
menu-add-lane = Add lane
menu-language = Language
menu-undo-step = Undo { $step }
menu-redo-step = Redo { $step }
status-fit = Fit

## Dialogs

chooser-open = Open a map
chooser-save-as = Save the map as
chooser-import = Import a file
chooser-compare = Compare with a future-state map
chooser-photo = Choose a photo
chooser-export = Export to
chooser-why = The system's file dialog could not open here (no desktop portal or zenity), so choose the file in this window.
chooser-folder = Folder
chooser-up = Up
chooser-file-name = File name
chooser-empty = No folders or matching files here
chooser-cannot-list = Cannot list the folder { $folder }: { $error }
chooser-name-needed = Type a file name, or pick one in the list
chooser-no-file = There is no file { $file }
chooser-no-folder = There is no folder { $folder }
chooser-replace = { $file } already exists. Press { $button } again to replace it.
button-open = Open
button-ok = OK
button-save = Save
button-dont-save = Don't save
button-cancel = Cancel
button-close = Close
button-restore = Restore
button-discard = Discard
error-title = Something went wrong
error-map-unchanged = Your open map was not changed.
confirm-title = Save changes to { $name }?
confirm-body = Your changes will be lost if you don't save them.
help-title = Keyboard shortcuts
help-or = {"  "}or{"  "}
help-add-card = Add a card
help-add-card-how = Double-click an empty cell, or click its +
help-edit-card = Edit a card
help-edit-card-how = Double-click it (Enter commits, Esc cancels)
help-select-many = Select several cards
help-select-many-how = Ctrl- or Shift-click them, or Shift-drag a rectangle
help-move-cards = Move cards
help-move-cards-how = Drag them to another cell
help-reorder = Reorder stages and lanes
help-reorder-how = Drag a stage header or a lane title
help-pan = Pan
help-pan-how = Drag the canvas, or scroll
help-zoom = Zoom
help-zoom-how = Ctrl + scroll, or pinch
help-open = Open a map
help-open-how = Drop a .ron file on the window
recovery-title = Restore unsaved work?
recovery-body = journeymap did not close normally. A copy of “{ $title }” with unsaved changes was kept at { $when }.
recovery-from = From: { $file }
recovery-never-saved = a map that was never saved
window-compare = Current vs future

## View filter

filter-show-persona = Show persona
filter-all-personas = All personas
filter-show-confidence = Show confidence
filter-all-cards = All cards
filter-showing = Showing: { $what }
filter-show-all = Show all

## Touchpoint priorities

priorities-score-rule = Score = importance × (1 + pain cards in the stage)
priorities-none = No rated touchpoints yet: select a touchpoint and tick “Rate impact and importance”.
priorities-rank = #
priorities-touchpoint = Touchpoint
priorities-stage = Stage
priorities-importance = Importance
priorities-impact = Impact
priorities-score = Score
priorities-negative-reviews = Negative reviews
priorities-negative-reviews-tip = Reviews of 1–2 stars sorted into this touchpoint's stage
priorities-score-value = { $score } ({ $pains ->
    [one] { $pains } pain
   *[other] { $pains } pains
})

## Messages

error-recovery-unreadable = A recovery copy was found but cannot be read: { $error }
notice-recovery-failed = Could not write the recovery copy: { $error }
notice-restored = Restored unsaved work from { $when }
notice-undid = Undid: { $step }
notice-redid = Redid: { $step }
notice-nothing-to-undo = Nothing to undo
notice-nothing-to-redo = Nothing to redo
notice-cut = Cut { $n ->
    [one] { $n } card
   *[other] { $n } cards
}
notice-copied = Copied { $n ->
    [one] { $n } card
   *[other] { $n } cards
}
notice-selected = Selected { $n ->
    [one] { $n } card
   *[other] { $n } cards
}
notice-opened = Opened { $file }
notice-opened-repaired = Opened { $file } — { $n ->
    [one] { $n } problem repaired
   *[other] { $n } problems repaired
}: { $first }
error-open = Could not open the map.
    
    { $error }
notice-new-from-template = New map from the “{ $template }” template
error-template = The template is broken: { $error }
notice-saved = Saved { $file }
notice-imported = Imported { $file }
error-import = Could not import the file.
    
    { $error }
export-pdf-pages = PDF pages
export-pdf-poster = One page the size of the map
export-pdf-fit = Fitted on one { $paper } sheet
export-pdf-tiles = Tiled over { $paper } sheets, true size
export-pdf-best-fit = Best fit
export-pdf-portrait = Portrait
export-pdf-landscape = Landscape
export-pdf-tile-size = Size
export-export-pdf = Export PDF…
files-pdf-document = PDF document
pdf-small-text = The smallest text prints at { $size } pt, too small to read well (below 6 pt). Choose a larger sheet, or tile the map over several sheets.
command-select-left = Select the card to the left
command-select-left-tip = The nearest card in the previous stage of the same lane
command-select-right = Select the card to the right
command-select-right-tip = The nearest card in the next stage of the same lane
command-select-up = Select the card above
command-select-up-tip = The card above in the cell, then in the lanes above
command-select-down = Select the card below
command-select-down-tip = The card below in the cell, then in the lanes below
command-select-next-card = Next card
command-select-next-card-tip = The next card in reading order: stage by stage, lane by lane
command-select-previous-card = Previous card
command-select-previous-card-tip = The previous card in reading order
command-first-stage = Go to the first stage
command-first-stage-tip = A card of the first stage, in the same lane when it has one
command-last-stage = Go to the last stage
command-last-stage-tip = A card of the last stage, in the same lane when it has one
command-edit-card = Edit the selected card
command-edit-card-tip = Type the card's text in place on the canvas
command-move-left = Move cards to the previous stage
command-move-left-tip = Move the selected cards one stage to the left (one undo step)
command-move-right = Move cards to the next stage
command-move-right-tip = Move the selected cards one stage to the right (one undo step)
command-move-up = Move cards to the lane above
command-move-up-tip = Move the selected cards into the card lane above (one undo step)
command-move-down = Move cards to the lane below
command-move-down-tip = Move the selected cards into the card lane below (one undo step)
command-zoom-to-selection = Zoom to selection
command-zoom-to-selection-tip = Fill the view with the selected cards, stage, lane or persona
command-command-palette = Command palette…
command-command-palette-tip = Find any command by typing part of its name
palette-title = Run a command
palette-hint = Type part of a command's name
palette-none = No command matches
command-present = Present
command-present-tip = Full screen, stage by stage: Right arrow or Space for the next, Left arrow back, Esc to leave
present-position = stage { $stage } of { $stages }
present-keys = Right arrow or Space: next · Left arrow: back · Home / End: first / last · Esc: leave
legend-heading = Legend
legend-evidence = Evidence quotes (count)
legend-importance = Importance { $n }
export-legend = Legend of markers and colours
command-toggle-legend = Legend
command-toggle-legend-tip = Show what the markers, channel icons and heat colours mean, under the grid (exports can include it)
command-find = Find…
command-find-tip = Find text in cards, notes, quotes, stages, lanes and personas
context-move-to-stage = Move to stage
context-add-stage-before = Add stage before
context-add-stage-after = Add stage after
context-add-lane-above = Add lane above
context-add-lane-below = Add lane below
context-add-card-here = Add card here
empty-heading = This map has no cards yet
empty-step-stage = Add the stages of the journey (Edit menu, Add stage); name each in the inspector
empty-step-card = Double-click a cell to add a card there, and type
empty-step-import = Or import a spreadsheet, a Mermaid diagram or a Markdown file you already have
empty-add-stage = Add a stage now
empty-import = Import a file…
search-find = Find
search-hint = Text in cards, notes, quotes, names
search-count = { $current } of { $total }
search-none = No matches
search-previous = Previous match (Shift+Enter)
search-next = Next match (Enter)
search-previous-button = Previous
search-next-button = Next
search-close = Close (Esc)
pdf-page-number = Page { $page } of { $pages }
pdf-persona-goals = Goals
pdf-persona-frustrations = Frustrations
pdf-outline-personas = Personas
export-persona-pages = Persona pages (PDF)
pdf-tile-label = row { $row } · column { $column } of { $rows } × { $columns }
pdf-outline-map = Map
pdf-outline-evidence = Evidence
text-cut = [cut here: { $count } more characters are in the map but not drawn]
warning-import-title = { $count ->
    [one] Imported, with one thing to check
   *[other] Imported, with { $count } things to check
}
error-photo = Cannot use { $file } as a photo: { $error }
photo-not-a-file = not a regular file
photo-too-large = { $mb } MB, more than the { $limit } MB a photo may have
photo-too-many-pixels = { $width } × { $height } px, more than a photo may have ({ $side } px a side, { $megapixels } megapixels)
error-compare = Could not open the map to compare with.
    
    { $error }
notice-exported = Exported { $file }
notice-exported-outside-photos-embedded = Exported { $file }. Photos and pictures from outside the map's folder were embedded: { $photos }
notice-exported-outside-photos-left-out = Exported { $file }. Photos and pictures from outside the map's folder were left out: { $photos }
error-export = Export failed: { $error }
count-stages = { $n ->
    [one] { $n } stage
   *[other] { $n } stages
}
count-lanes = { $n ->
    [one] { $n } lane
   *[other] { $n } lanes
}
count-personas = { $n ->
    [one] { $n } persona
   *[other] { $n } personas
}
count-observed = { $n } observed
count-assumed = { $n } assumed
count-proposed = { $n } proposed

## Inspector, export dialog, file dialogs

export-export-picture = Export picture
export-png-scale = PNG scale
export-theme = Theme
export-light = Light
export-dark = Dark
export-svg-text = SVG text
export-convert-text-to-shapes = Convert text to shapes
export-include = Include
export-evidence-appendix = Evidence appendix
export-heat-colouring-of-touchpoints = Heat colouring of touchpoints
export-confidence-counts-in-stage-headers = Confidence counts in stage headers
export-leave-out-outside-photos = Leave out photos from outside the map's folder
export-leave-out-outside-photos-tip = A map can name any image on this computer (../, another folder, a link out). Left out, a persona's initials or a card picture's placeholder are drawn instead.
export-png-at-2-is-crisp-on = PNG at 2× is crisp on slides. SVG keeps text editable unless converted.
export-export-png = Export PNG…
export-export-svg = Export SVG…
export-as-text-for-wikis-docs-and = As text, for wikis, docs and spreadsheets
export-mermaid = Mermaid…
export-a-mermaid-user-journey-diagram-mmd = A Mermaid user-journey diagram (.mmd)
export-csv = CSV…
export-the-grid-as-a-spreadsheet-utf = The grid as a spreadsheet, UTF-8 with BOM for Excel
export-markdown = Markdown…
export-a-table-for-wikis-and-pull = A table for wikis and pull requests (.md)
export-cancel = Cancel
card-tip-confidence = Confidence: { $confidence } (the dot is filled when observed, a ring otherwise; proposed cards have a dashed border)
card-tip-evidence = { $n ->
    [one] One evidence quote (the badge); the inspector lists it
   *[other] { $n } evidence quotes (the badge); the inspector lists them
}
card-tip-channel = Channel: { $channel } (the icon)
card-tip-rating = Impact { $impact } of 5 · importance { $importance } of 5 (heat colours by importance)
card-card = Card
card-text = Text
card-note = Note
card-confidence = Confidence
card-colour = Colour
card-lane-colour = Lane colour
card-channel = Channel
card-none = None
card-duplicate = Duplicate
card-delete-card = Delete card
card-ctrl-shift-click-adds-or-removes = Ctrl/Shift-click adds or removes cards; Shift-drag on the canvas selects a rectangle.
card-set = Set…
card-delete-cards = Delete cards
card-quote = Quote
card-source = Source
card-date = Date
card-author = Author
card-quote-rating = Rated { $value } on { $scale } (from a review)
card-link = Link
card-remove-quote = Remove quote
card-add-quote = Add quote
card-about-none-everyone = About (none: everyone)
card-rate-impact-and-importance = Rate impact and importance
card-impact = Impact
card-importance = Importance
stage-stage = Stage
stage-cards-in-this-stage-by-confidence = Cards in this stage by confidence
stage-name = Name
stage-description = Description
stage-colour = Colour
stage-automatic = Automatic
stage-move-left = Move left
stage-move-right = Move right
stage-add-stage-after = Add stage after
stage-delete-stage = Delete stage
stage-deletes-its-cards-too-undo-brings = Deletes its cards too (undo brings them back)
lane-lane = Lane
lane-title = Title
lane-colour = Colour
lane-default = Default
lane-collapsed = Collapsed
lane-scale = Scale
lane-move-up = Move up
lane-move-down = Move down
lane-delete-lane = Delete lane
lane-draw-as = Draw as
lane-unit = Unit
map-map = Map
map-title = Title
map-goal = Goal
map-scenario = Scenario
map-expectations = Expectations
map-accessible-title = Accessible title
map-add-lane = Add lane
map-double-click-an-empty-cell-to = Double-click an empty cell to add a card. Click a card, stage or lane title to edit it here.
persona-persona = Persona
persona-name = Name
persona-role-or-occupation = Role or occupation
persona-age = Age
persona-goals-one-per-line = Goals (one per line)
persona-frustrations-one-per-line = Frustrations (one per line)
persona-quote = Quote
persona-colour = Colour
persona-choose-photo = Choose photo…
persona-remove-photo = Remove photo
persona-delete-persona = Delete persona
persona-also-removes-their-emotion-curves-and = Also removes their emotion curves and card tags
persona-personas = Personas
curve-curve = Curve
curve-everyone-no-persona = Everyone (no persona)
curve-remove-curve = Remove curve
curve-add-point = Add point
files-png-image = PNG image
files-svg-image = SVG image
files-journey-map = Journey map
files-image = Image
files-mermaid-markdown-or-csv = Mermaid, Markdown or CSV
card-many-title = { $n ->
    [one] { $n } card
   *[other] { $n } cards
}
card-evidence-count = Evidence ({ $n })
curve-add-for = Add curve for { $name }
curve-add-point-at = Add a point at { $value }
persona-photo-unreadable = Photo { $photo } cannot be shown: { $error }
persona-edit-named = Edit { $name }
export-highlight-as-on-screen = Highlight as on screen ({ $what })
window-not-saved = { $title } (not saved)
command-language-tip = Use journeymap in this language

## Canvas, start screen, comparison window

canvas-empty-card = Empty card
canvas-card-text = Card text
canvas-emotion = Emotion
canvas-emotion-of = Emotion of { $name }
canvas-emotion-at = { $who } at { $stage }
canvas-emotion-value = { $who } at { $stage }: { $value }
canvas-add-card = Add card to { $lane } in { $stage }
canvas-add-card-tip = Add a card to { $lane } in { $stage }
start-tagline = Customer journey maps and service blueprints — offline, in files you own.
start-from-template = Start from a template
start-recent = Recent files
start-missing-file = { $name } (missing)
start-blank-preview = Blank
compare-heading = Current: { $current }   ·   Future: { $future }
compare-stage = Stage
compare-feeling-now = Feeling now
compare-feeling-future = Feeling future
compare-cards-now = Cards now
compare-cards-future = Cards future
compare-differences = Differences
compare-no-differences = No differences in stages or feelings.
compare-save-png = Save as PNG…
compare-save-png-tip = A picture for slides
compare-save-svg = Save as SVG…
compare-save-svg-tip = A picture to edit or print
compare-save-md = Save as Markdown…
compare-save-md-tip = A report for wikis and tickets
export-footer-highlighted = { $footer }  ·  highlighted: { $what }
export-excel-locale = Excel (ru/lv)…
export-excel-locale-tip = CSV as Excel opens it in Russian and Latvian locales: semicolons, decimal commas, UTF-8 with BOM
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
start-templates-language = Templates in:
start-templates-language-tip = The templates written in { $language }
notice-deleted-cards = Deleted { $n ->
    [one] { $n } card
   *[other] { $n } cards
}
notice-deleted-stage = Deleted stage “{ $name }”
notice-deleted-lane = Deleted lane “{ $name }”
notice-deleted-persona = Deleted persona { $name }

## Texts drawn into a map (in the map's language)

persona-quote-marks = “{ $quote }”
map-evidence-heading = Evidence
untitled-stage = Untitled stage
map-rating = Impact { $impact } · Importance { $importance }
curve-everyone = All customers
evidence-rating = rated { $value } on { $scale }
curve-reviews = Reviews (mean rating)
count-reviews = { $n ->
    [one] { $n } review
   *[other] { $n } reviews
}
stage-reviews-mean = { $reviews } · { $mean } of 5
map-lane-collapsed = collapsed
map-picture-none = No picture
compare-only-current = "{ $stage }" is only in the current state
compare-only-future = "{ $stage }" is new in the future state
compare-feels-better = "{ $stage }" feels better in the future state ({ $change } % of the scale)
compare-feels-worse = "{ $stage }" feels worse in the future state ({ $change } % of the scale)
compare-now = Now
compare-future = Future
compare-change = Change
compare-report-note = Feelings are the mean of every emotion curve, as a share of its scale.

## Repairs made when a map is opened

problem-unknown-language = unknown language “{ $code }”: English is used for default texts
problem-rating = a rating of card { $card } in lane “{ $lane }” was outside 1…5 and was brought into range
problem-review-rating = a rating of review { $review } could not be used and was removed or brought into range
problem-duplicate-id = id { $old } was used twice; the second one is now { $new }
problem-orphan-card = card { $card } in lane “{ $lane }” was in a stage that does not exist and was moved to a new stage
problem-series-persona = an emotion curve in lane “{ $lane }” belonged to a persona that does not exist; it now belongs to no persona
problem-emotion-stage = an emotion value in lane “{ $lane }” for a missing stage was dropped
problem-emotion-scale = emotion value { $value } in lane “{ $lane }” was outside the scale and is now { $clamped }
problem-metric-stage = a metric value in lane “{ $lane }” for a missing stage was dropped
problem-metric-nan = a metric value in lane “{ $lane }” was not a number and was dropped
problem-card-persona = card { $card } in lane “{ $lane }” was tagged with a persona that does not exist; the tag was removed
problem-hidden-cards = lane “{ $lane }” does not show cards; its cards ({ $n }) are kept but hidden
problem-hidden-emotions = lane “{ $lane }” is not an emotion lane; its emotion values are kept but hidden
problem-hidden-metrics = lane “{ $lane }” is not a metric lane; its metric values are kept but hidden
unassigned-stage = Unassigned

## Customer reviews: the evidence inbox
command-import-reviews = Import reviews…
command-import-reviews-tip = Bring customer reviews (CSV, Excel or JSON exports from Google Maps, Yandex Maps, 2GIS, app stores or a survey tool) into this map's evidence inbox
command-toggle-inbox = Reviews inbox
command-toggle-inbox-tip = Show the evidence inbox: every imported review, to search, filter and drag onto cards, cells and stages
command-toggle-review-stats = Review counts and curve
command-toggle-review-stats-tip = Show how many reviews each stage has and their mean rating, and the curve they give on emotion lanes (dashed)
command-adopt-review-curve = Adopt review curve
command-adopt-review-curve-tip = Set the emotion curve (of the selected persona, else the lane's first) to the mean ratings of each stage's reviews
inbox-title = Reviews
inbox-import = Import…
inbox-empty = No reviews yet. Import a CSV, Excel or JSON export of customer reviews (File: Import reviews…), or drop one on the window.
inbox-counts = { $total } in the inbox · { $unused } not yet used · { $shown } shown
inbox-search = Search reviews
inbox-filter-rating = Rating
inbox-filter-source = Source
inbox-filter-stage = Stage
inbox-rating-any = All ratings
inbox-rating-negative = 1–2 stars
inbox-rating-neutral = 3 stars
inbox-rating-positive = 4–5 stars
inbox-rating-none = No rating
inbox-source-any = All sources
inbox-stage-any = All stages
inbox-stage-unsorted = Not sorted
inbox-dates = Dates
inbox-unused-only = Not yet used on a card
inbox-selected = { $n ->
    [one] { $n } review selected
   *[other] { $n } reviews selected
}
inbox-add-to-card = Add to selected card
inbox-add-to-card-tip = Quote the selected reviews on the selected card
inbox-add-to-card-disabled = Select one card on the map first
inbox-sort-into = Sort into
inbox-unsort = Not sorted
inbox-accept-suggestions = Accept suggestions
inbox-accept-suggestions-tip = Sort each selected review into the stage suggested for it
inbox-delete = Delete
inbox-clear-selection = Clear selection
inbox-nothing-matches = No review matches these filters.
inbox-quoted-in = Quoted in: { $stage }
inbox-sorted-into = Sorted into: { $stage }
inbox-suggested = Suggested: { $stage }
inbox-accept = Accept
inbox-accept-tip = Sort this review into the suggested stage
inbox-no-suggestion = No stage suggested
inbox-row-tip = Click to select (Ctrl+click, Shift+click for more); drag onto a card, a cell or a stage header
inbox-dragging = { $n ->
    [one] { $n } review
   *[other] { $n } reviews
}
inbox-drop-card = { $n ->
    [one] Quote { $n } review on this card
   *[other] Quote { $n } reviews on this card
}
inbox-drop-cell = { $n ->
    [one] New card from { $n } review
   *[other] New card from { $n } reviews
}
inbox-drop-stage = { $n ->
    [one] Sort { $n } review into this stage
   *[other] Sort { $n } reviews into this stage
}
reviews-role-text = Review text
reviews-role-rating = Rating
reviews-role-date = Date
reviews-role-source = Source
reviews-role-author = Author
reviews-role-link = Link
reviews-columns-title = Columns of { $file }
reviews-columns-body = Say which column holds what. Only the review text is needed.
reviews-column-n = Column { $n }
reviews-column-none = (none)
reviews-preview = { $n ->
    [one] { $n } row; the first:
   *[other] { $n } rows; the first:
}
reviews-import-button = Import reviews
reviews-need-text = Choose the column that holds the review text
error-import-reviews = Could not import the reviews: { $error }
notice-reviews-imported = { $n ->
    [one] { $n } review imported
   *[other] { $n } reviews imported
} from { $file } ({ $duplicates } already in the map)
files-reviews = Review exports (CSV, Excel, JSON)
chooser-import-reviews = Import reviews
step-import-reviews = Import reviews
step-delete-reviews = Delete reviews
step-sort-reviews = Sort reviews
step-add-reviews-to-card = Add reviews to card
step-add-card-from-reviews = Add card from reviews
step-adopt-review-curve = Adopt review curve
export-review-stats = Review counts and curve
export-authors = Reviewers' names
export-authors-keep = As published
export-authors-initials = Initials only
export-authors-omit = Left out

## Versions: compare, merge, conflicts
command-compare-versions = Changes since another version…
command-compare-versions-tip = Open another copy of this map (an older commit, a colleague's copy) and list what changed since it, each change a link to its item
command-merge-with = Merge with…
command-merge-with-tip = Merge another copy of this map (a "conflicted copy" from a shared folder) into it: a preview first, then one undo step
chooser-compare-versions = Changes since another version
chooser-merge-with = Merge with a copy
versions-title = Changes since { $name }
versions-none = No changes: the maps are the same.
conflicts-title = Merge conflicts ({ $n })
conflicts-body = Both versions changed these differently. The map holds ours; choose for each.
conflicts-keep-ours = Keep ours
conflicts-take-theirs = Take theirs
merge-title = Merge with { $name }
merge-summary = { $changes ->
    [one] { $changes } change
   *[other] { $changes } changes
} to this map, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
} to resolve after.
merge-button = Merge
error-not-a-version = { $file } is not a version of this map: the two share no item
step-merge = Merge
step-resolve-conflict = Resolve conflict
versions-item-title = the title
versions-item-language = the language
versions-item-lens = the lens
versions-item-stage = stage { $id }
versions-item-lane = lane { $id }
versions-item-card = card { $id }
versions-item-persona = persona { $id }
versions-item-review = review { $id }
versions-item-comment = comment { $id }
versions-item-curve = a curve of lane { $lane }
versions-item-emotion = an emotion value (lane { $lane }, stage { $stage })
versions-item-metric = a metric value (lane { $lane }, stage { $stage })
versions-none-value = (none)
versions-added = Added: { $item }
versions-removed = Removed: { $item }
versions-reordered = Reordered: { $item }

## Comments
command-toggle-comments = Comments panel
command-toggle-comments-tip = Show or hide the threads of comments on this map
command-add-comment = Add comment
command-add-comment-tip = Comment on the selected card, stage or lane (or the map)
comments-title = Comments
comments-close = Close
comments-author = Your name
comments-author-hint = Shown on your comments
comments-author-needed = Enter your name in “Your name” first: comments are signed with it.
comments-new-on = New comment on { $item }
comments-new-hint = Write a comment… (Ctrl+Enter posts it)
comments-add = Comment
comments-add-tip = Post the comment (Ctrl+Enter)
comments-open-threads = { $count ->
    [one] 1 open thread
   *[other] { $count } open threads
}
comments-show-resolved = Show resolved ({ $count })
comments-none = No comments yet. Select a card, stage or lane and write one above.
comments-on-map = the map
comments-on-stage = stage "{ $name }"
comments-on-lane = lane "{ $name }"
comments-on-card = card "{ $name }"
comments-on-deleted-stage = a deleted stage
comments-on-deleted-lane = a deleted lane
comments-on-deleted-card = a deleted card
comments-show-tip = Select it on the map
comments-resolved = resolved
comments-reply-hint = Reply…
comments-reply = Reply
comments-resolve = Resolve
comments-resolve-tip = Mark the discussion settled; it leaves the list of open threads
comments-reopen = Reopen
comments-reopen-tip = Open the discussion again
comments-anonymous = (no name)
comments-edit = Edit
comments-save = Save
comments-cancel = Cancel
comments-delete = Delete
comments-delete-tip = Delete this reply (Ctrl+Z brings it back)
comments-delete-thread-tip = Delete the whole thread (Ctrl+Z brings it back)
comments-badge = { $count ->
    [one] 1 comment
   *[other] { $count } comments
}
comments-badge-tip = { $count ->
    [one] 1 open comment: click to read it
   *[other] { $count } open comments: click to read them
}
step-add-comment = Add comment
step-reply = Reply
step-resolve-comment = Resolve comment
step-reopen-comment = Reopen comment
step-edit-comment = Edit comment
step-delete-comment = Delete comment
export-comments-appendix = Comments appendix
map-comments-heading = Comments
map-comment-resolved = resolved

## Versions: field names and unrelated copies
versions-field-text = text
versions-field-name = name
versions-field-title = title
versions-field-description = description
versions-field-note = note
versions-field-stage = stage
versions-field-lane = lane
versions-field-color = colour
versions-field-confidence = confidence
versions-field-channel = channel
versions-field-rating = rating
versions-field-personas = personas
versions-field-evidence = evidence
versions-field-value = value
versions-field-deleted = deleted on one side
versions-field-resolved = resolved
versions-field-role = role
versions-field-quote = quote
versions-field-goals = goals
versions-field-frustrations = frustrations
merge-unrelated = "{ $name }" shares no card, stage or lane with this map: it is not a version of it. Merging adds all of it beside what is here.
merge-anyway = Merge anyway
conflicts-badge = { $count ->
    [one] 1 merge conflict
   *[other] { $count } merge conflicts
}
conflicts-badge-tip = A merge could not decide: the Merge conflicts window keeps ours or takes theirs

## Pictures in the app
chooser-picture = Choose a picture for the card
card-picture = Picture
card-picture-hint = Drop a picture file on the card, paste a screenshot (Ctrl+V), or choose one.
card-picture-choose = Choose picture…
card-picture-replace = Replace picture…
card-picture-remove = Remove picture
card-picture-alt = Alt text (what the picture shows)
picture-where = Drop or paste a picture on a card, or on an empty cell of a card lane (or select a card first)
picture-added = Picture added; it is kept in the folder beside the map
picture-not-copied = { $count ->
    [one] 1 picture could not be copied beside the map ({ $file }); its card keeps the old path
   *[other] { $count } pictures could not be copied beside the map (the first: { $file }); their cards keep the old paths
}
picture-outside-title = "{ $file }" is outside the map's folder
picture-outside-body = Copy it into the map's assets folder, so the map and its pictures move, sync and go into git together? Linking keeps it where it is; the map then needs that file to show it.
picture-outside-copy = Copy beside the map
picture-outside-link = Link to it where it is
picture-outside-remembered = Asked once: your answer is used for every picture from outside the folder. Change it in the Edit menu, under Pictures from other folders.
menu-outside-pictures = Pictures from other folders
picture-policy-ask = Ask the first time
picture-policy-copy = Copy beside the map
picture-policy-link = Link to them where they are
notice-exported-unreadable = { $count ->
    [one] Exported { $file }; 1 picture could not be read and shows its placeholder: { $pictures }
   *[other] Exported { $file }; { $count } pictures could not be read and show their placeholders: { $pictures }
}
versions-field-image = picture
versions-field-alt = alt text
versions-field-author = author
versions-field-time = time
versions-field-impact = impact
versions-field-importance = importance
versions-field-source = source
versions-field-date = date
versions-field-link = link
versions-field-photo = photo
versions-field-unit = unit
picture-not-now = Pictures cannot be dropped while a dialog is open or while presenting
picture-linked = Picture linked where it is (outside the map's folder); the map needs that file to show it
error-picture = Cannot put the picture on the card: { $error }

## Why a file could not be read (load errors; the CLI prints the English)
load-utf8-spreadsheet = invalid UTF-8 (byte 0x{ $byte }); save the spreadsheet as "CSV UTF-8"
load-utf8-text = invalid UTF-8 (byte 0x{ $byte }); save the file as UTF-8
load-bom-broken = the file starts with a { $encoding } byte-order mark but is not valid { $encoding } here; save the spreadsheet again as "Unicode Text" or "CSV UTF-8"
load-encoding-unknown = invalid UTF-8 (byte 0x{ $byte }), and the encoding cannot be told with confidence: tried UTF-8, UTF-16 LE and BE (with a byte-order mark), Windows-1251 (Cyrillic) and Windows-1257 (Baltic) (the bytes look most like { $guess }, which journeymap does not read); save the spreadsheet as "CSV UTF-8" or "Unicode Text"
load-map-empty = the file is empty; expected a journey map: `(version: 1, title: "…", stages: [...], lanes: [...])`
load-map-newer = this map was saved by a newer journeymap (file format version { $version }); this build reads versions up to { $supported }. Update journeymap to open it
load-map-utf8 = invalid UTF-8 (byte 0x{ $byte }); journey map files are UTF-8 text — is this the right file?
load-map-version-zero = file format version 0 does not exist; expected `version: 1`
load-map-no-version = missing `version` field; a journey map starts with `(version: { $version }, ...`
load-map-ends-early = the file ends too early: a `(` or `[` is not closed ({ $detail })
load-ron-eof = unexpected end of file; a bracket or parenthesis is not closed
load-ron-structure-end = expected `)` to close the structure, or `,` before the next field
load-ron-list-end = expected `]` to close the list, or `,` before the next item
load-ron-too-deep = brackets are nested more than { $depth } levels deep here; a journey map needs only a few — is this the right file?
load-ron-expected-comma = expected `,` here
load-ron-expected-string = expected a text in double quotes here
load-ron-string-end = a text in double quotes is not closed
load-ron-expected-integer = expected a whole number here
load-ron-expected-number = expected a number here
load-ron-expected-boolean = expected `true` or `false` here
load-ron-expected-option = expected `Some(…)` or `None` here
load-ron-expected-list = expected a list `[…]` here
load-ron-expected-structure = expected a structure `(…)` here
load-ron-number-too-large = this number is too large here
load-ron-trailing = there is more text after the end of the map
load-ron-unexpected-char = unexpected character `{ $char }`
load-ron-unknown-value = unknown value `{ $found }`; expected one of: { $expected }
load-ron-unknown-value-in = unknown value `{ $found }` for `{ $outer }`; expected one of: { $expected }
load-ron-unknown-field = unknown field `{ $found }`; expected one of: { $expected }
load-ron-unknown-field-in = unknown field `{ $found }` in `{ $outer }`; expected one of: { $expected }
load-ron-missing-field = missing field `{ $field }`
load-ron-missing-field-in = missing field `{ $field }` in `{ $outer }`
load-ron-duplicate-field = the field `{ $field }` appears twice
load-ron-duplicate-field-in = the field `{ $field }` appears twice in `{ $outer }`
load-import-kind = cannot import this kind of file; use one of: { $kinds }
load-markdown-no-diagram = no Mermaid user-journey diagram found: expected a ```mermaid block starting with `journey`
load-csv-unclosed-quote = the quote that starts this cell is never closed, so the rest of the file would be one cell; close it with another " (a quote inside a quoted cell is written "")
load-csv-unreadable-row = not a readable CSV row: { $detail }
load-csv-empty = the file is empty; expected a first row with the map title and the stage names: `Map title,Stage 1,Stage 2`
load-csv-no-stages = the first row needs the stage names after the map title: `Map title,Stage 1,Stage 2`
load-csv-short-row = this row has { $cells } cells, but the first row has { $width } (the lane title and one per stage); add the missing cells
load-csv-past-last-stage = this cell is right of the last stage (the first row names { $stages } stages)
load-csv-no-lane-title = a row needs the lane title in its first cell
load-csv-line-holds-nothing = "{ $line }" is a blueprint line and holds nothing; found "{ $found }"
load-csv-expected-number = expected a number for { $lane } at stage "{ $stage }", found "{ $found }"
load-csv-emotion-scale = emotion value { $value } does not fit the lane's scale { $scale }: one lane's values are all −2…2, 1…5 or 1…10
save-failed = Could not save { $file }: { $reason }. The previous file, if any, is unchanged.
save-reason-read-only = the folder or file is read-only
save-reason-folder = that path is a folder
save-reason-no-folder = the folder does not exist
save-reason-disk-full = the disk is full
photo-unreadable = { $detail }
photo-not-an-image = { $detail }
picture-refused = { $file }: { $why }
picture-refused-pasted = the pasted picture: { $why }
# Importing Mermaid journey diagrams.
load-mermaid-acc-descr-open = `accDescr {"{"}` is not closed: expected a `{"}"}` after the description
load-mermaid-no-header = expected `journey` to start a Mermaid user-journey diagram, found "{ $found }"
load-mermaid-front-matter-open = the front matter that starts here is not closed by a `---` line
load-mermaid-no-diagram = no diagram: expected a Mermaid user-journey diagram starting with `journey`
load-mermaid-semicolon = `;` cannot be used in a journey diagram; write #59; for a semicolon in a name
load-mermaid-name-missing = `{ $word }` needs a name after it, e.g. "{ $word } Go to work"
load-mermaid-section-colon = a section name cannot contain `:`; write #58; for a colon
load-mermaid-task-no-score = a task line needs a score: "{ $task }: 5: Actor" (or is this meant to be `section` or `title`?)
load-mermaid-task-no-name = a task needs a name before its `:`, e.g. "Make tea: 5: Me"
load-mermaid-task-score-missing = a task line needs a score after its `:`: "{ $name }: 5: Actor"
load-mermaid-third-colon = Mermaid ignores what follows a third `:` in a task line (":{ $rest }"), and so does this import; write #58; for a colon in a name
load-mermaid-score-nan = the score "{ $score }" is not a number (Mermaid draws this task without a face); the card gets no value on the emotion curve and keeps "score: { $score }" in its note
load-mermaid-score-fraction = the score { $score } is not a whole number; the emotion curve uses { $value }, the nearest it can hold, and the card keeps "score: { $score }" in its note
load-mermaid-score-above = the score { $score } is above { $max }, the top of the curve's { $min }–{ $max } scale; the emotion curve uses { $value }, the nearest it can hold, and the card keeps "score: { $score }" in its note
load-mermaid-score-below = the score { $score } is below { $min }, the bottom of the curve's { $min }–{ $max } scale; the emotion curve uses { $value }, the nearest it can hold, and the card keeps "score: { $score }" in its note
load-mermaid-scale-ten = scores go above 5 (here { $score }), so the emotion curve uses the 1–10 scale
# Importing customer reviews (CSV, Excel, JSON).
load-reviews-no-rows = the file holds no rows; expected a header row (such as `Date;Author;Rating;Review`) and a row per review
load-reviews-quote-open = the quote that starts a cell on this line is never closed, so the rest of the file would be one review; close it with another " (a quote inside a quoted cell is written "")
load-reviews-csv-row = not a readable CSV row: { $detail }
load-reviews-no-text-column = no column holds the review text; the columns are: { $columns }; name one with --columns text=NAME (or its number)
load-reviews-rating-unread = 1 rating could not be read: row { $rows } (it is { $text }); that review is imported without a rating
load-reviews-ratings-unread = { $n } ratings could not be read: rows { $rows } (the first is { $text }); those reviews are imported without a rating
load-reviews-date-unread = 1 date is not in a form journeymap reads: row { $rows } (it is { $text }); kept as written
load-reviews-dates-unread = { $n } dates are not in a form journeymap reads: rows { $rows } (the first is { $text }); kept as written
load-reviews-json-invalid = not valid JSON: { $detail }
load-reviews-json-no-array = the JSON holds no array of reviews; expected [{"{"}"text": …, "rating": …{"}"}, …] or {"{"}"reviews": [{"{"}…{"}"}, …]{"}"}
load-reviews-json-element-null = element { $n } of the array is null, not an object with the review's fields
load-reviews-json-element-boolean = element { $n } of the array is a boolean, not an object with the review's fields
load-reviews-json-element-number = element { $n } of the array is a number, not an object with the review's fields
load-reviews-json-element-string = element { $n } of the array is a string, not an object with the review's fields
load-reviews-json-element-array = element { $n } of the array is an array, not an object with the review's fields
load-reviews-json-element-object = element { $n } of the array is an object, not an object with the review's fields
load-reviews-json-value-expected = expected a JSON value here
load-reviews-json-comma-expected = expected `,` or the end of the list here
load-reviews-json-empty = the array holds no reviews; expected objects such as {"{"}"text": "…", "rating": 5{"}"}
load-reviews-file-kind = cannot import reviews from this kind of file; use one of: .{ $extensions }
load-reviews-xlsx-unreadable = not a readable Excel workbook ({ $detail }); save it from Excel as .xlsx, or as "CSV UTF-8"
load-reviews-xlsx-no-sheet = the workbook has no worksheet
load-reviews-xlsx-sheet-unreadable = the first worksheet cannot be read: { $detail }
read-not-found = cannot open: { $detail }
read-no-permission = cannot open: { $detail }
read-cannot-open = cannot open: { $detail }
read-folder = is a folder, not { $what ->
        [map] a journey map file
        [import] a file to import
        [reviews] a review file
       *[picture] a picture
    }
read-not-regular = is not a regular file ({ $type ->
        [fifo] a FIFO, a named pipe
        [socket] a socket
        [device] a device
       *[other] not a file that holds data
    }); give { $what ->
        [map] a journey map file
        [import] a file to import
        [reviews] a review file
       *[picture] a picture
    }
read-too-big = is { $size } MB; { $what ->
        [map] journey map files
        [import] imports
        [reviews] review imports
       *[picture] pictures
    } are limited to { $limit } MB
read-grew-too-big = is more than { $limit } MB; { $what ->
        [map] journey map files
        [import] imports
        [reviews] review imports
       *[picture] pictures
    } are limited to { $limit } MB
read-failed = cannot read: { $detail }
card-picture-missing = The picture's file is missing: the card shows a placeholder.
export-unknown-comparison = { $file }: unknown comparison format; use a .png, .svg or .md file name
export-unknown-format = { $file }: unknown export format; use a .svg, .png or .pdf file name
export-scale-range = scale { $scale } is out of range; use 1 to 4
export-write-failed = could not write { $file }: { $detail }; nothing was changed on disk
export-too-big-at-scale = the image would be { $width } × { $height } px, over the limit of { $side } px a side and { $megapixels } megapixels; export at a scale of { $scale } or less (--scale), or as SVG
export-too-big = the image would be { $width } × { $height } px, over the limit of { $side } px a side and { $megapixels } megapixels even at the smallest scale ({ $scale }); export the map as SVG instead
export-pdf-empty = the map is empty: there is no page to make

# --- hardening: outputs, review files, merges ---
save-reason-not-regular = it is { $kind ->
        [fifo] a FIFO (a named pipe)
        [socket] a socket
        [device] a device
       *[other] not a regular file
    }, which is never replaced by a file
export-not-regular = { $file } is { $kind ->
        [fifo] a FIFO (a named pipe)
        [socket] a socket
        [device] a device
       *[other] not a regular file
    }, not a regular file: it is never replaced; nothing was written
load-reviews-too-wide = this row has { $columns } columns, more than the { $limit } a spreadsheet can have; this is not a review export
load-reviews-too-many-rows = the file holds more than { $limit } rows; one import takes at most { $limit } reviews: split the export into smaller files
load-reviews-too-many-cells = the file holds more than { $limit } filled cells; this is not a review export, or split it into smaller files
load-reviews-xlsx-too-big = the workbook unpacks to more than a review export holds (part { $part }: at most { $limit } MB each, { $total } MB in all); save it as "CSV UTF-8" and import that
load-reviews-map-too-big = with these reviews the map would be about { $size } MB, over the { $limit } MB a map file may have; import fewer reviews or start a map for them
problem-quote-rating = a rating on a quote of card { $card } could not be used and was removed or brought into range
export-pdf-poster-too-big = the map is { $width } × { $height } m at true size, larger than the { $limit } m a PDF page may be (readers refuse or clip it); fit it on one sheet (--page a0) or print it over sheets (--tile a3)
export-pdf-too-many-sheets = tiling at scale { $scale } would take { $rows } × { $columns } = { $sheets } sheets of { $paper }, more than { $limit }; use a smaller --scale or a larger sheet
reviews-reading-title = Reading reviews
reviews-reading-body = { $file }… { $seconds } s
# --- trust: editing and canvas ---
point-choice-title = Whose emotion is this?
present-scroll-keys = Down / Up arrow or the wheel: scroll through the stage
# --- trust: words and windows ---
versions-quoted = “{ $text }”
versions-value-empty = (empty)
versions-name-stage = stage { $n } { $name }
versions-name-lane = lane { $name }
versions-name-card = card { $text } ({ $lane }, { $stage })
versions-name-persona = persona “{ $name }”
versions-name-review = review { $text }
versions-name-comment = comment { $text } by { $author }
versions-name-curve = curve of { $persona } in { $lane }
versions-name-emotion = emotion of { $persona } in { $lane }, stage { $stage }
versions-name-metric = { $lane }, stage { $stage }
versions-list-stages = order of stages
versions-list-lanes = order of lanes
versions-list-personas = order of personas
versions-list-reviews = order of reviews
versions-list-comments = order of comments
versions-list-cards = order of cards in { $lane }
versions-list-curves = order of curves in { $lane }
versions-list-other = an order of items
versions-value-deleted = deleted
versions-value-kept = kept and edited
versions-value-auto-colour = automatic
versions-value-everyone = everyone
versions-value-whole-map = the whole map
versions-value-quote = { $quote } ({ $source })
versions-value-yes = yes
versions-value-no = no
versions-moved-to = moved to { $new } (from { $old })
conflicts-ours-label = Ours:
conflicts-theirs-label = Theirs:
versions-field-age = age
versions-field-kind = kind of lane
versions-field-scale = scale
versions-field-collapsed = collapsed
versions-field-metric-style = chart style
versions-field-on = about
versions-field-reply-to = reply to
versions-field-goal = goal
versions-field-scenario = scenario
versions-field-expectations = expectations
versions-field-review = review
versions-field-accessible-title = title for screen readers
command-toggle-inspector = Inspector
command-toggle-inspector-tip = Fold the inspector away to give the map more room, or show it again
key-enter = Enter
key-tab = Tab
key-space = Space
key-delete = Delete
key-backspace = Backspace
key-home = Home
key-end = End
key-page-up = Page Up
key-page-down = Page Down
files-name-damaged = The file dialog sent back a damaged name ({ $name }): nothing was saved under it. Choose the file here.
compare-measure = Feeling: the mean of the stage's emotion curves, as a share of the scale: 0 % is the worst mood, 100 % the best, 50 % neutral.
compare-best = best 100 %
compare-worst = worst 0 %
comments-why-no-text = Write the comment first.
comments-author-check = Your comments are signed with this name; change it if it is not how colleagues know you.
notice-deleted-stage-cards = { $n ->
    [one] Deleted stage “{ $name }” with its { $n } card
   *[other] Deleted stage “{ $name }” with its { $n } cards
}
notice-undo = Undo
start-recent-where = in { $folder } · changed { $when }
start-recent-forget = Remove from the list
start-recent-forget-tip = The file is no longer there: take it off the recent files (nothing is deleted)
export-pdf-sheets = { $n ->
    [one] The map takes { $n } sheet; its smallest text prints at { $size } pt.
   *[other] The map takes { $n } sheets (a grid of { $rows } × { $columns }) to tape together; its smallest text prints at { $size } pt.
}
export-pdf-too-small-before = On this sheet the smallest text would print at { $size } pt, too small to read. Choose a larger sheet or tiles.
export-pdf-text-size = The smallest text prints at { $size } pt.
key-left = Left arrow
key-right = Right arrow
key-up = Up arrow
key-down = Down arrow
versions-was = was
versions-now = now
versions-value-not-given = not given
