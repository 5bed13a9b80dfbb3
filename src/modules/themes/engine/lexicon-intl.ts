/**
 * Sentiment lexicons for Spanish, French and German: Clearloop's own short lists of the words customers use in
 * service feedback, written for this project from general knowledge of each language (no third-party word list),
 * on the English lexicon's −4…+4 scale. As in English (lexicon.ts), a word counts by its exact form or by its stem
 * (the language's Snowball stem, accents folded: "pesimo" is "pésimo"), a stem match needing the word to be at most
 * 2 letters shorter than the lexicon word, and a stem shared by words of opposite sign counting only exactly.
 * Each language also has its intensifiers, courtesy and request words, the words of wishes ("podría", "si",
 * "könnte"), of time spent ("horas", "heures", "Stunden") and the negators that do not make a complaint alone
 * ("sin", "sans", "ohne").
 */
import { type OtherLanguage, LANGUAGE_RULES } from './languages.ts';
import { SYMBOL_VALENCES } from './lexicon.ts';
import type { SentimentCues } from './sentiment.ts';

const ES = `
excelente 3.2 excelentes 3.2 buenísimo 3.0 buenísima 3.0 bueno 1.9 buena 1.9 buenos 1.9 buenas 1.9 genial 3.0 perfecto 2.8
perfecta 2.8 perfectamente 2.5 estupendo 3.0 estupenda 3.0 fantástico 3.1 fantástica 3.1 maravilloso 3.0 maravillosa 3.0
increíble 2.6 magnífico 3.0 magnífica 3.0 impecable 2.8 espectacular 2.8 amable 2.1 amables 2.1 atento 1.8 atentos 1.8
atenta 1.8 simpático 2.0 simpática 2.0 agradable 2.1 cordial 1.8 educado 1.6 profesional 1.4 profesionales 1.4
eficiente 1.6 eficaz 1.6 rápido 1.2 rápida 1.2 rápidamente 1.0 puntual 1.4 fácil 1.4 sencillo 1.0 cómodo 1.5 limpio 1.2
barato 0.8 económico 0.8 asequible 1.2 contento 2.2 contenta 2.2 satisfecho 1.9 satisfecha 1.9 feliz 2.4 encantado 2.6
encantada 2.6 encanta 2.8 encantó 2.8 gusta 1.5 gustó 1.6 recomiendo 2.0 recomendable 2.0 recomendaría 1.9
recomendar 1.8 agradecido 2.0 agradecida 2.0 agradezco 2.0 resuelto 1.5 resolvieron 1.5 resolvió 1.5 solucionado 1.6
solucionaron 1.6 solucionó 1.6 ayudaron 1.3 ayudó 1.3 útil 1.5 correcto 0.8 correcta 0.8 estable 1.2 fiable 1.6
confiable 1.6 seguro 0.6 tranquilo 1.0 felicidades 2.4 enhorabuena 2.4 excelencia 2.5 bonito 1.8 paciencia 1.0
paciente 1.4 claro 0.6 ideal 2.2 maravilla 2.8 lujo 2.0 top 2.0 rapidez 1.4 eficacia 1.6 amabilidad 2.2 gracias 1.9
malo -2.5 mala -2.5 malos -2.5 malas -2.5 pésimo -3.2 pésima -3.2 pésimos -3.2 horrible -3.0 terrible -3.0
fatal -2.8 desastre -2.8 desastroso -2.9 lamentable -2.6 vergüenza -2.5 vergonzoso -2.6 decepcionado -2.2
decepcionada -2.2 decepcionante -2.3 decepción -2.3 lento -1.5 lenta -1.5 lentitud -1.6 caro -1.4 cara -1.4
carísimo -2.0 grosero -2.4 grosera -2.4 maleducado -2.4 antipático -2.1 antipática -2.1 incompetente -2.5
incompetentes -2.5 inútil -2.5 inútiles -2.5 inaceptable -2.7 inadmisible -2.7 intolerable -2.7 injusto -2.0
problema -1.6 problemas -1.6 error -1.5 errores -1.6 fallo -1.7 fallos -1.7 falla -1.7 fallas -1.7 avería -1.8
averías -1.8 averiado -1.8 roto -1.8 rota -1.8 estropeado -1.8 incorrecto -1.7 incorrecta -1.7 equivocado -1.6
retraso -1.5 retrasos -1.5 demora -1.4 demoras -1.4 tarde -1.0 espera -0.6 esperando -0.8 esperé -1.0 tardan -1.0
tardó -1.0 tardaron -1.0 corte -1.2 cortes -1.6 caída -1.6 caídas -1.6 cobraron -1.0 estafa -2.8 engaño -2.4
engañado -2.4 mentira -2.3 mentiras -2.3 mintieron -2.5 queja -1.5 quejas -1.5 reclamación -1.2 reclamo -1.2
molesto -1.9 molesta -1.9 enfadado -2.3 enojado -2.3 harto -2.4 harta -2.4 frustrado -2.2 frustrante -2.2
frustración -2.2 complicado -1.3 difícil -1.5 imposible -1.7 peor -2.2 peores -2.2 nefasto -3.0 penoso -2.6
deficiente -2.2 insuficiente -1.6 inestable -1.8 abusivo -2.4 abusivos -2.4 ignorado -2.0 ignoran -1.9 sucio -1.9
incómodo -1.9 perdido -1.4 dañado -2.0 cancelado -1.4 basura -2.6 porquería -2.6 mierda -2.6 asco -2.8 triste -2.0
preocupado -1.5 desesperante -2.4 indignante -2.8 indignado -2.7 abandonado -1.8 desatendido -1.8 mejorar -0.5
lamentablemente -1.2 desgraciadamente -1.3 desafortunadamente -1.2 timo -2.6 robo -2.4 caos -2.0 mentir -2.0
`;
const ES_PHRASES = `se_cae -1.8 se_corta -1.6 se_caen -1.8 nunca_más -2.6 muchas_gracias 2.2 de_lujo 2.4 a_tiempo 1.0
buenas_tardes 0 buenos_días 0 buenas_noches 0 por_favor 0 otra_vez -0.5 dos_veces -0.8 vale_la_pena 1.8
tomadura_de_pelo -2.5 de_diez 2.2`;

// The nouns "conseiller" (the advisor) and "facture" (the bill) share their stems with "conseille" (recommend) and
// "facturé": they are listed at 0 so they are neither praise nor complaint (and the stem counts only exactly).
const FR = `
bon 1.9 bonne 1.9 bons 1.9 bonnes 1.9 bien 1.5 excellent 3.2 excellente 3.2 parfait 2.8 parfaite 2.8 parfaitement 2.5
génial 3.0 géniale 3.0 super 2.5 top 2.0 formidable 3.0 magnifique 3.0 merveilleux 3.0 impeccable 2.8 remarquable 2.6
agréable 2.1 agréablement 2.0 aimable 2.1 aimables 2.1 sympathique 2.0 sympa 2.0 gentil 2.0 gentille 2.0 souriant 1.9
souriante 1.9 accueillant 1.9 chaleureux 2.0 poli 1.6 polie 1.6 courtois 1.8 professionnel 1.4 professionnelle 1.4
compétent 1.8 compétente 1.8 compétents 1.8 efficace 1.8 efficacité 1.8 rapide 1.2 rapidement 1.0 rapidité 1.4
réactif 1.6 réactive 1.6 ponctuel 1.4 simple 0.9 facile 1.4 pratique 1.2 clair 1.0 fiable 1.6 stable 1.2 satisfait 1.9
satisfaite 1.9 satisfaits 1.9 content 2.2 contente 2.2 ravi 2.6 ravie 2.6 heureux 2.4 heureuse 2.4 recommande 2.0
recommander 1.8 conseille 1.6 merci 1.9 remercie 1.9 réglé 1.5 réglée 1.5 résolu 1.5 résolue 1.5 aidé 1.3 utile 1.5
correct 0.8 correcte 0.8 abordable 1.3 bravo 2.6 félicitations 2.4 mieux 1.4 meilleur 2.0 meilleure 2.0 idéal 2.4
nickel 2.5 extra 2.0 patient 1.4 patiente 1.4 disponible 1.2 serviable 2.0 attentionné 2.0 écoute 1.0 qualité 0.6
mauvais -2.5 mauvaise -2.5 mal -2.2 nul -2.8 nulle -2.8 nuls -2.8 horrible -3.0 terrible -2.8 catastrophe -2.9
catastrophique -3.0 lamentable -2.8 honteux -2.7 honte -2.5 scandaleux -2.9 scandale -2.7 inadmissible -2.8
inacceptable -2.7 décevant -2.3 décevante -2.3 déçu -2.2 déçue -2.2 déçus -2.2 déception -2.3 lent -1.5 lente -1.5
lenteur -1.6 cher -1.2 chère -1.2 chers -1.2 coûteux -1.4 impoli -2.3 impolie -2.3 désagréable -2.2 incompétent -2.5
incompétente -2.5 incompétents -2.5 incompétence -2.5 inutile -2.3 problème -1.6 problèmes -1.6 erreur -1.5
erreurs -1.6 panne -1.8 pannes -1.8 coupure -1.7 coupures -1.7 coupé -1.5 coupée -1.5 cassé -1.8 défectueux -2.0
retard -1.5 retards -1.5 attente -0.6 attendre -0.6 arnaque -2.8 escroquerie -2.8 escroc -2.8 mensonge -2.3
mensonges -2.3 menti -2.3 plainte -1.5 réclamation -1.2 énervé -2.2 agacé -1.9 furieux -2.8 frustrant -2.2 frustré -2.2
compliqué -1.3 difficile -1.5 impossible -1.7 pire -2.4 bof -1.2 pénible -2.0 insupportable -2.7 sale -1.9 perdu -1.4
perdue -1.4 endommagé -2.0 annulé -1.4 annulée -1.4 galère -2.3 mécontent -2.3 mécontente -2.3 insatisfait -2.2
insatisfaite -2.2 injoignable -2.2 ignoré -2.0 abusif -2.4 abusive -2.4 médiocre -2.0 moyen -0.6 instable -1.8
dommage -1.5 hélas -1.2 malheureusement -1.2 triste -2.0 facturé -0.5 long -0.8 longue -0.8 longues -0.8 délai -0.6
délais -0.8 déplorable -2.8 minable -2.6 pitoyable -2.8 incapable -2.3 incapables -2.3 désastre -2.8 cauchemar -2.9
conseiller 0 conseillère 0 conseillers 0 conseillères 0 facture 0 factures 0
`;
const FR_PHRASES = `plus_jamais -2.6 sans_plus -0.8 au_top 2.4 merci_beaucoup 2.2 bonne_journée 0 bonne_soirée 0
bon_courage 0 deux_fois -0.8 à_l'_heure 1.0 à_l'_écoute 1.8 n'_importe_quoi -2.0 en_panne -2.0 foutage_de_gueule -2.6`;

const DE = `
gut 1.9 gute 1.9 guter 1.9 gutes 1.9 guten 1.9 toll 2.8 tolle 2.8 toller 2.8 tolles 2.8 super 2.5 prima 2.5 klasse 2.5
spitze 2.8 hervorragend 3.2 hervorragender 3.2 hervorragende 3.2 ausgezeichnet 3.2 exzellent 3.2 perfekt 2.8
wunderbar 3.0 großartig 3.0 fantastisch 3.1 genial 2.9 bestens 2.8 beste 3.0 besten 3.0 besser 1.5 top 2.0
freundlich 2.1 freundliche 2.1 freundlicher 2.1 nett 1.8 nette 1.8 hilfsbereit 2.0 höflich 1.8 kompetent 1.8
kompetente 1.8 professionell 1.4 zuverlässig 1.6 schnell 1.2 schnelle 1.2 schneller 1.2 zügig 1.2 pünktlich 1.4
einfach 0.6 problemlos 1.8 unkompliziert 1.6 reibungslos 1.8 zufrieden 1.9 glücklich 2.3 begeistert 2.6
empfehlenswert 2.2 empfehlen 1.8 empfehle 2.0 danke 1.9 dankbar 2.0 gelöst 1.5 erledigt 1.2 geholfen 1.3
hilfreich 1.6 günstig 1.3 preiswert 1.4 fair 0.8 angenehm 2.0 stabil 1.2 sauber 1.2 kulant 1.8 lob 2.0 gerne 1.0
gern 1.0 beratung 0.4 spitzenmäßig 2.8 vorbildlich 2.6 loben 1.8 kundenfreundlich 2.0 souverän 1.6
schlecht -2.5 schlechte -2.5 schlechter -2.5 schlechtes -2.5 schlechten -2.5 miserabel -3.0 katastrophal -3.0
katastrophaler -3.0 katastrophe -2.9 furchtbar -3.0 schrecklich -3.0 grauenhaft -3.0 mies -2.4 unmöglich -2.0
unzumutbar -2.8 inakzeptabel -2.7 unverschämt -2.8 unverschämtheit -2.8 frechheit -2.7 enttäuschend -2.3
enttäuscht -2.2 enttäuschung -2.3 langsam -1.5 teuer -1.4 unfreundlich -2.2 inkompetent -2.5 unfähig -2.5
nutzlos -2.4 problem -1.6 probleme -1.6 fehler -1.5 falsch -1.8 falsche -1.8 störung -1.8 störungen -1.8
ausfall -1.9 ausfälle -1.9 ausgefallen -1.8 kaputt -2.0 defekt -2.0 verspätung -1.5 verspätet -1.4 warten -0.6
wartezeit -0.8 wartezeiten -0.8 gewartet -1.0 ärger -2.0 ärgerlich -2.1 verärgert -2.3 sauer -2.0 wütend -2.7
genervt -2.2 nervig -2.0 frustrierend -2.2 frustriert -2.2 kompliziert -1.3 schwierig -1.4 chaos -2.0 chaotisch -2.0
abzocke -2.8 betrug -2.8 gelogen -2.5 beschwerde -1.5 reklamation -1.2 mangelhaft -2.4 ungenügend -2.4
peinlich -2.0 schade -1.5 leider -1.0 ständig -0.7 dauernd -0.7 verloren -1.4 beschädigt -2.0 storniert -1.2
unerreichbar -2.2 ignoriert -2.0 lächerlich -2.2 schlimm -2.6 schlimmer -2.6 übel -2.2 dreist -2.3 unseriös -2.5
fällt -0.8 lange -0.8 unhöflich -2.3 überfordert -1.8 ahnungslos -2.2 zumutung -2.7 desaster -2.8 ärgern -2.0
`;
const DE_PHRASES = `nie_wieder -2.6 vielen_dank 2.2 gerne_wieder 2.2 guten_tag 0 fällt_aus -1.8 zu_empfehlen 1.8`;

function parse(block: string): [string, number][] {
  const parts = block.trim().split(/\s+/);
  const out: [string, number][] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) out.push([parts[i]!, Number(parts[i + 1])]);
  return out;
}

const STEM_SHORTER_BY = 2;

interface LexiconData {
  words: string;
  phrases: string;
  intensifiers: [string, number][];
  courtesy: string;
  request: string;
  wish: string;
  timeUnits: string;
  timeVerbs: string;
  counts: string;
  noDuration: string;
  notNegatingNext: string;
  unresolvedSkip: string;
  /** A negated word whose meaning is not the opposite: French "pas terrible" is "not great". */
  negated?: [string, number][];
}

/** Words separated by spaces; "_" joins the words of a phrase ("muchas_gracias"). */
const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/).filter((w) => w !== '').map((w) => w.replace(/_/g, ' ')));

const DATA: Record<OtherLanguage, LexiconData> = {
  es: {
    words: ES,
    phrases: ES_PHRASES,
    intensifiers: [
      ['muy', 1.3], ['super', 1.35], ['súper', 1.35], ['bastante', 1.1], ['demasiado', 1.25], ['tan', 1.25], ['realmente', 1.3],
      ['totalmente', 1.3], ['completamente', 1.35], ['extremadamente', 1.45], ['increíblemente', 1.4], ['sumamente', 1.4],
      ['absolutamente', 1.4], ['especialmente', 1.2], ['siempre', 1.1], ['algo', 0.8], ['poco', 0.7], ['ligeramente', 0.6],
    ],
    courtesy: 'gracias agradezco agradecido agradecida muchas_gracias',
    request: 'favor porfa porfavor',
    wish: 'ojalá ojala si podría podrían podria podrian debería deberían deberia espero gustaría gustaria',
    timeUnits: 'horas hora minutos días dias semanas meses años',
    timeVerbs: 'esperé espere esperar esperando espera esperamos tardó tardo tardaron tardan tarda llevo lleva llevamos pasé',
    counts: 'una un dos tres cuatro cinco seis varias varios muchas muchos media',
    noDuration: 'años',
    notNegatingNext: 'solo sólo solamente',
    unresolvedSkip: 'sin apenas nada',
  },
  fr: {
    words: FR,
    phrases: FR_PHRASES,
    intensifiers: [
      ['très', 1.3], ['tres', 1.3], ['trop', 1.25], ['vraiment', 1.3], ['tellement', 1.25], ['super', 1.35], ['hyper', 1.35],
      ['extrêmement', 1.45], ['totalement', 1.3], ['complètement', 1.35], ['absolument', 1.4], ['particulièrement', 1.2],
      ['vachement', 1.3], ['assez', 1.05], ['plutôt', 0.85], ['peu', 0.7], ['légèrement', 0.6], ['beaucoup', 1.2],
      ['toujours', 1.1], ['franchement', 1.2], ['carrément', 1.3],
    ],
    courtesy: 'merci remercie merci_beaucoup',
    request: 'svp stp plaît plait',
    wish: 'si pourrait pourraient devrait devraient espère souhaite aimerais voudrais',
    timeUnits: 'heures heure minutes jours semaines mois',
    timeVerbs: 'attendu attendre attends attente pris prend passé',
    counts: 'une un deux trois quatre cinq six plusieurs',
    noDuration: 'ans années',
    notNegatingNext: 'seulement',
    unresolvedSkip: 'sans rien guère guere',
    negated: [['terrible', -1.0], ['top', -1.2]],
  },
  de: {
    words: DE,
    phrases: DE_PHRASES,
    intensifiers: [
      ['sehr', 1.3], ['total', 1.3], ['extrem', 1.45], ['echt', 1.3], ['wirklich', 1.3], ['absolut', 1.4], ['völlig', 1.35],
      ['komplett', 1.35], ['ziemlich', 1.1], ['zu', 1.2], ['so', 1.25], ['besonders', 1.2], ['äußerst', 1.45], ['richtig', 1.2],
      ['mega', 1.35], ['unglaublich', 1.4], ['etwas', 0.7], ['bisschen', 0.7], ['recht', 1.1], ['eher', 0.85], ['immer', 1.1],
      ['viel', 1.2], ['überaus', 1.4],
    ],
    courtesy: 'danke dankeschön vielen_dank',
    request: 'bitte',
    wish: 'wenn könnte könnten sollte sollten hoffe hoffentlich wäre würde wünsche',
    timeUnits: 'stunden stunde minuten tage wochen monate',
    timeVerbs: 'gewartet warten warte wartete dauerte gedauert dauert seit',
    counts: 'eine einer zwei drei vier fünf sechs mehrere viele',
    noDuration: 'jahre',
    notNegatingNext: 'nur',
    unresolvedSkip: 'ohne kaum nichts',
  },
};

function build(lang: OtherLanguage): SentimentCues {
  const d = DATA[lang];
  const stemOf = LANGUAGE_RULES[lang].stem;
  const table = new Map<string, number>();
  const stemTable = new Map<string, { v: number; minLength: number }>();
  const phrases = new Map<string, number>();
  const votes = new Map<string, { vs: number[]; shortest: number }>();
  for (const [w, v] of parse(d.words)) {
    table.set(w, v);
    const s = stemOf(w);
    const e = votes.get(s) ?? { vs: [], shortest: Infinity };
    e.vs.push(v);
    e.shortest = Math.min(e.shortest, w.length);
    votes.set(s, e);
  }
  for (const [s, { vs, shortest }] of votes) {
    if (vs.every((v) => v > 0) || vs.every((v) => v < 0)) stemTable.set(s, { v: vs.reduce((a, b) => a + b, 0) / vs.length, minLength: shortest - STEM_SHORTER_BY });
  }
  for (const [p, v] of parse(d.phrases)) phrases.set(p.replace(/_/g, ' '), v);
  for (const [s, v] of SYMBOL_VALENCES) table.set(s, v);
  const negated = new Map(d.negated ?? []);
  return {
    english: false,
    valence(norm: string, stemmed: string): number {
      const v = table.get(norm);
      if (v !== undefined) return v;
      if (stemmed === '') return 0;
      const e = stemTable.get(stemmed);
      return e !== undefined && norm.length >= e.minLength ? e.v : 0;
    },
    phraseValence: (a: string, b: string) => phrases.get(`${a} ${b}`),
    phrase3Valence: (a: string, b: string, c: string) => phrases.get(`${a} ${b} ${c}`),
    hashtagValence: () => 0,
    intensifiers: new Map(d.intensifiers),
    courtesy: set(d.courtesy),
    request: set(d.request),
    wish: set(d.wish),
    timeUnits: set(d.timeUnits),
    timeVerbs: set(d.timeVerbs),
    counts: set(d.counts),
    noDuration: set(d.noDuration),
    notNegatingNext: set(d.notNegatingNext),
    unresolvedSkip: set(d.unresolvedSkip),
    comparative: new Set(),
    negated,
    size: table.size - SYMBOL_VALENCES.length + phrases.size,
  };
}

const built: Partial<Record<OtherLanguage, SentimentCues>> = {};

/** The sentiment cues of a language other than English (built on first use). */
export function intlCues(lang: OtherLanguage): SentimentCues {
  return (built[lang] ??= build(lang));
}

/** Entries per language, for the docs and tests. */
export function intlLexiconSize(lang: OtherLanguage): number {
  return intlCues(lang).size ?? 0;
}
