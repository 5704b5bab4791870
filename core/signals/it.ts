import * as chrono from 'chrono-node';
import { near } from './text';
import type { PhraseTable } from './types';

// Text is normalised: "più" is "piu", "è" is "e", "lunedì" is "lunedi".
const VERB = `(?:ri)?(?:contatt|chiam|scriv|disturb|cerc|mand|invi|telefon|sentir|import)`;
const LIST =
  `(?:lista|liste|mailing|elenco|elenchi|database|banca dati|banche dati|archivio|archivi|indirizzario|rubrica` +
  `|anagrafica|sistema|crm|newsletter|contatti)`;
const FOR_NOW =
  `(?:al momento|per ora|per il momento|attualmente|in questo momento|ora|adesso|quest'anno|ancora|per adesso` +
  `|in questo periodo|momentaneamente)`;
const NO_INTEREST =
  `(?:non (?:sono |siamo )?interessat\\w*|non mi interessa\\w*|non (?:sto cercando|cerco)|non (?:sono` +
  `|siamo) (?:alla ricerca|in cerca|disponibil\\w*))`;

export const it: PhraseTable = {
  lang: 'it',
  chrono: chrono.it.casual,
  markers: new RegExp(
    String.raw`\b(?:io|non|grazie|il|lo|la|le|gli|di|che|e|ma|per|con|sono|un|una|mi|mio|mia|lei|molto|si|ciao` +
      String.raw`|buongiorno|saluti|ora|piu|questo|questa|del|della|al|alla|ho|puo|sentiamo|cordiali)\b`,
    'g',
  ),
  stop: [
    // A client: stop sending CVs or candidates altogether.
    /\b(?:smettete|smetta|smettere) di (?:inviar|mandar)\w* (?:\w+ )?(?:cv|curricul\w*|candidat\w*|profili)\b/,
    new RegExp(
      String.raw`\bnon (?:ci |mi )?(?:inviate|mandate|invii|mandi) (?:piu|mai piu) (?:\w+ )?(?:cv|curricul\w*` +
        String.raw`|candidat\w*|profili)\b|\bnon (?:desideriamo|vogliamo) (?:piu )?ricevere (?:\w+ )?(?:cv` +
        String.raw`|curricul\w*|candidat\w*|profili)\b`,
    ),
    /\b(?:non|nn) (?:mi |ci )?(?:scriv|chiam|contatt|cerc|mand|disturb|telefon)\w* (?:piu|\+)/,
    new RegExp(
      String.raw`\bnon (?:desidero|voglio|vogliamo|desideriamo) (?:essere|venire) (?:piu )?(?:contattat` +
        String.raw`|chiamat|disturbat|ricontattat)\w*`,
    ),
    /\b(?:numero|telefono|mail|dati)\b[^]{0,80}?\b(?:cancellat|eliminat|rimuovet|toglìet|togliet)e?(?:lo|la|li)\b/,
    new RegExp(`\\bnon (?:mi |ci )?${VERB}\\w* (?:piu|mai piu|mai|ancora|di nuovo|nuovamente)\\b`),
    new RegExp(`\\b(?:smett|la smett|finisc|cess)\\w* (?:\\w+ )?di ${VERB}\\w*`),
    near(`\\b(?:cancell|rimuov|togli|elimin|levar|depenn|stralci|disiscriv|discriv)\\w*`, `\\b${LIST}\\b`, 50),
    /\b(?:disiscriv\w*|disiscrizione|annulla(?:re)? l'iscrizione|cancellare l'iscrizione)\b/,
    new RegExp(
      String.raw`\b(?:cancell|elimin|rimuov|distrugg)\w* (?:tutti )?(?:i )?(?:miei|mio) (?:dati|dati personali` +
        String.raw`|numero|contatti|recapiti|cv|curriculum|profilo|indirizzo)\b|\b(?:diritto all'oblio` +
        String.raw`|diritto alla cancellazione|cancellazione dei (?:miei )?dati)\b`,
    ),
    /\b(?:lasciatemi|lasciami|mi lasci|mi lasciate|lasciarmi) (?:in pace|stare|tranquill[oa])\b/,
    new RegExp(
      String.raw`\bnon (?:desidero|voglio|vorrei|gradisco) (?:piu )?(?:essere (?:ri)?(?:contattat|chiamat|disturbat)` +
        String.raw`|ricevere|che mi (?:contatti|chiami|scriva|contattiate|chiamiate)|altri|altre)\w*`,
    ),
    /\b(?:nessun|nessuna) (?:altro |altra |ulteriore )?(?:contatto|email|mail|messaggio|chiamata|comunicazione)\b/,
    /\bbasta (?:con )?(?:email|mail|chiamate|messaggi|contattarmi|offerte)\b/,
    /\b(?:e|questo e|questa e) (?:\w+ )?(?:spam|molestia|stalking)\b/,
    new RegExp(
      String.raw`\b(?:cancell|elimin|rimuov|distrugg|dimentic)\w* (?:tutti )?(?:il |la |i |le )?(?:miei|mio|mia` +
        String.raw`|mie) (?:dati|dati personali|numero|contatti|recapiti|cv|curriculum|profilo|indirizzo|email)\b`,
    ),
    new RegExp(
      String.raw`\b(?:rimoss|cancellat|tolt|eliminat|depennat)\w* (?:\w+ ){0,2}?(?:dalla|dalle|dai|dal` +
        String.raw`|da) (?:vostra |sua |tua |questa |vostre )?(?:\w+ )?(?:lista|liste|mailing|elenco|database` +
        String.raw`|banca dati|archivio|indirizzario|rubrica|newsletter)\b`,
    ),
  ],
  notStop: [
    /\bnon smettete di (?:mandar|inviar|scriver|propor)\w*/,
    /\bnon smett\w* di (?:mandarmi|inviarmi|scrivermi)\b/,
    /\bnon mi chiam\w*,? (?:ma |meglio |scriv)/,
    /\bnon (?:mi )?\w+ (?:prima|dopo) (?:delle|di)\b/,
    new RegExp(
      String.raw`\bnon (?:mi )?(?:cancellate|cancellatemi|togliete|toglietemi|rimuovete|rimuovetemi|cancellare` +
        String.raw`|togliere)\w*\b[^.!?\n]*`,
    ),
  ],
  no: [
    // Decided to stay where they are, or signed with another company.
    new RegExp(
      String.raw`\bho (?:\w+ )?deciso di (?:rimanere|restare)\b|\b(?:rimanere|restare) (?:nella|nel|con la` +
        String.raw`|con il) (?:mia|mio) (?:attuale )?(?:azienda|societa|datore di lavoro|posto|ruolo)\b`,
    ),
    new RegExp(
      String.raw`\bho (?:gia )?firmato (?:un |una )?(?:contratto|offerta|proposta) (?:\w+ ){0,3}?(?:con|presso` +
        String.raw`|in) (?:un'altra|un altra|un altro|altra|altro)\b`,
    ),
    // A client: the role is filled or closed, no agencies for it, no more candidates needed.
    new RegExp(
      String.raw`\b(?:posizione|ruolo|posto) (?:e|e stata|e stato|e gia stata|e gia stato` +
        String.raw`|e ormai) (?:\w+ )?(?:coperta|coperto|chiusa|chiuso|assegnata|assegnato)\b`,
    ),
    /\babbiamo (?:gia )?(?:coperto|chiuso|assegnato) (?:la|il) (?:posizione|ruolo|posto)\b/,
    new RegExp(
      String.raw`\bdeciso di non (?:avvalerci|usare|utilizzare|lavorare con|passare per|rivolgerci a) (?:di ` +
        String.raw`|delle )?(?:agenzie|head ?hunter|societa di selezione|recruiter)\b`,
    ),
    /\bnon (?:serve|servono|e necessario) (?:inviar|mandar)\w* (?:altri|ulteriori) (?:candidat\w*|profili|cv)\b/,
    /\bnon (?:sono |siamo |sarei |e |mi sento )?(?:\w+ )?interessat[oaie]\b|\bnon mi interessa(?:no)?\b/,
    /\bnessun interesse\b|\bnon ho (?:\w+ )?interesse\b/,
    /\bnon (?:e |mi sembra |mi pare )?(?:molto |cosi )?interessante\b/,
    /\bno,? grazie\b|\bgrazie,? (?:ma )?no\b|\bgrazie mille,? ma no\b|\bno,? (?:ti|la|vi) ringrazio\b/,
    /^(?:no|nope)(?:[.!,]|$)/,
    /\b(?:io )?passo(?:[.!,]|$)|\bpasso la mano\b/,
    /\b(?:devo|preferisco|vorrei|voglio|ho deciso di)(?: \w+)? (?:declinare|rinunciare|rifiutare|dire di no)\b/,
    /\b(?:declino|rifiuto|rinuncio)\b/,
    /\bho deciso di (?:rimanere|restare)\b|\b(?:resto|rimango) (?:dove sono|nella|nel|con|qui|in)\b/,
    /\b(?:preferisco|voglio) (?:rimanere|restare)\b/,
    new RegExp(
      String.raw`\b(?:ho |abbiamo )?(?:gia )?(?:accettato|firmato|trovato|scelto|preso) (?:un'altra|un altro` +
        String.raw`|una nuova|un nuovo|un'|un |una |altra |altro )(?:\w+ )?(?:offerta|proposta|posizione|lavoro` +
        String.raw`|impiego|opportunita|contratto|incarico)\b|\bho gia (?:un|trovato|accettato|firmato)\b`,
    ),
    /\bnon (?:fa|e) per me\b|\bnon (?:mi )?(?:convince|si addice|fa al caso mio|corrisponde|rispecchia)\b/,
    /\bnon e quello che (?:cerco|sto cercando)\b/,
    /\bnon (?:sto cercando|cerco|sono (?:alla ricerca|in cerca|disponibile|aperto|aperta))\b/,
    /\b(?:assolutamente|certamente|proprio|decisamente) no\b|\bper niente\b|\b(?:neanche|nemmeno) per sogno\b/,
    /\bniente da fare\b/,
    /\britir\w* (?:la mia candidatura|dal processo)\b/,
    /\b(?:molto |davvero )?soddisfatt[oa] (?:del|della|dell'|di|dove)\b|\bsto bene dove sono\b/,
    /\bho (?:gia )?trovato (?:un )?(?:lavoro|impiego|posto)\b/,
    /\b(?:chiudere|chiudete|chiuda|archiviare) (?:pure )?(?:la mia candidatura|il mio profilo)\b/,
    new RegExp(
      String.raw`\b(?:ho )?(?:appena |da poco )?(?:iniziato|cominciato) (?:un |una )?(?:nuov[oa] )?(?:lavoro` +
        String.raw`|posizione|impiego|ruolo)\b`,
    ),
  ],
  notNo: [
    // A client passing a CV to the team and coming back: not a not-now.
    new RegExp(
      String.raw`\b(?:lo |la |li )?(?:condivid|gir|inoltr|mostr)\w* (?:\w+ ){0,2}?(?:con|al|a) (?:il |al )?(?:team` +
        String.raw`|mio responsabile|colleghi|responsabile)\b[^.!?]*`,
    ),
    /\bnessun problema\b|\bnon c'e problema\b|\bnon si preoccupi\b|\bnon ti preoccupare\b|\bnon dico di no\b/,
    /\bnon e un no\b|\bperche no\b|\bnon sarebbe male\b|\bnon c'e fretta\b/,
    /\bnon e che non mi interess\w*\b/,
  ],
  forNow: [
    new RegExp(`\\b${FOR_NOW},? ${NO_INTEREST}`),
    new RegExp(`${NO_INTEREST}(?: \\w+){0,2}?,? ${FOR_NOW}\\b`),
    /^no[,.!]* (?:non ora|non adesso|per ora no|al momento no|non ancora|magari piu avanti)/,
  ],
  forGood: [
    /\b(?:mai|in nessun caso|definitivamente|ne ora ne mai|ne ora ne in futuro|neanche in futuro|nemmeno in futuro)\b/,
  ],
  notNow: [
    // Hedges: not sure yet, a partner to ask first, a bare "maybe".
    new RegExp(
      String.raw`\b(?:non (?:sono|ne sono) ancora sicur[oa]|non lo so ancora|ancora non (?:lo )?so)\b|\b(?:parlarne` +
        String.raw`|discuterne) con (?:mia moglie|mio marito|il mio partner|la mia partner|la mia compagna` +
        String.raw`|il mio compagno|la mia famiglia)\b|(?:^|[.!?] )forse[.!]*$`,
    ),
    // A client's budget or hiring freeze, until the date they name.
    new RegExp(
      String.raw`\b(?:budget|assunzioni|selezioni)(?: \w+){0,2}? (?:congelat[oiae]|bloccat[oiae])\b` +
        String.raw`|\bblocco (?:delle )?assunzioni\b`,
    ),
    /\bin trasferta\b|\bsono (?:\w+ )?(?:pieno|incasinat\w*|sommers\w*)\b/,
    /\bnon (?:ora|adesso|il momento(?: giusto)?|un buon momento|il periodo giusto)\b/,
    /\bnon e (?:il |un )?(?:buon |bel )?momento\b/,
    /\b(?:ora|adesso|al momento|per ora|per il momento|in questo momento|per adesso) no\b/,
    /\bmomento (?:sbagliato|difficile|complicato|pieno)\b|\bnon ancora\b/,
    new RegExp(
      String.raw`\b(?:molto|troppo|super|davvero|parecchio|estremamente|piuttosto) (?:impegnat[oa]|occupat[oa]` +
        String.raw`|pres[oa]|incasinat[oa])\b|\bsommers[oa]\b|\boberat[oa]\b|\bpieno di lavoro\b|\bnon ho tempo\b` +
        String.raw`|\bpoco tempo\b`,
    ),
    /\bnel (?:mezzo|pieno) di\b|\bnel bel mezzo\b/,
    new RegExp(
      String.raw`\b(?:forse|magari|eventualmente|probabilmente) (?:piu avanti|piu in la|in futuro|tra|fra` +
        String.raw`|il prossimo|la prossima|un'altra volta|dopo|a|in|piu tardi)\b|\bpiu avanti\b|\bpiu in la\b` +
        String.raw`|\bun'altra volta\b|\bin un altro momento\b`,
    ),
    /\b(?:devo|voglio|lasciami|mi lasci|ho bisogno di) (?:\w+ )?(?:pensarci|rifletterci|valutare|riflettere|pensare)\b/,
    /\bci (?:penso|pensero|rifletto|devo pensare)\b|\bvaluter\w*\b/,
    /\b(?:le|ti|vi) (?:faro|faccio) sapere\b|\bmi (?:faro|faccio) (?:sentire|vivo|viva)\b/,
    /\b(?:ti|la|vi) (?:ricontatto|richiamo|riscrivo|ricontattero|richiamero|scrivero)\b/,
    /\b(?:fammi|fammici|lasciami|mi faccia) (?:pensare|riflettere)\b/,
    /\b(?:ti|la|vi) (?:chiamo|richiamo|contatto|scrivo|cerco)(?: io)? (?:quando|appena|se)\b/,
    /\b(?:oggi|questa settimana|stamattina) no\b|\bsono (?:pien[oa]|incasinat[oa]|sommers[oa])\b/,
  ],
  later: [
    new RegExp(
      String.raw`\b(?:ricontattami|ricontattatemi|mi ricontatti|mi ricontattate|richiamami|richiamatemi|mi richiami` +
        String.raw`|scrivimi|mi scriva|mi scrivete|risentiamoci|sentiamoci|ci sentiamo|ci risentiamo|riparliamone` +
        String.raw`|ne riparliamo|ricontattarmi|contattarmi|contattami|mi contatti|cercami|mi cerchi|riprova` +
        String.raw`|riprovi)(?: \w+){0,3}? (?:tra|fra|dopo|a|in|il mese|la settimana|piu avanti|a partire|verso` +
        String.raw`|a inizio|a fine|all'inizio|alla fine|il prossimo|la prossima|l'anno|di nuovo|nuovamente|piu tardi` +
        String.raw`|entro)\b`,
    ),
    /\b(?:in futuro|prossime opportunita|future opportunita|opportunita future|per il futuro|prossimamente)\b/,
    /\b(?:tienimi|mi tenga|tenetemi|tenermi) (?:presente|in considerazione|a mente)\b/,
    /\b(?:dopo|passate) (?:le feste|l'estate|natale|le vacanze|le ferie|capodanno)\b/,
    /\b(?:riscrivimi|riscrivetemi|mi riscriva|ricontattami|risentiamoci)\b/,
  ],
  agree: [
    new RegExp(
      String.raw`\b(?:si|certo|certamente|va bene|d'accordo|ok|okay|perfetto|volentieri|nessun problema|senz'altro` +
        String.raw`|ovviamente|sicuro|benissimo|ottimo)\b`,
    ),
    /\b(?:puo|puoi|potete|pure|sentiamoci|chiamami|mi chiami|mi scriva|scrivimi)\b/,
    /\b(?:va benissimo|mi va bene|va bene|perfetto|mi sta bene|ok per me)\b/,
  ],
  but: /\b(?:ma|pero|tuttavia)\b/,
  asks: new RegExp(
    String.raw`\b(?:va bene|va benissimo|chiam\w*|(?:ri)?contatt\w*|scriv\w*|sentir\w*|sentiamo\w*|parl\w*` +
      String.raw`|risentir\w*|aggiorn\w*|veder\w*|incontr\w*|telefon\w*|colloquio|call)\b`,
  ),
  interested: [
    // A client who sets up a first meeting with the candidate; a candidate open to a first talk.
    /\b(?:organizzare|fissare|programmare|pianificare) (?:un |il )?(?:primo )?(?:colloquio|incontro)\b/,
    new RegExp(
      String.raw`\b(?<!non )(?:sarei|sono) (?:\w+ )?(?:disponibile|apert[oa]) (?:a|per|ad) (?:un ` +
        String.raw`|una )?(?:prim[oa] )?(?:chiacchierata|colloquio|conversazione|telefonata|call|confronto)\b`,
    ),
    // A client who wants to interview or meet the candidate, at the time they propose.
    new RegExp(
      String.raw`\b(?:vorremmo|vorrei|vogliamo|ci piacerebbe|mi piacerebbe) (?:fare|organizzare|fissare` +
        String.raw`|avere) (?:un |il )?colloquio\b|\b(?:vorremmo|vogliamo|ci piacerebbe) (?:conoscer|incontrar` +
        String.raw`|intervistar)\w*`,
    ),
    /\bnon smettete di (?:mandar|inviar|scriver|propor)\w*/,
    /\b(?:molto |davvero |decisamente |sicuramente |assolutamente )?interessat[oaie]\b|\bmi interessa(?:no)?\b/,
    /\bmi interesserebbe\b|\bpotrebbe interessarmi\b/,
    new RegExp(
      String.raw`\b(?:sembra|suona|pare|mi sembra|mi pare)(?: \w+)? (?:interessante|ottimo|ottima|bello|bella` +
        String.raw`|perfetto|perfetta|stimolante|promettente|allettante)\b|\b(?:interessante|allettante|stimolante)\b`,
    ),
    new RegExp(
      String.raw`\bmi piacerebbe\b|\b(?:vorrei|gradirei|mi farebbe piacere) (?:sapere|conoscere|parlare|ricevere` +
        String.raw`|avere|saperne|approfondire|sentir)\w*\b|\bsaperne di piu\b|\bvolentieri\b`,
    ),
    new RegExp(
      String.raw`\b(?:mandami|inviami|mi mandi|mi invii|mandatemi|inviatemi|mi mandate|mi inviate|girami` +
        String.raw`|mi giri)(?: \w+){0,3}? (?:informazioni|info|dettagli|descrizione|offerta|annuncio|jd` +
        String.raw`|job description)\b`,
    ),
    /\bsono (?:aperto|aperta|disponibile) (?:a|ad|per)\b|\bperche no\b|\bci sto\b/,
    /\b(?:raccontami|mi racconti|dimmi|mi dica) di piu\b|\bnon smettere di (?:mandarmi|inviarmi)\b/,
    /\bnon e che non mi interess\w*\b|\banzi\b/,
  ],
  notInterested: [
    /\bnon (?:sono |siamo )?(?:\w+ )?interessat\w*\b|\bnon mi interessa\w*\b/,
    /\bnon (?:e |mi sembra )?(?:molto )?interessante\b/,
  ],
  yes: [
    new RegExp(
      String.raw`^(?:si|certo|certamente|assolutamente|volentieri|perfetto|sicuro|sicuramente|ovviamente|ottimo` +
        String.raw`|benissimo|perche no)\b`,
    ),
  ],
  autoReply: [
    new RegExp(
      String.raw`\b(?:fuori (?:ufficio|sede)|risposta automatica|messaggio automatico|in ferie|in vacanza|assente` +
        String.raw`|assenza|congedo (?:parentale|di maternita|di paternita|per maternita)|in maternita|in paternita` +
        String.raw`|rientrero|saro di nuovo|torno in ufficio|di rientro|accesso limitato|per (?:urgenze` +
        String.raw`|questioni urgenti|comunicazioni urgenti)|in caso di urgenza)\b`,
    ),
  ],
  mentionsStop: new RegExp(
    String.raw`\b(?:non (?:mi )?(?:ri)?contatt\w*|contattat\w*|lista|elenco|mailing|database|cancellami` +
      String.raw`|cancellarmi|cancellatemi|rimuovere|rimuovetemi|togliere|disiscriv\w*|non contattarmi|ricontattarmi` +
      String.raw`|dati|gdpr|privacy|spam|in pace|basta)\b`,
  ),
  quoteHeader: new RegExp(
    String.raw`^(?:il (?:giorno )?.{3,120} ha scritto:?|-{2,} ?(?:messaggio originale|messaggio inoltrato) ?-{2,}` +
      String.raw`|da: .+|inviato: .+|inviato da \w+)$`,
  ),
  dates: {
    months: [
      ['gennaio', 'gen'],
      ['febbraio', 'feb'],
      ['marzo', 'mar'],
      ['aprile', 'apr'],
      ['maggio', 'mag'],
      ['giugno', 'giu'],
      ['luglio', 'lug'],
      ['agosto', 'ago'],
      ['settembre', 'sett', 'set'],
      ['ottobre', 'ott'],
      ['novembre', 'nov'],
      ['dicembre', 'dic'],
    ],
    weekdays: [['domenica'], ['lunedi'], ['martedi'], ['mercoledi'], ['giovedi'], ['venerdi'], ['sabato']],
    today: 'oggi|stasera|stamattina|oggi pomeriggio',
    tomorrow: 'domani',
    dayAfterTomorrow: 'dopodomani|dopo domani',
    nextBefore: 'prossimo|prossima|il prossimo|la prossima',
    nextAfter: 'prossim[oa]|che viene|successiv[oa]',
    comingBefore: 'questo|questa|il|da|entro',
    week: 'settimana',
    month: 'mese',
    year: 'anno',
    quarter: 'trimestre',
    seasons: {
      names: ['primavera', 'estate', 'autunno', 'inverno'],
      after: "dopo l'|dopo la|dopo",
      in: "in|d'|quest'|questa|questo|la prossima|il prossimo|l'|per l'|per la",
    },
    newYear: "anno nuovo|nuovo anno|inizio anno|inizio dell'anno prossimo|inizio del prossimo anno|dopo capodanno",
    unitDays: 'giorni|giorno',
    unitWeeks: 'settimane|settimana',
    unitMonths: 'mesi|mese',
    unitYears: 'anni|anno',
    unitFortnights: 'quindicina(?: di giorni)?',
    inPrefix: 'tra|fra|entro|dopo',
    fromNow: '(?!)',
    numbers: {
      un: 1,
      uno: 1,
      una: 1,
      due: 2,
      tre: 3,
      quattro: 4,
      cinque: 5,
      sei: 6,
      sette: 7,
      otto: 8,
      nove: 9,
      dieci: 10,
      undici: 11,
      dodici: 12,
      quindici: 15,
      'un paio di': 2,
      'paio di': 2,
      qualche: 3,
      alcuni: 3,
      alcune: 3,
      pochi: 3,
      poche: 3,
      mezzo: 0.5,
    },
    inMonth: 'a|ad|in|da|fino a|entro|verso|per|dal mese di|nel mese di|a partire da',
    earlyMonth: "a inizio|inizio|all'inizio di|agli inizi di|ai primi di|primi di",
    midMonth: 'a meta|meta|verso meta',
    endMonth: 'a fine|fine|alla fine di|verso fine|entro fine|entro la fine di',
    endOfThisMonth: '(?:a |entro |verso )?fine (?:del )?mese',
    endOfThisWeek: '(?:a |entro |verso )?fine (?:della )?settimana',
    after: 'dopo il|dopo',
    onDay: 'il|dal|a partire dal|fino al|entro il|per il|al',
    ordinal: 'o',
    dayMonthJoin: 'di',
    returnCue: 'fino al|fino a|rientro|rientrero|torno|tornero|di ritorno|dal|a partire dal',
    backCue: 'rientro|rientrero|torno|tornero|di ritorno|di nuovo|sar[oò] di nuovo|a partire dal|dal',
    dayRejected: '(?:non posso|non va|non riesco|non mi va|no|e impossibile)\\b',
    atHour: "alle|verso le|dalle|per le|ore|alle ore|all'|verso l'",
    hourWord: 'h',
    pm: 'del pomeriggio|di pomeriggio|di sera|della sera',
    am: 'del mattino|di mattina|della mattina',
    noon: 'mezzogiorno',
    beforeTime: "prima delle|prima dell'|fino alle",
  },
};
