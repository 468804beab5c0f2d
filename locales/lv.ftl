# journeymap — latviešu valodā.
# Visas saskarnes virknes un noklusējuma teksti, kas nonāk kartēs un
# eksportā. Atslēgas ir tās pašas kā en.ftl un ru.ftl (to pārbauda tests).

app-name = journeymap

## Teksti kartēs: noklusējuma nosaukumi (kartes valodā)

lane-kind-actions = Darbības
lane-kind-thoughts = Domas
lane-kind-emotions = Emocijas
lane-kind-touchpoints = Saskares punkti
lane-kind-pains = Sāpju punkti
lane-kind-opportunities = Iespējas
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
unassigned-stage = Bez posma
export-footer = { $title }  ·  { $date }  ·  izveidots ar journeymap

## Skaitītāji

count-cards = { $n ->
    [zero] { $n } karšu
    [one] { $n } karte
   *[other] { $n } kartes
}

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
