import * as chrono from 'chrono-node';
import { near } from './text';
import type { PhraseTable } from './types';

// Text is normalised: "ä" is "a", "ß" is "ss"; people who type "ae" are met with (?:a|ae).
const VERB =
  `(?:kontaktier|anruf|anzuruf|ruf|rufen|schreib|anschreib|anzuschreib|mail|e-?mail|anmail|meld|belae?stig|stoe?r` +
  `|nerv|kontakt|sprech|ansprech|sms|schick|zuschick|send|zusend|whatsapp|telefonier|behellig)`;
const THEN =
  `(?:bitte |ab sofort |ab jetzt |kunftig |kuenftig |zukunftig |zukuenftig |in zukunft |auch |einfach |doch ` +
  `|uberhaupt |ueberhaupt |garantiert |jemals |dann |endlich )*`;
const LIST =
  `(?:liste|listen|verteiler\\w*|mailingliste\\w*|mailing|datenbank\\w*|kartei|adressliste|system|crm|newsletter` +
  `|bewerberpool|pool|kandidatenpool|talentpool|kontaktliste|datensatz|adressbuch|verzeichnis|adresskartei` +
  `|bewerberdatenbank)`;
const FOR_NOW =
  `(?:derzeit|aktuell|momentan|zurzeit|zur zeit|im moment|gerade|vorerst|jetzt|noch|im augenblick|in diesem jahr` +
  `|dieses jahr|bis auf weiteres|fur den moment|fuer den moment|erstmal|erst mal|furs erste|fuers erste` +
  `|zum jetzigen zeitpunkt|in nachster zeit|in naechster zeit)`;
const NO_INTEREST =
  `(?:kein(?:e|en)? (?:\\w+ )?interesse|nicht (?:\\w+ )?interessiert|nicht (?:auf der (?:job)?suche|wechselwillig` +
  `|wechselbereit|offen)|suche (?:ich )?(?:\\w+ )?(?:nicht|keine|nichts))`;

export const de: PhraseTable = {
  lang: 'de',
  chrono: chrono.de.casual,
  markers: new RegExp(
    String.raw`\b(?:nei|kei|gruezi|vielmal|ich|nicht|und|danke|bitte|sie|mich|mir|ist|das|die|der|den|dem|kein|keine` +
      String.raw`|keinen|ja|nein|aber|wir|gerne|gern|mit|fur|fuer|auf|ein|eine|bin|habe|ihre|ihnen|leider|vielen|dank` +
      String.raw`|gruss|grusse|hallo|moment|melden|mehr|noch|auch|uhr|wieder|schon|sehr)\b`,
    'g',
  ),
  stop: [
    // A client: stop sending CVs or candidates altogether.
    new RegExp(
      String.raw`\b(?:schick|send|zuschick|zusend)\w* (?:sie |du |ihr )?(?:uns|mir) (?:bitte |grundsa?e?tzlich ` +
        String.raw`|generell |ab sofort |ku?e?nftig |einfach )*keine (?:weiteren )?(?:cvs?|lebensla?e?ufe` +
        String.raw`|kandidat\w*|profile|unterlagen) mehr\b(?! (?:fu?e?r|zu) (?:diese|die|das))`,
    ),
    new RegExp(
      String.raw`\b(?:mochten|moechten|wollen|wunschen|wuenschen) (?:\w+ ){0,2}keine (?:weiteren )?(?:cvs?` +
        String.raw`|lebensla?e?ufe|kandidat\w*|profile) mehr (?:erhalten|bekommen|zugeschickt)\b`,
    ),
    /\b(?:bitte )?nicht? mehr (?:an)?(?:schreiben|anrufen|kontaktieren|mailen|texten|anschreiben|belastigen|nerven)\b/,
    new RegExp(
      String.raw`\b(?:newsletter|mails|e-mails|nachrichten|anrufe|angebote|stellenangebote` +
        String.raw`|jobangebote)\b[^.!?]{0,40}\b(?:nicht mehr|nie wieder` +
        String.raw`|keine? mehr)\b[^.!?]{0,20}\b(?:bekommen|erhalten|zugeschickt|kriegen|zugesandt)\b`,
    ),
    new RegExp(
      String.raw`\b(?:mochte|will|wollen|mochten) (?:\w+ ){0,3}keine (?:\w+ )?(?:newsletter|mails|e-mails` +
        String.raw`|nachrichten|anrufe|angebote) mehr\b`,
    ),
    new RegExp(
      `\\b${VERB}\\w* (?:sie |du |ihr )?(?:mich|mir|uns) ${THEN}(?:nicht|nie|niemals|keinesfalls) ?(?:mehr|wieder` +
        `|erneut|weiter|nochmal|noch einmal|an)?\\b(?:\\s*(?:an|bitte))?(?=\\s*(?:[.!;,)]|$|danke|vielen|und|ich|mfg` +
        `|gruss))`,
    ),
    new RegExp(
      `\\b${VERB}\\w* (?:sie |du |ihr )?(?:mich|mir|uns) ${THEN}(?:nicht|nie|niemals|keinesfalls) (?:mehr|wieder` +
        `|erneut|nochmal|noch einmal)\\b`,
    ),
    /\bmeld\w* (?:sie |du |ihr )?(?:sich|dich|euch) (?:bitte |auch )*(?:nicht|nie|niemals) (?:mehr|wieder)\b/,
    new RegExp(
      `\\b(?:mich|uns) ${THEN}(?:nicht|nie|niemals|keinesfalls) (?:mehr |wieder |erneut |weiter |langer ` +
        `|laenger )?(?:zu )?(?:kontaktier|anzuruf|anruf|anzuschreib|anschreib|schreib|mail|anzumail|belae?stig|stoe?r` +
        `|nerv|kontakt|send|schick|zuzusend|zuzuschick|behellig|anzusprech|ansprech)\\w*`,
    ),
    new RegExp(
      String.raw`\bnicht (?:mehr |wieder |weiter |erneut |langer |laenger )?(?:kontaktiert|angerufen|angeschrieben` +
        String.raw`|angemailt|belae?stigt|gestoe?rt|kontaktieren|angesprochen|behelligt) (?:zu )?werden\b`,
    ),
    new RegExp(
      String.raw`\b(?:nie|nicht) mehr (?:zu )?(?:melden|anrufen|schreiben|kontaktieren|mailen|anschreiben` +
        String.raw`|belae?stigen|stoe?ren|nerven|kontakt aufnehmen)\b`,
    ),
    new RegExp(
      String.raw`\bkein\w* (?:weiter\w* )?(?:kontakt\w*|anrufe?|e-?mails?|mails?|nachrichten|zuschriften|werbung` +
        String.raw`|angebote|jobangebote|stellenangebote|anfragen|kontaktaufnahmen?|sms|stellenanzeigen)\s+mehr\b`,
    ),
    new RegExp(
      String.raw`\bkein\w* weiter\w* (?:kontakt\w*|anrufe?|e-?mails?|mails?|nachrichten|zuschriften|angebote` +
        String.raw`|anfragen|kontaktaufnahmen?)\b`,
    ),
    new RegExp(
      String.raw`\b(?:mochte|moechte|will|wunsche|wuensche|wunschen|wuenschen) (?:\w+ )?(?:keinen` +
        String.raw`|keine) (?:weiteren? )?(?:kontakt|anrufe|e-?mails|nachrichten|kontaktaufnahme|zuschriften` +
        String.raw`|angebote)\b`,
    ),
    near(
      `\\b(?:entfern|austrag|streich|loe?sch|herausnehm|rausnehm|herausstreich|tilg|aussortier)\\w*`,
      `\\b${LIST}\\b`,
      50,
    ),
    new RegExp(
      `\\b(?:nehm|nimm|trag|streich)\\w* (?:sie |du |ihr )?(?:mich|meine \\w+|meinen \\w+) ${THEN}(?:aus|von)\\b`,
    ),
    new RegExp(
      `\\b(?:aus|von) (?:ihr\\w*|eur\\w*|der|dem|den|dies\\w*|all\\w*|jed\\w*` +
        `|sa?e?mtlich\\w*) (?:\\w+ )?${LIST}\\b(?: \\w+){0,3}? (?:nehmen|entfernen|streichen|austragen|loe?schen|raus)`,
    ),
    new RegExp(
      String.raw`\b(?:abmelden|abmeldung|austragen|austragung|abbestellen|abbestellung|melde mich (?:hiermit )?ab` +
        String.raw`|melden sie mich ab|trage mich aus|tragen sie mich (?:bitte )?aus|ausgetragen werden` +
        String.raw`|abgemeldet werden)\b`,
    ),
    new RegExp(
      String.raw`\b(?:loe?sch|entfern|vernicht)\w* (?:sie )?(?:bitte )?(?:umgehend |sofort |unverzuglich ` +
        String.raw`|unverzueglich )?(?:alle |sa?e?mtliche |die )?(?:meine[rn]?|meiner) (?:personenbezogenen ` +
        String.raw`|personlichen |persoenlichen |gespeicherten )?(?:daten|angaben|informationen|kontaktdaten|nummer` +
        String.raw`|telefonnummer|handynummer|e-?mail-?adresse|adresse|unterlagen|profil|lebenslauf|cv)\b`,
    ),
    new RegExp(
      String.raw`\b(?:meine[rn]?|die) (?:personenbezogenen |personlichen |persoenlichen |gespeicherten )?(?:daten` +
        String.raw`|kontaktdaten|nummer|angaben|unterlagen) (?:\w+ ){0,3}?(?:loe?schen|entfernen|vernichten)\b`,
    ),
    new RegExp(
      String.raw`\bloe?schung (?:meiner|aller|der|sa?e?mtlicher) (?:\w+ )?(?:daten|angaben)\b|\b(?:dsgvo|ds-gvo` +
        String.raw`|datenschutzgrundverordnung|datenschutz-grundverordnung|art\.? ?17|recht auf (?:vergessenwerden` +
        String.raw`|loe?schung))\b`,
    ),
    new RegExp(
      String.raw`\b(?:lass|lasst|lassen) (?:sie |du |ihr )?mich (?:bitte |einfach |endlich |doch )*(?:in ruhe` +
        String.raw`|in frieden|zufrieden)\b`,
    ),
    /\bhoe?r\w* (?:sie |du |ihr )?(?:bitte |endlich |sofort )*auf,? (?:mich|mir)\b/,
    /\bhoe?ren sie (?:bitte |endlich )*(?:damit )?auf\b|\bunterlassen sie\b|\bunterlassen\b/,
    /\bstopp\w* sie (?:bitte )?(?:die |alle |ihre |diese )?(?:e-?mails|nachrichten|anrufe|kontakt\w*|anfragen)\b/,
    /\bnicht,? dass sie mich (?:\w+ )?(?:kontaktieren|anrufen|anschreiben)\b/,
    /\b(?:vergessen|loe?schen) sie (?:bitte )?meine (?:nummer|e-?mail\w*|adresse|daten|kontaktdaten)\b/,
    /\b(?:das ist|das grenzt an|ist) (?:\w+ )?(?:belae?stigung|spam)\b|\bals spam\b/,
    new RegExp(
      String.raw`\bmeine (?:nummer|telefonnummer|handynummer|daten|kontaktdaten|e-?mail\w*` +
        String.raw`|adresse)\b[^]{0,80}?\b(?:loe?schen|entfernen|vergessen|vernichten) sie (?:die|diese|sie|das|es)\b`,
    ),
    new RegExp(
      String.raw`\b(?:loe?schen|entfernen|vergessen) sie (?:die|diese|sie|das|es) (?:bitte |sofort ` +
        String.raw`|umgehend )*[^]{0,40}?\bmeine (?:nummer|daten|kontaktdaten)\b`,
    ),
    new RegExp(
      String.raw`\b(?:aus|us|von) (?:ihr\w*|eur\w*|der|dem|den|dies\w*|all\w*) (?:\w+ )?(?:liste|listen|verteiler\w*` +
        String.raw`|mailingliste\w*|datenbank\w*|kartei|adressliste|newsletter|bewerberpool|talentpool|kontaktliste)\b`,
    ),
    new RegExp(
      String.raw`\b(?:schreib|kontaktier|ruf|mail|anschreib|meld)\w* (?:sie |du |ihr )?(?:mich|mir` +
        String.raw`|uns) (?:\w+ ){0,4}?(?:nicht|nie|niemals) (?:mehr|wieder|erneut)\b`,
    ),
  ],
  notStop: [
    /\bhoe?r\w* (?:sie |du )?(?:bloss |bitte |ja )?nicht auf,? mir\b|\bnicht aufhoe?ren\b/,
    new RegExp(
      String.raw`\b(?:nehm|setz|trag)\w* (?:sie |du )?mich (?:gerne |bitte |doch )?(?:in|auf) (?:ihre|eure|die|deine` +
        String.raw`|den|das|ihren|ihr) \w+(?: auf)?\b`,
    ),
    /\bnicht (?:aus|von) (?:\w+ ){0,3}(?:nehmen|austragen|entfernen|streichen|loe?schen)\b/,
    /\b(?:ruf|anruf)\w* (?:sie |du )?mich (?:bitte )?nicht an,? (?:sondern|schreib|mail|lieber|besser)\b/,
    /\b(?:nehmen|streichen|entfernen|loe?schen|tragen) sie mich (?:bitte |bloss |blo(?:ss|ß) )?nicht\b[^.!?\n]*/,
    /\bhoe?ren sie (?:bloss |blo(?:ss|ß) |bitte |ja )?nicht auf\b[^.!?\n]*/,
  ],
  no: [
    // Decided to stay where they are, or signed with another company.
    new RegExp(
      String.raw`\b(?:habe|hab) (?:bereits |schon |inzwischen |mittlerweile )*(?:eine[nm]? )?(?:zusage|vertrag` +
        String.raw`|arbeitsvertrag|angebot) (?:\w+ ){0,4}?(?:unterschrieben|unterzeichnet|angenommen)\b`,
    ),
    // A client: the role is filled or closed, no agencies for it, no more candidates needed.
    new RegExp(
      String.raw`\b(?:position|stelle|vakanz|rolle)\w* (?:ist|wurde|sind|wurden) (?:\w+ ){0,2}?(?:besetzt|vergeben` +
        String.raw`|gestrichen|geschlossen)\b`,
    ),
    /\bhaben (?:die|diese|unsere) (?:stelle|position|vakanz|rolle) (?:\w+ ){0,2}?(?:besetzt|vergeben|gestrichen)\b/,
    new RegExp(
      String.raw`\b(?:entschieden|beschlossen),? (?:\w+ ){0,4}?(?:ohne|keine) (?:personalvermittler` +
        String.raw`|personaldienstleister|agenturen|headhunter|recruiter)\w*\b`,
    ),
    /\b(?:brauchen|benotigen|benoetigen) (?:\w+ )?keine (?:weiteren )?(?:kandidat\w*|profile|cvs?|lebensla?e?ufe)\b/,
    new RegExp(
      String.raw`\b(?:schon|bereits) (?:woanders|anderweitig|bei \w+|(?:eine|ne) andere stelle)` +
        String.raw` (?:zugesagt|unterschrieben|angenommen)\b`,
    ),
    /\bkein(?:e|en)? (?:gro(?:ss|ß)es |wirkliches |besonderes |weiteres |echtes )?interesse\b/,
    /\bkein (?:bedarf|wechselwunsch)\b/,
    new RegExp(
      String.raw`\b(?:nicht|nicht mehr|nicht wirklich|nicht so|gar nicht|nicht sonderlich|nicht besonders` +
        String.raw`|nicht weiter)(?: \w+)? interessiert\b|\binteressiert mich (?:\w+ )?(?:nicht|kaum|wenig)\b` +
        String.raw`|\buninteressant\b|\b(?:nicht|wenig) (?:sehr |so |besonders )?(?:interessant|spannend|reizvoll` +
        String.raw`|attraktiv)\b`,
    ),
    /\bnein,? (?:dank(?:e|en)?|vielen dank)\b|\bdank(?:e|en)?,? (?:aber )?nein\b|\bdanke,? kein\b|\bnee,? dank/,
    /^(?:nein|nee|noe|no|ne)\b(?!,? (?:kein problem|alles gut|keine sorge|passt))/,
    new RegExp(
      String.raw`\b(?:muss|mochte|moechte|werde|will|mussen|muessen)\w* (?:\w+ )?(?:leider |dankend |hoflich ` +
        String.raw`|hoeflich |freundlich )?(?:absagen|ablehnen|verzichten|passen)\b|\b(?:ich )?(?:sage` +
        String.raw`|lehne) (?:\w+ )?(?:dankend |leider |hoflich |hoeflich )?ab\b|\bich (?:verzichte|passe)\b` +
        String.raw`|\babsage\b|\bdankend ab\b`,
    ),
    /\b(?:ich )?bleibe (?:bei|in|an|wo|lieber|da|hier|meinem|meiner)\b/,
    /\bentschieden,? (?:zu bleiben|(?:bei|in) (?:meinem|meiner) \w+ zu bleiben)\b|\b(?:zu bleiben|bleiben zu wollen)\b/,
    new RegExp(
      String.raw`\b(?:habe|hab|haben) (?:bereits |schon |gerade |mittlerweile |inzwischen |jetzt )*(?:eine[nm]? ` +
        String.raw`|ein )(?:neue[nsm]? |andere[nsm]? |anderweitige[nsm]? )?(?:stelle|job|angebot|position` +
        String.raw`|arbeitsvertrag|vertrag|zusage|arbeitgeber)\w* (?:\w+ )?(?:angenommen|zugesagt|gefunden` +
        String.raw`|unterschrieben|unterzeichnet|bekommen|erhalten)\b`,
    ),
    new RegExp(
      String.raw`\b(?:habe|hab) (?:bereits |schon |mittlerweile )*(?:zugesagt|unterschrieben|etwas (?:neues` +
        String.raw`|anderes) gefunden|was (?:neues|anderes) gefunden)\b|\bbereits (?:vergeben|versorgt` +
        String.raw`|untergekommen)\b|\bbin (?:bereits |schon )?(?:versorgt|vergeben|untergekommen)\b`,
    ),
    new RegExp(
      String.raw`\b(?:bin |sind )?(?:sehr |vollkommen |rundum |total |absolut )?zufrieden (?:mit|in|bei` +
        String.raw`|an) (?:meine[rmn]?|der|dem|unserem|unserer)\b`,
    ),
    /\bpasst (?:leider |einfach |aktuell )?(?:nicht|gar nicht|uberhaupt nicht|ueberhaupt nicht)\b/,
    /\bnicht (?:das )?richtige (?:fur|fuer) mich\b|\b(?:kommt|kaeme|kame) (?:fur mich |fuer mich )?nicht in frage\b/,
    /\bnichts (?:fur|fuer) mich\b/,
    /\bsuche (?:\w+ )?(?:keine|nicht|nichts)\b/,
    /\bnicht (?:auf (?:der )?(?:suche|jobsuche)|wechselwillig|wechselbereit|offen (?:fur|fuer))\b/,
    /\bkein(?:en)? (?:wechsel|jobwechsel)\b/,
    /^(?:leider|danke|vielen dank),? (?:aber )?(?:nein|nicht)\b|\bleider nicht[.!]*$|\bauf keinen fall\b/,
    /\bganz sicher nicht\b|\bbestimmt nicht\b|\bkeinesfalls\b/,
    /\bzieh\w* (?:meine bewerbung|mich) (?:\w+ )?zuru?e?ck\b/,
    /^(?:nei|nee)\b|\bkei(?:n|ne)? interesse\b|\bnei,? (?:merci|danke)\b/,
    /\b(?:schlie(?:ss|ß)en|schliessen) sie (?:bitte )?(?:meine|die) (?:bewerbung|akte|kandidatur)\b/,
    /\b(?:habe|bin) (?:\w+ ){0,3}?(?:gewechselt|neu angefangen|angefangen)\b/,
  ],
  notNo: [
    // A client passing a CV to the team and coming back: not a not-now.
    new RegExp(
      String.raw`\b(?:leite|gebe|zeige|teile)\w* (?:\w+ ){0,3}?(?:an|mit) (?:das|dem|unser\w*|mein\w*) (?:team` +
        String.raw`|fachbereich|kollegen|chef\w*)\b[^.!?]*`,
    ),
    /\bnicht nein\b|\bkein (?:nein|problem|stress)\b|\bkeine (?:sorge|eile|ursache)\b|\bnicht abgeneigt\b/,
    /\bnicht uninteressant\b|\bnicht ausgeschlossen\b/,
  ],
  forNow: [
    new RegExp(`\\b${FOR_NOW}(?: \\w+){0,3}? ${NO_INTEREST}`),
    new RegExp(`${NO_INTEREST}(?: \\w+){0,2}? ${FOR_NOW}\\b`),
    /\bbleibe (?:\w+ )?(?:vorerst|erstmal|erst mal|noch|fur den moment|zunachst)\b/,
    new RegExp(
      String.raw`^(?:nein|nee)[,.!]* (?:im moment nicht|jetzt nicht|gerade nicht|derzeit nicht|momentan nicht` +
        String.raw`|aktuell nicht|noch nicht|vielleicht spa?e?ter)`,
    ),
  ],
  forGood: [
    new RegExp(
      String.raw`\b(?:auch (?:in zukunft|kunftig|kuenftig|spater|spaeter) nicht|grundsa?e?tzlich|generell nicht` +
        String.raw`|nie(?:mals)?|auf absehbare zeit|dauerhaft|endgu?e?ltig)\b`,
    ),
  ],
  notNow: [
    // Hedges: not sure yet, a partner to ask first, a bare "maybe".
    new RegExp(
      String.raw`\b(?:noch nicht sicher|bin mir (?:noch )?(?:nicht sicher|unsicher)|noch unentschlossen)\b` +
        String.raw`|\bmit (?:meiner|meinem) (?:partnerin|partner|frau|mann|familie) (?:\w+ ){0,2}?(?:besprechen` +
        String.raw`|absprechen|bereden)\b|(?:^|[.!?] )vielleicht[.!]*$`,
    ),
    // A client's budget or hiring freeze, until the date they name.
    new RegExp(
      String.raw`\b(?:budget|einstellungs|recruiting|hiring)[- ]?(?:freeze|stopp?|sperre)\b|\b(?:budget` +
        String.raw`|einstellungen)\w* (?:ist |sind )?(?:eingefroren|auf eis gelegt)\b`,
    ),
    new RegExp(
      String.raw`\bpasst es (?:\w+ ){0,2}nicht\b|\b(?:da )?geht (?:gerade |momentan )?gar nichts\b` +
        String.raw`|\balles dicht\b|\bjahresabschluss\b`,
    ),
    /\blass(?:en sie|t)? mich (?:\w+ ){0,4}(?:druber|daruber|uber (?:das|es))? ?nachdenken\b/,
    new RegExp(
      String.raw`\b(?:gerade|momentan|derzeit|aktuell|zurzeit|im moment)? ?(?:sehr |total |extrem |ziemlich |zu ` +
        String.raw`|viel zu |wahnsinnig |stark )?(?:beschaftigt|beschaeftigt|ausgelastet|eingespannt|im stress` +
        String.raw`|unter (?:zeit)?druck|busy|eingebunden|ausgebucht)\b`,
    ),
    /\bviel (?:zu tun|um die ohren|auf dem tisch)\b|\bkeine zeit\b|\bkaum zeit\b|\bland unter\b/,
    new RegExp(
      String.raw`\b(?:im moment|jetzt|gerade|derzeit|momentan|aktuell|zurzeit|zur zeit|noch|vorerst` +
        String.raw`|im augenblick) (?:leider |eher |noch )?nicht\b`,
    ),
    /\b(?:nicht|kein) (?:der )?(?:richtige|gute|guter|passende|ideale) (?:zeitpunkt|moment)\b/,
    /\bschlechte[rn]? (?:zeitpunkt|moment|timing)\b|\bungu?e?nstig\w*\b|\bdas timing\b/,
    /\bmitten in (?:einem|einer|der|dem)\b/,
    new RegExp(
      String.raw`\bvielleicht (?:spa?e?ter|in|im|na?e?chste\w*|ein anderes mal|irgendwann|zu einem spa?e?teren|nach` +
        String.raw`|ab|wann anders)\b|\bein (?:anderes mal|andermal)\b|\bzu einem spa?e?teren zeitpunkt\b`,
    ),
    new RegExp(
      String.raw`\b(?:ich )?(?:melde mich|komme (?:\w+ )?(?:auf sie |auf dich )?zuru?e?ck|melde mich bei (?:ihnen` +
        String.raw`|dir))(?: \w+){0,3}? (?:wenn|sobald|falls)\b|\bich komme (?:gerne |gern )?(?:auf sie ` +
        String.raw`|auf dich )?zuru?e?ck\b|\bich melde mich\b`,
    ),
    new RegExp(
      String.raw`\b(?:muss|mochte|moechte|will|werde) (?:\w+ ){0,3}?(?:daru?e?ber|das|es mir` +
        String.raw`|mir das) (?:\w+ )?(?:nachdenken|u?e?berlegen|durch den kopf gehen lassen)\b|\bbedenkzeit\b` +
        String.raw`|\b(?:ich )?(?:u?e?berlege|denke) (?:es mir|mal|noch|daru?e?ber)\b` +
        String.raw`|\blassen sie mich (?:\w+ )?(?:nachdenken|u?e?berlegen)\b`,
    ),
    /\bnicht (?:bereit|so weit)\b|\bnoch nicht so weit\b/,
    /\b(?:viel|extrem viel|sehr viel|einiges|zu viel) los\b|\bnicht (?:diese|nachste|naechste) woche\b/,
    /\bdiese woche (?:nicht|geht nicht|ist schlecht)\b|\bheute (?:nicht|geht nicht|schlecht|unmo?e?glich)\b/,
  ],
  later: [
    new RegExp(
      String.raw`\b(?:melden|kontaktieren|rufen|schreiben|fragen|versuchen|kommen) (?:sie|du)(?: sich| mich| mir| es` +
        String.raw`| bei mir)?(?: \w+){0,3}? (?:gerne |gern |bitte |doch |nochmal |noch einmal |wieder |erneut )+(?:in` +
        String.raw`|im|nach|ab|anfang|ende|mitte|spa?e?ter|na?e?chste\w*|kommende\w*|zum|wieder|nochmal|noch einmal` +
        String.raw`|erneut)\b`,
    ),
    new RegExp(
      String.raw`\b(?:wieder|nochmal|noch einmal|erneut) (?:melden|kontaktieren|anrufen|anschreiben` +
        String.raw`|auf mich zu(?:kommen)?|zuru?e?ckkommen|nachfragen|versuchen|ansprechen|schreiben)\b`,
    ),
    /\b(?:spa?e?ter|in zukunft|zuku?e?nftig|ku?e?nftig) (?:gerne|gern|wieder|nochmal|noch einmal|erneut)\b/,
    new RegExp(
      String.raw`\bim hinterkopf\b|\bin (?:ihrer|der|eurer) (?:kartei|datenbank|liste) behalten\b|\b(?:fur` +
        String.raw`|fuer) (?:zuku?e?nftige|ku?e?nftige|spa?e?tere|andere|weitere) (?:stellen|positionen|angebote` +
        String.raw`|projekte|gelegenheiten|vakanzen)\b|\bzu einem spa?e?teren zeitpunkt\b|\bin zukunft\b`,
    ),
    /\b(?:nach|ab) (?:den|dem) (?:feiertagen|weihnachten|ferien|urlaub|jahreswechsel|sommer|sommerferien)\b/,
  ],
  agree: [
    new RegExp(
      String.raw`\b(?:ja|gerne|gern|klar|sicher|naturlich|natuerlich|selbstversta?e?ndlich|okay|ok|einverstanden` +
        String.raw`|passt|geht klar|kein problem|sehr gerne|gerne doch|jawohl|in ordnung|prima|super|perfekt)\b`,
    ),
    new RegExp(
      String.raw`\b(?:sie ko?e?nnen|sie du?e?rfen|ko?e?nnen sie|du?e?rfen sie|gerne ko?e?nnen sie` +
        String.raw`|melden sie sich gerne|rufen sie (?:mich )?gerne|lassen sie uns|lass uns|du kannst|sie konnten)\b`,
    ),
    /\b(?:passt|geht|klappt) (?:mir |mir gut |gut |prima |bestens )?\b/,
  ],
  but: /\b(?:aber|jedoch|doch)\b/,
  asks: new RegExp(
    String.raw`\b(?:passt|geht|klappt|aalu?e?ute|alu?e?ute|lu?e?ute|meld\w*|anruf\w*|ruf\w*|kontaktier\w*|schreib\w*` +
      String.raw`|mail\w*|telefonier\w*|sprech\w*|reden|austausch\w*|treff\w*|nachhak\w*|nachfass\w*|zuru?e?ckmeld\w*` +
      String.raw`|kontakt|call|termin|gespra?e?ch|telefonat)\b`,
  ),
  interested: [
    // A client who sets up a first meeting with the candidate; a candidate open to a first talk.
    new RegExp(
      String.raw`\b(?:wu?e?rden|mo?e?chten|wollen) (?:sie|ihn|den kandidaten|die kandidatin) (?:sehr )?(?:gerne?` +
        String.raw`|gern) (?:kennenlernen|treffen|interviewen|einladen)\b`,
    ),
    new RegExp(
      String.raw`\b(?:wa?e?re|bin) (?:\w+ )?offen (?:fu?e?r|fuer) (?:ein|einen) (?:erstes |ersten |kurzes |kurzen ` +
        String.raw`|unverbindliches |unverbindlichen )?(?:gespra?e?ch|telefonat|austausch|kennenlernen|call)\b`,
    ),
    // A client who wants to interview or meet the candidate, at the time they propose.
    new RegExp(
      String.raw`\b(?:zum|zu einem|zu einem ersten|zum ersten) (?:\w+ )?(?:interview|vorstellungsgesprae?c?h` +
        String.raw`|gesprae?c?h|kennenlernen) (?:\w+ )?einladen\b`,
    ),
    /\b(?:den kandidaten|die kandidatin|ihn) (?:\w+ ){0,2}?(?:kennenlernen|interviewen)\b/,
    new RegExp(
      String.raw`\b(?:sehr |durchaus |grundsa?e?tzlich |schon |auf jeden fall |definitiv |wirklich |absolut |total ` +
        String.raw`|au?s?sserst |bin )?interessiert\b`,
    ),
    new RegExp(
      String.raw`\b(?:klingt|ho?e?rt sich|liest sich|wirkt|sieht)(?: \w+)? (?:sehr |wirklich |total |echt |durchaus ` +
        String.raw`|ziemlich |richtig )?(?:gut|interessant|spannend|super|toll|vielversprechend|reizvoll|attraktiv` +
        String.raw`|verlockend|klasse|prima|perfekt|hervorragend)\b|\b(?:interessant|spannend|reizvoll|verlockend` +
        String.raw`|vielversprechend)\b`,
    ),
    new RegExp(
      String.raw`\b(?:interesse (?:habe|hatte|ha?e?tte)|habe (?:\w+ )?interesse|ha?e?tte (?:\w+ )?interesse` +
        String.raw`|interesse an|interesse besteht|besteht interesse|gro(?:ss|ß)es interesse)\b`,
    ),
    new RegExp(
      String.raw`\b(?:gerne|gern) (?:mehr (?:erfahren|infos|informationen|details|dazu)|(?:mehr )?details|na?e?heres` +
        String.raw`|weitere (?:infos|informationen|details))\b|\b(?:schicken|senden|mailen|geben) sie mir (?:gerne ` +
        String.raw`|bitte |doch )*(?:mehr |weitere |die |na?e?here )?(?:infos|informationen|details|unterlagen` +
        String.raw`|stellenbeschreibung|beschreibung)\b`,
    ),
    /\bbin dabei\b|\bbin offen\b|\bnicht abgeneigt\b|\bwarum nicht\b|\bnicht uninteressant\b/,
    /\b(?:gerne|gern) (?:zu einem|ein|einen) (?:gespra?e?ch|telefonat|austausch|kennenlernen|termin|call)\b/,
    new RegExp(
      String.raw`\b(?:ich )?(?:wu?e?rde|mo?e?chte) (?:mich )?(?:sehr )?(?:gerne|gern) (?:bewerben|sprechen` +
        String.raw`|telefonieren|mehr erfahren|austauschen|kennenlernen|mehr wissen|mehr ho?e?ren)\b` +
        String.raw`|\bho?e?ren sie nicht auf\b`,
    ),
    /\bho?e?ren sie (?:bloss |blo(?:ss|ß) |bitte |ja )?nicht auf\b|\binteresse habe ich\b/,
  ],
  notInterested: [
    /\b(?:nicht|wenig) (?:sehr |so |besonders )?(?:interessant|spannend|reizvoll|interessiert)\b/,
    /\bkein(?:e|en)? (?:\w+ )?interesse\b|\b(?<!nicht )uninteressant\b/,
  ],
  yes: [/^(?:ja|gerne|gern|klar|absolut|auf jeden fall|sehr gerne|jawohl|sicher|unbedingt|super|perfekt|prima|toll)\b/],
  autoReply: [
    new RegExp(
      String.raw`\b(?:abwesenheitsnotiz|abwesenheit|abwesend|automatische antwort|autoreply|(?:bin` +
        String.raw`|sind) (?:\w+ )?nicht im bu?e?ro|au?s?sser haus|im urlaub|urlaubsbedingt|in elternzeit|elternzeit` +
        String.raw`|mutterschutz|krankheitsbedingt|eingeschra?e?nkt erreichbar|nicht erreichbar` +
        String.raw`|in dringenden fa?e?llen|ihre (?:e-?mail|nachricht) wird nicht weitergeleitet|wieder im bu?e?ro` +
        String.raw`|wieder erreichbar|zuru?e?ck im bu?e?ro|bin (?:ab|bis) (?:dem|zum|einschlie(?:ss|ß)lich) \d)\b`,
    ),
  ],
  mentionsStop: new RegExp(
    String.raw`\b(?:liste|listen|verteiler\w*|datenbank|abmelden|austragen|abbestellen|entfernen|loe?schen` +
      String.raw`|nicht mehr|kontaktieren|dsgvo|datenschutz|stopp?|spam|belae?stig\w*|in ruhe)\b`,
  ),
  quoteHeader: new RegExp(
    String.raw`^(?:am .{3,120} schrieb .{0,80}|-{2,} ?(?:ursprungliche nachricht|weitergeleitete nachricht) ?-{2,}` +
      String.raw`|von: .+|gesendet: .+)$`,
  ),
  dates: {
    months: [
      ['januar', 'jan', 'janner', 'jaenner'],
      ['februar', 'feb', 'feber'],
      ['marz', 'maerz', 'mrz'],
      ['april', 'apr'],
      ['mai'],
      ['juni', 'jun'],
      ['juli', 'jul'],
      ['august', 'aug'],
      ['september', 'sept', 'sep'],
      ['oktober', 'okt'],
      ['november', 'nov'],
      ['dezember', 'dez'],
    ],
    weekdays: [
      ['sonntag', 'sunntig'],
      ['montag', 'mantig'],
      ['dienstag', 'ziischtig'],
      ['mittwoch', 'mittwuch'],
      ['donnerstag', 'donnschtig'],
      ['freitag', 'fritig'],
      ['samstag', 'sonnabend', 'samschtig'],
    ],
    today: 'heute(?: (?:nachmittag|abend|vormittag|mittag))?',
    tomorrow: '(?<!guten |heute |gestern |jeden |am |vor )morgen(?!s)',
    dayAfterTomorrow: 'u?e?bermorgen',
    nextBefore: '(?:in der |im |am |ab |zum )?na?e?chste[nrms]?',
    nextPeriodBefore: '(?:in der |im |ab |zum )?kommende[nrms]?',
    nextAfter: '(?!)',
    comingBefore: 'am kommenden|kommende[nrms]?|diese[nrms]?|am|ab|bis',
    week: 'woche',
    month: 'monat|monats',
    year: 'jahr|jahres',
    quarter: 'quartal|quartals',
    seasons: {
      names: ['fru?e?hling|fru?e?hjahr', 'sommer', 'herbst', 'winter'],
      after: 'nach(?: dem)?',
      in: 'im|ab(?: dem)?|diesen|kommenden|na?e?chsten|(?:anfang|ende) des',
    },
    newYear:
      '(?:im |ab |anfang |zu beginn des )?(?:neuen jahr(?:es)?|jahresanfang|jahresbeginn)|anfang na?e?chsten jahres',
    unitDays: 'tagen|tage|tag',
    unitWeeks: 'wochen|woche',
    unitMonths: 'monaten|monate|monat',
    unitYears: 'jahren|jahre|jahr',
    unitFortnights: '(?!)',
    inPrefix: 'in|nach|in etwa|in ca\\.?|in circa|in rund|in gut|in knapp|in spa?e?testens',
    fromNow: '(?!)',
    numbers: {
      ein: 1,
      eine: 1,
      einer: 1,
      einem: 1,
      einen: 1,
      zwei: 2,
      drei: 3,
      vier: 4,
      funf: 5,
      fuenf: 5,
      sechs: 6,
      sieben: 7,
      acht: 8,
      neun: 9,
      zehn: 10,
      elf: 11,
      zwolf: 12,
      zwoelf: 12,
      vierzehn: 14,
      'ein paar': 2,
      paar: 2,
      einigen: 3,
      einige: 3,
      wenigen: 3,
      'ein bis zwei': 2,
      'zwei bis drei': 3,
      'einem halben': 0.5,
      'einem dreiviertel': 0.75,
      anderthalb: 1.5,
    },
    fewDays: 'ein paar|paar|einigen|einige|wenigen',
    inMonth: 'im|ab|bis|in|bis in den|fu?e?r|bis zum',
    earlyMonth: 'anfang|ab anfang|zu beginn des|beginn|zum anfang|anfang des',
    midMonth: 'mitte|ab mitte|mitte des',
    endMonth: 'ende|bis ende|gegen ende|zum ende|ende des',
    endOfThisMonth: '(?:bis |zum |gegen )?ende (?:des|dieses) monats|(?:zum |bis zum )?monatsende',
    endOfThisWeek: '(?:bis |zum |gegen )?ende (?:der|dieser) woche',
    after: 'nach dem|nach',
    onDay: 'am|ab dem|bis zum|zum|vom|den',
    ordinal: '',
    dayMonthJoin: '(?!)',
    returnCue: 'bis|zuru?e?ck|wieder|ab',
    backCue: 'wieder|zuru?e?ck|ab dem|ab',
    dayRejected:
      '(?:geht|passt|kann ich|klappt|schaffe ich) (?:\\w+ )?(?:nicht|leider nicht)\\b' +
      '|ist (?:\\w+ )?(?:schlecht|ungu?e?nstig)\\b',
    halfHour: 'halb',
    atHour: 'um|gegen|ab|zwischen',
    hourWord: 'uhr|h',
    pm: 'nachmittags|abends|am nachmittag|am abend',
    am: 'morgens|vormittags|fru?e?h|am vormittag|in der fru?e?h',
    noon: 'mittag|mittags|zur mittagszeit',
    beforeTime: 'vor|bis|fru?e?her als',
  },
};
