/**
 * The languages the engine reads: English (the default: Porter stemmer, stem.ts, and everything as it always was),
 * Spanish, French and German. For each of the other three: a Snowball stemmer (npm `@orama/stemmers`, Apache-2.0)
 * whose stems are folded to plain letters ("décevant" and "decevant" stem alike), the negation words, the words that
 * open a contrast or a concession clause, French elisions ("l'attente" is "l'" + "attente"), and stop words for
 * discovery. Detection is in detect.ts, the sentiment lexicons in lexicon-intl.ts.
 */
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';

export const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export type OtherLanguage = Exclude<Language, 'en'>;
export const OTHER_LANGUAGES: readonly OtherLanguage[] = ['es', 'fr', 'de'];

/** A language code or locale ("es", "fr-FR", "de_CH", "German"…) as one of the engine's languages, or null. */
export function normalizeLanguage(hint: string | null | undefined): Language | null {
  if (!hint) return null;
  const h = hint.trim().toLowerCase();
  const code = h.slice(0, 2);
  if ((LANGUAGES as readonly string[]).includes(code) && (h.length === 2 || /^[a-z]{2}[-_]/.test(h))) return code as Language;
  const names: Record<string, Language> = { english: 'en', spanish: 'es', español: 'es', espanol: 'es', french: 'fr', français: 'fr', francais: 'fr', german: 'de', deutsch: 'de' };
  return names[h] ?? null;
}

const NON_ASCII = /[^\t-~]/;
const MARKS = /\p{M}/gu;

/** Letters without their accents ("décevant" → "decevant", "señal" → "senal"); ASCII text is returned as is. */
export function fold(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss') : s;
}

const CACHE_LIMIT = 100_000;

function cachedStemmer(snowball: (w: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word: string): string => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    let out: string;
    if (word.length <= 2 || word.endsWith("'")) out = fold(word);
    else {
      out = fold(snowball(word));
      if (out === '') out = fold(word);
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, out);
    return out;
  };
}

export interface LanguageRules {
  stem: (word: string) => string;
  /** Negation words. */
  negators: ReadonlySet<string>;
  /** Words that open a clause carrying the main point ("pero", "mais", "aber"). */
  contrast: ReadonlySet<string>;
  /** Words that open a concession ("aunque", "bien que"/"quoique", "obwohl"). */
  concession: ReadonlySet<string>;
  /** French elision: "l'attente" → "l'" + "attente", "n'est" → "n'" + "est". */
  elision: RegExp | null;
  stopwords: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  /**
   * French "ne … que" is "only", not a negation ("je n'ai eu que des compliments"): a negator of `restricted` followed
   * in its clause by a word of `only`, with no second half of a negation ("pas", "jamais"…) before it, negates nothing.
   */
  restriction?: { restricted: ReadonlySet<string>; only: ReadonlySet<string> };
  /**
   * English words that stem like a common word of this language with another meaning, so a one-word rule of them is
   * not compiled for it: Spanish "sale" (goes out), "rato" (a while) for "rate"; French "sale" (dirty), "raté"
   * (missed), "attente" (waiting) for "attentive"; German "fast" (almost). Found by checking every starter taxonomy's
   * English rule words against each language's words; see also `clashesWithStopword`.
   */
  falseFriends: ReadonlySet<string>;
}

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const ES_STOP = `a al algo algunas algunos ante antes aquel aquella aquellas aquellos aqui aquí así asi aun aún cada casi como con
contra cual cuál cuales cuando cuándo de del desde donde dónde dos el él ella ellas ellos en entre era eran eres es esa esas
ese eso esos esta está estaba estaban estado estamos están estar estas éste este esto estos estoy etc fue fueron fui ha había
habia han has hasta hay he hemos hice hizo la las le les lo los mas más me mi mí mis mismo mucha muchas mucho muchos muy nada
ni no nos nosotros nuestra nuestro nunca o os otra otras otro otros para pero poco por porque pues que qué quien quién se sea
sean ser si sí sido siempre sin sobre solo sólo son soy su sus también tambien tan tanto te tenemos tener tengo tenia tenía
ti tiene tienen toda todas todo todos tu tú tus un una uno unos unas usted ustedes vez va van voy y ya yo además ademas hace
hacer hecho dice dijo dijeron puede pueden ver vez veces día días semana semanas mes meses año años hora horas minutos ahora
hoy ayer mañana luego después despues cosa cosas algo nadie alguien todavía todavia aunque embargo ser estar haber tener
ir cuenta hola buenas bueno gracias favor ok vale pues tipo tal cómo`;
const FR_STOP = `a à afin ai aie aient ainsi alors après apres as au aucun aucune aujourd'hui auquel aussi autre autres aux avait
avaient avant avec avoir avons ayant c' ça ca car ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez ci
comme comment d' dans de des depuis donc dont du elle elles en encore entre es est et été etait était étaient etc être eu eux
fait faire fais faut fois font ici il ils j' je jusqu' l' la là le les leur leurs lors lorsqu' lui m' ma mais me même meme
mes moi mon n' ne ni non nos notre nous on ont ou où par parce pas pendant peu peut peuvent plus pour pourquoi puis qu' quand
que quel quelle quelles quels qui quoi s' sa sans se sera ses si sien son sont sous suis sur t' ta te tes toi ton tous tout
toute toutes très tres trop tu un une vers voici voilà vos votre vous y jamais rien toujours déjà deja bien aussi chose
choses jour jours semaine semaines mois an ans année heure heures minutes fois hier demain maintenant bonjour merci svp
plaît plait oui non ok avoir été dit dire mettre mis vraiment tellement assez beaucoup personne quelqu'un quelque quelques`;
const DE_STOP = `aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei beim bin
bis bisher bist da dabei damit dann das dass daß dem den denn der des deshalb die dies diese diesem diesen dieser dieses doch
dort du durch ein eine einem einen einer eines einmal er es etwas euch euer für fur gegen gewesen hab habe haben hat hatte
hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist ja jede jedem jeden jeder jedes jetzt kann
kannst kein keine keinem keinen keiner keines können konnte könnte machen man manche mehr mein meine meinem meinen meiner
mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner seit sich sie
sind so solche soll sollte sondern sonst über um und uns unser unsere unter viel vom von vor war waren warum was weg weil
weiter welche welchem welchen welcher wenn wer werde werden wie wieder will wir wird wirklich wo wurde wurden zu zum zur
zwar zwischen immer nie niemals mal schon etwa ganz gar tag tage woche wochen monat monate jahr jahre stunde stunden minuten
heute gestern morgen danke bitte hallo ok okay leider dann eben halt einfach gibt geht ging gemacht wurde worden`;

const ES_GENERIC = `bueno buena buenos buenas malo mala malos malas mal bien excelente excelentes genial perfecto perfecta pésimo
pesimo pésima pesima horrible terrible fatal gracias favor problema problemas experiencia todo nada siempre nunca mejor peor
muy más menos gusta gustó encanta encantó recomiendo recomendaría decepcionado decepcionada decepcionante contento contenta
satisfecho satisfecha feliz increíble increible maravilloso fantástico fantastico normal correcto correcta regular vez veces
gente persona personas empresa cosa hacer hizo dijeron tener tiene poder puede quiero quería necesito sigue seguir lleva
llevo espero esperando dar dieron nuevo nueva nuevos nuevas`;
const FR_GENERIC = `bon bonne bons bonnes mauvais mauvaise mal bien excellent excellente génial genial parfait parfaite nul nulle
horrible terrible top super merci problème probleme problèmes expérience experience tout rien toujours jamais mieux pire très
trop moins aime adore recommande déçu decu déçue déception decevant décevant content contente satisfait satisfaite heureux
incroyable formidable correct correcte normal fois gens personne personnes entreprise chose faire fait dit avoir peut veux
voulais besoin attendre encore nouveau nouvelle nouveaux`;
const DE_GENERIC = `gut gute guter gutes guten schlecht schlechte schlechter schlechtes schlechten toll super prima klasse
perfekt schrecklich furchtbar katastrophal danke bitte problem probleme erfahrung alles nichts immer nie besser schlechter
sehr mehr weniger gerne empfehlen empfehle enttäuscht enttäuschend zufrieden unzufrieden glücklich unglaublich top okay
ordnung mal leute person firma sache machen gemacht sagen gesagt haben können wollen brauche warten neu neue neuen`;

export const LANGUAGE_RULES: Record<OtherLanguage, LanguageRules> = {
  es: {
    stem: cachedStemmer(spanishStemmer),
    negators: words('no nunca jamás jamas sin nada nadie ningún ningun ninguna ninguno ni tampoco apenas'),
    contrast: words('pero aunque salvo excepto lamentablemente desafortunadamente desgraciadamente sino'),
    concession: words('aunque pese'),
    elision: null,
    stopwords: words(ES_STOP),
    generic: words(ES_GENERIC),
    falseFriends: words('sale sales rate rates cart carts'),
  },
  fr: {
    stem: cachedStemmer(frenchStemmer),
    negators: words("ne n' pas jamais sans rien aucun aucune aucuns aucunes ni nul nulle guère guere"),
    contrast: words('mais cependant pourtant toutefois néanmoins neanmoins sauf malheureusement hélas helas quoique'),
    concession: words('quoique malgré malgre'),
    elision: /^(l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(\p{L}.*)$/u,
    stopwords: words(FR_STOP),
    generic: words(FR_GENERIC),
    restriction: { restricted: words("ne n'"), only: words("que qu'") },
    falseFriends: words('sale sales rate rates attentive'),
  },
  de: {
    stem: cachedStemmer(germanStemmer),
    negators: words('nicht kein keine keinen keinem keiner keines nie niemals ohne nichts niemand kaum weder nirgends nirgendwo'),
    contrast: words('aber jedoch allerdings sondern leider außer ausser trotzdem dennoch obwohl obgleich wenngleich'),
    concession: words('obwohl obgleich wenngleich trotz'),
    elision: null,
    stopwords: words(DE_STOP),
    generic: words(DE_GENERIC),
    falseFriends: words('fast'),
  },
};

/**
 * French "ne … pas", Spanish "no … nunca", German "nicht … kein": a negation word a few words after another one in
 * the same clause is the second half of one negation, not a second negation.
 */
export const NEGATION_PAIR_WINDOW = 4;

const stopStems: Partial<Record<OtherLanguage, Set<string>>> = {};

/**
 * A rule word whose stem in `lang` is the stem of one of its stop words, without being that stop word: "teller" and
 * "télé" stem to "tel" in French, like "tellement"; "wire" to "wir" in German; "comida" to "com" in Spanish, like
 * "como". Such a word is matched in that language as written, not by its stem (taxonomy.ts).
 */
export function clashesWithStopword(lang: OtherLanguage, word: string, stemmed: string): boolean {
  const L = LANGUAGE_RULES[lang];
  const set = (stopStems[lang] ??= new Set([...L.stopwords].map((w) => L.stem(w))));
  return set.has(stemmed) && !L.stopwords.has(word);
}

/** The stem of a lower-case word in a language (English: Porter, stem.ts). */
export function stemFor(lang: OtherLanguage): (word: string) => string {
  return LANGUAGE_RULES[lang].stem;
}
