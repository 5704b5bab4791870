import * as chrono from 'chrono-node';
import { near } from './text';
import type { PhraseTable } from './types';

// Text is normalised: "não" is "nao", "ç" is "c", "março" is "marco". Both European and Brazilian usage.
const VERB = `(?:contact|contat|lig|escrev|mand|envi|incomod|procur|perturb|chate|telefon)`;
const VERB_INF = `(?:contactar|contatar|ligar|escrever|mandar|enviar|incomodar|procurar|perturbar|chatear|insistir|telefonar)`;
const LIST =
  `(?:lista|listas|base de dados|banco de dados|cadastro|mailing|sistema|crm|registo|registro|contatos|contactos` +
  `|newsletter|ficheiro|arquivo|bases)`;
const FOR_NOW =
  `(?:agora|neste momento|de momento|por agora|por enquanto|no momento|atualmente|actualmente|este ano|ainda` +
  `|para ja|nesta altura)`;
const NO_INTEREST =
  `(?:nao (?:tenho|ha) (?:\\w+ )?interesse|nao (?:estou|estamos)(?: \\w+)? interessad\\w*|nao me interessa\\w*` +
  `|nao (?:estou |to |tou )?(?:a procura|procurando|a procurar|buscando))`;

export const pt: PhraseTable = {
  lang: 'pt',
  chrono: chrono.pt.casual,
  markers: new RegExp(
    String.raw`\b(?:eu|nao|obrigado|obrigada|o|a|os|as|de|do|da|que|e|mas|por|para|com|estou|sou|um|uma|me|meu|minha` +
      String.raw`|voce|muito|sim|ola|oi|agora|mais|esta|este|isso|ao|tenho|pode|abraco|cumprimentos|tudo|bem)\b`,
    'g',
  ),
  stop: [
    // A client: stop sending CVs or candidates altogether.
    new RegExp(
      String.raw`\b(?:parem|pare|deixem?) de (?:nos )?(?:enviar|mandar)(?:-nos)? (?:\w+ )?(?:cvs?|curriculos?` +
        String.raw`|candidat\w*|perfis)\b`,
    ),
    new RegExp(
      String.raw`\bnao (?:nos )?(?:enviem|mandem|envie|mande) mais (?:\w+ )?(?:cvs?|curriculos?|candidat\w*` +
        String.raw`|perfis)\b|\bnao (?:queremos|desejamos) (?:continuar a )?receber (?:mais )?(?:\w+ )?(?:cvs?` +
        String.raw`|curriculos?|candidat\w*|perfis)\b`,
    ),
    /\bdeix\w*(?:-me| me)? em paz\b|\bme deix\w* em paz\b/,
    new RegExp(
      String.raw`\b(?:nao|n) (?:quero|desejo|queremos) mais (?:receber|ser contactad|ser contatad` +
        String.raw`|que (?:me )?(?:liguem|contactem|contatem|mandem|enviem))`,
    ),
    new RegExp(
      String.raw`\bnao (?:autorizo|consinto|permito|autorizamos)\b[^.!?]{0,30}\b(?:contacto|contato` +
        String.raw`|contactar|contatar|ligac\w*|tratamento|uso)\b`,
    ),
    new RegExp(`\\bnao (?:me |nos )?${VERB}\\w* (?:mais|nunca mais|de novo|novamente)\\b`),
    new RegExp(`\\bnao (?:me |nos )?(?:volte|voltem|volta)s? a (?:me |nos )?${VERB_INF}\\b`),
    new RegExp(`\\b(?:pare|parem|para|deixe|deixem|deixa|parar|deixar) de (?:me |nos )?${VERB_INF}\\b`),
    near(`\\b(?:remov|tir|retir|exclu|apag|elimin|descadastr|risc)\\w*`, `\\b${LIST}\\b`, 50),
    /\b(?:descadastr\w*|desinscrev\w*)|\b(?:cancelar|anular) (?:a )?(?:minha )?(?:inscricao|subscricao)\b/,
    new RegExp(
      String.raw`\b(?:apag|elimin|exclu|remov|destru)\w* (?:todos )?(?:os )?(?:meus) (?:dados|dados pessoais` +
        String.raw`|contactos|contatos|numero|telefone|email|cv|curriculo)\b|\b(?:direito ao esquecimento` +
        String.raw`|direito (?:de|ao) apagamento|direito de eliminacao)\b`,
    ),
    /\b(?:me deixe|deixe-me|deixem-me|me deixem|me deixa|deixa-me) em paz\b/,
    new RegExp(
      String.raw`\bnao (?:quero|desejo|pretendo) (?:mais )?(?:ser (?:contactad|contatad|incomodad|procurad)|receber` +
        String.raw`|que me (?:contactem|contatem|liguem|escrevam|procurem|contacte|contate|ligue)|mais (?:e-?mails` +
        String.raw`|mensagens|contatos?|contactos?|ligacoes))\w*`,
    ),
    /\b(?:chega de|nada de|sem mais) (?:e-?mails|mensagens|ligacoes|contatos?|contactos?|propostas)\b/,
    /\b(?:isto|isso) e (?:\w+ )?(?:spam|assedio)\b|\bassedio\b/,
    /\besquec\w* (?:o |a )?(?:meu|minha|meus) (?:numero|contacto|contato|email|e-mail|dados|telefone)\b/,
  ],
  notStop: [
    /\bnao para(?:m)? de me (?:mandar|enviar)\b[^.!?\n]*/,
    /\bnao (?:pare|parem|deixe|deixem) de (?:me )?(?:mandar|enviar)\b/,
    /\bnao me ligue,? (?:mas |prefiro |mande|envie|escreva)/,
    /\bnao (?:me )?\w+ (?:antes|depois) d/,
    /\bnao me (?:tira|tire|tirem|remova|removam|apague|apaguem|exclua|excluam)\b[^.!?\n]*/,
    /\bnao (?:para|pare|parem|deixe|deixem|deixa) de (?:me )?(?:mandar|enviar)\b[^.!?\n]*/,
  ],
  no: [
    // Decided to stay where they are, or signed with another company.
    new RegExp(
      String.raw`\b(?:decidi|resolvi),? (?:\w+,? ){0,2}(?:ficar|permanecer|continuar) (?:na|no|com a|com o) (?:minha` +
        String.raw`|meu) (?:atual |actual )?(?:empresa|empregador|emprego|trabalho)\b`,
    ),
    new RegExp(
      String.raw`\b(?:ja )?assinei (?:um |uma )?(?:contrato|proposta|oferta) (?:\w+ ){0,3}?(?:com|noutra|noutro` +
        String.raw`|em outra|numa outra)\b`,
    ),
    // A client: the role is filled or closed, no agencies for it, no more candidates needed.
    /\b(?:vaga|posicao|funcao) (?:ja )?(?:foi|esta) (?:ja )?(?:preenchida|fechada|ocupada|cancelada)\b/,
    /\b(?:ja )?(?:preenchemos|fechamos) (?:a|esta|essa) (?:vaga|posicao)\b/,
    new RegExp(
      String.raw`\bdecidimos nao (?:usar|utilizar|recorrer a|trabalhar com) (?:\w+ )?(?:agencias|consultoras` +
        String.raw`|headhunters|recrutadores)\b`,
    ),
    /\bnao (?:e preciso|e necessario|precisa) (?:de )?(?:enviar|mandar) (?:mais|outros) (?:candidat\w*|perfis|cvs?)\b/,
    /\bnao (?:tenho|temos|ha)(?: \w+)? interesse\b|\bnao (?:estou|estamos|fico)(?: \w+)? interessad[oa]s?\b/,
    /\bnao me interessa(?:m)?\b|\bsem interesse\b|\bnenhum interesse\b|\bdesinteressad/,
    /\bnao (?:me )?(?:parece|e|soa) (?:muito |tao )?interessante\b/,
    /\bnao,? (?:muito )?obrigad[oa]\b|\bobrigad[oa],? (?:mas )?nao\b|\bagradeco,? mas nao\b/,
    /^nao(?:[.!,]|$)/,
    /\b(?:eu )?passo(?:[.!,]|$)|\bvou passar\b(?! (?:ai|por|na|no|la))/,
    /\b(?:vou|tenho que|tenho de|preciso|prefiro|devo)(?: \w+)? (?:recusar|declinar|rejeitar|dispensar|abrir mao)\b/,
    /\b(?:recuso|declino|dispenso)\b/,
    /\bdecidi (?:ficar|permanecer|continuar)\b|\bvou (?:ficar|continuar|permanecer) (?:onde|na|no|com|aqui)\b/,
    /\bprefiro (?:ficar|continuar|permanecer)\b/,
    new RegExp(
      String.raw`\b(?:ja )?(?:aceitei|assinei|encontrei|fechei|escolhi|consegui) (?:outra|outro|uma|um|a` +
        String.raw`|o) (?:\w+ )?(?:proposta|oferta|emprego|vaga|posicao|trabalho|oportunidade|cargo)\b|\bja (?:tenho` +
        String.raw`|estou em|arranjei) (?:outro|outra|um|uma|emprego|trabalho)\b`,
    ),
    /\bnao e (?:para mim|o que procuro|o que estou (?:a procurar|procurando)|o meu perfil)\b/,
    /\bnao (?:me )?(?:encaixa|serve|convence|agrada|atrai)\b/,
    /\bnao (?:estou|estamos)(?: \w+)? (?:a procura|procurando|buscando|a procurar|aberto|aberta|disponivel)\b/,
    /\bnao procuro\b|\bnao pretendo (?:mudar|sair)\b/,
    new RegExp(
      String.raw`\b(?:de jeito nenhum|de forma alguma|de modo algum|nem pensar|claro que nao|com certeza nao` +
        String.raw`|certamente nao|nada feito)\b`,
    ),
    /\b(?:retiro|retirar) (?:a minha|minha) candidatura\b/,
    /\b(?:muito |bem )?satisfeit[oa] (?:com|no|na|onde)\b|\bestou bem onde estou\b/,
    /\bnao e (?:pra|para) mim\b|\bnao rola\b|\bvaleu,? mas nao\b/,
    /\b(?:vou|tenho que|tenho de|preciso|prefiro|devo)(?: \w+){0,2}? (?:recusar|declinar|rejeitar|dispensar)\b/,
    /\b(?:acabei de|comecei ha pouco a) (?:comecar|entrar|mudar|assumir|iniciar)\b/,
    /\bcomecei (?:agora |recentemente )?(?:num|em um|um) novo\b/,
  ],
  notNo: [
    // A client passing a CV to the team and coming back: not a not-now.
    new RegExp(
      String.raw`\b(?:vou |vamos )?(?:partilh|compartilh|pass|reencaminh|mostr)\w* (?:\w+ ){0,2}?(?:com|a` +
        String.raw`|para) (?:a |o )?(?:equipa|equipe|meu chefe|gestor)\b[^.!?]*`,
    ),
    /\bnao (?:ha|tem) problema\b|\bsem problemas?\b|\bnao se preocupe\b|\bnao te preocupes\b|\bnao digo que nao\b/,
    /\bnao e um nao\b|\bpor ?que nao\b|\bnao seria mau\b|\bnao ha pressa\b/,
    /\bnao e que nao (?:tenha|tenho) interesse\b/,
  ],
  forNow: [
    new RegExp(`\\b${FOR_NOW},? ${NO_INTEREST}`),
    new RegExp(`${NO_INTEREST}(?: \\w+){0,2}?,? ${FOR_NOW}\\b`),
    /^nao[,.!]* (?:agora nao|por enquanto nao|de momento nao|ainda nao|talvez mais tarde|mais (?:pra|para a) frente)/,
  ],
  forGood: [/\b(?:nunca|jamais|de forma definitiva|definitivamente|nem agora nem (?:nunca|depois|no futuro))\b/],
  notNow: [
    // Hedges: not sure yet, a partner to ask first, a bare "maybe".
    new RegExp(
      String.raw`\b(?:ainda nao (?:sei|tenho a certeza|tenho certeza)|nao sei ainda|nao tenho (?:a )?certeza ainda)\b` +
        String.raw`|\b(?:falar|conversar|discutir) (?:isso )?com (?:a minha|o meu|minha|meu) (?:mulher|marido|esposa` +
        String.raw`|esposo|companheira|companheiro|familia|parceira|parceiro)\b|(?:^|[.!?] )talvez[.!]*$`,
    ),
    // A client's budget or hiring freeze, until the date they name.
    new RegExp(
      String.raw`\b(?:orcamento|contratacoes|recrutamento)(?: \w+){0,2}? (?:congelad[oa]s?)\b|\bcongelamento (?:de` +
        String.raw`|do|das) (?:orcamento|contratacoes)\b`,
    ),
    /\b(?:ta|esta) (?:muito |bem )?corrid[oa]\b|\bcorreria\b/,
    /\b(?:agora|neste momento|de momento|por agora|por enquanto|no momento|para ja|ainda) nao\b/,
    /\bnao (?:e|seria) (?:um |o )?(?:bom |melhor )?momento\b|\bmau momento\b|\bmomento (?:complicado|dificil|ruim)\b/,
    /\bnao e a altura\b|\bma altura\b/,
    new RegExp(
      String.raw`\b(?:muito|super|bastante|tao|demasiado) (?:ocupad[oa]|atarefad[oa]|enrolad[oa]|apertad[oa]` +
        String.raw`|corrid[oa]|sobrecarregad[oa])\b|\batarefad[oa]\b|\bsem tempo\b|\bnao tenho tempo\b` +
        String.raw`|\bcheia? de trabalho\b|\bcheio de trabalho\b`,
    ),
    /\bno meio (?:de|do|da)\b|\bem plen[oa]\b/,
    new RegExp(
      String.raw`\b(?:talvez|quem sabe|possivelmente|eventualmente) (?:mais tarde|mais para a frente|mais pra frente` +
        String.raw`|mais adiante|no|na|em|daqui|depois|outra altura|outro momento|para o ano)\b|\bmais (?:para a` +
        String.raw`|pra) frente\b|\bmais adiante\b|\bmais tarde\b|\boutra altura\b|\boutro momento\b`,
    ),
    new RegExp(
      String.raw`\b(?:preciso|tenho que|tenho de|deixa-me|deixe-me|vou|quero|me deixe) (?:\w+ )?(?:pensar|refletir` +
        String.raw`|reflectir|avaliar|ponderar)\b|\bvou pensar\b`,
    ),
    new RegExp(
      String.raw`\b(?:eu )?(?:te|lhe|vos|o|a) (?:aviso|contacto|contato|ligo|falo|procuro` +
        String.raw`|escrevo)(?: \w+){0,2}? (?:quando|se|assim que)\b|\b(?:eu )?(?:aviso|dou noticias|dou retorno` +
        String.raw`|retorno) (?:depois|quando|assim que)\b|\bdepois (?:te |lhe )?(?:aviso|falo|digo)\b`,
    ),
    /\bnao (?:estou )?(?:pront[oa]|preparad[oa])\b|\bainda nao\b/,
    /\b(?:deixa|deixe|deixa-me|deixe-me) (?:eu )?pensar\b|\bhoje nao\b|\besta semana nao\b/,
  ],
  later: [
    new RegExp(
      String.raw`\b(?:liga-me|contacta-me|escreve-me` +
        String.raw`|contacte-me|contate-me|me contate|me contacte|me contacta|ligue-me|me ligue|me liga|escreva-me` +
        String.raw`|me escreva|fale comigo|falamos|falemos|volte a (?:me )?(?:contactar|contatar|falar|ligar|procurar)` +
        String.raw`|retome|retomamos|me procure|procure-me)(?: \w+){0,3}? (?:daqui a|em|depois|no proximo|na proxima` +
        String.raw`|mais tarde|a partir|no inicio|no fim|no final|dentro de|de novo|novamente|para o ano|la para` +
        String.raw`|apos)\b`,
    ),
    new RegExp(
      String.raw`\b(?:no futuro|futuras oportunidades|oportunidades futuras|proximas oportunidades` +
        String.raw`|numa proxima oportunidade|numa outra oportunidade)\b|\b(?:tenha-me|me tenha|tenham-me` +
        String.raw`|me tenham) (?:em conta|em mente|em consideracao)\b|\bguarde (?:o )?meu (?:contacto|contato|cv` +
        String.raw`|curriculo)\b`,
    ),
    /\b(?:depois|apos) (?:das festas|do verao|do natal|das ferias|do ano novo|do carnaval)\b/,
    /\b(?:voltamos|podemos voltar) a falar\b/,
  ],
  agree: [
    new RegExp(
      String.raw`\b(?:sim|claro|com certeza|certamente|ok|okay|combinado|perfeito|tudo bem|de acordo|sem problema` +
        String.raw`|sem problemas|com prazer|otimo|beleza|fechado|pode ser|pode|podem)\b`,
    ),
    /\b(?:pode|podes|podem) (?:me )?(?:ligar|contactar|contatar|escrever|falar|mandar)\b/,
    /\b(?:fique|fica|esteja) a vontade\b/,
    /\b(?:esta otimo|ta otimo|esta bom|ta bom|da (?:pra mim|para mim)|serve|pode ser|funciona)\b/,
  ],
  but: /\b(?:mas|porem|no entanto)\b/,
  asks: new RegExp(
    String.raw`\b(?:otimo|serve|pode ser|funciona|lig\w*|contact\w*|contat\w*|fal\w*|convers\w*|escrev\w*|reuni\w*` +
      String.raw`|chamada|entrevista|call|encontr\w*)\b`,
  ),
  interested: [
    // A client who sets up a first meeting with the candidate; a candidate open to a first talk.
    new RegExp(
      String.raw`\b(?:marcar|agendar|organizar) (?:uma |a )?(?:primeira )?(?:entrevista|reuniao)\b|\b(?:gostariamos` +
        String.raw`|queriamos) (?:muito )?de (?:a|o) conhecer\b`,
    ),
    new RegExp(
      String.raw`\b(?<!nao )(?:estou|estaria|fico) (?:\w+ )?abert[oa] a (?:uma |um )?(?:primeira ` +
        String.raw`|primeiro )?(?:conversa|chamada|entrevista|reuniao)\b`,
    ),
    // A client who wants to interview or meet the candidate, at the time they propose.
    new RegExp(
      String.raw`\b(?:queremos|gostariamos de|quero|gostaria de|vamos) (?:entrevist|conhece)\w*|\b(?:marcar|agendar` +
        String.raw`|fazer) uma entrevista\b`,
    ),
    /\bnao para(?:m)? de me (?:mandar|enviar)\b/,
    /\b(?:muito |bastante |super |realmente |bem )?interessad[oa]s?\b|\btenho (?:\w+ )?interesse\b/,
    /\bme interessa(?:m)?\b|\binteressa-me\b|\bteria interesse\b/,
    new RegExp(
      String.raw`\b(?:parece|soa|parece-me|me parece)(?: \w+)? (?:interessante|otimo|otima|bom|boa|muito bom` +
        String.raw`|muito boa|bem|excelente|perfeito|perfeita|promissor|promissora|atraente|aliciante)\b` +
        String.raw`|\b(?:interessante|aliciante)\b`,
    ),
    new RegExp(
      String.raw`\b(?:gostaria|adoraria|queria|gostava) de (?:saber|conhecer|falar|receber|ter|perceber|conversar` +
        String.raw`|ouvir|participar)\b|\badoraria\b|\bcom (?:muito )?prazer\b`,
    ),
    new RegExp(
      String.raw`\b(?:me envie|envie-me|me manda|manda-me|mande-me|me mande|envia-me|me envia|partilhe` +
        String.raw`|compartilhe)(?: \w+){0,3}? (?:informacoes|informacao|info|detalhes|descricao|vaga|proposta|jd` +
        String.raw`|salario)\b|\b(?:conte-me|me conte|diga-me|me diga|conta-me) mais\b`,
    ),
    /\bestou (?:aberto|aberta|disponivel) (?:a|para)\b|\bpor ?que nao\b|\btopo\b|\bconte comigo\b/,
    /\bnao (?:pare|parem|deixe|deixem) de (?:me )?(?:mandar|enviar)\b/,
    /\bnao e que nao (?:tenha|tenho) interesse\b|\bpelo contrario\b|\badorei\b/,
  ],
  notInterested: [
    /\bnao (?:tenho|ha|estou)(?: \w+)? interess\w*\b|\bnao me interessa\w*\b/,
    /\bnao (?:e|parece) (?:muito )?interessante\b/,
  ],
  yes: [/^(?:sim|claro|com certeza|certamente|perfeito|otimo|sem duvida|claro que sim|pode ser|com prazer)\b/],
  autoReply: [
    new RegExp(
      String.raw`\b(?:fora do escritorio|ausente do escritorio|resposta automatica|mensagem automatica|de ferias` +
        String.raw`|em ferias|ausente|ausencia|licenca (?:parental|de maternidade|de paternidade|maternidade` +
        String.raw`|paternidade|medica)|estarei de volta|regresso (?:no|em|a|dia)|retorno (?:no|em|a|dia` +
        String.raw`|ao escritorio)|volto (?:no|na|em|a|dia|ao escritorio)|acesso limitado|para assuntos urgentes` +
        String.raw`|em caso de urgencia)\b`,
    ),
  ],
  mentionsStop: new RegExp(
    String.raw`\b(?:lista|cadastro|descadastr\w*|remover|removam|remova|excluir|apagar|apaguem|nao me contact\w*` +
      String.raw`|nao me contat\w*|contactar novamente|contatar novamente|dados|rgpd|lgpd|spam|em paz|chega)\b`,
  ),
  quoteHeader: new RegExp(
    String.raw`^(?:em .{3,120} escreveu:?|-{2,} ?(?:mensagem original|mensagem encaminhada) ?-{2,}|de: .+` +
      String.raw`|enviado: .+|enviado do meu \w+)$`,
  ),
  dates: {
    months: [
      ['janeiro', 'jan'],
      ['fevereiro', 'fev'],
      ['marco', 'mar'],
      ['abril', 'abr'],
      ['maio', 'mai'],
      ['junho', 'jun'],
      ['julho', 'jul'],
      ['agosto', 'ago'],
      ['setembro', 'set'],
      ['outubro', 'out'],
      ['novembro', 'nov'],
      ['dezembro', 'dez'],
    ],
    weekdays: [
      ['domingo'],
      ['segunda-feira', 'segunda feira', 'segunda'],
      ['terca-feira', 'terca feira', 'terca'],
      ['quarta-feira', 'quarta feira', 'quarta'],
      ['quinta-feira', 'quinta feira', 'quinta'],
      ['sexta-feira', 'sexta feira', 'sexta'],
      ['sabado'],
    ],
    notWeekday: ' (?:vez|vaga|opcao|etapa|fase|entrevista|ronda|rodada|parte|mao|chance|oportunidade)',
    today: 'hoje(?: a tarde| a noite)?|esta tarde|logo mais',
    tomorrow: 'amanha',
    dayAfterTomorrow: 'depois de amanha',
    nextBefore: 'proximo|proxima|o proximo|a proxima|na proxima|no proximo',
    nextAfter: 'que vem|seguinte',
    comingBefore: 'esta|este|nesta|neste|na|no|ate|a partir de',
    week: 'semana',
    month: 'mes',
    year: 'ano',
    quarter: 'trimestre',
    seasons: {
      names: ['primavera', 'verao', 'outono', 'inverno'],
      after: 'depois do|depois da|apos o|apos a',
      in: 'no|na|neste|nesta|durante o|durante a|para o|para a|em',
    },
    newYear: 'ano novo|(?:no )?(?:inicio|comeco) do (?:proximo )?ano|o ano que vem|para o ano',
    unitDays: 'dias?',
    unitWeeks: 'semanas?',
    unitMonths: 'mes(?:es)?',
    unitYears: 'anos?',
    unitFortnights: 'quinzenas?',
    inPrefix: 'em|daqui a|dentro de|depois de|apos|daqui por',
    fromNow: '(?!)',
    numbers: {
      um: 1,
      uma: 1,
      dois: 2,
      duas: 2,
      tres: 3,
      quatro: 4,
      cinco: 5,
      seis: 6,
      sete: 7,
      oito: 8,
      nove: 9,
      dez: 10,
      onze: 11,
      doze: 12,
      quinze: 15,
      'um par de': 2,
      'uns dois': 2,
      'umas duas': 2,
      alguns: 3,
      algumas: 3,
      uns: 3,
      umas: 3,
      poucos: 3,
      poucas: 3,
      meio: 0.5,
    },
    inMonth: 'em|para|ate|a partir de|durante|la para|no mes de',
    earlyMonth: 'no inicio de|inicio de|no comeco de|comeco de|em principios de|principio de',
    midMonth: 'em meados de|meados de|a meio de',
    endMonth: 'no final de|final de|no fim de|fim de|em finais de|finais de',
    endOfThisMonth: '(?:no |ate ao |ate o )?(?:final|fim) (?:do|deste) mes',
    endOfThisWeek: '(?:no |ate ao |ate o )?(?:final|fim) (?:da|desta) semana',
    after: 'depois do dia|depois do|depois de|apos o dia|apos o|apos',
    onDay: 'no dia|dia|a partir do dia|a partir do|ate ao dia|ate o dia|ate dia',
    ordinal: 'o|a',
    dayMonthJoin: 'de',
    returnCue: 'ate ao|ate o|ate dia|ate|volto|regresso|retorno|de volta|a partir do|a partir de',
    backCue: 'volto|regresso|retorno|de volta|a partir do|a partir de',
    dayRejected: '(?:nao da|nao posso|nao consigo|nao funciona|nao)\\b',
    atHour: 'as|pelas|a partir das|depois das|por volta das|entre as',
    hourWord: 'h|horas|hs|hrs',
    pm: 'da tarde|da noite',
    am: 'da manha',
    noon: 'meio-dia|meio dia',
    beforeTime: 'antes das|antes da|ate as',
  },
};
