import * as chrono from 'chrono-node';
import { near } from './text';
import type { PhraseTable } from './types';

// Text is normalised: "ñ" is "n" ("mañana" is "manana"), "é" is "e".
const VERB_ME =
  `(?:contactar|llamar|escribir|molestar|enviar|mandar|buscar|acosar|insistir|spamear|contactarme|llamarme` +
  `|escribirme|molestarme|enviarme|mandarme|buscarme|acosarme)`;
const LIST =
  `(?:lista|listas|base de datos|bases de datos|registro|registros|mailing|difusion|sistema|fichero|ficheros|crm` +
  `|bbdd|directorio|newsletter|agenda|contactos)`;
const FOR_NOW =
  `(?:ahora|ahora mismo|en este momento|de momento|por ahora|por el momento|actualmente|este ano|en estos momentos` +
  `|todavia|aun|hoy por hoy|por lo pronto)`;
const NO_INTEREST =
  `(?:no (?:me )?interesa|no (?:estoy|estamos)(?: \\w+)? (?:interesad[oa]s?|buscando|abiert[oa]s?)` +
  `|no busco(?: nada)?)`;

export const es: PhraseTable = {
  lang: 'es',
  chrono: chrono.es.casual,
  markers: new RegExp(
    String.raw`\b(?:yo|no|gracias|el|la|los|las|de|que|y|pero|por|para|con|es|estoy|soy|un|una|me|mi|su|usted|muy|si` +
      String.raw`|hola|saludos|ahora|mas|esta|este|lo|le|del|al|tengo|puede|hablamos)\b`,
    'g',
  ),
  stop: [
    // A client: stop sending CVs or candidates altogether.
    new RegExp(
      String.raw`\b(?:dejen|deje|dejad|dejes) de (?:enviar|mandar)(?:nos|me)? (?:\w+ )?(?:cvs?|curriculums?` +
        String.raw`|candidat\w*|perfiles)\b`,
    ),
    new RegExp(
      String.raw`\bno (?:nos |me )?(?:envien|manden|envies|mandes) (?:mas|nunca) (?:\w+ )?(?:cvs?|curriculums?` +
        String.raw`|candidat\w*|perfiles)\b|\bno (?:queremos|deseamos) (?:seguir )?recibir (?:mas )?(?:cvs?` +
        String.raw`|curriculums?|candidat\w*|perfiles)\b`,
    ),
    new RegExp(
      String.raw`\b(?<!no )(?:dej\w*|par\w*) de (?:marcar|llamar|escribir|contactar|mandar|enviar|molestar` +
        String.raw`|buscar|whatsappear)(?:me|nos)?\b`,
    ),
    /\bno (?:me |m |nos )(?:escrib|llam|marqu|contact|mand|molest|busqu)\w* (?:mas|nunca)\b/,
    new RegExp(
      String.raw`\b(?:numero|telefono|correo|datos)\b[^]{0,80}?\b(?:borr|elimin|suprim)(?:en|a|e|ad|ar|alo` +
        String.raw`|enlo)?(?:lo|los|la|me)\b`,
    ),
    new RegExp(`\\bno (?:me |nos )?(?:vuelva|vuelvas|vuelvan|vuelvais) a (?:me |nos )?${VERB_ME}`),
    new RegExp(
      String.raw`\bno (?:me |nos )?(?:contacte|contactes|contacten|llame|llames|llamen|escriba|escribas|escriban` +
        String.raw`|moleste|molestes|molesten|envie|envies|envien|mande|mandes|manden|busque|busquen)n? (?:mas|nunca` +
        String.raw`|nunca mas|de nuevo|otra vez)\b`,
    ),
    new RegExp(`\\b(?:deje|dejen|deja|dejad|para|pare|paren|parad|dejar) de (?:me )?${VERB_ME}\\w*`),
    near(
      `\\b(?:elimin|borr|quit|sac|retir|dar de baja|dad de baja|den de baja|de de baja|exclu|excl)\\w*`,
      `\\b${LIST}\\b`,
      50,
    ),
    /\b(?:darme|darnos|darse) de baja\b|\b(?:me doy|quiero darme|deseo darme) de baja\b/,
    /\bde baja de (?:la|su|sus|vuestra|esta|estas)\b/,
    /\b(?:desuscrib|desinscrib|desapunt)\w*|\b(?:anular|cancelar) (?:mi )?suscripcion\b/,
    new RegExp(
      String.raw`\b(?:elimin|borr|supri|destru|quit)\w* (?:todos )?(?:mis|los) (?:datos|datos personales|informacion` +
        String.raw`|numero|telefono|correo|cv|curriculum)\b|\b(?:rgpd|lopd|lopdgdd|derecho (?:al olvido|de supresion` +
        String.raw`|de cancelacion|de oposicion))\b`,
    ),
    /\b(?:dejeme|dejame|dejenme|dejadme|me dejen|me deje) (?:en paz|tranquil[oa])\b/,
    new RegExp(
      String.raw`\bno (?:deseo|quiero|quisiera) (?:ser (?:contactad|llamad|molestad)|recibir|que (?:me` +
        String.raw`|nos) (?:contacten|contacte|llamen|llame|escriban|escriba|molesten|moleste|vuelvan)|mas (?:correos` +
        String.raw`|llamadas|mensajes|contacto|ofertas)|saber nada)\w*`,
    ),
    new RegExp(
      String.raw`\b(?:ni un|ningun|ninguna|no mas|basta de) (?:otro |otra |mas )?(?:correo|correos|mensaje|mensajes` +
        String.raw`|llamada|llamadas|email|emails|contacto|oferta|ofertas)\b`,
    ),
    /\b(?:pierda|olvide|borre|borren|elimine|eliminen) (?:mi|mis) (?:numero|telefono|correo|email|datos|contacto)\b/,
    /\bes (?:un )?acoso\b|\bacoso\b/,
    /\bya no (?:me |nos )?(?:contact|llam|escrib|mand|envi|molest|busqu)\w*/,
    new RegExp(
      String.raw`\bno (?:me |nos )?(?:manden|mande|mandes|envien|envie|envies) (?:mas )?(?:correos|mensajes|emails` +
        String.raw`|mails|ofertas|nada)\b`,
    ),
    /\bolvid\w* (?:de )?(?:mi|mis) (?:numero|datos|correo|telefono|contacto|email)\b/,
    /\bno (?:volver|vuelva|vuelvas|vuelvan) a (?:contactarme|llamarme|escribirme|molestarme|enviarme|mandarme)\b/,
  ],
  notStop: [
    /\bno (?:dejes|dejen|deje|dejeis|pares|paren|pare) de\b[^.!?\n]*/,
    /\bno (?:deje|dejen|deja) de (?:enviarme|mandarme|escribirme)\b/,
    /\bno me (?:llame|llames),? (?:mejor |solo |escribame|escribeme|por (?:correo|email|mail|whatsapp))/,
    /\bno me \w+ (?:antes|despues) de\b/,
    /\bno me (?:borres|borren|borre|quites|quiten|quite|saques|saquen|elimines|eliminen|des de baja)\b[^.!?\n]*/,
  ],
  no: [
    // Decided to stay where they are, or signed with another company.
    new RegExp(
      String.raw`\b(?:he|hemos) (?:\w+ )?decidido,? (?:\w+,? )?(?:quedarme|seguir|continuar|permanecer) (?:en` +
        String.raw`|con) mi (?:actual )?(?:empresa|trabajo|puesto|empleo)\b`,
    ),
    /\b(?:ya )?(?:he )?firmado (?:una |un )?(?:oferta|contrato|propuesta) (?:\w+ ){0,3}?(?:con|en) (?:otra|otro)\b/,
    // A client: the role is filled or closed, no agencies for it, no more candidates needed.
    /\b(?:hemos|han) (?:\w+ )?(?:cubierto|cerrado|ocupado) (?:la|el|esta|este) (?:vacante|puesto|posicion|plaza)\b/,
    new RegExp(
      String.raw`\b(?:vacante|puesto|posicion|plaza) (?:ya )?(?:ha sido|esta|fue|se ha) (?:\w+ )?(?:cubiert[oa]` +
        String.raw`|cerrad[oa]|ocupad[oa])\b`,
    ),
    new RegExp(
      String.raw`\bdecidido no (?:trabajar con|usar|utilizar|contar con|recurrir a) (?:\w+ )?(?:agencias|consultoras` +
        String.raw`|headhunters|reclutadores)\b`,
    ),
    /\bno (?:hace falta|es necesario) (?:que nos )?(?:envi|mand)\w* (?:mas|otros) (?:candidat\w*|perfiles|cvs?)\b/,
    /\bno (?:me |nos |le )?interesa(?:n|ria)?\b/,
    /\bno (?:estoy|estamos|estaria)(?: \w+)? interesad[oa]s?\b|\bno (?:tengo|tenemos) (?:\w+ )?interes\b/,
    /\bsin interes\b|\bningun interes\b|\bdesinteresad|\bno (?:me )?(?:parece|es|resulta) (?:muy )?interesante\b/,
    /\bno,? (?:muchas )?gracias\b|\bgracias,? (?:pero )?no\b|\bmuchas gracias,? pero no\b/,
    /^(?:no|nop|nope)(?:[.!,]|$)/,
    /\b(?:yo )?paso(?:[.!,]|$)|\b(?:voy a|tengo que|debo|prefiero) pasar\b(?! por)/,
    /\b(?:tengo que|debo|voy a|me veo obligad[oa] a|prefiero)(?: \w+)? (?:declinar|rechazar|renunciar|decir que no)\b/,
    /\b(?:declino|rechazo)\b/,
    /\b(?:he decidido|decidi|prefiero|voy a|quiero) (?:quedarme|seguir|continuar|permanecer)\b/,
    /\bme quedo (?:en|donde|con|aqui)\b/,
    new RegExp(
      String.raw`\b(?:ya )?(?:he |hemos )?(?:aceptado|firmado|encontrado|conseguido|cerrado|elegido) (?:otra|otro` +
        String.raw`|una|un|la|el) (?:\w+ )?(?:oferta|propuesta|posicion|puesto|trabajo|empleo|proyecto|opcion)\b` +
        String.raw`|\bya (?:tengo|encontre|acepte|firme) (?:otra|otro|un|una|trabajo|empleo)\b`,
    ),
    /\bno es (?:para mi|lo que busco|lo mio|mi perfil)\b|\bno (?:me )?(?:encaja|convence|cuadra|apetece)\b/,
    /\bno me llama (?:la atencion)?\b/,
    /\bno (?:estoy|estamos)(?: \w+)? (?:buscando|en busqueda|abiert[oa]|disponible)\b|\bno (?:busco|buscamos)\b/,
    /\bno tengo intencion de (?:cambiar|moverme)\b/,
    /\b(?:para nada|en absoluto|de ninguna manera|ni hablar|de ningun modo)\b/,
    /\b(?:retiro|retirar) (?:mi candidatura|mi solicitud)\b/,
    new RegExp(
      String.raw`\b(?:muy |bastante )?(?:content[oa]|feliz|a gusto|satisfech[oa]) (?:en|con) (?:mi|el|la) (?:trabajo` +
        String.raw`|puesto|empresa|empleo|posicion)\b|\bestoy bien donde estoy\b`,
    ),
    /\b(?:acabo de|recien he) (?:empezar|entrar|comenzar|incorporarme|cambiar)\b/,
  ],
  notNo: [
    // A client passing a CV to the team and coming back: not a not-now.
    new RegExp(
      String.raw`\b(?:lo |la |los )?(?:compart|pas|reenvi|enseñ|ensen)\w* (?:\w+ ){0,2}?con (?:el|mi` +
        String.raw`|nuestro) (?:equipo|jefe|responsable)\b[^.!?]*`,
    ),
    /\bno (?:hay|tengo) (?:ningun )?problema\b|\bno (?:te|se) preocupe\w*\b|\bno pasa nada\b|\bno digo que no\b/,
    /\bno es un no\b|\bno estaria mal\b|\bpor que no\b|\bno hay prisa\b/,
    /\bno es que no me interese\b/,
  ],
  forNow: [
    new RegExp(`\\b${FOR_NOW},? ${NO_INTEREST}`),
    new RegExp(`${NO_INTEREST},? (?:\\w+ )?${FOR_NOW}\\b`),
    /^no[,.!]* (?:ahora no|de momento no|por ahora no|todavia no|aun no|mas adelante|ahora mismo no)/,
  ],
  forGood: [
    /\b(?:nunca|jamas|en ningun caso|ni ahora ni nunca|ni ahora ni mas adelante|definitivamente|de forma definitiva)\b/,
  ],
  notNow: [
    // Hedges: not sure yet, a partner to ask first, a bare "maybe".
    new RegExp(
      String.raw`\b(?:no (?:lo )?(?:se|tengo claro) (?:todavia|aun)|(?:todavia|aun) no (?:lo )?(?:se|tengo claro)` +
        String.raw`|no estoy segur[oa] (?:todavia|aun)|(?:todavia|aun) no estoy segur[oa])\b|\b(?:hablarlo|comentarlo` +
        String.raw`|consultarlo) con mi (?:pareja|mujer|marido|esposa|esposo|familia)\b|(?:^|[.!?] )(?:quizas?` +
        String.raw`|tal vez)[.!]*$`,
    ),
    // A client's budget or hiring freeze, until the date they name.
    new RegExp(
      String.raw`\b(?:presupuesto|contrataciones?|procesos?) (?:\w+ ){0,2}?(?:congelad[oa]s?|paralizad[oa]s?)\b` +
        String.raw`|\bcongelacion de (?:presupuesto|contrataciones)\b`,
    ),
    /\b(?:estoy|ando|voy) de (?:viaje|mudanza)\b|\b(?:ando|estoy) (?:a tope|hasta arriba|liad[oa])\b/,
    /\b(?:ahora|ahora mismo|de momento|por ahora|por el momento|en este momento|todavia|aun),? no\b/,
    /\bno (?:es|seria) (?:un |el )?(?:buen |mejor )?momento\b|\bmal momento\b|\bno es el momento\b/,
    /\b(?:ahora|en este momento) no (?:puedo|me viene bien)\b/,
    /\b(?:muy|bastante|super|demasiado|tan|algo) (?:ocupad[oa]s?|liad[oa]s?|saturad[oa]s?|atareado|agobiad[oa])\b/,
    /\b(?:ocupadisim[oa]|liadisim[oa]|a tope|hasta arriba)\b|\bno tengo tiempo\b|\bsin tiempo\b/,
    /\ben (?:medio|plena|pleno|mitad) (?:de )?(?:un|una|el|la)\b/,
    new RegExp(
      String.raw`\b(?:tal vez|quiza|quizas|a lo mejor) (?:mas adelante|en|el|la|dentro|despues|otro momento|otra vez` +
        String.raw`|mas tarde|luego)\b|\bmas adelante\b|\ben otro momento\b|\bmas tarde\b`,
    ),
    new RegExp(
      String.raw`\b(?:lo )?(?:tengo que|necesito|debo|dejame|dejeme|voy a|quiero) (?:pensar|pensarlo|pensarmelo` +
        String.raw`|considerarlo|meditarlo|valorarlo|reflexionar)\b|\bme lo (?:pienso|pensare|voy a pensar)\b` +
        String.raw`|\blo (?:pensare|pienso|valorare)\b`,
    ),
    new RegExp(
      String.raw`\b(?:yo )?(?:le|te|les|os) (?:aviso|avisare|contacto|contactare|escribo|escribire|llamo|llamare` +
        String.raw`|digo algo|dire algo)(?: \w+){0,2}? (?:cuando|si|en cuanto)\b|\bya (?:te|le|os) (?:aviso|dire` +
        String.raw`|escribo|contactare)\b`,
    ),
    /\bno (?:estoy )?(?:list[oa]|preparad[oa])\b|\baun no\b|\btodavia no\b/,
    /\b(?:ahora|hoy|esta semana|ahorita) (?:es )?imposible\b|\bimposible (?:ahora|hoy|esta semana)\b/,
    /\b(?:hoy|esta semana|ahorita) no\b/,
    /\b(?:ando|estoy|voy) (?:con )?(?:mil cosas|a mil|a tope|hasta arriba|liad[oa])\b/,
  ],
  later: [
    new RegExp(
      String.raw`\b(?:contacteme|contactame|contactenme|contactadme|llameme|llamame|llamenme|escribame|escribeme` +
        String.raw`|escribanme|escribidme|vuelva a (?:contactarme|escribirme|llamarme)|vuelve a (?:contactarme` +
        String.raw`|escribirme|llamarme)|vuelvan a (?:contactarme|escribirme)|retomemos|retomamos|hablamos|hablemos` +
        String.raw`|busqueme|buscame|pregunteme|preguntame)(?: \w+){0,2}? (?:en|dentro|despues|a partir|el mes` +
        String.raw`|la semana|mas adelante|a principios|a finales|a mediados|para|hacia|pasad[oa]|tras|de nuevo` +
        String.raw`|otra vez|el ano|el proximo|la proxima|mas tarde)\b`,
    ),
    /\b(?:tengame|tenme|tenedme|tenganme) (?:en cuenta|presente)\b/,
    /\b(?:en el futuro|a futuro|futuras? (?:oportunidades|vacantes|ofertas|posiciones)|proximas oportunidades)\b/,
    /\b(?:despues|pasadas|tras) (?:de )?(?:las )?(?:fiestas|navidades|vacaciones|verano)\b|\bdespues del verano\b/,
    /\b(?:volvamos|volvemos) a hablar\b|\bretomar(?:lo)?\b/,
    /\bdespues de (?:las fiestas|navidad|verano|vacaciones)\b/,
  ],
  agree: [
    new RegExp(
      String.raw`\b(?:si|claro|claro que si|por supuesto|vale|de acuerdo|ok|okey|perfecto|sin problema|con gusto` +
        String.raw`|encantad[oa]|genial|desde luego|como no)\b`,
    ),
    /\b(?:puede|puedes|pueden|no dude|no dudes|adelante|llamame|llameme|escribeme|escribame|hablamos)\b/,
    /\b(?:me va bien|me viene bien|me cuadra|me sirve|esta bien|me parece bien|perfecto)\b/,
  ],
  but: /\b(?:pero|sin embargo)\b/,
  asks: new RegExp(
    String.raw`\b(?:me va bien|me viene bien|me cuadra|platic\w*|llam\w*|marqu\w*|marc(?:ar|as|a|ame|arme)` +
      String.raw`|contact\w*|escrib\w*` +
      String.raw`|habl\w*|charl\w*` +
      String.raw`|reuni\w*|qued\w*|seguimiento|ponerse en contacto|retom\w*|conversar|videollamada|llamada` +
      String.raw`|entrevista)\b`,
  ),
  interested: [
    // A client who sets up a first meeting with the candidate; a candidate open to a first talk.
    new RegExp(
      String.raw`\b(?:organizar|programar|agendar|concertar|fijar|montar) (?:una |la )?(?:primera )?(?:entrevista` +
        String.raw`|reunion)\b|\b(?:nos gustaria|queremos|quisieramos) (?:conocerl[oae]s?|reunirnos con (?:el|ella` +
        String.raw`|el candidato|la candidata))\b`,
    ),
    new RegExp(
      String.raw`\b(?<!no )(?:estoy|estaria) (?:\w+ )?abiert[oa] a (?:una |un )?(?:primera |primer )?(?:conversacion` +
        String.raw`|charla|llamada|entrevista)\b`,
    ),
    // A client who wants to interview or meet the candidate, at the time they propose.
    new RegExp(
      String.raw`\b(?:queremos|quisieramos|nos gustaria|me gustaria|quiero) (?:entrevistar\w*` +
        String.raw`|hacer(?:le)? una entrevista|citar(?:le|la|lo)\w*)\b`,
    ),
    /\bno (?:dejes|dejen|deje|dejeis|pares|paren|pare) de (?:mandar|enviar|escribir|pasar)\w*/,
    /\b(?:me |nos )?interesa(?:ria|n)?\b|\b(?:muy |bastante |realmente )?interesad[oa]s?\b/,
    new RegExp(
      String.raw`\b(?:suena|parece|pinta|se ve)(?: \w+)? (?:bien|interesante|genial|muy bien|estupendo|perfecto` +
        String.raw`|atractivo|prometedor|fenomenal)\b|\binteresante\b`,
    ),
    new RegExp(
      String.raw`\bme (?:encantaria|gustaria|apetece) (?:saber|conocer|hablar|recibir|escuchar|charlar|participar` +
        String.raw`|aplicar|mas|tener|que me)\b|\bme encantaria\b`,
    ),
    new RegExp(
      String.raw`\b(?:cuentame|cuenteme|contadme|dime|digame) mas\b|\b(?:envieme|enviame|mandame|mandeme|enviadme` +
        String.raw`|pasame|paseme|comparte|comparta)(?: \w+){0,2}? (?:informacion|info|detalles|la descripcion` +
        String.raw`|la oferta|el puesto|la vacante|el salario)\b`,
    ),
    /\bme apunto\b|\bestoy abiert[oa]\b|\bpor que no\b|\bcuent[ae] conmigo\b/,
    /\bencantad[oa] de (?:hablar|charlar|conocer)\b|\bno dejes? de (?:enviarme|mandarme)\b/,
    /\bno es que no me interese\b|\bme late\b|\bme encanta\b|\bme mola\b/,
  ],
  notInterested: [
    /\bno (?:me |nos )?interesa\w*\b|\bno (?:estoy|estamos)(?: \w+)? interesad\w*\b/,
    /\bno (?:me )?(?:parece|es) (?:muy )?interesante\b/,
  ],
  yes: [/^(?:si|claro|por supuesto|desde luego|vale|perfecto|con gusto|genial|estupendo|por que no|adelante)\b/],
  autoReply: [
    new RegExp(
      String.raw`\b(?:fuera de (?:la )?oficina|respuesta automatica|mensaje automatico|de vacaciones|estoy de viaje` +
        String.raw`|ausente|ausencia|baja (?:por )?(?:maternidad|paternidad|medica|laboral)|de baja` +
        String.raw`|permiso (?:parental|de maternidad|de paternidad)|estare de vuelta|volvere (?:a la oficina )?el` +
        String.raw`|regresare|me reincorporo|me reincorporare|acceso limitado|para (?:asuntos|temas` +
        String.raw`|cuestiones) urgentes|en caso de urgencia)\b`,
    ),
  ],
  mentionsStop: new RegExp(
    String.raw`\b(?:lista|listas|baja|darme de baja|eliminar|eliminen|borrar|borren|quitar|no me vuelva|no vuelva` +
      String.raw`|contactarme|datos|rgpd|lopd|spam|acoso|molestar|molesten)\b`,
  ),
  quoteHeader: new RegExp(
    String.raw`^(?:el .{3,120} escribio:?|-{2,} ?(?:mensaje original|mensaje reenviado) ?-{2,}|de: .+|enviado: .+` +
      String.raw`|enviado desde mi \w+)$`,
  ),
  dates: {
    months: [
      ['enero', 'ene'],
      ['febrero', 'feb'],
      ['marzo', 'mar'],
      ['abril', 'abr'],
      ['mayo', 'may'],
      ['junio', 'jun'],
      ['julio', 'jul'],
      ['agosto', 'ago'],
      ['septiembre', 'setiembre', 'sept', 'sep'],
      ['octubre', 'oct'],
      ['noviembre', 'nov'],
      ['diciembre', 'dic'],
    ],
    weekdays: [['domingo'], ['lunes'], ['martes'], ['miercoles'], ['jueves'], ['viernes'], ['sabado']],
    today: 'hoy|esta (?:tarde|noche)',
    tomorrow: '(?<!la |esta |de |por )manana',
    dayAfterTomorrow: 'pasado manana',
    nextBefore: 'proximo|proxima|el proximo|la proxima',
    nextAfter: 'que viene|proximo|proxima|siguiente',
    comingBefore: 'este|esta|el',
    week: 'semana',
    month: 'mes',
    year: 'ano',
    quarter: 'trimestre',
    seasons: {
      names: ['primavera', 'verano', 'otono', 'invierno'],
      after: 'despues del?|tras el|pasado el',
      in: 'en(?: el| la)?|este|esta|el proximo|la proxima|durante el|durante la|para el|para la|a (?:principios|finales) del?',
    },
    newYear: 'ano nuevo|(?:a )?(?:principios|inicios|comienzos) (?:del|de) ano(?: que viene)?',
    unitDays: 'dias?',
    unitWeeks: 'semanas?',
    unitMonths: 'mes(?:es)?',
    unitYears: 'anos?',
    unitFortnights: 'quincenas?',
    inPrefix: 'en|dentro de|de aqui a|despues de|tras|pasad[oa]s',
    fromNow: '(?!)',
    numbers: {
      un: 1,
      una: 1,
      uno: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      seis: 6,
      siete: 7,
      ocho: 8,
      nueve: 9,
      diez: 10,
      once: 11,
      doce: 12,
      quince: 15,
      'un par de': 2,
      'par de': 2,
      unos: 3,
      unas: 3,
      algunos: 3,
      algunas: 3,
      'unos pocos': 3,
      'unas pocas': 3,
      'unos cuantos': 3,
      'unas cuantas': 3,
      medio: 0.5,
    },
    inMonth: 'en|para|hasta|desde|a partir de|hacia|durante',
    earlyMonth: '(?:a )?(?:principios|comienzos|inicios) de|al inicio de',
    midMonth: '(?:a )?mediados de',
    endMonth: '(?:a )?(?:finales|fines) de|al final de',
    endOfThisMonth: '(?:a )?(?:finales|fin|final) (?:de|del) (?:este )?mes',
    endOfThisWeek: '(?:a )?(?:finales|fin|final) de (?:esta|la) semana',
    after: 'despues del|despues de|tras el|pasado el',
    onDay: 'el dia|el|a partir del|desde el|hasta el|dia|para el',
    ordinal: 'o|ro',
    dayMonthJoin: 'de|del',
    returnCue: 'hasta el|hasta|vuelta|volvere|regreso|regresare|reincorpor\\w*|a partir del|desde el',
    backCue: 'vuelvo|volvere|regreso|regresare|de vuelta|me reincorporo|me reincorporare|a partir del',
    dayRejected: '(?:no puedo|no me va|no me viene|no es posible|imposible|no)\\b',
    atHour: 'a las|a la|sobre las|hacia las|desde las',
    hourWord: 'h|horas|hs|hrs',
    pm: 'de la tarde|de la noche|pm|p\\.m\\.?',
    am: 'de la manana|am|a\\.m\\.?',
    noon: 'mediodia',
    beforeTime: 'antes de las|antes de la|hasta las',
  },
};
