import * as chrono from 'chrono-node';
import { near } from './text';
import type { PhraseTable } from './types';

// Text is normalised: "geïnteresseerd" is "geinteresseerd", "één" is "een".
const VERB = `(?:benader|bel|mail|e-?mail|contacteer|contacter|contact opnem|lastig ?vall|app|sms|bericht|stoor|stor|stuur)`;
const LIST =
  `(?:lijst|lijsten|bestand|bestanden|database|databank|mailinglijst|verzendlijst|systeem|crm|adressenbestand` +
  `|kandidatenbestand|talentpool|nieuwsbrief|mailing|kaartenbak)`;
const FOR_NOW =
  `(?:nu|op dit moment|momenteel|op het moment|voorlopig|even|voor nu|dit jaar|nog|op dit ogenblik|vooralsnog` +
  `|de komende tijd)`;
const NO_INTEREST =
  `(?:geen (?:\\w+ )?interesse|niet (?:\\w+ )?geinteresseerd|niet (?:op zoek|beschikbaar|open)` +
  `|zoek (?:ik )?(?:niet|geen|niets))`;

export const nl: PhraseTable = {
  lang: 'nl',
  chrono: chrono.nl.casual,
  markers: new RegExp(
    String.raw`\b(?:ik|niet|geen|en|de|het|een|dank|bedankt|je|jij|u|uw|mij|me|mijn|wel|graag|maar|voor|met|op|van` +
      String.raw`|is|ben|heb|dat|dit|nu|nog|even|groet|groeten|hoi|hallo|goed|zeker|wil|kan|zou|ook|toch|hoor)\b`,
    'g',
  ),
  stop: [
    // A client: stop sending CVs or candidates altogether.
    new RegExp(
      String.raw`\b(?:stuur|stuurt|zend) (?:ons |mij |me )?(?:alstublieft |aub |voortaan |liever ` +
        String.raw`|echt )*geen (?:\w+ )?(?:cv'?s|kandidaten|profielen) meer\b`,
    ),
    new RegExp(
      String.raw`\bwillen (?:\w+ )?geen (?:\w+ )?(?:cv'?s|kandidaten|profielen) (?:meer )?ontvangen\b` +
        String.raw`|\bstop (?:met )?(?:het )?(?:sturen|versturen|toesturen) van (?:cv'?s|kandidaten|profielen)\b`,
    ),
    new RegExp(
      String.raw`\b(?:wil|willen|hoef|hoeven) (?:\w+ )?(?:niks|niets|nooit) meer (?:van (?:jullie|u|je` +
        String.raw`|jou) )?(?:horen|ontvangen|weten)\b`,
    ),
    new RegExp(
      String.raw`\b(?:uit|van) (?:uw|jullie|je|het|de) (?:systeem|bestand|database|lijst|mailinglijst` +
        String.raw`|adresboek|crm) (?:halen|verwijderen|schrappen|wissen|gooien)\b`,
    ),
    /\b(?:neem|neemt|nemen) (?:\w+ )?(?:geen|niet meer|nooit meer|nooit) (?:\w+ )?contact(?: \w+){0,3} op\b/,
    new RegExp(`\\b(?:niet (?:meer|weer|opnieuw|langer)|nooit(?: meer)?) (?:te )?${VERB}\\w*`),
    new RegExp(
      String.raw`\b(?:bel|mail|benader|contacteer|app|sms|stuur|stoor) (?:me|mij|ons) (?:alsjeblieft |alstublieft ` +
        String.raw`|aub |a\.u\.b\. |svp |dan ook |ook )*(?:niet meer|nooit meer|nooit|niet)\b(?=\s*(?:[.!;,]|$|meer` +
        String.raw`|aub|alsjeblieft|alstublieft|svp|dank|bedankt))`,
    ),
    new RegExp(
      String.raw`\b(?:ik wil|wij willen|ik wens|ik zou graag) (?:\w+ )?(?:niet (?:meer |langer )?|nooit (?:meer )?` +
        String.raw`|geen )(?:benaderd|gebeld|gemaild|gecontacteerd|lastiggevallen|gestoord|contact|berichten|mails` +
        String.raw`|e-mails|telefoontjes)\b`,
    ),
    /\bniet (?:meer |langer )?(?:benaderd|gebeld|gemaild|gecontacteerd|lastiggevallen) (?:te )?worden\b/,
    new RegExp(
      String.raw`\bgeen (?:verdere |verder |enkele )?(?:contact|mails|e-mails|berichten|telefoontjes|benaderingen` +
        String.raw`|vacatures|mailtjes|berichtjes|sms'?jes) meer\b|\bgeen verder(?:e)? contact\b`,
    ),
    near(`\\b(?:haal|verwijder|schrap|wis|uitschrijf|schrijf)\\w*`, `\\b${LIST}\\b`, 50),
    /\b(?:uitschrijven|afmelden|uitschrijving|afmelding|schrijf (?:me|mij) uit|meld (?:me|mij) af)\b/,
    new RegExp(
      String.raw`\b(?:verwijder|wis|vernietig|schrap)\w* (?:\w+ )?(?:al |alle )?(?:mijn` +
        String.raw`|m'n) (?:persoons)?(?:gegevens|data|cv|nummer|telefoonnummer|e-?mailadres|adres|profiel)\b` +
        String.raw`|\b(?:mijn|m'n) (?:persoons)?gegevens (?:\w+ ){0,3}?(?:verwijderen|wissen|vernietigen)\b`,
    ),
    /\b(?:de|volgens de|op grond van de|conform de|onder de) avg\b/,
    /\brecht op (?:vergetelheid|verwijdering|gegevenswissing)\b/,
    /\blaat (?:me|mij|ons) (?:alsjeblieft |aub |gewoon |nou )?(?:met rust|in rust|met vrede)\b/,
    /\bstop (?:met|nu met|alsjeblieft met) (?:mailen|bellen|benaderen|contact|sturen|berichten|appen|mij|me)\b/,
    /\bhou(?:d)? (?:op|er mee op|ermee op)\b/,
    /\b(?:dit is|dat is) (?:\w+ )?(?:spam|intimidatie|stalking)\b/,
    new RegExp(
      String.raw`\bmijn (?:gegevens|nummer|telefoonnummer|e-?mailadres|cv|data)\b[^]{0,80}?\b(?:verwijder|wis` +
        String.raw`|vernietig)\w* (?:ze|die|het|deze|dat)\b`,
    ),
    /\b(?:eraf|eruit|er af|er uit) (?:te )?(?:halen|gehaald|gooien)\b/,
    /\bniet meer (?:via|op|per) \w+ (?:te )?(?:benader|bel|mail|contacteer|contacter|bericht|app)\w*/,
    /\bniet meer (?:te )?contacteren\b/,
  ],
  notStop: [
    /\b(?:zeker |vooral |alsjeblieft |alstublieft )?niet stoppen met\b[^.!?\n]*/,
    /\bniet (?:stoppen|ophouden) met (?:sturen|mailen)\b/,
    /\bniet bellen,? (?:wel |maar |liever )/,
    /\b(?:bel|mail) (?:me|mij) niet (?:voor|na|tussen|op|tijdens)\b/,
    /\b(?:haal|verwijder|schrap) (?:me|mij) (?:alsjeblieft |vooral |maar )?niet\b[^.!?\n]*/,
    /\bstop (?:vooral |alsjeblieft |maar )?niet\b[^.!?\n]*/,
  ],
  no: [
    // Decided to stay where they are, or signed with another company.
    new RegExp(
      String.raw`\b(?:heb|hebben) (?:al |inmiddels |net |reeds )*(?:een )?(?:contract|aanbod` +
        String.raw`|aanbieding) (?:\w+ ){0,4}?(?:getekend|aangenomen|geaccepteerd)\b`,
    ),
    // A client: the role is filled or closed, no agencies for it, no more candidates needed.
    /\b(?:vacature|functie|positie|rol) is (?:\w+ ){0,2}?(?:ingevuld|vervuld|gesloten|ingetrokken)\b/,
    /\bhebben (?:de|deze) (?:vacature|functie|positie) (?:\w+ ){0,2}?(?:ingevuld|vervuld)\b/,
    /\bbesloten (?:\w+ ){0,4}?geen (?:\w+)?(?:bureaus?|recruiters?)\b/,
    /\bgeen (?:\w+ )?(?:kandidaten|cv'?s|profielen) meer nodig\b/,
    /\bgeen (?:\w+ )?interesse\b|\bniet (?:\w+ )?geinteresseerd\b/,
    /\bniet (?:zo |erg |echt )?(?:interessant|leuk|aantrekkelijk)\b|\bspreekt (?:me|mij) niet aan\b/,
    /\binteresseert (?:me|mij) niet\b/,
    /\bnee,? (?:dank ?je(?: wel)?|dank ?u(?: wel)?|bedankt|dankjewel|dankuwel|merci|thanks)\b/,
    /\b(?:bedankt|dank ?je(?: wel)?|dank ?u(?: wel)?),? (?:maar )?nee\b/,
    /^(?:nee|neen|nope)\b(?! hoor,? (?:geen probleem|prima))/,
    /\bik (?:pas|sla (?:deze |dit )?over|bedank|zeg (?:nee|af)|haak af)\b/,
    /\bik moet (?:\w+ )?(?:passen|bedanken|afzeggen|afhaken|nee zeggen|afslaan)\b|\b(?:afslaan|afwijzen)\b/,
    /\bik blijf (?:waar ik ben|bij|hier|zitten|op mijn|liever)\b|\bbesloten (?:om )?te blijven\b/,
    new RegExp(
      String.raw`\b(?:heb|hebben) (?:al |inmiddels |net |reeds )*(?:een )?(?:andere |nieuwe )?(?:baan|job|functie` +
        String.raw`|aanbod|positie|contract|werkgever|aanbieding) (?:\w+ )?(?:aangenomen|gevonden|geaccepteerd` +
        String.raw`|getekend|gekregen)\b|\b(?:heb|hebben) (?:al |inmiddels |net |reeds )*(?:iets (?:anders|nieuws)` +
        String.raw`|ergens anders|een nieuwe baan) (?:gevonden|getekend|aangenomen)\b|\bal (?:onder dak|voorzien)\b`,
    ),
    /\b(?:niets|niks|niet) voor (?:mij|me)\b|\bpast (?:niet|echt niet|helaas niet)\b|\bsluit niet aan\b/,
    /\bniet wat ik zoek\b/,
    /\bniet op zoek\b|\bzoek (?:\w+ )?(?:geen|niet|niets)\b|\bsta (?:\w+ )?niet open\b/,
    /\b(?:helaas niet|liever niet|zeker niet|absoluut niet|echt niet|geen sprake van|in geen geval|beslist niet)\b/,
    /\b(?:trek|trekken) (?:mijn sollicitatie|me|mij) (?:\w+ )?terug\b/,
    /\b(?:zeer |heel |erg )?tevreden (?:met|bij|in|op) (?:mijn|m'n|de|het|huidige)\b/,
    /\bik ben (?:heel |erg |zeer )?tevreden\b/,
    /\bbesloten (?:\w+ ){0,6}?te blijven\b|\bik blijf waar ik (?:ben|zit)\b/,
    new RegExp(
      String.raw`\b(?:heb|hebben) (?:al |inmiddels |net |reeds )*(?:een )?(?:ander|andere|nieuw|nieuwe) (?:baan|job` +
        String.raw`|functie|aanbod|positie|contract|werkgever)\b`,
    ),
    /\bsluit (?:mijn|het) dossier\b/,
    /\b(?:ben|heb) (?:net|pas|onlangs) (?:\w+ ){0,3}?(?:begonnen|gestart|overgestapt|gewisseld)\b/,
  ],
  notNo: [
    // A client passing a CV to the team and coming back: not a not-now.
    new RegExp(
      String.raw`\b(?:deel|stuur|leg)\w* (?:\w+ ){0,2}?(?:met|door naar|voor aan) (?:het|mijn|ons) (?:team` +
        String.raw`|collega'?s|manager)\b[^.!?]*`,
    ),
    /\b(?:zeker |vooral |alsjeblieft )?niet stoppen met\b[^.!?\n]*/,
    /\bgeen (?:probleem|zorgen|punt|haast|bezwaar)\b|\bniet ongeinteresseerd\b|\bik zeg geen nee\b|\bgeen nee\b/,
    /\bwaarom niet\b/,
  ],
  forNow: [
    new RegExp(`\\b${FOR_NOW}(?: \\w+){0,3}? ${NO_INTEREST}`),
    new RegExp(`${NO_INTEREST}(?: \\w+){0,2}? ${FOR_NOW}\\b`),
    new RegExp(
      String.raw`^nee[,.!]* (?:nu even niet|nu niet|op dit moment niet|momenteel niet|nog niet|voorlopig niet` +
        String.raw`|later misschien|misschien later)`,
    ),
    /\bzoek (?:\w+ )?(?:nu|momenteel|op dit moment|even) (?:\w+ )?niet\b/,
  ],
  forGood: [/\b(?:nooit|ook (?:in de toekomst|later) niet|in de nabije toekomst niet|definitief|voorgoed|permanent)\b/],
  notNow: [
    // Hedges: not sure yet, a partner to ask first, a bare "maybe".
    new RegExp(
      String.raw`\b(?:weet (?:het )?nog niet|nog niet zeker|twijfel nog)\b|\b(?:overleggen|bespreken) met (?:mijn` +
        String.raw`|m'n) (?:partner|vrouw|man|gezin|familie)\b|\bmet (?:mijn|m'n) (?:partner|vrouw|man` +
        String.raw`|gezin) (?:\w+ ){0,2}?(?:overleggen|bespreken)\b|(?:^|[.!?] )misschien[.!]*$`,
    ),
    // A client's budget or hiring freeze, until the date they name.
    new RegExp(
      String.raw`\b(?:budget|werving)\w* (?:is |zijn |staat |staan )?(?:bevroren|stilgelegd)\b|\b(?:vacaturestop` +
        String.raw`|personeelsstop|aannamestop)\b`,
    ),
    /\bslechte timing\b|\b(?:zit|zitten) (?:\w+ ){0,5}(?:helemaal |echt )?vol\b|\bdruk druk\b/,
    new RegExp(
      String.raw`\b(?:nu|op dit moment|momenteel|op het moment|voorlopig|even|voor nu|nog|nu even` +
        String.raw`|op dit ogenblik)(?: even)? niet\b|\bgeen (?:goed|geschikt) moment\b|\b(?:slecht|ongelegen` +
        String.raw`|ongunstig) moment\b|\bniet het (?:juiste|goede|geschikte) moment\b`,
    ),
    /\b(?:erg|heel|te|enorm|super|zo|ontzettend|behoorlijk|nogal|bijzonder) druk\b/,
    /\bdruk (?:bezig|met|momenteel|op dit moment)\b|\bhet is (?:\w+ )?druk\b|\bgeen tijd\b|\bweinig tijd\b/,
    /\bmijn agenda (?:zit|is) vol\b|\bmidden in (?:een|de|het)\b|\bvolop bezig\b/,
    /\b(?:misschien|wellicht|mogelijk|eventueel) (?:later|volgend|over|in|na|een andere keer|ooit|binnenkort|tegen)\b/,
    /\been andere keer\b|\blater (?:misschien|eens)\b/,
    /\bik kom (?:er |hier )?(?:\w+ )?(?:bij (?:u|je|jou|jullie) )?(?:op )?terug\b/,
    /\bik laat (?:het )?(?:u|je|jou|jullie) (?:nog )?(?:\w+ )?weten\b/,
    /\bik neem (?:zelf )?(?:wel )?contact (?:met (?:u|je|jou) )?op (?:als|wanneer|zodra)\b/,
    /\bik meld me (?:wel )?(?:als|wanneer|zodra)\b/,
    /\b(?:ik moet|ik wil|laat me|laat mij|ik ga|ik zal) (?:er |hier )?(?:\w+ )?(?:over )?(?:nadenken|over denken)\b/,
    /\bbedenktijd\b|\bik denk er(?: \w+)? over na\b/,
    /\bniet (?:klaar|zover|zo ver)\b/,
    /\b(?:het )?komt (?:\w+ )?slecht uit\b|\bnu gaat het (?:\w+ )?niet\b|\bvandaag (?:lukt|gaat|kan) (?:\w+ )?niet\b/,
    /\bdeze week (?:niet|lukt niet|gaat niet)\b/,
    /\bik laat (?:\w+ ){0,3}?weten\b/,
  ],
  later: [
    new RegExp(
      String.raw`\b(?:neem|bel|mail|benader|contacteer|app|spreek|zoek)\b(?: \w+){0,4}? (?:over|na|volgend\w*|begin` +
        String.raw`|eind|halverwege|medio|later|rond|tegen|in het|in de) \w+(?: \w+){0,3}? (?:weer|opnieuw|nog eens` +
        String.raw`|nog een keer|op|contact|terug)\b`,
    ),
    new RegExp(
      String.raw`\b(?:weer|opnieuw|nog eens|nog een keer) (?:contact (?:met (?:me|mij) )?(?:op)?(?:nemen)?|bellen` +
        String.raw`|mailen|benaderen|proberen|aankloppen)\b`,
    ),
    new RegExp(
      String.raw`\b(?:in de toekomst|toekomstige|voor de toekomst|op een later moment|een later tijdstip` +
        String.raw`|na de (?:zomer|feestdagen|vakantie))\b|\bhou(?:d)? (?:me|mij) in (?:gedachten|het achterhoofd)\b`,
    ),
    /\b(?:cv|gegevens|profiel) (?:\w+ ){0,4}?(?:bewaren|houden)\b/,
    /\bprobeer (?:het )?(?:\w+ ){0,3}?(?:nog eens|opnieuw|later)\b|\bterugkomen\b/,
  ],
  agree: [
    new RegExp(
      String.raw`\b(?:ja|prima|goed|zeker|natuurlijk|graag|akkoord|oke|ok|okay|uiteraard|dat is goed|geen probleem` +
        String.raw`|is goed|top|perfect|tuurlijk)\b`,
    ),
    new RegExp(
      String.raw`\b(?:u mag|je mag|jij mag|mag (?:u|je)|gerust|u kunt|je kunt|je kan|laten we|bel (?:me|mij) gerust` +
        String.raw`|mail (?:me|mij) gerust)\b`,
    ),
    /\b(?:is prima|komt goed uit|past (?:me )?(?:goed|prima)|schikt|lukt wel)\b/,
  ],
  but: /\b(?:maar|echter)\b/,
  asks: new RegExp(
    String.raw`\b(?:is prima|komt goed uit|schikt|past|bel\w*|mail\w*|contact|spreken|spreek|praten|afspreken` +
      String.raw`|afspraak|terugkoppelen|benader\w*|opnemen|kennismak\w*|gesprek|videocall|overleggen|bijpraten)\b`,
  ),
  interested: [
    // A client who sets up a first meeting with the candidate; a candidate open to a first talk.
    new RegExp(
      String.raw`\b(?:willen|zouden) (?:graag )?(?:een )?(?:kennismakingsgesprek|sollicitatiegesprek|interview` +
        String.raw`|gesprek) (?:\w+ )?(?:inplannen|plannen|organiseren|houden|voeren|afspreken)\b`,
    ),
    new RegExp(
      String.raw`\bsta (?:wel |zeker |altijd )?open voor (?:een )?(?:eerste |kort |vrijblijvend ` +
        String.raw`|orienterend )?(?:gesprek|kennismaking|gesprekje|belletje)\b`,
    ),
    // A client who wants to interview or meet the candidate, at the time they propose.
    new RegExp(
      String.raw`\b(?:kandidaat|kandidate|hem|haar)\b(?: \w+){0,3}? graag (?:spreken|ontmoeten|uitnodigen` +
        String.raw`|interviewen|leren kennen)\b`,
    ),
    /\buitnodigen (?:voor|tot) (?:een )?(?:sollicitatie|kennismakings)?gesprek\b/,
    /\b(?:zeker |vooral |alsjeblieft )?niet stoppen met\b/,
    /\b(?:zeer |heel |erg |zeker |wel |best |echt |enorm )?geinteresseerd\b/,
    /\b(?:ik heb|heb ik|er is|heb) (?:\w+ )?interesse\b|\binteresse in\b/,
    new RegExp(
      String.raw`\b(?:klinkt|lijkt|ziet er)(?: \w+)? (?:goed|interessant|leuk|mooi|spannend|top|aantrekkelijk` +
        String.raw`|uitdagend|veelbelovend|prima|perfect|geweldig|super)\b|\b(?:interessant|leuk|spannend)\b`,
    ),
    new RegExp(
      String.raw`\b(?:graag|ik wil graag|ik zou graag|ik hoor graag|wil graag) (?:meer )?(?:informatie|info|weten` +
        String.raw`|details|horen|kennismaken|praten|bellen|een gesprek|in gesprek)\b|\bstuur (?:me` +
        String.raw`|mij)(?: \w+){0,2}? (?:informatie|info|details|vacature|functieomschrijving|omschrijving)\b`,
    ),
    /\bik sta (?:er )?open\b|\bsta (?:er )?(?:zeker |wel )?open voor\b|\bwaarom niet\b|\bik ben benieuwd\b/,
    /\bbenieuwd naar\b|\bhou(?:d)? (?:me|mij) op de hoogte\b|\bniet stoppen met (?:sturen|mailen)\b/,
    /\bniet oninteressant\b|\bstop (?:vooral |alsjeblieft )?niet met (?:het )?(?:sturen|mailen)\b/,
  ],
  notInterested: [/\bgeen (?:\w+ )?interesse\b|\bniet (?:\w+ )?(?:geinteresseerd|interessant|leuk)\b/],
  yes: [/^(?:ja|zeker|graag|natuurlijk|absoluut|prima|jazeker|uiteraard|tuurlijk|top|super|leuk)\b/],
  autoReply: [
    new RegExp(
      String.raw`\b(?:afwezig|afwezigheid|afwezigheidsbericht|automatisch antwoord|automatisch bericht` +
        String.raw`|ben (?:\w+ )?niet op kantoor|met vakantie|op vakantie|met verlof|verlof|ouderschapsverlof` +
        String.raw`|zwangerschapsverlof|bevallingsverlof|vaderschapsverlof|beperkt bereikbaar|niet bereikbaar` +
        String.raw`|weer aanwezig|weer bereikbaar|weer op kantoor|in dringende gevallen|voor dringende zaken` +
        String.raw`|bij spoed)\b`,
    ),
  ],
  mentionsStop: new RegExp(
    String.raw`\b(?:lijst|bestand|database|uitschrijven|afmelden|verwijder\w*|niet meer|contact opnemen|benaderen` +
      String.raw`|avg|gegevens|stop|spam|met rust)\b`,
  ),
  quoteHeader: new RegExp(
    String.raw`^(?:op .{3,120} schreef .{0,80}|-{2,} ?(?:oorspronkelijk bericht|doorgestuurd bericht) ?-{2,}|van: .+` +
      String.raw`|verzonden: .+|verstuurd vanaf mijn \w+)$`,
  ),
  dates: {
    months: [
      ['januari', 'jan'],
      ['februari', 'feb'],
      ['maart', 'mrt'],
      ['april', 'apr'],
      ['mei'],
      ['juni', 'jun'],
      ['juli', 'jul'],
      ['augustus', 'aug'],
      ['september', 'sept', 'sep'],
      ['oktober', 'okt'],
      ['november', 'nov'],
      ['december', 'dec'],
    ],
    weekdays: [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
    today: 'vandaag|vanmiddag|vanavond|vanochtend|vanmorgen',
    tomorrow: 'morgen(?:ochtend|middag|avond|vroeg)?(?!s)',
    dayAfterTomorrow: 'overmorgen',
    nextBefore: 'volgende?|de volgende',
    nextPeriodBefore: 'komende|aankomende|de komende',
    nextAfter: '(?!)',
    comingBefore: 'komende|aankomende|aanstaande|deze|op|vanaf',
    week: 'week',
    month: 'maand',
    year: 'jaar',
    quarter: 'kwartaal',
    seasons: {
      names: ['lente|voorjaar', 'zomer', 'herfst|najaar', 'winter'],
      after: 'na(?: de| het)?',
      in: 'in(?: de| het)?|deze|dit|komende|volgende?|begin|eind',
    },
    newYear: '(?:begin |in het begin van |na )?(?:het )?nieuwe jaar|begin volgend jaar|na de jaarwisseling',
    unitDays: 'dagen|dag',
    unitWeeks: 'weken|week',
    unitMonths: 'maanden|maand',
    unitYears: 'jaren|jaar',
    unitFortnights: '(?!)',
    inPrefix: 'over|na|binnen',
    fromNow: '(?!)',
    numbers: {
      een: 1,
      twee: 2,
      drie: 3,
      vier: 4,
      vijf: 5,
      zes: 6,
      zeven: 7,
      acht: 8,
      negen: 9,
      tien: 10,
      elf: 11,
      twaalf: 12,
      veertien: 14,
      'een paar': 2,
      paar: 2,
      'een aantal': 3,
      enkele: 3,
      'een half': 0.5,
      'een halve': 0.5,
      anderhalve: 1.5,
      anderhalf: 1.5,
    },
    fewDays: 'een paar|paar|enkele|een aantal',
    inMonth: 'in|vanaf|tot|rond|per|in de maand',
    earlyMonth: 'begin|in het begin van|eerste week van|aan het begin van|begin van',
    midMonth: 'half|medio|midden|halverwege',
    endMonth: 'eind|einde|eind van|aan het eind van|tegen het eind van|laatste week van',
    endOfThisMonth: '(?:aan het |tegen het )?(?:eind|einde) (?:van )?(?:de|deze) maand',
    endOfThisWeek: '(?:aan het |tegen het )?(?:eind|einde) (?:van )?(?:de|deze) week',
    after: 'na de|na',
    onDay: 'op de|op|vanaf de|vanaf|tot de|tot en met|t/m|rond de|de(?=\\s*\\d{1,2}(?:e|ste|de)\\b)',
    ordinal: 'ste|de|e',
    dayMonthJoin: '(?!)',
    returnCue: 'tot en met|tot|t/m|terug|weer|vanaf',
    backCue: 'weer|terug|vanaf',
    dayRejected:
      '(?:kan ik niet|lukt (?:\\w+ )?niet|gaat (?:\\w+ )?niet|past (?:\\w+ )?niet|kan niet' +
      '|komt (?:\\w+ )?slecht uit)\\b',
    halfHour: 'half',
    atHour: 'om|rond|vanaf|tussen',
    hourWord: 'uur|u',
    pm: "'s middags|s middags|'s avonds|s avonds|in de middag|in de avond|pm",
    am: "'s ochtends|s ochtends|'s morgens|s morgens|in de ochtend",
    noon: 'middaguur|lunchtijd',
    beforeTime: 'voor|tot|eerder dan',
  },
};
