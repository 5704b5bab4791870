import * as chrono from 'chrono-node';
import { near, oneOf } from './text';
import type { PhraseTable } from './types';

// Contact verbs as people write them, in the forms that follow "don't", "stop" and "me".
const VERB =
  `(?:contact|call|phone|ring|e-?mail|mail|message|text|sms|write(?: to)?|reach out(?: to)?|ping|bother|approach` +
  `|spam|pester|hassle|harass|chase|dm|inmail|whatsapp|get (?:in|back in) (?:touch|contact) with` +
  `|send (?:me )?(?:any(?:thing)? )?(?:more |further |other )?(?:emails?|e-mails?|mails?|messages?|texts?|jobs?` +
  `|roles?|offers?|opportunities|stuff|things|anything))`;
const VERB_ING =
  `(?:contacting|calling|phoning|ringing|e-?mailing|mailing|messaging|texting|writing(?: to)?|reaching out(?: to)?` +
  `|pinging|bothering|approaching|spamming|pestering|hassling|harass(?:ing)?|chasing|hounding|dming|inmailing` +
  `|sending (?:me )?(?:these |those |your |any |more )*(?:emails?|e-mails?|mails?|messages?|texts?|jobs?|roles?` +
  `|offers?|opportunities|stuff|things|spam))`;
const AGAIN =
  `(?:again|anymore|any ?more|ever again|any longer|further|in (?:the )?future|from now on|going forward` +
  `|about (?:this|anything|any(?: other)? (?:roles?|jobs?|positions?|opportunit(?:y|ies))))`;
const LIST =
  `(?:list|lists|mailing|mailinglist|distribution|database|databases|db|records?|system|crm|files?|address book` +
  `|contacts?|register|roster|pool|newsletter|talent (?:pool|network|community)|spreadsheet|ats)`;
const REMOVE = `(?:remove|take|delete|drop|strike|scratch|cross|erase|unlist|delist|purge|wipe|get)`;
const CONTACT_NOUN =
  `(?:e-?mails?|mails?|messages?|calls?|phone calls|texts?|contact|outreach|inmails?|approaches|solicitations?` +
  `|spam|recruiters?|job (?:offers|alerts|emails))`;
const FOR_NOW =
  `(?:right now|now|at the moment|at the min|atm|at present|presently|currently|for now|for the time being` +
  `|at this (?:time|point|stage|moment|juncture)|this (?:year|quarter|month|time|week|round)|just yet|yet|today` +
  `|for the next (?:few|couple|\\w+) (?:weeks|months)|in the (?:short|near) term)`;

export const en: PhraseTable = {
  lang: 'en',
  chrono: chrono.en.casual,
  markers: new RegExp(
    String.raw`\b(?:the|i|i'm|i'll|i've|you|your|me|my|it|is|are|not|thanks|thank|please|and|but|for|this|that|with` +
      String.raw`|would|will|be|at|on|we|of|to|in|have|just|no|yes|can|so|sure|hi|hello)\b`,
    'g',
  ),
  stop: [
    // A client: stop sending CVs or candidates altogether.
    new RegExp(
      String.raw`\b(?:stop|quit|cease) (?:sending|forwarding|emailing) (?:us|me) (?:any )?(?:more )?(?:cvs|resumes` +
        String.raw`|candidates|profiles)\b(?! for (?:this|that) (?:one|role|position))`,
    ),
    new RegExp(
      String.raw`\b(?:never|do not ever|don'?t ever) (?:send|forward|email) (?:us|me) (?:any )?(?:cvs|resumes` +
        String.raw`|candidates|profiles)\b`,
    ),
    new RegExp(
      String.raw`\b(?:i|we) (?:don'?t|do not) want (?:any ?more|more|further) (?:of )?(?:your |these ` +
        String.raw`|those |the )?(?:e-?mails?|mails?|messages?|calls?|texts?|inmails?|spam|job alerts)\b`,
    ),
    new RegExp(
      String.raw`\bno (?:more|further) (?:linkedin |whatsapp |recruitment |recruiter |job ` +
        String.raw`|cold )?(?:e-?mails?|mails?|messages?|calls?|texts?|inmails?|dms?)\b`,
    ),
    new RegExp(
      String.raw`\b(?:stop|quit) (?:txt(?:in[g']?)?|msg(?:in[g']?)?|textin[g']?|callin[g']?|ringin[g']?` +
        String.raw`|emailin[g']?|messagin[g']?) (?:me|this|my|us)\b`,
    ),
    /\bun-?sub(?:s?c?r?i?b?e?d?)?(?: me)?\b/,
    new RegExp(
      String.raw`\b(?:don'?t|do not|never|stop|please don'?t) (?:ever )?us(?:e|ing) (?:this|my|that` +
        String.raw`|it)(?: (?:number|e-?mail(?: address)?|address|contact))? (?:again|anymore|any more` +
        String.raw`|ever again)\b`,
    ),
    new RegExp(`\\b(?:please |pls |kindly )?(?:stop|quit|cease) ${VERB_ING}`),
    new RegExp(
      `(?:\\b(?:do not|dont|never|no one should|nobody should|you (?:should|may|must|will) not|you shouldn'?t` +
        `|not to)|n'?t)(?: \\w+ly)? (?:ever )?(?:try(?:ing)? to )?${VERB}(?: (?:me|us|to me|with me))?(?: (?:on|via` +
        `|through|at|by) [a-z'-]+(?: [a-z'-]+)?)? ${AGAIN}\\b`,
    ),
    new RegExp(
      `(?:\\b(?:do not|dont|never)|\\bdon'?t)(?: \\w+ly)? (?:ever )?${VERB}(?: (?:me|us))\\b(?=\\s*(?:[.!;:)]|$` +
        `|,? (?:thanks?|thank you|please|pls|i\\b|i'm|i am|we\\b|and\\b|it'?s|this|not interested|ok|okay|period` +
        `|full stop|ever)))`,
    ),
    new RegExp(`\\bnot (?:to )?(?:be )?${VERB}(?:ed)? (?:me )?${AGAIN}\\b`),
    new RegExp(
      String.raw`\b(?:do not|don'?t|no longer|never|not) (?:\w+ )?(?:wish|want|care|like|need|consent) (?:to ` +
        String.raw`|for you to |you to |any(?:one)? to )?(?:be |ever be |being )?(?:contacted|called|emailed|e-mailed` +
        String.raw`|messaged|texted|approached|solicited|bothered|disturbed|spammed|hear(?:ing)? from (?:you` +
        String.raw`|your (?:company|firm|agency)|recruiters)|contact me|call me|email me|e-mail me|message me|text me` +
        String.raw`|receive|get (?:any |more )?(?:emails|messages|calls|these))`,
    ),
    new RegExp(
      String.raw`\b(?:i'?d|i would|we'?d|we would) (?:rather|prefer) (?:not (?:to )?(?:be contacted|be called` +
        String.raw`|be emailed|hear from you|receive)|you (?:didn'?t|did not|not) (?:contact|call|email|message|text` +
        String.raw`|write))`,
    ),
    new RegExp(`\\bno (?:more|further|other) ${CONTACT_NOUN}\\b`),
    new RegExp(`\\b(?:i|we) (?:don'?t|do not) want (?:any )?(?:more |further )?${CONTACT_NOUN}\\b`),
    new RegExp(
      `\\b${REMOVE} (?:me|my (?:name|details|data|info|information|e-?mail(?: address)?|number|address|profile|cv` +
        `|resume|contact(?: details| info)?)|us)(?: (?:permanently|immediately|completely|entirely|now|asap))? (?:off` +
        `|from|out of)\\b`,
    ),
    new RegExp(
      `\\b(?:off|from|out of) (?:your|the|this|all|any|every|all of your|all your|all these) (?:\\w+ ){0,2}?${LIST}`,
    ),
    near(`\\b${REMOVE}\\b`, `\\b${LIST}\\b`, 40),
    /\b(?:remove|unlist|delist|unsubscribe|opt) me\b/,
    /\b(?:unsubscribe|unsub|opt(?:ing)?[- ]?out|opted out)\b/,
    new RegExp(
      String.raw`\b(?:delete|erase|remove|destroy|purge|wipe|forget|scrub|get rid of)(?: all)?(?: of)? (?:my|our|any` +
        String.raw`|all my|the) (?:personal )?(?:data|details|information|info|records?|cv|resume|profile` +
        String.raw`|contact (?:details|info|information)|number|phone number|e-?mail(?: address)?|file` +
        String.raw`|personal information)\b`,
    ),
    new RegExp(
      String.raw`\b(?:gdpr|ccpa|right to (?:be forgotten|erasure|object)|erasure request|data (?:deletion` +
        String.raw`|erasure) request|article 17|subject access)\b`,
    ),
    new RegExp(
      String.raw`\b(?:lose|forget|delete|bin|destroy) (?:my|this) (?:number|e-?mail(?: address)?|details` +
        String.raw`|contact(?: details| info)?|address)\b`,
    ),
    /\b(?:leave|let) (?:me|us) (?:the hell )?(?:alone|be|in peace)\b/,
    /\b(?:go away|get lost|back off|piss off|f[*u]ck off|bugger off|buzz off|sod off|cease and desist)\b/,
    new RegExp(
      String.raw`\b(?:stop (?:it|this|that|now|already|please|immediately|right now|all (?:of )?(?:this|these|it` +
        String.raw`|contact|communication))|please stop)\b`,
    ),
    /\bstop(?:,| -|\.)? (?:i'?m|i am|we'?re|not) (?:not )?interested\b/,
    /\b(?:this is|that'?s|it'?s|you are|you'?re|borderline) (?:\w+ )?(?:harassment|harassing|spam|stalking)\b/,
    new RegExp(
      String.raw`\b(?:report(?:ing)? you|mark(?:ed|ing)? (?:this |you |it )?as spam|block(?:ed|ing)? (?:you` +
        String.raw`|your (?:number|email|address)))\b`,
    ),
    /\b(?:put|add|place) (?:me|my (?:name|number|email)) on (?:your|the|a) do[- ]not[- ](?:contact|call|email)\b/,
    /\bdo[- ]not[- ](?:contact|call|email)(?: me| list)?\b/,
    /\b(?:withdraw|revoke|withdrawing|revoking) (?:my |all )?consent\b/,
    /\b(?:take|remove|strike) (?:my|this) (?:name|number|e-?mail|details|address) (?:off|from|out)\b/,
    /\bhow (?:do i|can i|to) (?:get off|unsubscribe|opt out|be removed)\b/,
    new RegExp(
      String.raw`\b(?:my|this|the) (?:number|phone number|mobile|e-?mail(?: address)?|details|data|contact details` +
        String.raw`|cv|info)\b[^]{0,80}?\b(?:lose|delete|remove|erase|destroy|bin|forget|scrap) (?:it|them|that|those` +
        String.raw`|this)\b`,
    ),
    new RegExp(
      String.raw`\b(?:lose|delete|remove|erase|destroy|bin|forget|scrap) (?:it|them)\b[^]{0,40}?\bmy (?:number` +
        String.raw`|details|data|e-?mail)\b`,
    ),
    /\b(?:just|please|pls|now|ok|okay|seriously|honestly|so) stop[.!]*$/,
  ],
  notStop: [
    new RegExp(`\\b(?:don'?t|do not|never|please don'?t|no need to|not asking you to) (?:ever )?stop ${VERB_ING}`),
    /\b(?:don'?t|do not|please don'?t|no need to) (?:remove|take|delete|unsubscribe|drop) me\b/,
    new RegExp(
      String.raw`\b(?:don'?t|do not|no need to) (?:call|phone|ring|text|e-?mail|message|write)(?: me)?(?: (?:at work` +
        String.raw`|on (?:my|this) \w+|before \w+|after \w+|during \w+(?: \w+)?|at (?:the )?(?:weekend|night|\d+\w*)` +
        String.raw`|today|this week))?,? (?:just |please |but |only |rather |instead )*(?:e-?mail|call|text|message` +
        String.raw`|write|whatsapp|ping|reach|contact|use|try|send|ring)\b`,
    ),
    new RegExp(
      String.raw`\bdon'?t (?:call|phone|ring|contact|email) (?:me|us),? (?:i'?ll|i will|we'?ll|we will) (?:call` +
        String.raw`|contact|email|get back to|reach out to|ring) (?:you|back)\b`,
    ),
    new RegExp(
      String.raw`\b(?:don'?t|do not|no need to) (?:call|email|text|message|contact) (?:me )?(?:before|until|till` +
        String.raw`|after|earlier than)\b`,
    ),
    /\bstop (?:by|over|in)\b/,
    /\b(?:non-?stop|stopgap|stop-?over|full stop)\b/,
    new RegExp(
      String.raw`\b(?:don'?t|do not|please don'?t|no need to|never) (?:remove|take|delete|unsubscribe|drop|cross` +
        String.raw`|strike) me\b[^.!?\n]*`,
    ),
    /\b(?:stay|keep me|remain|be kept) on (?:your|the) (?:\w+ )?(?:list|books|database|radar|file)\b/,
    /\b(?:can'?t|cannot|couldn'?t) stop (?:thinking|talking|reading)\b/,
  ],
  no: [
    // Decided to stay where they are, or signed with another company.
    /\bdecided,? (?:\w+,? )?to (?:stay|remain) (?:at|with|in) my (?:current|present)\b/,
    // A client: the role is filled or closed, no agencies for it, no more candidates needed.
    new RegExp(
      String.raw`\b(?:we'?ve|we have|i'?ve|i have|they'?ve|they have) (?:now |already |just |since ` +
        String.raw`|actually )*(?:filled|closed|cancell?ed|pulled) (?:the|this|that|our) (?:role|position|vacancy` +
        String.raw`|job|opening|req|requisition)\b`,
    ),
    new RegExp(
      String.raw`\b(?:role|position|vacancy|job|opening|req|requisition) (?:has|have|is|was) (?:now |already |just ` +
        String.raw`|since |actually )*(?:been )?(?:filled|closed|cancell?ed|withdrawn` +
        String.raw`|(?:put )?on hold indefinitely)\b`,
    ),
    new RegExp(
      String.raw`\bdecided (?:not to|against) (?:use|using|work with|working with|engage|engaging|go through` +
        String.raw`|going through) (?:an? |any )?(?:agenc(?:y|ies)|recruiters?|external recruiters?|headhunters?)\b`,
    ),
    /\bno need to send (?:us |me )?(?:any )?(?:more|further|other|additional) (?:candidates|cvs|resumes|profiles)\b/,
    new RegExp(
      String.raw`(?:\bnot|n'?t|\bnever|\bno longer|\bnot at all)(?: (?:be|been|really|very|that|at all|too` +
        String.raw`|particularly|remotely|currently|actively|overly|terribly|so|even|all that|in the least` +
        String.raw`|interested or|any more|anymore))* interested\b`,
    ),
    /\b(?<!not )uninterested\b/,
    /\bno,? (?:thanks?|thank you|thx|ty|cheers|thank u)\b/,
    /\bthanks but no thanks\b|\bthanks?,? but no\b|\bthank you,? but no\b/,
    new RegExp(
      String.raw`\b(?:nope|nah|no way|no chance|not a chance|hell no|absolutely not|definitely not|certainly not` +
        String.raw`|not in a million years|no can do)\b`,
    ),
    new RegExp(
      String.raw`\b(?:i|we)(?:'ll| will|'m| am| have to| must| need to|'d| would| shall|'m going to| am going to` +
        String.raw`| gonna| got to| ha(?:ve|d) to| think i'll)?(?: (?:have to|need to|respectfully|politely|kindly` +
        String.raw`|regretfully|just|probably|going to))* pass\b`,
    ),
    /\b(?:hard|firm|polite|respectful) pass\b/,
    /\bpass(?:ing)? on (?:this|it|that|the (?:role|offer|opportunity|position|job))\b|\bi'?ll pass\b|\bgonna pass\b/,
    /\bi pass\b/,
    new RegExp(
      String.raw`\b(?:i|we)(?:'ll| will| must| have to| need to|'d like to| would like to|'m going to| am going to` +
        String.raw`| shall)?(?: (?:have to|need to|respectfully|politely|kindly|regretfully|unfortunately|sadly|must` +
        String.raw`|going to))* declin(?:e|ing)\b`,
    ),
    new RegExp(
      String.raw`\b(?:declin(?:e|ing)|turn(?:ing)? down|reject(?:ing)?) (?:the|this|your|that) (?:offer|role` +
        String.raw`|opportunity|position|invitation|invite|approach|job)\b|\bi(?:'m| am) declining\b`,
    ),
    /\b(?:decided|deciding|going|choosing|chose|planning|plan|want|prefer|intend|opted|opt) to (?:stay|remain)\b/,
    /\bstaying (?:put|where i am|with my|at my|here|in my (?:current|present)|on at)\b/,
    new RegExp(
      String.raw`\b(?:happy|content|settled|comfortable|very happy|quite happy|really happy|satisfied` +
        String.raw`|staying) (?:where i am|in my (?:current |present )?(?:role|job|position|company)|at my (?:current ` +
        String.raw`|present )?(?:company|job|employer|firm|place)|with my (?:current |present )?(?:role|job|employer` +
        String.raw`|company|team)|here)\b`,
    ),
    new RegExp(
      String.raw`\b(?:i'?m|i am|we'?re|we are)?\s?not (?:currently |actively |really )?(?:looking|searching` +
        String.raw`|considering|open to|job[- ]?hunting|on the (?:job )?market|in the market|exploring` +
        String.raw`|thinking of (?:moving|leaving|changing)|planning (?:to|on) (?:move|leave|change|moving|leaving))\b`,
    ),
    new RegExp(
      String.raw`\b(?:accepted|took|taken|signed|started|received and accepted|got|landed|found|secured|chose|chosen` +
        String.raw`|went with|gone with|going with|decided on|committed to) (?:an?|another|a different|a new|the other` +
        String.raw`|one|other|a (?:\w+ )?)(?: \w+)?(?: \w+)? ?(?:offer|job|role|position|opportunity|contract` +
        String.raw`|opportunities|gig)\b`,
    ),
    /\balready (?:found|accepted|signed|took|have|got|landed|started|committed|employed|placed)\b/,
    /\bno longer (?:looking|available|on the market|in the market|searching|job hunting|seeking)\b/,
    new RegExp(
      String.raw`\b(?:it'?s |this is |that'?s |the role is |the job is )?not (?:for me|for us|a (?:good |great ` +
        String.raw`|right )?(?:fit|match)|the right (?:fit|role|move|opportunity|one|position|job|match)` +
        String.raw`|what i'?m (?:looking|after)|my (?:thing|cup of tea|area))\b`,
    ),
    new RegExp(
      String.raw`\b(?:doesn'?t|does not|don'?t|wouldn'?t|won'?t|isn'?t|is not) (?:really |quite )?(?:fit|suit|match` +
        String.raw`|sound (?:right|like (?:a )?(?:fit|me))|appeal|interest me|work for me|align)\b`,
    ),
    new RegExp(
      String.raw`\b(?:i )?(?:don'?t|do not) think (?:so|(?:this|it|that)(?:'s| is| would be| will be) (?:for me` +
        String.raw`|a (?:good )?fit|right|the right))\b`,
    ),
    /\b(?:yes|yep|yeah)?[,.!]?\s*(?:please )?close (?:my|the|our) (?:file|application|profile)\b/,
    /\b(?:i'?m|i am) (?:happy|staying) (?:where i am|put)\b/,
    /\bi(?:'d| would) rather not\b|\bi'?m (?:good|all good|all set|fine|ok|okay),? (?:thanks?|thank you|cheers)\b/,
    /\bi'?m all set\b/,
    new RegExp(
      String.raw`\b(?:won'?t|will not|not going to|wouldn'?t) (?:be )?(?:pursuing|pursue|moving forward|move forward` +
        String.raw`|proceeding|proceed|taking (?:this|it) further|take (?:this|it) further|considering|consider` +
        String.raw`|applying|apply|pursue this)\b`,
    ),
    new RegExp(
      String.raw`\b(?:withdraw(?:ing)?|pull(?:ing)? out|pulling myself out|remove myself) (?:my application` +
        String.raw`|from (?:the )?(?:process|consideration|running))\b`,
    ),
    /\b(?:that'?s|it'?s|this is) a (?:no|hard no|firm no|definite no|no from me|pass)\b|\ba no from me\b/,
    new RegExp(
      String.raw`\b(?:i'?m|i am) not (?:moving|relocating|leaving|changing jobs|switching|available for (?:new` +
        String.raw`|other) (?:roles|jobs))\b`,
    ),
    new RegExp(
      String.raw`^(?:no|nope|nah)\b(?![- ](?:problem|prob|probs|worries|worry|rush|hurry|pressure|need|idea|doubt` +
        String.raw`|issue|issues|questions?|stress|bother|big deal|trouble|reply|response|answer|update|news|date` +
        String.raw`|time yet|salary|thanks? needed|offense|offence|longer|i'?m (?:still )?interested|wait))`,
    ),
    /\b(?:say|saying|going with a|it'?s a|answer is) no\b|\bsay no to\b/,
    /(?:^|[,.!;] )(?:no|nope|nah)[.!]*$/,
    /\bnot (?:really )?keen\b|\b(?:off|out of) the (?:job )?market\b/,
    /\b(?:close|withdraw) my (?:application|candidacy|file)\b/,
    new RegExp(
      String.raw`\b(?:just|only just|recently) (?:started|joined|moved to|begun) (?:a |my |the )?(?:new )?(?:job` +
        String.raw`|role|position|company|team)\b`,
    ),
  ],
  notNo: [
    // A client passing a CV to the team and coming back: not a not-now.
    new RegExp(
      String.raw`\b(?:share|pass|forward|circulate|show)\w* (?:(?:it|this|them|him|her|the cvs?` +
        String.raw`|the profiles?) )?(?:with|to|on to|round) (?:the|my|our) (?:team|hiring manager|manager|panel` +
        String.raw`|colleagues|boss|partners?)\b[^.!?]*`,
    ),
    /\b(?:i'?m |i am )?not (?:saying|telling you) no\b|\bnot a (?:no|hard no|flat no)\b|\bdidn'?t say no\b/,
    /\bnot (?:a )?no (?:yet|forever)\b|\bwouldn'?t say no\b|\bnot (?:un|dis)interested\b/,
    new RegExp(
      String.raw`\bno (?:problem|prob|probs|worries|worry|rush|hurry|pressure|need to|idea|doubt|issue|stress|bother` +
        String.raw`|big deal|trouble)\b`,
    ),
    /\bnot (?:a )?(?:bad|problem|issue)\b/,
    /\bnot (?:sure|certain)\b/,
  ],
  forNow: [
    new RegExp(
      `(?:\\bnot|n'?t)(?: (?:really|actively|that|overly|be|too))* (?:interested|looking|open|available|considering` +
        `|on the market|in the market|searching|exploring|thinking of (?:moving|leaving|changing)` +
        `|looking to move)(?: (?:in|to|for|at) [a-z' -]{0,40}?)?,? ${FOR_NOW}\\b`,
    ),
    new RegExp(
      `\\b${FOR_NOW},? (?:i'?m |i am |we'?re |we are |i )?(?:really |just |actually )?(?:not|n'?t` +
        `|no longer)(?: (?:really|actively|that|currently))* (?:interested|looking|open|available|considering` +
        `|on the market|searching|in a position)`,
    ),
    /\bpass(?:ing)? (?:on (?:this|it) )?(?:for now|this time|for the moment|at the moment|right now)\b/,
    new RegExp(
      String.raw`\b(?:i'?m |i am )?(?:happy|settled|staying) (?:where i am |here )?(?:for now|at the moment` +
        String.raw`|right now|for the time being|this year)\b`,
    ),
    /\bnot (?:really )?keen,? (?:just |right |for )?now\b/,
    /\bno,? thanks?,? (?:for now|not (?:right )?now|at the moment)\b/,
  ],
  forGood: [
    new RegExp(
      String.raw`\b(?:for a (?:long|good) (?:while|time)|any ?time soon|in the foreseeable future` +
        String.raw`|for the foreseeable future|for good|ever again|never|permanently|at all,? ever` +
        String.raw`|not (?:in the )?(?:near|next) (?:future|few years)|under any circumstances|no matter what)\b`,
    ),
    /\bwon'?t be (?:for|looking|interested|available)\b/,
  ],
  notNow: [
    // Hedges: not sure yet, a partner to ask first, a bare "maybe".
    new RegExp(
      String.raw`\bnot (?:\w+ )?sure yet\b|\b(?:talk|think) it (?:over|through) with my (?:partner|wife|husband` +
        String.raw`|family|other half)\b|(?:^|[.!?] )maybe[.!]*$`,
    ),
    // A client's budget or hiring freeze, until the date they name.
    new RegExp(
      String.raw`\b(?:hiring|budget|headcount|recruitment|recruiting) (?:freeze|is frozen|has been frozen` +
        String.raw`|are frozen)\b|\bfreeze on (?:hiring|headcount|recruitment)\b`,
    ),
    /\b(?:back[- ]to[- ]back|moving (?:house|flat|home|offices?)|i'?m travell?ing|on the road|in transit)\b/,
    /\b(?:driving|in a meeting|i'?m out|out tonight),? (?:so )?(?:can'?t|cannot) (?:talk|speak|chat)\b/,
    /\b(?:can'?t|cannot) (?:talk|speak|chat) (?:tonight|today|this (?:week|morning|afternoon|evening))\b/,
    /^(?:driving|can'?t talk|cannot talk)\b/,
    new RegExp(
      String.raw`\b(?:in the middle of|busy with|tied up with|buried in|swamped with|slammed with|snowed under with` +
        String.raw`|deep in|neck[- ]deep in|focused on|wrapping up) (?:a|an|the|this|my|our|some|finishing|closing)\b`,
    ),
    new RegExp(
      String.raw`\b(?:i'?ll|i will|we'?ll|i'?d) (?:call|contact|ring|reach out to|get back to|get in touch with|let` +
        String.raw`|come back to|ping|message|email|be in touch with) (?:you|u)(?: know)?(?: [a-z]+)? (?:when|once|if` +
        String.raw`|as soon as|after)\b`,
    ),
    /\bwhen (?:i'?m|i am|we'?re|things are|the time is) (?:ready|right|calmer|quieter|less busy|free|back)\b/,
    /\b(?:not|isn'?t|wasn'?t|is not) (?:a |the )?(?:good|great|right|ideal|best|convenient) (?:time|moment|timing)\b/,
    /\b(?:bad|terrible|awful|tough|difficult|busy|hectic|crazy|poor) (?:time|timing|moment|period|week|month|season)\b/,
    new RegExp(
      String.raw`\b(?:too busy|very busy|really busy|super busy|crazy busy|extremely busy|quite busy|so busy` +
        String.raw`|busy (?:right now|at the moment|these days|this (?:week|month))|swamped|snowed under|slammed` +
        String.raw`|overloaded|overwhelmed|flat out|up to my (?:eyes|ears|neck)|drowning in|a lot on my plate` +
        String.raw`|lots on my plate|plate is full|no bandwidth|no capacity|no time|don'?t have (?:the )?time` +
        String.raw`|haven'?t (?:got )?(?:the )?time|can'?t (?:talk|chat|commit|focus|think about (?:it|this)` +
        String.raw`|consider (?:it|this)) (?:right )?now|hands are full)\b`,
    ),
    /\bnot (?:right )?now\b|\bnot (?:at|for) the moment\b|\bnot at (?:this|the present) (?:time|point|stage|moment)\b/,
    /\bnot (?:just )?yet\b|\bnot this (?:time|year|quarter|month|week|round)\b/,
    /\bnot (?:currently|presently|for now|today)\b|\bnow(?:'s| is) not\b/,
    new RegExp(
      String.raw`\b(?:maybe|perhaps|possibly|probably) (?:later|next|in (?:a|the|\w+)|after|another time|some ?time` +
        String.raw`|some other time|down the (?:line|road|track)|closer to|towards|toward|at the end|once|when` +
        String.raw`|around)\b`,
    ),
    new RegExp(
      String.raw`\b(?:let me|i need to|i'?ll|i will|i have to|i want to|i'?d like to|i must|i'?ve got to|need to` +
        String.raw`|going to|gonna|have to) (?:think|sleep on|mull|reflect|consider|ponder|chew on|weigh)(?: (?:about` +
        String.raw`|over|on))?(?: it| this| that| things)?\b|\bneed (?:some |a bit of |a little ` +
        String.raw`|more )?time to (?:think|consider|decide|reflect)\b`,
    ),
    new RegExp(
      String.raw`\b(?:i'?ll|i will|we'?ll|will) (?:get back to you|come back to you|revert|let you know|be in touch` +
        String.raw`|circle back|follow up)\b`,
    ),
    /\b(?:not|aren'?t|isn'?t) (?:in a|the right) (?:position|place|headspace|time) to\b|\bnot ready\b/,
    /\btiming (?:isn'?t|is not|is off|is bad|is wrong|doesn'?t work)\b|\bnow isn'?t\b/,
    new RegExp(
      String.raw`\b(?:can'?t|cannot|can not|won'?t be able to|unable to) (?:commit|move|switch|change jobs` +
        String.raw`|make a move|consider (?:a|any) (?:move|change))(?: (?:right )?now| at the moment| this year| yet` +
        String.raw`| until)?\b`,
    ),
    /\b(?:another|some other|a different) time\b|\braincheck\b|\brain check\b/,
    /\b(?:not|can'?t do|no good|doesn'?t work|won'?t work) (?:today|this week|this month|tomorrow)\b/,
    /\b(?:today|this week) (?:is|'s) (?:bad|no good|impossible|hectic|crazy|mad|manic)\b/,
    new RegExp(
      String.raw`\b(?:slammed|swamped|busy|snowed under|flat out|hectic|manic|mad|crazy) (?:today|this week` +
        String.raw`|at the moment|right now|atm)\b`,
    ),
  ],
  later: [
    /\b(?:check|circle|come|get|loop|swing) back(?: (?:to|with) (?:me|us))?\b/,
    /\btouch base\b|\breconnect\b|\breach back\b/,
    /\b(?:call|ring|phone) (?:me|us) back\b(?! (?:on|at) (?:my|this|the)\b)/,
    new RegExp(
      String.raw`\b(?:try|ping|call|contact|email|e-mail|ring|message|text|reach|hit|nudge|write to|drop) (?:me` +
        String.raw`|us)(?: (?:a line|a note|back|again|up))?(?: (?:in|later|after|around|at the end of|towards?` +
        String.raw`|closer to|early|mid|once|when|another time|some other time|next (?:week|month|year|quarter)` +
        String.raw`|(?:the )?(?:week|month) after|in the new year|after the|before the end|then|down the))\b`,
    ),
    new RegExp(
      String.raw`\b(?:reach|get|be) (?:out|in touch|back in touch)(?: with me)?(?: again)? (?:in|after|later` +
        String.raw`|next (?:week|month|year|quarter)|around|closer|once|when|early|towards?|at the end|down the|in a` +
        String.raw`|another|some)\b`,
    ),
    new RegExp(
      String.raw`\bfollow(?:[- ]up)? (?:with me )?(?:in|after|later|closer to|around|again in|next (?:week|month` +
        String.raw`|year|quarter)|towards?|at the end)\b`,
    ),
    new RegExp(
      String.raw`\b(?:keep|have|bear) (?:me|my (?:details|cv|resume|profile|number|name)) (?:in mind|on file` +
        String.raw`|on your radar|posted for (?:future|later|other))\b|\bkeep me on (?:your|the) (?:radar|books` +
        String.raw`|list for)\b`,
    ),
    new RegExp(
      String.raw`\b(?:in the future|future (?:roles|opportunities|openings|positions|vacancies|ones)` +
        String.raw`|down the (?:line|road|track)|at a later (?:date|stage|time|point)|later (?:this|next` +
        String.raw`|in the) (?:year|month|quarter|week|spring|summer|autumn|fall|winter)|later on|(?:in` +
        String.raw`|after) the new year|after the holidays|after (?:christmas|easter|the summer|summer|new year))\b`,
    ),
    new RegExp(
      String.raw`\b(?:revisit|pick (?:this|it) up|talk about (?:it|this)|discuss (?:it|this)|speak|talk` +
        String.raw`|chat) (?:again )?(?:in|after|later|next (?:month|year|quarter)|closer to|around|towards?|once` +
        String.raw`|when)\b`,
    ),
    /\b(?:ask|try) (?:me )?again\b|\btry again\b/,
    /\b(?:for|in) the future\b|\bfor future (?:roles|opportunities|reference)\b/,
    /\bkeep (?:me|my details) on (?:file|your list|your books)\b/,
    /\b(?:flick|shoot|drop|send|give) (?:me )?(?:a )?(?:message|line|note|email|text|call|shout|ring|bell)\b/,
  ],
  agree: [
    new RegExp(
      String.raw`\b(?:yes|yeah|yep|yup|sure|ok|okay|fine|absolutely|of course|certainly|definitely|please do` +
        String.raw`|go ahead|by all means|no problem|sounds good|that works|works for me|good idea|great idea|happy to` +
        String.raw`|glad to|feel free|that'?s fine|perfect)\b`,
    ),
    new RegExp(
      String.raw`\b(?:you can|you may|you could|feel free to|happy for you to|welcome to|let'?s|lets|please (?:call` +
        String.raw`|email|ring|contact|follow|reach|text|message|send|get in touch)|do (?:call|email|ring|reach` +
        String.raw`|get in touch))\b`,
    ),
    new RegExp(
      String.raw`\b(?:works|suits|is fine|is good|is perfect|is great|would work|should work|works for me|suits me` +
        String.raw`|is okay|is ok)\b`,
    ),
  ],
  but: /\b(?:but|however|though)\b/,
  asks: new RegExp(
    String.raw`\b(?:works|suits|is fine|would work|drop (?:me )?a (?:line|note)|check back|circle back` +
      String.raw`|follow(?:[- ]up)?|call|ring|phone|reach (?:out|me)|e-?mail|mail|ping|check in|contact|talk|speak` +
      String.raw`|catch up|chat|text|message|get in touch|meet|connect|hop on|jump on|zoom|teams call|discuss` +
      String.raw`|touch base|circle back|get back to)\b`,
  ),
  interested: [
    // A client who sets up a first meeting with the candidate; a candidate open to a first talk.
    new RegExp(
      String.raw`\b(?:set up|arrange|book|schedule|organi[sz]e|plan) (?:an |a |the )?(?:first |initial ` +
        String.raw`|intro(?:ductory)? )?(?:interview|intro call|introductory (?:call|meeting))\b`,
    ),
    new RegExp(
      String.raw`\b(?:like|love|want|keen) to meet (?:him|her|them|the candidate)\b|\bopen to (?:a |an )?(?:first` +
        String.raw`|initial|introductory|exploratory|informal|quick|short) (?:conversation|chat|call|talk|meeting)\b`,
    ),
    // A client who wants to interview or meet the candidate, at the time they propose.
    new RegExp(
      String.raw`\blet'?s (?:interview|bring (?:him|her|them) in)\b|\b(?:like|love|want|keen) to (?:interview` +
        String.raw`|invite (?:him|her|them) (?:in|to|for))\b`,
    ),
    /\b(?:set up|arrange|book|schedule) (?:an |the )?interview with (?:him|her|them|the candidate)\b/,
    new RegExp(
      String.raw`\b(?:very |really |quite |definitely |extremely |super |genuinely |certainly |most |potentially ` +
        String.raw`|would be |might be |may be |i'?m |i am |sounds )?interested\b`,
    ),
    new RegExp(
      String.raw`\b(?:sounds|looks|seems|it'?s|this is|that'?s|that is) (?:really |very |super |quite ` +
        String.raw`|pretty )?(?:great|interesting|promising|exciting|amazing|perfect|intriguing|fantastic|awesome` +
        String.raw`|brilliant|appealing|ideal|right up my (?:street|alley)|like a great (?:fit|role|opportunity|match)` +
        String.raw`|like a (?:good |perfect )?fit|like (?:a )?(?:good|great|perfect|exciting) (?:fit|role|opportunity` +
        String.raw`|match|move))\b`,
    ),
    new RegExp(
      String.raw`\btell me more\b|\b(?:i'?d|i would|would) (?:love|like|be (?:happy|glad|keen|delighted|interested)` +
        String.raw`|be up for) to (?:hear|learn|know|chat|talk|speak|discuss|find out|explore|apply|meet|connect|see` +
        String.raw`|get)\b`,
    ),
    /\b(?:keen|eager|excited|curious) (?:to|about|on)\b|\b(?:i'?m|i am|very|really|definitely|super) keen\b/,
    new RegExp(
      String.raw`\b(?:please |pls |kindly |can you |could you )?(?:send|share|forward|email)(?: me| over` +
        String.raw`| across)?(?: the| more| some| any| further| a)?(?: \w+)? (?:details|info|information` +
        String.raw`|job description|jd|spec|specs|brief|description|salary|package|overview)\b`,
    ),
    /\bcount me in\b|\bi'?m in\b|\bsign me up\b|\bi'?m up for (?:it|that|a chat|a call)\b|\bi'?m game\b/,
    new RegExp(
      String.raw`\b(?:happy|glad|keen|delighted|open|willing|available|free) (?:to|for) (?:a |an )?(?:chat|talk` +
        String.raw`|speak|meet|interview|discuss|hear|learn|connect|jump on|hop on|call|conversation|explore|find out` +
        String.raw`|take a look|look|have a)\b`,
    ),
    new RegExp(
      String.raw`\b(?:i'?m|i am) (?:definitely |very |certainly |always )?open to (?:it|this|that|hearing|learning` +
        String.raw`|discussing|a (?:chat|call|conversation)|exploring|the idea|new opportunities|opportunities|offers` +
        String.raw`|a move|moving|a change|considering)\b`,
    ),
    /\b(?:exactly|just) what i'?(?:m|ve been) (?:looking|hoping|waiting) for\b/,
    /\bthe kind of (?:role|job|position|thing) i(?:'m| am)? (?:want|looking for|after|wanted)\b/,
    /\bright up my (?:street|alley)\b|\bdream (?:job|role)\b/,
    /\bwouldn'?t say no\b|\b(?:don'?t|do not|never|please don'?t) stop sending\b/,
    /\bkeep (?:them|these|those|it|the (?:roles|jobs|offers)|the opportunities) coming\b/,
    /\bkeep me (?:posted|updated|informed|in the loop)\b/,
    new RegExp(
      String.raw`\b(?:when )?(?:can|could|shall|should) we (?:talk|speak|meet|chat|have a (?:call|chat)` +
        String.raw`|set up a (?:call|time|meeting)|arrange a (?:call|time)|schedule a (?:call|chat))\b|\bwhat (?:time` +
        String.raw`|times|day|days) (?:work|works|suit|suits)\b|\b(?:i'?m|i am) (?:available|free) (?:on|at|for|to` +
        String.raw`|this|next|tomorrow|anytime|any time|most|all|after|before|between|from|in the)\b`,
    ),
    /\blet'?s (?:do (?:it|this)|go|make it happen|set (?:it|something|a (?:call|time)) up|arrange|schedule|book)\b/,
    /\b(?:set|book|schedule|arrange) (?:up )?(?:a|the) (?:call|chat|meeting|interview|time)\b/,
    /\b(?:sounds|looks) (?:good|great|nice|cool|fine)\b/,
    new RegExp(
      String.raw`\bnot uninterested\b|\b(?:could|might|may|would) be a (?:really |very |great |good ` +
        String.raw`|perfect )*(?:good |great |perfect |strong )?(?:fit|match)\b|\bcan'?t stop thinking about\b`,
    ),
    /\bnot that i'?m not interested\b|\bi'?d be up for\b/,
    /\bsounds? like (?:a |an )?(?:great|good|interesting|exciting)\b/,
  ],
  notInterested: [
    // "I'm in Toronto these days" says where they are, not "count me in".
    /\bi'?m in (?=[a-z])/,
    /\bnot (?:very |that |so |really )?(?:interesting|appealing|exciting)\b|\bnot interested\b/,
    /\b(?<!not )uninterested\b/,
  ],
  yes: [
    new RegExp(
      String.raw`^(?:yes|yeah|yep|yup|yas|sure|absolutely|definitely|of course|certainly|why not|go ahead|great` +
        String.raw`|perfect|awesome|brilliant|fantastic|lovely|excellent)\b`,
    ),
  ],
  autoReply: [
    new RegExp(
      String.raw`\b(?:out of (?:the )?office|ooo\b|automatic reply|auto-?reply|auto-?response|autoreply` +
        String.raw`|automated (?:reply|response|message)|away from (?:the office|my desk|work|my email|email))\b`,
    ),
    new RegExp(
      String.raw`\b(?:i am|i'?m|i will be|i'?ll be) (?:currently |now )?(?:out of (?:the )?office|away (?:from|until` +
        String.raw`|till|on|for)|off (?:until|till|work|sick)|on (?:annual |parental |maternity |paternity |sick ` +
        String.raw`|medical |study |family |holiday |vacation |compassionate |extended |garden )?leave|on (?:vacation` +
        String.raw`|holiday|holidays|pto|sabbatical|a (?:business )?trip|annual leave|furlough)` +
        String.raw`|travel(?:l)?ing (?:until|till|and)|not in the office)\b`,
    ),
    /\bon (?:parental|maternity|paternity|annual|sick|medical|study|adoption|shared parental) leave\b/,
    new RegExp(
      String.raw`\b(?:upon|on|after) my return\b|\blimited (?:access to (?:e-?mail|my (?:e-?mail|inbox|messages))` +
        String.raw`|connectivity)\b|\bfor (?:anything )?urgent (?:matters|enquiries|inquiries|requests|issues)\b` +
        String.raw`|\bif (?:your (?:matter|message|request) is |it'?s |this is )urgent\b|\bwill (?:respond|reply` +
        String.raw`|get back to you|answer|read your (?:e-?mail|message)) (?:to your (?:e-?mail|message) )?(?:when|on` +
        String.raw`|upon|after|as soon as)\b|\b(?:back in the office|returning to the office|return to the office` +
        String.raw`|in the office again)\b|\bthank you for your (?:e-?mail|message)[.,]? i am (?:currently )?(?:out` +
        String.raw`|away)\b`,
    ),
  ],
  mentionsStop: new RegExp(
    String.raw`\b(?:stop|stopp|unsubscribe|unsub|opt(?:ing)?[- ]?out|opt me|contacted|contacting me|remove|removed` +
      String.raw`|removing|list|lists|database|records|contact (?:me )?again|reach (?:out )?again` +
      String.raw`|e-?mail (?:me )?again|call (?:me )?again|anymore|any more|no more|delete|deletion|erase|gdpr|spam` +
      String.raw`|harass\w*|leave me alone|lose my|do not contact|don'?t contact|never contact|take me off)\b`,
  ),
  quoteHeader: oneOf([
    /^(?:on .{3,120} wrote:?|-{2,} ?(?:original message|forwarded message) ?-{2,}|from: .+|sent from my \w+)$/,
  ]),
  dates: {
    months: [
      ['january', 'jan'],
      ['february', 'feb'],
      ['march', 'mar'],
      ['april', 'apr'],
      ['may'],
      ['june', 'jun'],
      ['july', 'jul'],
      ['august', 'aug'],
      ['september', 'sept', 'sep'],
      ['october', 'oct'],
      ['november', 'nov'],
      ['december', 'dec'],
    ],
    weekdays: [
      ['sunday'],
      ['monday'],
      ['tuesday', 'tues'],
      ['wednesday', 'weds'],
      ['thursday', 'thurs'],
      ['friday'],
      ['saturday'],
    ],
    today: 'today|later today|this (?:afternoon|evening|morning)|tonight',
    tomorrow: 'tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow',
    dayAfterTomorrow: 'the day after tomorrow|day after tomorrow',
    nextBefore: 'next|the following',
    nextAfter: '(?!)',
    comingBefore: 'this coming|this|coming|on',
    week: 'week',
    month: 'month',
    year: 'year',
    quarter: 'quarter|qtr',
    seasons: {
      // "In Spring" is also the framework recruiters hire for: "Spring Boot" and the like are no season.
      names: [
        'spring(?![ -]?(?:boot|framework|cloud|mvc|batch|security|data|integration|webflux))',
        'summer|summertime',
        'autumn|fall',
        'winter',
      ],
      after: 'after(?: the)?|once(?: the)?|post',
      in: '(?:in|over|during|around|by|for)(?: the)?|this|next|(?:in )?(?:early|late)',
    },
    newYear:
      '(?:early |the start of |the beginning of |beginning of |start of )?(?:the )?new year|early next year' +
      '|the start of next year|the beginning of next year|january next year',
    unitDays: 'days?',
    unitWeeks: 'weeks?|wks?',
    unitMonths: 'months?|mos?',
    unitYears: 'years?|yrs?',
    unitFortnights: 'fortnights?',
    inPrefix: 'in|after|in about|in around|in another|within the next',
    fromNow: "from now|from today|time|'? time",
    numbers: {
      a: 1,
      an: 1,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      eleven: 11,
      twelve: 12,
      'a couple of': 2,
      'a couple': 2,
      'couple of': 2,
      couple: 2,
      'a few': 3,
      few: 3,
      'a few more': 3,
      several: 3,
      'a number of': 3,
      'half a': 0.5,
      'a half': 0.5,
      another: 1,
      'another couple of': 2,
      'another few': 3,
    },
    inMonth: 'in|by|around|during|until|till|from|for|come',
    earlyMonth: 'early|(?:the )?(?:beginning|start) of|(?:the )?first (?:week|days) of',
    midMonth: 'mid-?|(?:the )?middle of|mid',
    endMonth: '(?:the )?end of|late|(?:the )?last (?:week|days) of',
    endOfThisMonth: '(?:the )?end of (?:the|this) month|month[- ]end',
    endOfThisWeek: '(?:the )?end of (?:the|this) week|later this week',
    after: 'after',
    onDay:
      'on the|from the|by the|around the|until the|till the|before the|back on the' +
      '|(?:the|on)(?=\\s*\\d{1,2}(?:st|nd|rd|th)\\b)',
    ordinal: 'st|nd|rd|th',
    dayMonthJoin: 'of',
    returnCue: "until|till|til|through|thru|back|return|returning|returns|be back|i'?ll be back|again",
    backCue: 'back|return|returning|returns|be back|in the office again|available again|reachable again',
    dayRejected:
      "(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|can'?t|cannot|is no good|is bad|is out|is tricky" +
      '|is difficult)\\b',
    halfPast: 'half',
    atHour: 'at|around|about|after|from|@',
    hourWord: "o'?clock",
    pm: 'pm|p\\.m\\.?|in the (?:afternoon|evening)|tonight',
    am: 'am|a\\.m\\.?|in the morning',
    noon: 'noon|midday|lunchtime|lunch time',
    beforeTime: 'before|earlier than|until|till|by',
  },
};
