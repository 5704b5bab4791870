import * as chrono from 'chrono-node';
import { near } from './text';
import type { PhraseTable } from './types';

// Text is normalised: "é" is "e", "ç" is "c"; apostrophes are straight.
const VERB = `(?:re)?(?:contact|appel|ecri|relanc|sollicit|derang|envoy|harcel|telephon|spamm|joign|embet|importun|texto)`;
const LIST =
  `(?:liste|listes|base|bases|fichier|fichiers|mailing|diffusion|bdd|crm|repertoire|annuaire|vivier|cvtheque` +
  `|registre|newsletter|contacts)`;
const FOR_NOW =
  `(?:pour le moment|pour l'instant|actuellement|en ce moment|a l'heure actuelle|a ce stade|pour l'heure` +
  `|cette annee|a present|aujourd'hui|dans l'immediat|pour le moment du moins|encore)`;
const NO_INTEREST =
  `(?:(?:pas|plus)(?: \\w+)? interesse(?:e|s|es)?|ne m'interesse (?:pas|plus)|(?:pas|plus) (?:a l'ecoute` +
  `|en recherche|ouvert|ouverte|disponible)|ne (?:re)?cherche (?:pas|plus))`;

export const fr: PhraseTable = {
  lang: 'fr',
  chrono: chrono.fr.casual,
  markers: new RegExp(
    String.raw`\b(?:je|j'ai|vous|pas|merci|ne|n'|le|la|les|et|mais|pour|avec|est|suis|une|un|des|du|de|ce|cette` +
      String.raw`|bonjour|cordialement|moi|mon|ma|mes|votre|vos|ca|oui|non|tres|bien|plus|c'est|n'est|dans|sur|au|aux` +
      String.raw`|qui|que)\b`,
    'g',
  ),
  stop: [
    // A client: stop sending CVs or candidates altogether.
    new RegExp(
      String.raw`\bne (?:souhaitons|souhaite|voulons|veux|desirons|desire) plus recevoir (?:de |d'|vos ` +
        String.raw`|aucun )?(?:cv|candidat|profil|candidature)`,
    ),
    new RegExp(
      String.raw`\bcesse[rz]? (?:tout |tous |vos |les )?envois?\b|\bne (?:nous |m')?(?:envoyez|adressez` +
        String.raw`|transmettez) plus (?:de |d'|aucun )?(?:cv|candidat|profil)`,
    ),
    new RegExp(
      String.raw`\b(?:oubli\w*|supprim\w*|effac\w*|retir\w*|perd\w*) (?:ce|mon|cet|mes|ces|le) (?:numero` +
        String.raw`|mail|e-mail|adresse|coordonnees|contact|donnees)\b`,
    ),
    new RegExp(
      String.raw`\b(?:arret\w*|cess\w*) de (?:m'?|me |nous |n'?)(?:ecrire|appeler|contacter|envoyer` +
        String.raw`|harceler|solliciter|relancer|spammer|texter|telephoner)\b`,
    ),
    new RegExp(
      String.raw`\b(?:cess\w*|arret\w*|mettre fin a) (?:toute?s? )?(?:les |vos |ces )?(?:sollicitations?` +
        String.raw`|prospection|relances?|messages|appels|mails|e-mails|envois|communications?)\b`,
    ),
    new RegExp(`\\bne (?:me |m'|nous )?${VERB}\\w* (?:plus|jamais)\\b`),
    new RegExp(
      `\\bne (?:me |m'|nous )?${VERB}\\w* pas\\b(?! (?:avant|apres|le|la|les|ce|cette|entre|pendant|au|a|sur|par` +
        `|sans|trop)\\b)`,
    ),
    new RegExp(`\\bne (?:plus|jamais|plus jamais) (?:me |m'|nous )?${VERB}\\w*`),
    new RegExp(
      `\\bne pas (?:me |m'|nous )?${VERB}\\w*(?: (?:a nouveau|de nouveau|encore))?(?=\\s*(?:[.!;,]|$|merci|svp|s'il))`,
    ),
    new RegExp(
      `\\b(?:arretez|arrete|arretes|cessez|cesse|arreter|cesser|stoppez) (?:donc |svp |s'il vous plait ` +
        `|immediatement |tout de suite |maintenant )?de (?:me |m'|nous )?${VERB}\\w*`,
    ),
    near(`\\b(?:retir|supprim|enlev|effac|desinscri|radi|sort|ot|ray)\\w*`, `\\b${LIST}\\b`, 50),
    /\b(?:desinscri\w*|desabonn\w*|desinscription|desabonnement)\b/,
    new RegExp(
      String.raw`\b(?:supprim|effac|detrui|retir)\w* (?:toutes )?(?:mes|les) (?:donnees|coordonnees|informations` +
        String.raw`|infos|donnees personnelles|numero|cv|coordonnees)\b|\b(?:rgpd|droit a l'oubli|droit a l'effacement` +
        String.raw`|droit d'opposition)\b`,
    ),
    /\b(?:laissez|laisse|foutez|fichez|fiche|fous)[- ]?(?:moi|nous) (?:tranquilles?|en paix|la paix)\b/,
    new RegExp(
      String.raw`\bje ne (?:souhaite|veux|desire) (?:plus|pas|plus jamais) (?:etre (?:re)?(?:contacte|sollicite` +
        String.raw`|appele|derange|relance)|recevoir|que vous (?:me|m')|de (?:vos|ces) (?:messages|mails|appels|offres` +
        String.raw`|sollicitations)|d'autres|entendre)\w*`,
    ),
    new RegExp(
      String.raw`\b(?:plus (?:de|d'aucun|aucun|jamais de)|aucun(?:e)? (?:autre )?)(?:mails?|e-?mails?|courriels?` +
        String.raw`|messages?|appels?|sollicitations?|contacts?|relances?|sms)\b`,
    ),
    /\b(?:oubliez|perdez|supprimez|effacez) (?:mon|mes) (?:numero|coordonnees|mail|adresse|email)\b/,
    /\b(?:c'est du|ceci est du|c'est) (?:\w+ )?(?:harcelement|spam)\b|\bharcelement\b/,
    new RegExp(
      String.raw`\bje m'oppose a (?:tout|toute|tous|toutes|ce|cette|ces|votre|vos)?\s?(?:\w+ )?(?:demarchage` +
        String.raw`|sollicitation|prospection|contact|relance|traitement)\w*`,
    ),
    /\bdemarchage\b/,
    /\b(?:oubliez|perdez|supprimez|effacez) (?:mon|mes) (?:numero|coordonnees|mail|adresse|email|donnees)\b/,
  ],
  notStop: [
    /\bn'arretez (?:surtout )?pas de m'envoyer\b|\bne me retirez pas\b/,
    /\bne m'appelez pas,? (?:mais |plutot |ecrivez|envoyez|par mail)/,
    /\bne (?:me |m')?\w+ (?:pas|plus) (?:avant|apres)\b/,
    /\bne (?:me )?(?:retirez|supprimez|enlevez|desinscrivez)(?:-moi)? (?:pas|surtout pas)\b[^.!?\n]*/,
    /\bn'arretez (?:surtout |jamais )?pas\b[^.!?\n]*/,
  ],
  no: [
    // Decided to stay where they are, or signed with another company.
    new RegExp(
      String.raw`\b(?:decide|choisi),? (?:\w+,? )?de rester (?:dans|chez|avec) (?:mon|ma) (?:\w+ )?(?:entreprise` +
        String.raw`|employeur|societe|poste)\b`,
    ),
    new RegExp(
      String.raw`\bj'ai (?:deja |finalement )?(?:signe|accepte) (?:une |un )?(?:promesse d'embauche|offre|contrat` +
        String.raw`|proposition) (?:\w+ ){0,3}?(?:ailleurs|chez|dans une autre|avec une autre)\b`,
    ),
    // A client: the role is filled or closed, no agencies for it, no more candidates needed.
    new RegExp(
      String.raw`\b(?:poste|offre|recrutement) (?:\w+ ){0,2}?(?:a ete|est|a deja ete) (?:\w+ )?(?:pourvu|comble` +
        String.raw`|ferme|annule|clos)\b`,
    ),
    /\bnous avons (?:\w+ )?(?:pourvu|comble|ferme) (?:le|ce) poste\b/,
    new RegExp(
      String.raw`\b(?:decide|choisi) de ne pas (?:passer par|faire appel a|travailler avec) (?:des |un |une ` +
        String.raw`|les )?(?:cabinets?|agences?|recruteurs?)\b`,
    ),
    new RegExp(
      String.raw`\b(?:pas|plus) (?:besoin|la peine|necessaire) (?:de |d')(?:nous )?(?:envoyer` +
        String.raw`|transmettre) (?:d'autres|plus de|de nouveaux) (?:candidats|profils|cv)\b`,
    ),
    /\b(?:pas|plus|nullement|aucunement|guere)(?: \w+)? interesse(?:e|s|es)?\b/,
    /\b(?:ne|n')(?: \w+)? (?:m'|nous )?interesse(?:nt)? (?:pas|plus|guere|nullement)\b/,
    /\baucun(?: \w+)? interet\b|\bpas d'interet\b|\bsans interet\b|\bpas (?:tres |vraiment )?(?:interessant|tentant)\b/,
    /\bnon,? merci\b|\bmerci,? (?:mais )?non\b|\bnon,? sans facon\b|\bsans facons?\b/,
    /^(?:non|nan|nope)\b(?!,? (?:pas de (?:souci|probleme)|aucun (?:souci|probleme)|je suis (?:toujours )?interesse))/,
    new RegExp(
      String.raw`\b(?:je )?(?:dois|vais|prefere|prefererais|me vois contraint de|suis contraint de` +
        String.raw`|suis oblige de)(?: \w+)? (?:decliner|refuser|passer mon tour|renoncer)\b|\bje (?:decline|refuse` +
        String.raw`|passe mon tour|passe|renonce|me desiste)\b`,
    ),
    /\bdecliner (?:votre|cette|l') (?:offre|proposition|invitation)\b/,
    /\bje ne (?:vais|souhaite|peux) pas donner suite\b|\bne pas donner suite\b|\bpas (?:y )?donner suite\b/,
    /\bje reste (?:dans|chez|a|en poste|ou je suis|avec|la ou)\b|\b(?:decide|choisi) de rester\b/,
    /\brester (?:dans|chez|en poste|a mon poste)\b/,
    new RegExp(
      String.raw`\bj'ai (?:deja |finalement |recemment )?(?:accepte|signe|trouve|choisi|pris) (?:une |un )?(?:autre ` +
        String.raw`|nouvelle |nouveau |nouvel )?(?:offre|poste|emploi|job|cdi|proposition|contrat|mission|opportunite` +
        String.raw`|travail)\b|\bdeja en poste\b`,
    ),
    /\bpas pour moi\b|\bne (?:me )?correspond pas\b|\bne (?:me )?convient pas\b/,
    /\bpas (?:adapte|fait pour moi|mon truc|ce que je cherche)\b|\bne me (?:tente|dit) (?:pas|rien)\b/,
    /\b(?:je ne suis pas|ne suis pas|pas) (?:a l'ecoute|en recherche|ouvert|ouverte|disponible pour un changement)\b/,
    /\bje ne (?:cherche|recherche) pas\b|\bne (?:cherche|recherche) (?:pas|plus)\b|\bplus en recherche\b/,
    /\bpas du tout\b|\bcertainement pas\b|\babsolument pas\b|\bhors de question\b|\bjamais de la vie\b|\bc'est non\b/,
    /\bmalheureusement non\b|\bje ne pense pas\b(?! (?:pouvoir|etre disponible))/,
    /\bje (?:retire|me retire) (?:ma candidature|du processus)\b|\bretirer ma candidature\b/,
    new RegExp(
      String.raw`\b(?:tres |vraiment )?(?:satisfait|satisfaite|bien|heureux|heureuse|epanoui|epanouie) (?:dans|chez` +
        String.raw`|a) (?:mon|ma) (?:poste|entreprise|travail|societe|boite|emploi)\b`,
    ),
    /\b(?:fermer|cloturer|clore|fermez|cloturez) (?:mon|le) dossier\b/,
    /\bje viens (?:juste )?de (?:commencer|prendre|rejoindre|signer|changer)\b/,
  ],
  notNo: [
    // A client passing a CV to the team and coming back: not a not-now.
    new RegExp(
      String.raw`\b(?:je |nous )?(?:transmet\w*|partage\w*|fais suivre|montre\w*) (?:\w+ ){0,3}?a (?:l'equipe` +
        String.raw`|mon equipe|notre equipe|mes collegues|mon manager)\b[^.!?]*`,
    ),
    /\bpas de (?:souci|soucis|probleme|problemes)\b|\baucun (?:souci|probleme)\b|\bje ne dis pas non\b/,
    /\bne dirais pas non\b|\bpourquoi pas\b|\bpas ininteressant\b/,
  ],
  forNow: [
    new RegExp(`\\b${FOR_NOW},? (?:je )?(?:ne suis |ca ne |cela ne )?${NO_INTEREST}`),
    new RegExp(`${NO_INTEREST},? ${FOR_NOW}\\b`),
    new RegExp(`\\b(?:je reste|je suis bien|je suis heureux|je suis heureuse)(?: \\w+){0,3}? ${FOR_NOW}\\b`),
    /^(?:non|nan)[,.!]* (?:pas (?:pour le moment|pour l'instant|maintenant|encore|tout de suite)|peut-etre plus tard)/,
  ],
  forGood: [
    /\b(?:ni maintenant ni plus tard|jamais|definitivement|a l'avenir non plus|pas avant longtemps|d'aucune facon)\b/,
  ],
  notNow: [
    // Hedges: not sure yet, a partner to ask first, a bare "maybe".
    new RegExp(
      String.raw`\bpas encore (?:\w+ )?sure?\b|\bje ne sais pas encore\b|\ben (?:parler|discuter) avec (?:ma` +
        String.raw`|mon) (?:conjoint|conjointe|femme|mari|compagne|compagnon|famille|partenaire)\b|(?:^` +
        String.raw`|[.!?] )peut-etre[.!]*$`,
    ),
    // A client's budget or hiring freeze, until the date they name.
    new RegExp(
      String.raw`\bgel (?:des |du )?(?:recrutements?|embauches?|budgets?)\b|\b(?:budgets?|recrutements?` +
        String.raw`|embauches?) (?:\w+ )?(?:geles?|gelees?)\b`,
    ),
    /\b(?:dans le jus|debord\w*|sous l'eau|charrette|overbook\w*|la tete dans le guidon)\b/,
    /\b(?:pas|n'est pas) (?:le|un) (?:bon |meilleur )?moment\b|\bmauvais (?:moment|timing)\b|\ble timing\b/,
    /\bpas (?:maintenant|tout de suite|encore|pour le moment|pour l'instant|en ce moment|cette annee|cette fois)\b/,
    /\b(?:pour le moment|pour l'instant|en ce moment|actuellement),? (?:c'est )?non\b/,
    new RegExp(
      String.raw`\b(?:tres|trop|super|hyper|vraiment|assez|extremement|particulierement|bien) (?:occupe|occupee` +
        String.raw`|charge|chargee|pris|prise|deborde|debordee|overbooke|sous l'eau)\b|\b(?:deborde|debordee` +
        String.raw`|sous l'eau|overbooke|overbookee|noye|noyee|charrette)\b|\bcharge de travail\b`,
    ),
    /\ben plein(?:e)? \w+\b|\bau milieu (?:d'un|d'une|de)\b/,
    /\b(?:je n'ai|j'ai) (?:pas|peu|plus) (?:le |de )?temps\b|\bpas le temps\b|\bmanque de temps\b/,
    new RegExp(
      String.raw`\b(?:peut-etre|peut etre|eventuellement|probablement) (?:plus tard|dans|l'annee prochaine` +
        String.raw`|une autre fois|ulterieurement|a l'avenir|en|apres|vers|d'ici)\b|\bune autre fois\b` +
        String.raw`|\bulterieurement\b`,
    ),
    /\bje (?:vous |te )?(?:recontacterai|reviendrai|rappellerai|tiendrai au courant|ferai signe)\b/,
    /\bje reviens vers vous\b|\bje vous tiens au courant\b/,
    new RegExp(
      String.raw`\b(?:je dois|il faut que je|je vais|laissez-moi|laissez moi|je prefere|j'ai besoin de) (?:y |bien ` +
        String.raw`|encore )?(?:reflechir|penser|murir|mediter)\b|\btemps de (?:la )?reflexion\b|\bje reflechis\b`,
    ),
    /\bpas (?:pret|prete|prets)\b/,
    /\bpas (?:aujourd'hui|cette semaine|ce mois-ci|demain)\b|\b(?:moment|timing) (?:est )?mal choisi\b|\bmal tombe\b/,
  ],
  later: [
    new RegExp(
      String.raw`\b(?:re)?(?:contactez|contacte|appelez|ecrivez|relancez|rappelez)[- ](?:moi` +
        String.raw`|nous)(?: \w+){0,2}? (?:dans|en|apres|a partir|au debut|debut|fin|courant|mi-|la semaine|le mois` +
        String.raw`|plus tard|l'annee|vers|d'ici|a nouveau|de nouveau)\b`,
    ),
    /\b(?:revenez|reviens|revenir) vers (?:moi|nous)\b|\breprenez contact\b|\breprendre contact\b|\brefaites signe\b/,
    /\bfaites-moi signe\b|\bplus tard\b/,
    new RegExp(
      String.raw`\bn'hesitez pas a (?:me |m')?(?:re)?(?:contacter|relancer|rappeler|ecrire|solliciter` +
        String.raw`|revenir)(?: \w+){0,3}? (?:dans|en|apres|plus tard|a nouveau|de nouveau|a l'avenir|au debut|debut` +
        String.raw`|fin|courant|vers|d'ici)\b`,
    ),
    /\b(?:gardez|conservez) (?:mon|mes) (?:cv|profil|coordonnees|contact|numero)\b|\bpensez a moi\b/,
    /\bgardez-moi en tete\b/,
    new RegExp(
      String.raw`\b(?:dans le futur|a l'avenir|pour de futures|futures? (?:opportunites|offres|postes|missions)` +
        String.raw`|un peu plus tard)\b|\bon en (?:re)?parle\b|\bon se (?:re)?parle\b|\bon se recontacte\b`,
    ),
    /\b(?:apres|a la) (?:les fetes|la rentree|les vacances|l'ete|noel)\b/,
  ],
  agree: [
    new RegExp(
      String.raw`\b(?:oui|bien sur|volontiers|avec plaisir|d'accord|dac|ok|okay|pas de souci|pas de probleme` +
        String.raw`|ca marche|sans probleme|sans souci|parfait|entendu|tres bien|absolument|certainement|evidemment)\b`,
    ),
    /\b(?:vous pouvez|tu peux|n'hesitez pas|je veux bien|on peut|appelez-moi|contactez-moi|ecrivez-moi)\b/,
    /\b(?:ca me va|cela me va|me convient|ca m'arrange|c'est parfait|c'est bon|ca marche)\b/,
  ],
  but: /\b(?:mais|cependant|par contre)\b/,
  asks: new RegExp(
    String.raw`\b(?:me va|me convient|m'arrange|appel\w*|contact\w*|recontact\w*|ecri\w*|relanc\w*|telephon\w*` +
      String.raw`|parl\w*|discut\w*|echang\w*|faire le point|revenir vers|rappel\w*|joindre|call|visio|rendez-vous|rdv` +
      String.raw`|entretien)\b`,
  ),
  interested: [
    // A client who sets up a first meeting with the candidate; a candidate open to a first talk.
    new RegExp(
      String.raw`\b(?:planifier|organiser|caler|fixer|programmer) (?:un |une )?(?:premier |premiere )?(?:entretien` +
        String.raw`|rencontre|echange|rendez-vous)\b`,
    ),
    new RegExp(
      String.raw`\b(?<!pas )(?<!plus )ouverte? a (?:un |une )?(?:premier |premiere |petit |petite |bref ` +
        String.raw`|breve )?(?:echange|discussion|conversation|appel|entretien)\b`,
    ),
    // A client who wants to interview or meet the candidate, at the time they propose.
    /\b(?:organiser|planifier|fixer|caler|programmer|proposer) (?:un |une )?entretien\b/,
    new RegExp(
      String.raw`\b(?:souhaitons|souhaiterions|aimerions|voudrions|voulons) (?:le |la |les )?(?:rencontrer|convoquer` +
        String.raw`|interviewer)\b`,
    ),
    /\b(?:tres |vraiment |plutot |assez |fortement |particulierement )?interesse(?:e|s|es)?\b/,
    /\b(?:ca |cela )?m'interesse\b|\bm'interesserait\b|\bpourrait m'interesser\b/,
    new RegExp(
      String.raw`\b(?:ca a l'air|cela a l'air|ca semble|cela semble|ca parait|ca me parait|c'est|l'offre est` +
        String.raw`|le poste est|le poste a l'air|ca m'a l'air)(?: \w+)? (?:interessant|super|bien|top|genial` +
        String.raw`|excellent|prometteur|attrayant|motivant|passionnant|parfait|tentant|allechant)\b|\b(?:interessant` +
        String.raw`|interessante|prometteur|tentant|allechant)\b`,
    ),
    new RegExp(
      String.raw`\b(?:je suis )?partante?\b|\bcurieu(?:x|se)\b|\b(?:j'aimerais|je voudrais|je souhaiterais` +
        String.raw`|je souhaite) (?:en savoir plus|plus d'(?:informations|infos|details)|recevoir|echanger|discuter` +
        String.raw`|postuler|en parler|avoir plus)\b|\ben savoir plus\b`,
    ),
    new RegExp(
      String.raw`\b(?:envoyez|envoie|transmettez|faites suivre)[- ]moi (?:\w+ ){0,3}?(?:informations|infos|details` +
        String.raw`|fiche de poste|l'offre|la description|descriptif|annonce)\b`,
    ),
    new RegExp(
      String.raw`\b(?:je suis )?ouverte? (?:a|aux) (?:une |un |des )?(?:discussion|echange|opportunite|nouvelles` +
        String.raw`|proposition|appel)\b|\bpourquoi pas\b|\bca me (?:tente|plait)\b|\bavec plaisir\b|\bvolontiers\b` +
        String.raw`|\bne dirais pas non\b|\bn'arretez pas de m'envoyer\b`,
    ),
    /\bpas ininteressant\b|\bn'arretez (?:surtout |jamais )?pas de m'envoyer\b/,
  ],
  notInterested: [
    /\bpas (?:tres |vraiment |du tout )?(?:interessant|interesse|tentant)\w*\b|\bne m'interesse (?:pas|plus)\b/,
  ],
  yes: [
    new RegExp(
      String.raw`^(?:oui|bien sur|volontiers|avec plaisir|absolument|tout a fait|certainement|evidemment|carrement` +
        String.raw`|parfait|super|genial|top)\b`,
    ),
  ],
  autoReply: [
    new RegExp(
      String.raw`\b(?:absente? du bureau|message d'absence|reponse automatique|en conges?|conge (?:parental` +
        String.raw`|maternite|paternite|de maternite|de paternite|maladie)|en vacances|je suis absente?` +
        String.raw`|de retour (?:le|au bureau|lundi|mardi|mercredi|jeudi|vendredi)|je serai de retour|acces (?:limite` +
        String.raw`|restreint)|en cas d'urgence|pour toute urgence|je reprendrai|hors du bureau|en deplacement` +
        String.raw`|je serai absente?|actuellement absente?|en arret maladie)\b`,
    ),
  ],
  mentionsStop: new RegExp(
    String.raw`\b(?:liste|listes|desinscri\w*|desabonn\w*|retirer|retirez|supprimer|supprimez|effacer|ne plus` +
      String.raw`|recontacter|rgpd|donnees|stop|spam|harcel\w*|tranquille|base de donnees|fichier)\b`,
  ),
  quoteHeader: new RegExp(
    String.raw`^(?:le .{3,120} a ecrit ?:?|-{2,} ?(?:message d'origine|message transfere|message original) ?-{2,}` +
      String.raw`|de ?: .+|envoye ?: .+|envoye de mon \w+)$`,
  ),
  dates: {
    months: [
      ['janvier', 'janv'],
      ['fevrier', 'fevr', 'fev'],
      ['mars'],
      ['avril', 'avr'],
      ['mai'],
      ['juin'],
      ['juillet', 'juil'],
      ['aout'],
      ['septembre', 'sept'],
      ['octobre', 'oct'],
      ['novembre', 'nov'],
      ['decembre', 'dec'],
    ],
    weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
    today: "aujourd'hui|aujourd hui|ce (?:soir|matin|midi)|cet apres-midi",
    tomorrow: 'demain',
    dayAfterTomorrow: 'apres-demain|apres demain',
    nextBefore: 'prochaine?',
    nextAfter: "prochaine?s?|d'apres|suivante?",
    comingBefore: 'ce|ce\\s+|des|a partir de',
    week: 'semaine',
    month: 'mois',
    year: 'annee|an',
    quarter: 'trimestre',
    seasons: {
      names: ['printemps', 'ete', 'automne', 'hiver'],
      after: "apres l'|apres le|apres",
      // Not a bare "a": "il a été" is no summer.
      in: "en|au|a l'|cet|cette|ce|des l'|des le|pendant l'|pendant le|l'|le",
      afterSummer: 'la rentree|rentree',
    },
    newYear: "(?:le |au )?nouvel an|(?:en |au )?debut d'annee|la nouvelle annee|debut de l'annee prochaine",
    unitDays: 'jours?|journees?',
    unitWeeks: 'semaines?',
    unitMonths: 'mois',
    unitYears: 'ans|annees?|an',
    unitFortnights: 'quinzaines?(?: de jours)?',
    inPrefix: "dans|d'ici|d'ici a|apres|sous",
    fromNow: '(?!)',
    numbers: {
      un: 1,
      une: 1,
      deux: 2,
      trois: 3,
      quatre: 4,
      cinq: 5,
      six: 6,
      sept: 7,
      huit: 8,
      neuf: 9,
      dix: 10,
      onze: 11,
      douze: 12,
      quinze: 15,
      quelques: 3,
      'une ou deux': 2,
      'un ou deux': 2,
      'deux ou trois': 3,
      'une paire de': 2,
      plusieurs: 3,
    },
    inMonth: "en|au mois d'|au mois de|courant|a partir de|jusqu'en|vers|pour|des",
    earlyMonth: 'debut|au debut de|au debut du mois de|en debut de|des le debut de|des debut',
    midMonth: 'mi-|a la mi-|vers la mi-|a mi-',
    endMonth: "fin|a la fin de|a la fin du mois de|en fin de|vers la fin de|d'ici fin|fin du mois de",
    endOfThisMonth: "(?:a la |en |d'ici (?:la )?)?fin (?:du|de ce) mois",
    endOfThisWeek: "(?:a la |en |d'ici (?:la )?)?fin (?:de la|de cette) semaine",
    after: 'apres le|apres|passe le',
    onDay: "le|a partir du|des le|jusqu'au|au|du|d'ici le|avant le",
    ordinal: 'er|ere|eme|e',
    dayMonthJoin: '(?!)',
    returnCue: "jusqu'au|jusqu'a|jusqu'en|retour|de retour|reviens|reviendrai|reprends|reprendrai|a partir du|des le",
    backCue: 'de retour|retour|reviens|reviendrai|reprends|reprendrai|a nouveau joignable|des le|a partir du',
    dayRejected:
      "(?:ce n'est pas|n'est pas|ne va pas|ne me va pas|je ne peux pas|impossible|c'est pas" +
      "|ne m'arrange pas|ca ne va pas)\\b",
    atHour: 'a|vers|des|a partir de|entre',
    hourWord: 'h|heures?',
    pm: "de l'apres-midi|de l'apres midi|du soir",
    am: 'du matin',
    noon: 'midi',
    beforeTime: "avant|jusqu'a",
  },
};
