# journeymap — latviešu valodā.
# Visas saskarnes virknes un noklusējuma teksti, kas nonāk kartēs un
# eksportā. Atslēgas ir tās pašas kā en.ftl un ru.ftl (to pārbauda tests).
#
# Glosārijs: vienam jēdzienam — viens termins (arī veidnēs).
#   map — karte; card — kartīte (ne „karte“: karte ir visa karte);
#   stage — posms; lane — josla; persona — persona; lens — kartes konteksts;
#   touchpoint — saskares punkts; pains — sāpju punkti (josla);
#   frustrations (personai) — kas kaitina; service blueprint — pakalpojuma plāns;
#   evidence — pierādījumi; quote — citāts; review — atsauksme;
#   confidence — ticamība; merge — apvienošana; conflict — konflikts;
#   undo — atsaukt; redo — atkārtot; export — eksports;
#   template — veidne; inspector — inspektors; comment — komentārs.
#   Pēdiņas — „…“; daudzpunkte — …; domuzīme — —.

app-name = journeymap

## Teksti kartēs: noklusējuma nosaukumi (kartes valodā)

lane-kind-actions = Darbības
lane-kind-thoughts = Domas
lane-kind-emotions = Emocijas
lane-kind-touchpoints = Saskares punkti
lane-kind-pains = Sāpju punkti
lane-kind-opportunities = Iespējas
lane-kind-storyboard = Kadru plāns
lane-kind-physical-evidence = Fiziskie pierādījumi
lane-kind-frontstage = Redzamās darbinieku darbības
lane-kind-backstage = Aizkulišu darbības
lane-kind-support-processes = Atbalsta procesi
lane-kind-people = Cilvēki
lane-kind-policies = Noteikumi
lane-kind-technology = Tehnoloģijas
lane-kind-metric = Rādītājs
lane-kind-line-of-interaction = Mijiedarbības līnija
lane-kind-line-of-visibility = Redzamības līnija
lane-kind-line-of-internal-interaction = Iekšējās mijiedarbības līnija
lane-kind-custom = Piezīmes

channel-website = Tīmekļa vietne
channel-mobile-app = Mobilā lietotne
channel-social-media = Sociālie tīkli
channel-advertising = Reklāma
channel-email = E-pasts
channel-phone = Tālrunis / zvanu centrs
channel-chat = Tērzēšana / ziņapmaiņa
channel-store = Veikals / birojs
channel-event = Pasākums
channel-word-of-mouth = Mutvārdu ieteikumi
channel-review-sites = Atsauksmju vietnes
channel-other = Cits

confidence-observed = Novērots
confidence-assumed = Pieņemts
confidence-proposed = Ierosināts

hue-blue = Zils
hue-teal = Zilganzaļš
hue-green = Zaļš
hue-lime = Dzeltenzaļš
hue-yellow = Dzeltens
hue-orange = Oranžs
hue-red = Sarkans
hue-pink = Rozā
hue-purple = Violets
hue-gray = Pelēks

metric-style-bars = Stabiņi
metric-style-line = Līnija
metric-style-funnel = Piltuve

default-stage-name = { $n }. posms
default-persona-name = { $n }. persona
untitled-map = Karte bez nosaukuma
export-footer = { $title }  ·  { $date }  ·  izveidots ar journeymap

## Skaitītāji

count-cards = { $n ->
    [zero] { $n } kartīšu
    [one] { $n } kartīte
   *[other] { $n } kartītes
}

## Komandas: izvēlņu vienumi un rīka padomi (command-NOSAUKUMS, command-NOSAUKUMS-tip)

command-new-map = Jauna no veidnes…
command-open = Atvērt failu…
command-import = Importēt Mermaid, Markdown vai CSV…
command-save = Saglabāt
command-save-as = Saglabāt kā…
command-export = Eksportēt…
command-compare-with = Salīdzināt ar nākotnes karti…
command-close-map = Aizvērt karti
command-quit = Iziet
command-undo = Atsaukt
command-redo = Atkārtot
command-cut = Izgriezt
command-copy = Kopēt
command-paste = Ielīmēt
command-select-all = Atlasīt visas kartītes
command-deselect = Noņemt atlasi
command-delete = Dzēst atlasīto
command-duplicate = Dublēt
command-add-stage = Pievienot posmu
command-add-persona = Pievienot personu
command-zoom-in = Tuvināt
command-zoom-out = Tālināt
command-zoom-reset = Mērogs 100 %
command-zoom-fit = Ietilpināt logā
command-toggle-heat = Saskares punktu siltuma krāsas
command-toggle-confidence-counts = Ticamības skaits posmu virsrakstos
command-show-all = Rādīt visas kartītes
command-priorities = Saskares punktu prioritātes
command-toggle-theme = Tumšais motīvs
command-help = Īsinājumtaustiņi

command-new-map-tip = Atgriezties sākuma ekrānā, lai izvēlētos veidni
command-open-tip = Atvērt journeymap karti (.ron)
command-import-tip = Nolasīt Mermaid ceļojuma diagrammu, Markdown failu vai izklājlapu kā jaunu karti
command-save-tip = Saglabāt karti tās failā
command-save-as-tip = Saglabāt karti jaunā failā
command-export-tip = Saglabāt karti kā attēlu (PNG, SVG) vai Mermaid, CSV vai Markdown formātā
command-compare-with-tip = Atvērt nākotnes stāvokļa karti blakus šai: posmi tiek saskaņoti pēc nosaukuma, līknes — pārklātas
command-close-map-tip = Aizvērt karti un atgriezties sākuma ekrānā
command-quit-tip = Aizvērt journeymap
command-undo-tip = Atsaukt pēdējo izmaiņu
command-redo-tip = Veikt atsaukto izmaiņu vēlreiz
command-cut-tip = Kopēt atlasītās kartītes un izdzēst tās
command-copy-tip = Kopēt atlasītās kartītes (tās var ielīmēt jebkurā kartē vai kā tekstu)
command-paste-tip = Ielīmēt kartītes vai tekstu — katra rinda kļūst par kartīti
command-select-all-tip = Atlasīt visas kartītes visos posmos un joslās
command-deselect-tip = Atcelt jebkādu atlasi
command-delete-tip = Dzēst atlasītās kartītes, posmu, joslu vai personu
command-duplicate-tip = Ievietot katras atlasītās kartītes kopiju tūlīt aiz tās
command-add-stage-tip = Pievienot posmu ceļojuma beigās
command-add-lane-tip = Pievienot šāda veida joslu apakšā
command-add-persona-tip = Pievienot personu ar līkni katrā emociju joslā
command-zoom-in-tip = Tuvināt
command-zoom-out-tip = Tālināt
command-zoom-reset-tip = Rādīt karti tās īstajā izmērā
command-zoom-fit-tip = Rādīt visu karti
command-toggle-heat-tip = Iekrāsot novērtētos saskares punktus no mierīgas līdz karstai krāsai pēc svarīguma
command-toggle-confidence-counts-tip = Saskaitīt katra posma kartītes pēc ticamības
command-show-all-tip = Vairs neaptumšot kartītes (notīrīt personas un ticamības filtrus)
command-priorities-tip = Novērtētie saskares punkti, sakārtoti pēc svarīguma un sāpju punktiem
command-toggle-theme-tip = Pārslēgties starp gaišo un tumšo motīvu
command-help-tip = Visu īsinājumtaustiņu saraksts

## Atsaucamās darbības (izvēlnē „Rediģēt → Atsaukt/Atkārtot“ un statusa joslā): step-NOSAUKUMS

step-add-card = kartītes pievienošana
step-add-curve = līknes pievienošana
step-add-lane = joslas pievienošana
step-add-persona = personas pievienošana
step-add-quote = citāta pievienošana
step-add-stage = posma pievienošana
step-change-emotion = emocijas maiņa
step-clear-emotion = emocijas notīrīšana
step-cut = izgriešana
step-delete-card = kartītes dzēšana
step-delete-cards = kartīšu dzēšana
step-delete-lane = joslas dzēšana
step-delete-persona = personas dzēšana
step-delete-stage = posma dzēšana
step-duplicate-card = kartītes dublēšana
step-duplicate-cards = kartīšu dublēšana
step-edit-card = kartītes rediģēšana
step-edit-lens = kartes konteksta rediģēšana
step-edit-persona = personas rediģēšana
step-edit-quote = citāta rediģēšana
step-edit-stage = posma rediģēšana
step-edit-text = teksta rediģēšana
step-edit-title = nosaukuma rediģēšana
step-move-card = kartītes pārvietošana
step-move-cards = kartīšu pārvietošana
step-move-lane = joslas pārvietošana
step-move-stage = posma pārvietošana
step-paste = ielīmēšana
step-rate-touchpoint = saskares punkta novērtēšana
step-remove-curve = līknes noņemšana
step-remove-photo = fotoattēla noņemšana
step-remove-quote = citāta noņemšana
step-rename-lane = joslas pārdēvēšana
step-set-card-colour = kartītes krāsas maiņa
step-set-confidence = ticamības maiņa
step-set-emotion = emocijas iestatīšana
step-set-metric = rādītāja vērtības iestatīšana
step-set-persona-colour = personas krāsas maiņa
step-set-stage-colour = posma krāsas maiņa
step-set-unit = mērvienības maiņa
step-tag-card = kartītes piesaistīšana personām
step-set-photo = fotoattēla izvēle
step-set-picture = attēla izvēle
step-relink-pictures = attēlu pārnešana
step-set-channel = kanāla izvēle
step-set-lane-colour = joslas krāsas maiņa
step-collapse-lane = joslas sakļaušana
step-change-scale = skalas maiņa
step-change-metric-style = rādītāja attēlojuma maiņa

## Izvēlnes un statusa josla

menu-file = Fails
menu-new-from-template = Jauna no veidnes
menu-open-recent = Nesen atvērtie
menu-edit = Rediģēt
menu-view = Skats
menu-help = Palīdzība
menu-add-lane = Pievienot joslu
menu-language = Valoda
menu-undo-step = Atsaukt: { $step }
menu-redo-step = Atkārtot: { $step }
status-fit = Ietilpināt

## Dialogi

chooser-open = Atvērt karti
chooser-save-as = Saglabāt karti kā
chooser-import = Importēt failu
chooser-compare = Salīdzināt ar nākotnes karti
chooser-photo = Izvēlēties foto
chooser-export = Eksportēt uz
chooser-why = Sistēmas failu dialogs šeit neatveras (nav darbvirsmas portāla vai zenity), tāpēc izvēlieties failu šajā logā.
chooser-folder = Mape
chooser-up = Augšup
chooser-file-name = Faila nosaukums
chooser-empty = Šeit nav mapju vai piemērotu failu
chooser-cannot-list = Nevar nolasīt mapi { $folder }: { $error }
chooser-name-needed = Ierakstiet faila nosaukumu vai izvēlieties to sarakstā
chooser-no-file = Faila { $file } nav
chooser-no-folder = Mapes { $folder } nav
chooser-replace = { $file } jau pastāv. Nospiediet „{ $button }“ vēlreiz, lai to aizstātu.
button-open = Atvērt
button-ok = Labi
button-save = Saglabāt
button-dont-save = Nesaglabāt
button-cancel = Atcelt
button-close = Aizvērt
button-restore = Atjaunot
button-discard = Atmest
error-title = Kaut kas nogāja greizi
error-map-unchanged = Jūsu atvērtā karte netika mainīta.
confirm-title = Vai saglabāt „{ $name }“ izmaiņas?
confirm-body = Ja izmaiņas nesaglabāsiet, tās tiks zaudētas.
help-title = Īsinājumtaustiņi
help-or = {"  "}vai{"  "}
help-add-card = Pievienot kartīti
help-add-card-how = Veiciet dubultklikšķi uz tukšas šūnas vai noklikšķiniet uz tās +
help-edit-card = Rediģēt kartīti
help-edit-card-how = Veiciet dubultklikšķi uz tās (Enter — apstiprināt, Esc — atcelt)
help-select-many = Atlasīt vairākas kartītes
help-select-many-how = Noklikšķiniet uz tām, turot Ctrl vai Shift, vai ar Shift ievelciet taisnstūri
help-move-cards = Pārvietot kartītes
help-move-cards-how = Velciet tās uz citu šūnu
help-reorder = Mainīt posmu un joslu secību
help-reorder-how = Velciet posma galveni vai joslas nosaukumu
help-pan = Skata pārvietošana
help-pan-how = Velciet audeklu vai ritiniet
help-zoom = Tālummaiņa
help-zoom-how = Ctrl + ritināšana vai savilkšana ar pirkstiem
help-open = Atvērt karti
help-open-how = Nometiet .ron failu logā
recovery-title = Vai atjaunot nesaglabāto darbu?
recovery-body = Lietotne journeymap netika pareizi aizvērta. Kartes „{ $title }“ kopija ar nesaglabātām izmaiņām tika saglabāta { $when }.
recovery-from = Avots: { $file }
recovery-never-saved = karte, kas nekad nav saglabāta
window-compare = Pašreizējais un nākotnes stāvoklis

## Skata filtrs

filter-show-persona = Rādīt personu
filter-all-personas = Visas personas
filter-show-confidence = Rādīt pēc ticamības
filter-all-cards = Visas kartītes
filter-showing = Rāda: { $what }
filter-show-all = Rādīt visu

## Saskares punktu prioritātes

priorities-score-rule = Punkti = svarīgums × (1 + sāpju punktu kartīšu skaits posmā)
priorities-none = Vēl nav novērtētu saskares punktu: atlasiet saskares punktu un atzīmējiet „Novērtēt ietekmi un svarīgumu“.
priorities-rank = Nr.
priorities-touchpoint = Saskares punkts
priorities-stage = Posms
priorities-importance = Svarīgums
priorities-impact = Ietekme
priorities-score = Punkti
priorities-negative-reviews = Negatīvas atsauksmes
priorities-negative-reviews-tip = 1–2 zvaigžņu atsauksmes, sašķirotas šī saskares punkta posmā
priorities-score-value = { $score } ({ $pains ->
    [zero] { $pains } sāpju punktu
    [one] { $pains } sāpju punkts
   *[other] { $pains } sāpju punkti
})

## Paziņojumi

error-recovery-unreadable = Atrasta atkopšanas kopija, taču to nevar nolasīt: { $error }
notice-recovery-failed = Neizdevās ierakstīt atkopšanas kopiju: { $error }
notice-restored = Atjaunots nesaglabātais darbs no { $when }
notice-undid = Atsaukts: { $step }
notice-redid = Atkārtots: { $step }
notice-nothing-to-undo = Nav ko atsaukt
notice-nothing-to-redo = Nav ko atkārtot
notice-cut = { $n ->
    [zero] Izgriezts { $n } kartīšu
    [one] Izgriezta { $n } kartīte
   *[other] Izgrieztas { $n } kartītes
}
notice-copied = { $n ->
    [zero] Nokopēts { $n } kartīšu
    [one] Nokopēta { $n } kartīte
   *[other] Nokopētas { $n } kartītes
}
notice-selected = { $n ->
    [zero] Atlasīts { $n } kartīšu
    [one] Atlasīta { $n } kartīte
   *[other] Atlasītas { $n } kartītes
}
notice-opened = Atvērts: { $file }
notice-opened-repaired = Atvērts: { $file } — { $n ->
    [zero] izlabots { $n } problēmu
    [one] izlabota { $n } problēma
   *[other] izlabotas { $n } problēmas
}: { $first }
error-open = Neizdevās atvērt karti.
    
    { $error }
notice-new-from-template = Jauna karte no veidnes „{ $template }“
error-template = Veidne ir bojāta: { $error }
notice-saved = Saglabāts: { $file }
notice-imported = Importēts: { $file }
error-import = Neizdevās importēt failu.
    
    { $error }
export-pdf-pages = PDF lapas
export-pdf-poster = Viena lapa kartes lielumā
export-pdf-fit = Ietilpināt vienā { $paper } lapā
export-pdf-tiles = Sadalīt { $paper } lapās dabiskajā lielumā
export-pdf-best-fit = Kā labāk
export-pdf-portrait = Portrets
export-pdf-landscape = Ainava
export-pdf-tile-size = Izmērs
export-export-pdf = Eksportēt PDF…
files-pdf-document = PDF dokuments
pdf-small-text = Sīkākais teksts tiek drukāts { $size } pt lielumā — tas ir par mazu, lai labi lasītu (mazāk par 6 pt). Izvēlieties lielāku lapu vai sadaliet karti vairākās lapās.
command-select-left = Izvēlēties kartīti pa kreisi
command-select-left-tip = Tuvākā kartīte iepriekšējā posmā tajā pašā joslā
command-select-right = Izvēlēties kartīti pa labi
command-select-right-tip = Tuvākā kartīte nākamajā posmā tajā pašā joslā
command-select-up = Izvēlēties kartīti augstāk
command-select-up-tip = Kartīte augstāk šūnā, tad joslās augstāk
command-select-down = Izvēlēties kartīti zemāk
command-select-down-tip = Kartīte zemāk šūnā, tad joslās zemāk
command-select-next-card = Nākamā kartīte
command-select-next-card-tip = Nākamā kartīte lasīšanas secībā: posms pēc posma, josla pēc joslas
command-select-previous-card = Iepriekšējā kartīte
command-select-previous-card-tip = Iepriekšējā kartīte lasīšanas secībā
command-first-stage = Uz pirmo posmu
command-first-stage-tip = Pirmā posma kartīte, tajā pašā joslā, ja tāda ir
command-last-stage = Uz pēdējo posmu
command-last-stage-tip = Pēdējā posma kartīte, tajā pašā joslā, ja tāda ir
command-edit-card = Rediģēt kartīti
command-edit-card-tip = Rakstīt kartītes tekstu turpat uz audekla
command-move-left = Pārvietot kartītes uz iepriekšējo posmu
command-move-left-tip = Pārvietot izvēlētās kartītes vienu posmu pa kreisi (viens atsaukšanas solis)
command-move-right = Pārvietot kartītes uz nākamo posmu
command-move-right-tip = Pārvietot izvēlētās kartītes vienu posmu pa labi (viens atsaukšanas solis)
command-move-up = Pārvietot kartītes uz joslu augstāk
command-move-up-tip = Pārvietot izvēlētās kartītes uz kartīšu joslu augstāk (viens atsaukšanas solis)
command-move-down = Pārvietot kartītes uz joslu zemāk
command-move-down-tip = Pārvietot izvēlētās kartītes uz kartīšu joslu zemāk (viens atsaukšanas solis)
command-zoom-to-selection = Tuvināt izvēlēto
command-zoom-to-selection-tip = Aizpildīt skatu ar izvēlētajām kartītēm, posmu, joslu vai personu
command-command-palette = Komandu palete…
command-command-palette-tip = Atrast jebkuru komandu, ierakstot daļu no tās nosaukuma
palette-title = Izpildīt komandu
palette-hint = Ierakstiet daļu no komandas nosaukuma
palette-none = Neviena komanda neatbilst
command-present = Prezentēt
command-present-tip = Pilnekrānā, posmu pa posmam: bulta pa labi vai atstarpe — tālāk, bulta pa kreisi — atpakaļ, Esc — iziet
present-position = { $stage }. posms no { $stages }
present-keys = Bulta pa labi vai atstarpe — tālāk · bulta pa kreisi — atpakaļ · Home / End — pirmais / pēdējais · Esc — iziet
legend-heading = Apzīmējumi
legend-evidence = Pierādījumu citāti (skaits)
legend-importance = Svarīgums { $n }
export-legend = Apzīmējumu skaidrojums
command-toggle-legend = Apzīmējumi
command-toggle-legend-tip = Parādīt zem režģa, ko nozīmē atzīmes, kanālu ikonas un siltuma krāsas (var iekļaut eksportā)
command-find = Meklēt…
command-find-tip = Meklēt tekstu kartītēs, piezīmēs, citātos, posmos, joslās un personās
context-move-to-stage = Pārvietot uz posmu
context-add-stage-before = Pievienot posmu pirms šī
context-add-stage-after = Pievienot posmu pēc šī
context-add-lane-above = Pievienot joslu augstāk
context-add-lane-below = Pievienot joslu zemāk
context-add-card-here = Pievienot kartīti šeit
empty-heading = Šajā kartē vēl nav kartīšu
empty-step-stage = Pievienojiet ceļa posmus (izvēlne „Rediģēt“, „Pievienot posmu“) un nosauciet katru inspektorā
empty-step-card = Veiciet dubultklikšķi uz šūnas, lai tajā pievienotu kartīti, un rakstiet
empty-step-import = Vai importējiet jau esošu tabulu, Mermaid diagrammu vai Markdown failu
empty-add-stage = Pievienot posmu tagad
empty-import = Importēt failu…
search-find = Meklēt
search-hint = Kartīšu, piezīmju, citātu teksts, nosaukumi
search-count = { $current } no { $total }
search-none = Nekas nav atrasts
search-previous = Iepriekšējais atradums (Shift+Enter)
search-next = Nākamais atradums (Enter)
search-previous-button = Iepriekšējais
search-next-button = Nākamais
search-close = Aizvērt (Esc)
pdf-page-number = { $page }. lapa no { $pages }
pdf-persona-goals = Mērķi
pdf-persona-frustrations = Kas kaitina
pdf-outline-personas = Personas
export-persona-pages = Personu lapas (PDF)
pdf-tile-label = rinda { $row } · kolonna { $column } no { $rows } × { $columns }
pdf-outline-map = Karte
pdf-outline-evidence = Pierādījumi
text-cut = [teksts saīsināts: vēl { $count } rakstzīmes ir kartē, bet nav attēlotas]
warning-import-title = { $count ->
    [zero] Importēts; pārbaudiet { $count } vietas
    [one] Importēts; pārbaudiet { $count } vietu
   *[other] Importēts; pārbaudiet { $count } vietas
}
error-photo = Failu { $file } nevar izmantot kā fotoattēlu: { $error }
photo-not-a-file = tas nav parasts fails
photo-too-large = { $mb } MB — vairāk nekā fotoattēlam atļautie { $limit } MB
photo-too-many-pixels = { $width } × { $height } pikseļi — vairāk nekā fotoattēlam atļauts ({ $side } pikseļi malā, { $megapixels } megapikseļi)
error-compare = Neizdevās atvērt salīdzināmo karti.
    
    { $error }
notice-exported = Eksportēts: { $file }
notice-exported-outside-photos-embedded = Eksportēts: { $file }. Iegulti fotoattēli un attēli no vietas ārpus kartes mapes: { $photos }
notice-exported-outside-photos-left-out = Eksportēts: { $file }. Neiekļauti fotoattēli un attēli no vietas ārpus kartes mapes: { $photos }
error-export = Eksportēšana neizdevās: { $error }
count-stages = { $n ->
    [zero] { $n } posmu
    [one] { $n } posms
   *[other] { $n } posmi
}
count-lanes = { $n ->
    [zero] { $n } joslu
    [one] { $n } josla
   *[other] { $n } joslas
}
count-personas = { $n ->
    [zero] { $n } personu
    [one] { $n } persona
   *[other] { $n } personas
}
count-observed = novērots: { $n }
count-assumed = pieņemts: { $n }
count-proposed = ierosināts: { $n }

## Inspektors, eksporta dialogs, failu dialogi

export-export-picture = Eksportēt attēlu
export-png-scale = PNG mērogs
export-theme = Motīvs
export-light = Gaišais
export-dark = Tumšais
export-svg-text = SVG teksts
export-convert-text-to-shapes = Pārvērst tekstu līknēs
export-include = Iekļaut
export-evidence-appendix = Pierādījumu pielikums
export-heat-colouring-of-touchpoints = Saskares punktu siltuma krāsas
export-confidence-counts-in-stage-headers = Ticamības skaits posmu virsrakstos
export-leave-out-outside-photos = Neiekļaut fotoattēlus no vietas ārpus kartes mapes
export-leave-out-outside-photos-tip = Karte var norādīt uz jebkuru attēlu šajā datorā (../, cita mape, saite uz āru). To vietā tiek zīmēti personas iniciāļi vai kartītes attēla aizstājējs.
export-png-at-2-is-crisp-on = PNG ar mērogu 2× slaidos izskatās ass. SVG saglabā tekstu rediģējamu, ja tas nav pārvērsts līknēs.
export-export-png = Eksportēt PNG…
export-export-svg = Eksportēt SVG…
export-as-text-for-wikis-docs-and = Kā tekstu — vikivietnēm, dokumentiem un izklājlapām
export-mermaid = Mermaid…
export-a-mermaid-user-journey-diagram-mmd = Mermaid lietotāja ceļojuma diagramma (.mmd)
export-csv = CSV…
export-the-grid-as-a-spreadsheet-utf = Režģis kā izklājlapa, UTF-8 ar BOM programmai Excel
export-markdown = Markdown…
export-a-table-for-wikis-and-pull = Tabula vikivietnēm un izmaiņu pieprasījumiem (.md)
export-cancel = Atcelt
card-tip-confidence = Ticamība: { $confidence } (punkts ir pilns, ja novērots, citādi gredzens; ierosinātām kartītēm ir svītrota mala)
card-tip-evidence = { $n ->
    [zero] { $n } pierādījumu (nozīmīte); saraksts inspektorā
    [one] { $n } pierādījums (nozīmīte); saraksts inspektorā
   *[other] { $n } pierādījumi (nozīmīte); saraksts inspektorā
}
card-tip-channel = Kanāls: { $channel } (ikona)
card-tip-rating = Ietekme { $impact } no 5 · svarīgums { $importance } no 5 (siltuma krāsas pēc svarīguma)
card-card = Kartīte
card-text = Teksts
card-note = Piezīme
card-confidence = Ticamība
card-colour = Krāsa
card-lane-colour = Joslas krāsa
card-channel = Kanāls
card-none = Nav norādīts
card-duplicate = Dublēt
card-delete-card = Dzēst kartīti
card-ctrl-shift-click-adds-or-removes = Klikšķis ar Ctrl vai Shift pievieno vai noņem kartītes; vilkšana ar Shift audeklā atlasa taisnstūri.
card-set = Iestatīt…
card-delete-cards = Dzēst kartītes
card-quote = Citāts
card-source = Avots
card-date = Datums
card-author = Autors
card-quote-rating = Vērtējums { $value } skalā { $scale } (no atsauksmes)
card-link = Saite
card-remove-quote = Noņemt citātu
card-add-quote = Pievienot citātu
card-about-none-everyone = Attiecas uz (nav izvēlēts — uz visām)
card-rate-impact-and-importance = Novērtēt ietekmi un svarīgumu
card-impact = Ietekme
card-importance = Svarīgums
stage-stage = Posms
stage-cards-in-this-stage-by-confidence = Šī posma kartītes pēc ticamības
stage-name = Nosaukums
stage-description = Apraksts
stage-colour = Krāsa
stage-automatic = Automātiski
stage-move-left = Pārvietot pa kreisi
stage-move-right = Pārvietot pa labi
stage-add-stage-after = Pievienot posmu aiz šī
stage-delete-stage = Dzēst posmu
stage-deletes-its-cards-too-undo-brings = Tiks dzēstas arī tā kartītes (atsaucot tās atgriezīsies)
lane-lane = Josla
lane-title = Nosaukums
lane-colour = Krāsa
lane-default = Noklusējuma
lane-collapsed = Sakļauta
lane-scale = Skala
lane-move-up = Pārvietot augšup
lane-move-down = Pārvietot lejup
lane-delete-lane = Dzēst joslu
lane-draw-as = Attēlot kā
lane-unit = Mērvienība
map-map = Karte
map-title = Nosaukums
map-goal = Mērķis
map-scenario = Scenārijs
map-expectations = Gaidas
map-accessible-title = Nosaukums ekrāna lasītājiem
map-add-lane = Pievienot joslu
map-double-click-an-empty-cell-to = Veiciet dubultklikšķi uz tukšas šūnas, lai pievienotu kartīti. Noklikšķiniet uz kartītes, posma vai joslas nosaukuma, lai to rediģētu šeit.
persona-persona = Persona
persona-name = Vārds
persona-role-or-occupation = Loma vai nodarbošanās
persona-age = Vecums
persona-goals-one-per-line = Mērķi (katrs savā rindā)
persona-frustrations-one-per-line = Kas kaitina (katrs savā rindā)
persona-quote = Citāts
persona-colour = Krāsa
persona-choose-photo = Izvēlēties fotoattēlu…
persona-remove-photo = Noņemt fotoattēlu
persona-delete-persona = Dzēst personu
persona-also-removes-their-emotion-curves-and = Tiks noņemtas arī tās emociju līknes un atzīmes kartītēs
persona-personas = Personas
curve-curve = Līkne
curve-everyone-no-persona = Visi (bez personas)
curve-remove-curve = Noņemt līkni
curve-add-point = Pievienot punktu
files-png-image = PNG attēls
files-svg-image = SVG attēls
files-journey-map = Klienta ceļojuma karte
files-image = Attēls
files-mermaid-markdown-or-csv = Mermaid, Markdown vai CSV
card-many-title = { $n ->
    [zero] { $n } kartīšu
    [one] { $n } kartīte
   *[other] { $n } kartītes
}
card-evidence-count = Pierādījumi ({ $n })
curve-add-for = Pievienot līkni: { $name }
curve-add-point-at = Pievienot punktu ar vērtību { $value }
persona-photo-unreadable = Fotoattēlu { $photo } nevar parādīt: { $error }
persona-edit-named = Rediģēt: { $name }
export-highlight-as-on-screen = Izcelt kā ekrānā ({ $what })
window-not-saved = { $title } (nav saglabāta)
command-language-tip = Lietot journeymap šajā valodā

## Audekls, sākuma ekrāns, salīdzinājuma logs

canvas-empty-card = Tukša kartīte
canvas-card-text = Kartītes teksts
canvas-emotion = Emocija
canvas-emotion-of = Emocija: { $name }
canvas-emotion-at = { $who } — { $stage }
canvas-emotion-value = { $who } — { $stage }: { $value }
canvas-add-card = Pievienot kartīti: { $lane }, { $stage }
canvas-add-card-tip = Pievienot kartīti joslā „{ $lane }“ posmā „{ $stage }“
start-tagline = Klientu ceļa kartes un pakalpojumu plāni — bezsaistē, jūsu pašu failos.
start-from-template = Sākt no veidnes
start-recent = Nesenie faili
start-missing-file = { $name } (fails nav atrasts)
start-blank-preview = Tukšs
compare-heading = Tagad: { $current }   ·   Nākotnē: { $future }
compare-stage = Posms
compare-feeling-now = Emocija tagad
compare-feeling-future = Emocija nākotnē
compare-cards-now = Kartītes tagad
compare-cards-future = Kartītes nākotnē
compare-differences = Atšķirības
compare-no-differences = Posmi un emocijas neatšķiras.
compare-save-png = Saglabāt kā PNG…
compare-save-png-tip = Attēls slaidiem
compare-save-svg = Saglabāt kā SVG…
compare-save-svg-tip = Attēls rediģēšanai vai drukai
compare-save-md = Saglabāt kā Markdown…
compare-save-md-tip = Pārskats vikijiem un uzdevumiem
export-footer-highlighted = { $footer }  ·  izcelts: { $what }
export-excel-locale = Excel (ru/lv)…
export-excel-locale-tip = CSV tā, kā to atver Excel ar krievu vai latviešu reģionālajiem iestatījumiem: semikoli, decimālkomati, UTF-8 ar BOM
## Veidnes: sākuma ekrāns un `journeymap templates`

template-current-state-title = Pašreizējais stāvoklis
template-current-state-description = Ko klienti šodien dara, domā un jūt, saskaroties ar jums
template-day-in-the-life-title = Diena dzīvē
template-day-in-the-life-description = Viss, ko cilvēks dara kādā dzīves jomā, – ar jums vai bez jums
template-future-state-title = Nākotnes stāvoklis
template-future-state-description = Pieredze, ko jūs gribat radīt
template-service-blueprint-title = Pakalpojuma plāns
template-service-blueprint-description = Klienta ceļš, un zem tā – redzamās darbības, aizkulises un atbalsta procesi
template-blank-title = Tukša karte
template-blank-description = Trīs tukši posmi un sešas galvenās rindas, lai sāktu no nulles
start-templates-language = Veidnes valodā:
start-templates-language-tip = Veidnes, kas uzrakstītas valodā „{ $language }“
notice-deleted-cards = { $n ->
    [zero] Izdzēsts { $n } kartīšu
    [one] Izdzēsta { $n } kartīte
   *[other] Izdzēstas { $n } kartītes
}
notice-deleted-stage = Posms „{ $name }“ izdzēsts
notice-deleted-lane = Josla „{ $name }“ izdzēsta
notice-deleted-persona = Persona { $name } izdzēsta

## Teksti pašā kartē (kartes valodā)

persona-quote-marks = „{ $quote }“
map-evidence-heading = Pierādījumi
untitled-stage = Posms bez nosaukuma
map-rating = Ietekme { $impact } · Svarīgums { $importance }
curve-everyone = Visi klienti
evidence-rating = vērtējums { $value } skalā { $scale }
curve-reviews = Atsauksmes (vidējais vērtējums)
count-reviews = { $n ->
    [zero] { $n } atsauksmju
    [one] { $n } atsauksme
   *[other] { $n } atsauksmes
}
stage-reviews-mean = { $reviews } · { $mean } no 5
map-lane-collapsed = sakļauta
map-picture-none = Nav attēla
compare-only-current = Posms „{ $stage }“ ir tikai pašreizējā stāvoklī
compare-only-future = Posms „{ $stage }“ nākotnē būs jauns
compare-feels-better = Posmā „{ $stage }“ nākotnē ir labāk ({ $change } % no skalas)
compare-feels-worse = Posmā „{ $stage }“ nākotnē ir sliktāk ({ $change } % no skalas)
compare-now = Tagad
compare-future = Nākotnē
compare-change = Izmaiņas
compare-report-note = Posma emocija ir visu emociju līkņu vidējā vērtība procentos no skalas.

## Labojumi, atverot karti

problem-unknown-language = nezināma valoda „{ $code }“: noklusējuma teksti būs angliski
problem-rating = kartītes { $card } vērtējums joslā „{ $lane }“ bija ārpus 1…5 un ir izlabots
problem-review-rating = atsauksmes { $review } vērtējums nebija derīgs: noņemts vai izlabots
problem-duplicate-id = identifikators { $old } bija izmantots divreiz; otrais tagad ir { $new }
problem-orphan-card = kartīte { $card } joslā „{ $lane }“ bija neesošā posmā un pārvietota uz jaunu posmu
problem-series-persona = emociju līkne joslā „{ $lane }“ piederēja neesošai personai; tagad tā nepieder nevienam
problem-emotion-stage = emocijas vērtība joslā „{ $lane }“ neesošam posmam ir izmesta
problem-emotion-scale = emocijas vērtība { $value } joslā „{ $lane }“ bija ārpus skalas un tagad ir { $clamped }
problem-metric-stage = rādītāja vērtība joslā „{ $lane }“ neesošam posmam ir izmesta
problem-metric-nan = rādītāja vērtība joslā „{ $lane }“ nebija skaitlis un ir izmesta
problem-card-persona = kartītei { $card } joslā „{ $lane }“ bija neesošas personas birka; birka noņemta
problem-hidden-cards = josla „{ $lane }“ nerāda kartītes; tās kartītes ({ $n }) saglabātas, bet paslēptas
problem-hidden-emotions = josla „{ $lane }“ nav emociju josla; tās emociju vērtības saglabātas, bet paslēptas
problem-hidden-metrics = josla „{ $lane }“ nav rādītāja josla; tās vērtības saglabātas, bet paslēptas
unassigned-stage = Bez posma

## Klientu atsauksmes: iesūtne
command-import-reviews = Importēt atsauksmes…
command-import-reviews-tip = Ielādēt klientu atsauksmes (CSV, Excel vai JSON no Google Maps, Yandex Maps, 2GIS, lietotņu veikaliem vai aptaujām) šīs kartes pierādījumu iesūtnē
command-toggle-inbox = Atsauksmju iesūtne
command-toggle-inbox-tip = Rādīt iesūtni: visas ielādētās atsauksmes — meklēt, filtrēt un vilkt uz kartītēm, šūnām un posmiem
command-toggle-review-stats = Atsauksmju skaits un līkne
command-toggle-review-stats-tip = Rādīt katra posma atsauksmju skaitu un vidējo vērtējumu un to līkni emociju joslās (raustītu)
command-adopt-review-curve = Pieņemt atsauksmju līkni
command-adopt-review-curve-tip = Iestatīt emociju līkni (izvēlētās personas, citādi joslas pirmo) uz katra posma atsauksmju vidējiem vērtējumiem
inbox-title = Atsauksmes
inbox-import = Importēt…
inbox-empty = Atsauksmju vēl nav. Importējiet klientu atsauksmju eksportu CSV, Excel vai JSON formātā (Fails: Importēt atsauksmes…) vai ievelciet failu logā.
inbox-counts = { $total } iesūtnē · { $unused } vēl neizmantotas · parādītas { $shown }
inbox-search = Meklēt atsauksmēs
inbox-filter-rating = Vērtējums
inbox-filter-source = Avots
inbox-filter-stage = Posms
inbox-rating-any = Visi vērtējumi
inbox-rating-negative = 1–2 zvaigznes
inbox-rating-neutral = 3 zvaigznes
inbox-rating-positive = 4–5 zvaigznes
inbox-rating-none = Bez vērtējuma
inbox-source-any = Visi avoti
inbox-stage-any = Visi posmi
inbox-stage-unsorted = Nešķirotas
inbox-dates = Datumi
inbox-unused-only = Vēl nav nevienā kartītē
inbox-selected = { $n ->
    [zero] izvēlētas { $n } atsauksmes
    [one] izvēlēta { $n } atsauksme
   *[other] izvēlētas { $n } atsauksmes
}
inbox-add-to-card = Pievienot izvēlētajai kartītei
inbox-add-to-card-tip = Citēt izvēlētās atsauksmes izvēlētajā kartītē
inbox-add-to-card-disabled = Vispirms izvēlieties vienu kartīti kartē
inbox-sort-into = Šķirot posmā
inbox-unsort = Nešķirotas
inbox-accept-suggestions = Pieņemt ieteikumus
inbox-accept-suggestions-tip = Šķirot katru izvēlēto atsauksmi tai ieteiktajā posmā
inbox-delete = Dzēst
inbox-clear-selection = Noņemt izvēli
inbox-nothing-matches = Neviena atsauksme neatbilst filtriem.
inbox-quoted-in = Citēta posmā: { $stage }
inbox-sorted-into = Posms: { $stage }
inbox-suggested = Ieteikums: { $stage }
inbox-accept = Pieņemt
inbox-accept-tip = Šķirot šo atsauksmi ieteiktajā posmā
inbox-no-suggestion = Posms nav ieteikts
inbox-row-tip = Klikšķis izvēlas (Ctrl+klikšķis, Shift+klikšķis — vairākas); velciet uz kartīti, šūnu vai posma virsrakstu
inbox-dragging = { $n ->
    [zero] { $n } atsauksmju
    [one] { $n } atsauksme
   *[other] { $n } atsauksmes
}
inbox-drop-card = { $n ->
    [one] Citēt { $n } atsauksmi šajā kartītē
   *[other] Citēt { $n } atsauksmes šajā kartītē
}
inbox-drop-cell = { $n ->
    [one] Jauna kartīte no { $n } atsauksmes
   *[other] Jauna kartīte no { $n } atsauksmēm
}
inbox-drop-stage = { $n ->
    [one] Šķirot { $n } atsauksmi šajā posmā
   *[other] Šķirot { $n } atsauksmes šajā posmā
}
reviews-role-text = Atsauksmes teksts
reviews-role-rating = Vērtējums
reviews-role-date = Datums
reviews-role-source = Avots
reviews-role-author = Autors
reviews-role-link = Saite
reviews-columns-title = Faila { $file } kolonnas
reviews-columns-body = Norādiet, kas ir kurā kolonnā. Vajadzīgs tikai atsauksmes teksts.
reviews-column-n = Kolonna { $n }
reviews-column-none = (nav)
reviews-preview = { $n ->
    [zero] { $n } rindu; pirmās:
    [one] { $n } rinda; pirmās:
   *[other] { $n } rindas; pirmās:
}
reviews-import-button = Importēt atsauksmes
reviews-need-text = Izvēlieties kolonnu ar atsauksmes tekstu
error-import-reviews = Atsauksmes neizdevās importēt: { $error }
notice-reviews-imported = { $n ->
    [zero] Importētas { $n } atsauksmes
    [one] Importēta { $n } atsauksme
   *[other] Importētas { $n } atsauksmes
} no { $file } (jau kartē: { $duplicates })
files-reviews = Atsauksmju eksporti (CSV, Excel, JSON)
chooser-import-reviews = Importēt atsauksmes
step-import-reviews = Atsauksmju imports
step-delete-reviews = Atsauksmju dzēšana
step-sort-reviews = Atsauksmju šķirošana
step-add-reviews-to-card = Atsauksmes kartītē
step-add-card-from-reviews = Kartīte no atsauksmēm
step-adopt-review-curve = Līkne no atsauksmēm
export-review-stats = Atsauksmju skaits un līkne
export-authors = Atsauksmju autoru vārdi
export-authors-keep = Kā publicēti
export-authors-initials = Tikai iniciāļi
export-authors-omit = Nerādīt

## Versijas: salīdzināšana, apvienošana, konflikti
command-compare-versions = Izmaiņas kopš citas versijas…
command-compare-versions-tip = Atvērt citu šīs kartes kopiju (vecāku commit, kolēģa kopiju) un uzskaitīt, kas kopš tās mainījies; katra izmaiņa ir saite uz elementu
command-merge-with = Apvienot ar kopiju…
command-merge-with-tip = Apvienot ar šo karti citu tās kopiju („konfliktējošu kopiju“ no koplietotas mapes): vispirms priekšskatījums, tad viens atsaukšanas solis
chooser-compare-versions = Izmaiņas kopš citas versijas
chooser-merge-with = Apvienot ar kopiju
versions-title = Izmaiņas kopš { $name }
versions-none = Izmaiņu nav: kartes ir vienādas.
conflicts-title = Apvienošanas konflikti ({ $n })
conflicts-body = Abas versijas to mainīja atšķirīgi. Kartē ir mūsu versija; izvēlieties katram.
conflicts-keep-ours = Paturēt mūsu
conflicts-take-theirs = Ņemt viņu
merge-title = Apvienošana ar { $name }
merge-summary = { $changes ->
    [zero] { $changes } izmaiņu
    [one] { $changes } izmaiņa
   *[other] { $changes } izmaiņas
} šajā kartē, { $conflicts ->
    [zero] { $conflicts } konfliktu
    [one] { $conflicts } konflikts
   *[other] { $conflicts } konflikti
} jāatrisina pēc tam.
merge-button = Apvienot
error-not-a-version = { $file } nav šīs kartes versija: tām nav neviena kopīga elementa
step-merge = Apvienošana
step-resolve-conflict = Konflikta atrisināšana
versions-item-title = nosaukums
versions-item-language = valoda
versions-item-lens = kartes konteksts
versions-item-stage = posms { $id }
versions-item-lane = josla { $id }
versions-item-card = kartīte { $id }
versions-item-persona = persona { $id }
versions-item-review = atsauksme { $id }
versions-item-comment = komentārs { $id }
versions-item-curve = joslas { $lane } līkne
versions-item-emotion = emociju vērtība (josla { $lane }, posms { $stage })
versions-item-metric = rādītāja vērtība (josla { $lane }, posms { $stage })
versions-none-value = (nav)
versions-added = Pievienots: { $item }
versions-removed = Noņemts: { $item }
versions-reordered = Jauna secība: { $item }

## Comments
command-toggle-comments = Komentāru panelis
command-toggle-comments-tip = Rādīt vai slēpt šīs kartes komentāru pavedienus
command-add-comment = Pievienot komentāru
command-add-comment-tip = Komentēt atlasīto kartīti, posmu vai joslu (vai visu karti)
comments-title = Komentāri
comments-close = Aizvērt
comments-author = Jūsu vārds
comments-author-hint = Redzams jūsu komentāros
comments-author-needed = Vispirms ierakstiet vārdu laukā „Jūsu vārds“: ar to tiek parakstīts komentārs.
comments-new-on = Jauns komentārs: { $item }
comments-new-hint = Rakstiet komentāru… (Ctrl+Enter to publicē)
comments-add = Komentēt
comments-add-tip = Publicēt komentāru (Ctrl+Enter)
comments-open-threads = { $count ->
    [zero] { $count } atvērtu pavedienu
    [one] { $count } atvērts pavediens
   *[other] { $count } atvērti pavedieni
}
comments-show-resolved = Rādīt atrisinātos ({ $count })
comments-none = Komentāru vēl nav. Atlasiet kartīti, posmu vai joslu un rakstiet augstāk.
comments-on-map = visa karte
comments-on-stage = posms „{ $name }“
comments-on-lane = josla „{ $name }“
comments-on-card = kartīte „{ $name }“
comments-on-deleted-stage = dzēsts posms
comments-on-deleted-lane = dzēsta josla
comments-on-deleted-card = dzēsta kartīte
comments-show-tip = Atlasīt kartē
comments-resolved = atrisināts
comments-reply-hint = Atbildēt…
comments-reply = Atbildēt
comments-resolve = Atrisināt
comments-resolve-tip = Atzīmēt diskusiju kā atrisinātu; tā pazudīs no atvērto saraksta
comments-reopen = Atvērt no jauna
comments-reopen-tip = Atvērt diskusiju vēlreiz
comments-anonymous = (bez vārda)
comments-edit = Labot
comments-save = Saglabāt
comments-cancel = Atcelt
comments-delete = Dzēst
comments-delete-tip = Dzēst šo atbildi (Ctrl+Z to atjauno)
comments-delete-thread-tip = Dzēst visu pavedienu (Ctrl+Z to atjauno)
comments-badge = { $count ->
    [zero] { $count } komentāru
    [one] { $count } komentārs
   *[other] { $count } komentāri
}
comments-badge-tip = { $count ->
    [zero] { $count } atvērtu komentāru: noklikšķiniet, lai lasītu
    [one] { $count } atvērts komentārs: noklikšķiniet, lai lasītu
   *[other] { $count } atvērti komentāri: noklikšķiniet, lai lasītu
}
step-add-comment = komentāra pievienošana
step-reply = atbilde
step-resolve-comment = diskusijas atrisināšana
step-reopen-comment = diskusijas atvēršana
step-edit-comment = komentāra labošana
step-delete-comment = komentāra dzēšana
export-comments-appendix = Komentāru pielikums
map-comments-heading = Komentāri
map-comment-resolved = atrisināts

## Versions: field names and unrelated copies
versions-field-text = teksts
versions-field-name = nosaukums
versions-field-title = virsraksts
versions-field-description = apraksts
versions-field-note = piezīme
versions-field-stage = posms
versions-field-lane = josla
versions-field-color = krāsa
versions-field-confidence = ticamība
versions-field-channel = kanāls
versions-field-rating = vērtējums
versions-field-personas = personas
versions-field-evidence = pierādījumi
versions-field-value = vērtība
versions-field-deleted = dzēsts vienā pusē
versions-field-resolved = atrisināts
versions-field-role = loma
versions-field-quote = citāts
versions-field-goals = mērķi
versions-field-frustrations = kas kaitina
merge-unrelated = „{ $name }“ nav nevienas kopīgas kartītes, posma vai joslas ar šo karti: tā nav tās versija. Apvienošana pievienos visu tās saturu līdzās esošajam.
merge-anyway = Tomēr apvienot
conflicts-badge = { $count ->
    [zero] { $count } apvienošanas konfliktu
    [one] { $count } apvienošanas konflikts
   *[other] { $count } apvienošanas konflikti
}
conflicts-badge-tip = Apvienošana nevarēja izlemt: logā „Apvienošanas konflikti“ paturiet mūsu versiju vai ņemiet viņu versiju

## Pictures in the app
chooser-picture = Izvēlieties attēlu kartītei
card-picture = Attēls
card-picture-hint = Ievelciet attēla failu uz kartītes, ielīmējiet ekrānuzņēmumu (Ctrl+V) vai izvēlieties failu.
card-picture-choose = Izvēlēties attēlu…
card-picture-replace = Aizstāt attēlu…
card-picture-remove = Noņemt attēlu
card-picture-alt = Alternatīvais teksts (kas attēlā redzams)
picture-where = Ievelciet vai ielīmējiet attēlu uz kartītes vai tukšā kartīšu joslas šūnā (vai vispirms atlasiet kartīti)
picture-added = Attēls pievienots; tas glabājas mapē blakus kartei
picture-not-copied = { $count ->
    [zero] { $count } attēlu neizdevās nokopēt blakus kartei (pirmais: { $file }); to kartītēm palika vecie ceļi
    [one] { $count } attēlu neizdevās nokopēt blakus kartei ({ $file }); tās kartītei palika vecais ceļš
   *[other] { $count } attēlus neizdevās nokopēt blakus kartei (pirmais: { $file }); to kartītēm palika vecie ceļi
}
picture-outside-title = „{ $file }“ atrodas ārpus kartes mapes
picture-outside-body = Kopēt to kartes resursu mapē, lai karte un tās attēli kopā pārvietotos, sinhronizētos un nonāktu git? Saite atstās failu, kur tas ir; kartei būs vajadzīgs šis fails, lai to parādītu.
picture-outside-copy = Kopēt pie kartes
picture-outside-link = Saistīt ar to, kur tas ir
picture-outside-remembered = Jautājam vienreiz: atbilde tiks izmantota visiem attēliem no citām mapēm. To var mainīt izvēlnē „Rediģēt“, punktā „Attēli no citām mapēm“.
menu-outside-pictures = Attēli no citām mapēm
picture-policy-ask = Jautāt pirmajā reizē
picture-policy-copy = Kopēt blakus kartei
picture-policy-link = Saistīt tur, kur tie ir
notice-exported-unreadable = { $count ->
    [zero] Eksportēts: { $file }; { $count } attēlus neizdevās nolasīt, to vietā ir aizstājēji: { $pictures }
    [one] Eksportēts: { $file }; { $count } attēlu neizdevās nolasīt, tā vietā ir aizstājējs: { $pictures }
   *[other] Eksportēts: { $file }; { $count } attēlus neizdevās nolasīt, to vietā ir aizstājēji: { $pictures }
}
versions-field-image = attēls
versions-field-alt = alternatīvais teksts
versions-field-author = autors
versions-field-time = laiks
versions-field-impact = ietekme
versions-field-importance = svarīgums
versions-field-source = avots
versions-field-date = datums
versions-field-link = saite
versions-field-photo = foto
versions-field-unit = vienība
picture-not-now = Attēlus nevar ievilkt, kamēr ir atvērts dialogs vai notiek prezentācija
picture-linked = Attēls saistīts ar failu ārpus kartes mapes; kartei vajag šo failu, lai to parādītu
error-picture = Neizdevās ielikt attēlu kartītē: { $error }

## Why a file could not be read (load errors; the CLI prints the English)
load-utf8-spreadsheet = nederīgs UTF-8 (baits 0x{ $byte }); saglabājiet izklājlapu kā „CSV UTF-8“
load-utf8-text = nederīgs UTF-8 (baits 0x{ $byte }); saglabājiet failu UTF-8 kodējumā
load-bom-broken = fails sākas ar { $encoding } baitu secības zīmi, bet šeit nav derīgs { $encoding }; saglabājiet izklājlapu vēlreiz kā „Unikoda teksts“ vai „CSV UTF-8“
load-encoding-unknown = nederīgs UTF-8 (baits 0x{ $byte }), un kodējumu nevar droši noteikt: pārbaudīti UTF-8, UTF-16 LE un BE (ar baitu secības zīmi), Windows-1251 (kirilica) un Windows-1257 (Baltijas) (baiti visvairāk līdzinās { $guess }, ko journeymap nelasa); saglabājiet izklājlapu kā „CSV UTF-8“ vai „Unikoda teksts“
load-map-empty = fails ir tukšs; gaidīta klienta ceļojuma karte: `(version: 1, title: "…", stages: [...], lanes: [...])`
load-map-newer = šī karte saglabāta ar jaunāku journeymap versiju (faila formāta versija { $version }); šī versija lasa formātus līdz { $supported }. Atjauniniet journeymap, lai to atvērtu
load-map-utf8 = nederīgs UTF-8 (baits 0x{ $byte }); karšu faili ir UTF-8 teksts. Vai tas ir pareizais fails?
load-map-version-zero = faila formāta versija 0 neeksistē; gaidīts `version: 1`
load-map-no-version = trūkst lauka `version`; ceļojuma karte sākas ar `(version: { $version }, ...`
load-map-ends-early = fails beidzas par agru: nav aizvērta iekava `(` vai `[` ({ $detail })
load-ron-eof = negaidītas faila beigas; nav aizvērta iekava
load-ron-structure-end = gaidīta `)`, kas aizver struktūru, vai `,` pirms nākamā lauka
load-ron-list-end = gaidīta `]`, kas aizver sarakstu, vai `,` pirms nākamā elementa
load-ron-too-deep = iekavas šeit ir ligzdotas dziļāk par { $depth } līmeņiem; ceļojuma kartei vajag tikai dažus. Vai tas ir pareizais fails?
load-ron-expected-comma = šeit gaidīts `,`
load-ron-expected-string = šeit gaidīts teksts dubultpēdiņās
load-ron-string-end = teksts dubultpēdiņās nav aizvērts
load-ron-expected-integer = šeit gaidīts vesels skaitlis
load-ron-expected-number = šeit gaidīts skaitlis
load-ron-expected-boolean = šeit gaidīts `true` vai `false`
load-ron-expected-option = šeit gaidīts `Some(…)` vai `None`
load-ron-expected-list = šeit gaidīts saraksts `[…]`
load-ron-expected-structure = šeit gaidīta struktūra `(…)`
load-ron-number-too-large = skaitlis šeit ir par lielu
load-ron-trailing = aiz kartes beigām ir vēl teksts
load-ron-unexpected-char = negaidīta rakstzīme `{ $char }`
load-ron-unknown-value = nezināma vērtība `{ $found }`; gaidīta viena no: { $expected }
load-ron-unknown-value-in = nezināma vērtība `{ $found }` tipam `{ $outer }`; gaidīta viena no: { $expected }
load-ron-unknown-field = nezināms lauks `{ $found }`; gaidīts viens no: { $expected }
load-ron-unknown-field-in = nezināms lauks `{ $found }` struktūrā `{ $outer }`; gaidīts viens no: { $expected }
load-ron-missing-field = trūkst lauka `{ $field }`
load-ron-missing-field-in = trūkst lauka `{ $field }` struktūrā `{ $outer }`
load-ron-duplicate-field = lauks `{ $field }` ir divreiz
load-ron-duplicate-field-in = lauks `{ $field }` ir divreiz struktūrā `{ $outer }`
load-import-kind = šāda veida failus nevar importēt; izmantojiet kādu no: { $kinds }
load-markdown-no-diagram = Mermaid lietotāja ceļojuma diagramma nav atrasta: gaidīts ```mermaid bloks, kas sākas ar `journey`
load-csv-unclosed-quote = pēdiņa šīs šūnas sākumā nav aizvērta, tāpēc viss atlikušais fails būtu viena šūna; aizveriet to ar vēl vienu " (pēdiņu šūnā pēdiņās raksta "")
load-csv-unreadable-row = CSV rindu nevar nolasīt: { $detail }
load-csv-empty = fails ir tukšs; gaidīta pirmā rinda ar kartes nosaukumu un posmu nosaukumiem: `Kartes nosaukums,Posms 1,Posms 2`
load-csv-no-stages = pirmajā rindā pēc kartes nosaukuma vajag posmu nosaukumus: `Kartes nosaukums,Posms 1,Posms 2`
load-csv-short-row = šajā rindā ir { $cells } šūnas, bet pirmajā — { $width } (joslas nosaukums un pa vienai katram posmam); pievienojiet trūkstošās šūnas
load-csv-past-last-stage = šī šūna ir pa labi no pēdējā posma (pirmajā rindā posmu: { $stages })
load-csv-no-lane-title = rindas pirmajā šūnā vajag joslas nosaukumu
load-csv-line-holds-nothing = „{ $line }“ ir pakalpojuma plāna līnija, un tajā nekā nav; atrasts „{ $found }“
load-csv-expected-number = gaidīts skaitlis joslai „{ $lane }“ posmā „{ $stage }“, atrasts „{ $found }“
load-csv-emotion-scale = emocijas vērtība { $value } neietilpst joslas skalā { $scale }: visām vienas joslas vērtībām jābūt robežās −2…2, 1…5 vai 1…10
save-failed = Neizdevās saglabāt { $file }: { $reason }. Iepriekšējais fails, ja tāds bija, nav mainīts.
save-reason-read-only = mape vai fails ir tikai lasāms
save-reason-folder = šajā ceļā ir mape
save-reason-no-folder = šādas mapes nav
save-reason-disk-full = disks ir pilns
photo-unreadable = failu nevar nolasīt: { $detail }
photo-not-an-image = tas nav attēls, ko journeymap var nolasīt ({ $detail })
picture-refused = { $file }: { $why }
picture-refused-pasted = ielīmētais attēls: { $why }
# Importing Mermaid journey diagrams.
load-mermaid-acc-descr-open = `accDescr {"{"}` nav aizvērts: pēc apraksta jābūt `{"}"}`
load-mermaid-no-header = Mermaid lietotāja ceļojuma diagrammai jāsākas ar `journey`, bet atrasts „{ $found }“
load-mermaid-front-matter-open = šeit sāktais front matter bloks nav aizvērts ar rindu `---`
load-mermaid-no-diagram = nav diagrammas: sagaidīta Mermaid lietotāja ceļojuma diagramma, kas sākas ar `journey`
load-mermaid-semicolon = journey diagrammā nevar lietot `;`; semikolu nosaukumā raksta kā #59;
load-mermaid-name-missing = pēc `{ $word }` jābūt nosaukumam, piemēram, "{ $word } Go to work"
load-mermaid-section-colon = `section` nosaukumā nevar būt `:`; kolu raksta kā #58;
load-mermaid-task-no-score = uzdevuma rindā vajag vērtējumu: "{ $task }: 5: Actor" (vai te bija domāts `section` vai `title`?)
load-mermaid-task-no-name = uzdevumam pirms `:` jābūt nosaukumam, piemēram, `Uzvārīt tēju: 5: Es`
load-mermaid-task-score-missing = uzdevuma rindā pēc `:` vajag vērtējumu: "{ $name }: 5: Actor"
load-mermaid-third-colon = Mermaid ignorē to, kas uzdevuma rindā seko trešajam `:` (":{ $rest }"), un šis imports arī; kolu nosaukumā raksta kā #58;
load-mermaid-score-nan = vērtējums „{ $score }“ nav skaitlis (Mermaid šo uzdevumu zīmē bez sejiņas); kartītei nav vērtības emociju līknē, un tās piezīmē paliek "score: { $score }"
load-mermaid-score-fraction = vērtējums { $score } nav vesels skaitlis; emociju līknē ir { $value }, tuvākā iespējamā vērtība, un kartītes piezīmē paliek "score: { $score }"
load-mermaid-score-above = vērtējums { $score } pārsniedz { $max }, līknes skalas { $min }–{ $max } augšējo robežu; emociju līknē ir { $value }, tuvākā iespējamā vērtība, un kartītes piezīmē paliek "score: { $score }"
load-mermaid-score-below = vērtējums { $score } ir mazāks par { $min }, līknes skalas { $min }–{ $max } apakšējo robežu; emociju līknē ir { $value }, tuvākā iespējamā vērtība, un kartītes piezīmē paliek "score: { $score }"
load-mermaid-scale-ten = ir vērtējumi virs 5 (šeit { $score }), tāpēc emociju līkne izmanto skalu 1–10
# Importing customer reviews (CSV, Excel, JSON).
load-reviews-no-rows = failā nav rindu; sagaidīta galvenes rinda (piemēram, `Date;Author;Rating;Review`) un pa rindai katrai atsauksmei
load-reviews-quote-open = pēdiņa, ar kuru šajā rindā sākas šūna, nav aizvērta, tāpēc viss faila atlikums būtu viena atsauksme; aizveriet to ar vēl vienu " (pēdiņu šūnā, kas ir pēdiņās, raksta kā "")
load-reviews-csv-row = CSV rindu nevar nolasīt: { $detail }
load-reviews-no-text-column = nevienā kolonnā nav atsauksmes teksta; kolonnas: { $columns }; norādiet vajadzīgo ar --columns text=NOSAUKUMS (vai tās numuru)
load-reviews-rating-unread = neizdevās nolasīt vērtējumu: rinda { $rows } ({ $text }); šī atsauksme importēta bez vērtējuma
load-reviews-ratings-unread = neizdevās nolasīt vērtējumus ({ $n }): rindas { $rows } (pirmais — { $text }); šīs atsauksmes importētas bez vērtējuma
load-reviews-date-unread = journeymap neatpazīst datuma formātu: rinda { $rows } ({ $text }); datums saglabāts, kā rakstīts
load-reviews-dates-unread = journeymap neatpazīst datumu formātu ({ $n }): rindas { $rows } (pirmais — { $text }); datumi saglabāti, kā rakstīti
load-reviews-json-invalid = nederīgs JSON: { $detail }
load-reviews-json-no-array = JSON nav atsauksmju masīva; sagaidīts [{"{"}"text": …, "rating": …{"}"}, …] vai {"{"}"reviews": [{"{"}…{"}"}, …]{"}"}
load-reviews-json-element-null = masīva { $n }. elements ir null, nevis objekts ar atsauksmes laukiem
load-reviews-json-element-boolean = masīva { $n }. elements ir Būla vērtība, nevis objekts ar atsauksmes laukiem
load-reviews-json-element-number = masīva { $n }. elements ir skaitlis, nevis objekts ar atsauksmes laukiem
load-reviews-json-element-string = masīva { $n }. elements ir virkne, nevis objekts ar atsauksmes laukiem
load-reviews-json-element-array = masīva { $n }. elements ir masīvs, nevis objekts ar atsauksmes laukiem
load-reviews-json-element-object = masīva { $n }. elements ir objekts, bet ne objekts ar atsauksmes laukiem
load-reviews-json-value-expected = šeit sagaidīta JSON vērtība
load-reviews-json-comma-expected = šeit sagaidīts `,` vai saraksta beigas
load-reviews-json-empty = masīvā nav atsauksmju; sagaidīti objekti, piemēram, {"{"}"text": "…", "rating": 5{"}"}
load-reviews-file-kind = no šāda veida failiem atsauksmes nevar importēt; der: .{ $extensions }
load-reviews-xlsx-unreadable = Excel darbgrāmatu nevar nolasīt ({ $detail }); saglabājiet to programmā Excel kā .xlsx vai kā "CSV UTF-8"
load-reviews-xlsx-no-sheet = darbgrāmatā nav nevienas darblapas
load-reviews-xlsx-sheet-unreadable = pirmo darblapu nevar nolasīt: { $detail }
read-not-found = nevar atvērt: šāda faila nav
read-no-permission = nevar atvērt: nav tiesību lasīt šo failu
read-cannot-open = nevar atvērt: { $detail }
read-folder = šī ir mape, nevis { $what ->
        [map] kartes fails
        [import] importējams fails
        [reviews] atsauksmju fails
       *[picture] attēls
    }
read-not-regular = šis nav parasts fails ({ $type ->
        [fifo] FIFO, nosaukts kanāls
        [socket] ligzda
        [device] ierīce
       *[other] nav fails ar datiem
    }); norādiet { $what ->
        [map] kartes failu
        [import] importējamu failu
        [reviews] atsauksmju failu
       *[picture] attēlu
    }
read-too-big = izmērs ir { $size } MB; { $what ->
        [map] karšu failiem
        [import] importējamiem failiem
        [reviews] atsauksmju failiem
       *[picture] attēliem
    } ierobežojums ir { $limit } MB
read-grew-too-big = izmērs pārsniedz { $limit } MB; { $what ->
        [map] karšu failiem
        [import] importējamiem failiem
        [reviews] atsauksmju failiem
       *[picture] attēliem
    } ierobežojums ir { $limit } MB
read-failed = nevar nolasīt: { $detail }
card-picture-missing = Attēla faila nav: kartītē redzams aizstājējs.
export-unknown-comparison = { $file }: nezināms salīdzinājuma formāts; norādiet faila nosaukumu ar .png, .svg vai .md
export-unknown-format = { $file }: nezināms eksporta formāts; norādiet faila nosaukumu ar .svg, .png vai .pdf
export-scale-range = mērogs { $scale } ir ārpus pieļaujamā; izmantojiet no 1 līdz 4
export-write-failed = neizdevās ierakstīt { $file }: { $detail }; diskā nekas netika mainīts
export-too-big-at-scale = attēls būtu { $width } × { $height } px, vairāk par ierobežojumu — { $side } px malai un { $megapixels } megapikseļi; eksportējiet ar mērogu { $scale } vai mazāku vai kā SVG
export-too-big = attēls būtu { $width } × { $height } px, vairāk par ierobežojumu — { $side } px malai un { $megapixels } megapikseļi — pat ar mazāko mērogu ({ $scale }); eksportējiet karti kā SVG
export-pdf-empty = karte ir tukša: PDF nav lapu

# --- hardening: outputs, review files, merges ---
save-reason-not-regular = tas ir { $kind ->
        [fifo] nosaukts programmkanāls (FIFO)
        [socket] ligzda
        [device] ierīce
       *[other] kaut kas cits, nevis parasta datne
    }, un to nekad neaizstāj ar datni
export-not-regular = { $file } ir { $kind ->
        [fifo] nosaukts programmkanāls (FIFO)
        [socket] ligzda
        [device] ierīce
       *[other] kaut kas cits
    }, nevis parasta datne: to nekad neaizstāj; nekas netika ierakstīts
load-reviews-too-wide = šajā rindā ir { $columns } kolonnas — vairāk nekā { $limit }, ko pieļauj izklājlapa; tas nav atsauksmju eksports
load-reviews-too-many-rows = datnē ir vairāk nekā { $limit } rindu; vienā importā var pievienot ne vairāk kā { $limit } atsauksmju: sadaliet eksportu mazākās datnēs
load-reviews-too-many-cells = datnē ir vairāk nekā { $limit } aizpildītu šūnu; tas nav atsauksmju eksports — vai sadaliet to mazākās datnēs
load-reviews-xlsx-too-big = darbgrāmata izpakojas lielāka, nekā mēdz būt atsauksmju eksports (daļa { $part }: ne vairāk kā { $limit } MB katra, { $total } MB kopā); saglabājiet to kā „CSV UTF-8“ un importējiet to
load-reviews-map-too-big = ar šīm atsauksmēm karte aizņemtu ap { $size } MB — vairāk par { $limit } MB, ko drīkst aizņemt kartes datne; importējiet mazāk atsauksmju vai izveidojiet tām atsevišķu karti
problem-quote-rating = kartītes { $card } citāta vērtējums nebija derīgs: noņemts vai izlabots
export-pdf-poster-too-big = dabiskajā lielumā karte ir { $width } × { $height } m — vairāk par { $limit } m, ko drīkst aizņemt PDF lapa (skatītāji to neatvērs vai apgriezīs); ietilpiniet to vienā lapā (--page a0) vai drukājiet uz vairākām lapām (--tile a3)
export-pdf-too-many-sheets = ar mērogu { $scale } vajadzētu { $rows } × { $columns } = { $sheets } { $paper } lapas, vairāk nekā { $limit }; samaziniet --scale vai ņemiet lielāku lapu
reviews-reading-title = Atsauksmju lasīšana
reviews-reading-body = { $file }… { $seconds } s
# --- trust: editing and canvas ---
point-choice-title = Kura persona to jūt?
present-scroll-keys = Bultas uz leju / augšu vai ritenītis — ritināt posmu
# --- trust: words and windows ---
versions-quoted = „{ $text }“
versions-value-empty = (tukšs)
versions-name-stage = { $n }. posms { $name }
versions-name-lane = josla { $name }
versions-name-card = kartīte { $text } ({ $lane }, { $stage })
versions-name-persona = persona „{ $name }“
versions-name-review = atsauksme { $text }
versions-name-comment = komentārs { $text } ({ $author })
versions-name-curve = „{ $persona }“ līkne joslā { $lane }
versions-name-emotion = „{ $persona }“ emocija joslā { $lane }, posmā { $stage }
versions-name-metric = { $lane }, posms { $stage }
versions-list-stages = posmu secība
versions-list-lanes = joslu secība
versions-list-personas = personu secība
versions-list-reviews = atsauksmju secība
versions-list-comments = komentāru secība
versions-list-cards = kartīšu secība joslā { $lane }
versions-list-curves = līkņu secība joslā { $lane }
versions-list-other = elementu secība
versions-value-deleted = dzēsts
versions-value-kept = paturēts un mainīts
versions-value-auto-colour = automātiska
versions-value-everyone = visi klienti
versions-value-whole-map = visa karte
versions-value-quote = { $quote } ({ $source })
versions-value-yes = jā
versions-value-no = nē
versions-moved-to = pārvietots uz { $new } (no { $old })
conflicts-ours-label = Mūsu:
conflicts-theirs-label = Viņu:
versions-field-age = vecums
versions-field-kind = joslas veids
versions-field-scale = skala
versions-field-collapsed = sakļauta
versions-field-metric-style = diagrammas veids
versions-field-on = par ko
versions-field-reply-to = atbilde uz
versions-field-goal = mērķis
versions-field-scenario = scenārijs
versions-field-expectations = gaidas
versions-field-review = atsauksme
versions-field-accessible-title = nosaukums ekrāna lasītājam
command-toggle-inspector = Inspektors
command-toggle-inspector-tip = Sakļaut inspektoru, lai kartei būtu vairāk vietas, vai parādīt to atkal
key-enter = Enter
key-tab = Tab
key-space = Atstarpe
key-delete = Delete
key-backspace = Backspace
key-home = Home
key-end = End
key-page-up = Page Up
key-page-down = Page Down
files-name-damaged = Failu izvēles logs atdeva bojātu nosaukumu ({ $name }): ar to nekas netika saglabāts. Izvēlieties failu šeit.
compare-measure = Emocija — posma emociju līkņu vidējā vērtība procentos no skalas: 0 % — vissliktāk, 100 % — vislabāk, 50 % — neitrāli.
compare-best = vislabāk 100 %
compare-worst = vissliktāk 0 %
comments-why-no-text = Vispirms uzrakstiet komentāru.
comments-author-check = Ar šo vārdu tiek parakstīti jūsu komentāri; izlabojiet to, ja kolēģi jūs pazīst citādi.
notice-deleted-stage-cards = { $n ->
    [zero] Posms „{ $name }“ dzēsts kopā ar { $n } kartītēm
    [one] Posms „{ $name }“ dzēsts kopā ar { $n } kartīti
   *[other] Posms „{ $name }“ dzēsts kopā ar { $n } kartītēm
}
notice-undo = Atsaukt
start-recent-where = mapē { $folder } · mainīts { $when }
start-recent-forget = Noņemt no saraksta
start-recent-forget-tip = Faila vairs nav: noņemt to no nesenajiem failiem (nekas netiek dzēsts)
export-pdf-sheets = { $n ->
    [one] Karte aizņems { $n } lapu; mazākais teksts — { $size } pt.
   *[other] Karte aizņems { $n } lapas (režģis { $rows } × { $columns }), tās jāsalīmē; mazākais teksts — { $size } pt.
}
export-pdf-too-small-before = Uz šīs lapas mazākais teksts būs { $size } pt — pārāk sīks, lai lasītu. Izvēlieties lielāku lapu vai drukāšanu uz vairākām lapām.
export-pdf-text-size = Mazākais teksts — { $size } pt.
key-left = Bultiņa pa kreisi
key-right = Bultiņa pa labi
key-up = Bultiņa uz augšu
key-down = Bultiņa uz leju
versions-was = bija
versions-now = tagad
versions-value-not-given = nav norādīts
