/**
 * Language of a comment: English, Spanish, French or German, from the words it is written with.
 *
 * Each language has a list of frequent words that are not also common English words (function words — "el", "que",
 * "muy"; "les", "très", "avec"; "und", "nicht", "sehr" — and the everyday words of customer feedback: "servicio",
 * "attente", "Rechnung"), and its accented letters ("ñ", "ç"/"è", "ä"/"ß"; "é" counts for French and Spanish). A
 * word is evidence for a language when it is in the list or has one of its letters. English has its function words
 * ("the", "and", "with"…: the English stop words less those the other languages share, such as "a", "no", "in",
 * "die", "was") and its everyday words of feedback that are not words of the other three languages ("great",
 * "staff", "helpful", "waiting", "thanks"; not "service", "excellent", "super", "top", "terrible", "rude", "bad", which
 * are French, German or Spanish words too, nor loanwords such as "team", "support", "ticket", "happy").
 * English is the default: a comment is read as another language only when that language has
 *   - at least two words of evidence, and more than twice as many as English's function words (plus one) and more
 *     than any other language, or
 *   - in a comment with no English function word, at least half its words, one of them of four letters or more
 *     ("Parfait.", "Schlechter Kundenservice"; not "thnx ^LO").
 * English words of feedback do not count against another language's evidence: they are common loanwords in the
 * other languages' comments ("Le staff était top", "Alles perfect, danke" stay French and German).
 * One foreign word in an English comment ("the señor at the desk") is not enough, nor are place names ("Las Vegas",
 * "San José") among English words. A hint (the survey page's language) makes that language the default instead:
 * the comment is then read in it unless the words clearly say another language (by the rule above) or English.
 * English, all its evidence counted (function words and words of feedback), is clear when it has
 *   - at least two words, and more than twice as many as the hint's language (plus one), or
 *   - in a comment with no word of any other language, at least half its words, one of them of four letters or more
 *     ("Great service!", "Terrible wait, rude staff", "Thanks" on a French page; but "Super Service" stays German on a
 *     German page and "Service parfait" French: neither "super" nor "service" is English evidence).
 */
import { type Language, LANGUAGE_RULES, normalizeLanguage, type OtherLanguage, OTHER_LANGUAGES } from './languages.ts';
import { STOPWORDS } from './stopwords.ts';
import { type Tokenized, tokenize } from './text.ts';

const list = (s: string): string[] => s.trim().split(/\s+/);

const EVIDENCE: Record<OtherLanguage, string[]> = {
  es: list(`el la los las de del lo un en que y es por para una unos unas muy pero otra otro otras otros vez cada dos está están esta este esto estoy estaba fue
    fueron más hay mis su sus se como todo todos toda nada nunca siempre también tambien cuando porque ya sí les tengo
    tiene tienen hace hacen bien mal malo mala bueno buena mucho mucha poco nadie ningún ninguna aunque después ahora
    hoy ayer usted ustedes gracias servicio atención atencion cliente clientes empresa precio factura facturas cobro
    cobran cobraron llamada llamadas llamé teléfono telefono espera esperé tardan tarda días semanas meses técnico
    tecnico señal conexión conexion cae funciona excelente pésimo pesimo pésima pesima perfecto perfecta rápido rapido
    rápida lento lenta caro barato amable amables decepcionado decepcionada recomiendo correcto podría mejorar
    resolvieron resolvió problema problemas nuevo quiero puedo pagar pago dinero ayuda atendieron llamar respuesta
    tiempo mes semana hora minutos muchas contrato velocidad instalación tienda pedido envío entrega devolución
    reembolso calidad fácil atentos amabilidad trato personal genial buenísimo encanta gusta satisfecho satisfecha
    contento contenta lamentable vergüenza retraso demora avería estafa queja reclamación desastre fatal nada todavía`),
  fr: list(`le la les des du de un une et sont était ai avons avez ont pas ne je tu il elle nous vous ils elles ce
    cette ces que qui avec dans sur très trop mais où donc aussi encore toujours jamais rien tout tous toute moins bien
    mal bon bonne mauvais mauvaise leur leurs mes notre votre vos chez depuis déjà été être avoir fait faire merci
    attente facture factures facturé appel appels rappel rappelle téléphone heures jours semaines mois technicien
    réseau connexion coupé coupure panne livraison colis commande remboursement conseiller conseillère accueil
    personnel aimable décevant déçu décevante inadmissible parfait parfaite rapide rapidement lent cher chère prix
    recommande problème problèmes réglé résolu nul nulle génial au aux accueil conseiller attente rappel délai
    livraison vitesse débit boutique magasin vendeur réponse aucun aucune beaucoup vraiment tellement toujours
    sympa aimables gentil compétent efficace agréable satisfait satisfaite content contente déçue mauvais catastrophe
    arnaque inadmissible scandaleux honteux cher chère trop merci`),
  de: list(`der das und ist sind waren nicht kein keine ich sie wir ihr es mit für auf bei ein eine einen einem einer
    auch aber oder wenn dass daß sehr zu zum zur vom von nach noch schon immer nie nur mein meine mir mich uns unser
    habe haben hatte wurde wurden wird werden kann können konnte alles nichts ganz gute guter schlecht schlechte
    schlechter schlechtes freundlich kompetent schnell langsam teuer günstig empfehlenswert empfehle enttäuschend
    enttäuscht unzumutbar zufrieden unzufrieden bestens danke leider kundenservice kundendienst mitarbeiter rechnung
    rechnungen abrechnung vertrag kündigung techniker termin wartezeit wartezeiten warten gewartet stunden tage wochen
    monate verbindung störung ausfall fällt aus ständig erledigt geholfen lieferung paket bestellung erstattung
    ordnung probleme tolle toller tolles beratung vielen dank hilfe telefon einfach problemlos hervorragend
    hervorragender hervorragende gerne gern wieder falsch falsche niemand katastrophal katastrophaler katastrophe
    schrecklich furchtbar mies unfreundlich inkompetent freundliche kompetente zuverlässig pünktlich hilfsbereit
    schnelle preis preise kosten kunde kunden anschluss leitung geschwindigkeit ausgezeichnet wunderbar prima klasse
    spitze antwort anruf angerufen erreichbar nein bitte gar doch`),
};

/** The letters that mark a language: any word holding one is evidence for it. */
const LETTERS: Record<OtherLanguage, RegExp> = {
  es: /[ñáíóúé¿¡]/,
  fr: /[éèêëàâçîïôûùœ]/,
  de: /[äöüß]/,
};

const WORD_LANGS = new Map<string, OtherLanguage[]>();
for (const lang of OTHER_LANGUAGES) {
  for (const w of EVIDENCE[lang]) {
    const langs = WORD_LANGS.get(w) ?? [];
    if (!langs.includes(lang)) langs.push(lang);
    WORD_LANGS.set(w, langs);
  }
}
/**
 * English words of everyday customer feedback that are not words of Spanish, French or German: each was checked
 * against the lists above, the other languages' stop words, generic words and lexicons (a test keeps it so), and
 * against the languages themselves. Left out on purpose, as words of another language or loanwords common in it:
 * service, excellent, super, top, terrible, horrible, rude (French "rude"), bad (German "Bad"), fast (German "almost"),
 * fine (French), hate (French "hâte" typed without its accent), patient, simple, efficient, long, queue, minutes,
 * problem, person, team, support, agent, manager, hotline, ticket, online, app, internet, ok, cool, nice, happy, fair,
 * job, fix, arrive (French "il arrive"). English stop words are evidence already and are not repeated here.
 */
export const ENGLISH_FEEDBACK: readonly string[] = list(`great good awesome amazing fantastic wonderful lovely brilliant superb
  outstanding perfect helpful unhelpful friendly unfriendly polite courteous knowledgeable professional thanks thank
  thankyou thx please sorry love loved like recommend recommended highly worst best better worse poor awful useless
  pathetic disappointed disappointing disgusting frustrating frustrated annoying unacceptable ridiculous rubbish waste
  money slow slowly quick quickly easy difficult wait waiting waited hour hours weeks months late delay delayed
  cancelled canceled lost broken wrong issue issues refund refunded charged overcharged bill cheap expensive overpriced
  staff employees people customer customers help helped answer answered call called phone fixed resolved sorted
  quality product order ordered delivery delivered arrived works working worked`);

/** English evidence: the English stop words no other language shares (`ENGLISH_STOP`), and the feedback words. */
const ENGLISH_STOP = new Set<string>();
const ENGLISH_WORDS = new Set<string>();
{
  const shared = new Set<string>();
  for (const lang of OTHER_LANGUAGES) for (const w of LANGUAGE_RULES[lang].stopwords) shared.add(w);
  for (const w of WORD_LANGS.keys()) shared.add(w);
  for (const w of STOPWORDS) if (!shared.has(w) && w.length > 1) ENGLISH_STOP.add(w);
  for (const w of ENGLISH_FEEDBACK) if (!shared.has(w) && !ENGLISH_STOP.has(w)) ENGLISH_WORDS.add(w);
}

const NON_ASCII = /[^\t-~]/;

export interface LanguageScores {
  /** English evidence: function words and everyday words of feedback. */
  en: number;
  /**
   * English function words alone: what another language's evidence is weighed against. English words of feedback
   * ("staff", "great", "customer service") are common loanwords in the other languages' comments, so they outweigh
   * only a hint ("Le staff était top" is French, on any page).
   */
  enStop: number;
  es: number;
  fr: number;
  de: number;
  /** Word tokens looked at. */
  words: number;
  /** Evidence words of four letters or more, per language (a short comment needs one: "lo" alone says little). */
  long: Record<Language, number>;
}

/** The evidence for each language in a tokenized text (read as English). */
export function languageScores(tok: Tokenized): LanguageScores {
  const s: LanguageScores = { en: 0, enStop: 0, es: 0, fr: 0, de: 0, words: 0, long: { en: 0, es: 0, fr: 0, de: 0 } };
  for (const t of tok.tokens) {
    if (t.kind !== 'word') continue;
    s.words++;
    const w = t.norm;
    const stop = ENGLISH_STOP.has(w);
    if (stop || ENGLISH_WORDS.has(w)) {
      s.en++;
      if (stop) s.enStop++;
      if (w.length >= 4) s.long.en++;
      continue;
    }
    let langs = WORD_LANGS.get(w);
    if (langs === undefined && w.includes("'")) {
      // French elision: "l'attente", "j'ai", "n'est"
      const q = w.indexOf("'");
      const clitic = w.slice(0, q + 1);
      if (q <= 6 && /^(l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)'$/.test(clitic)) langs = ['fr'];
    }
    if (NON_ASCII.test(w)) {
      for (const lang of OTHER_LANGUAGES) if (LETTERS[lang].test(w) && !langs?.includes(lang)) langs = [...(langs ?? []), lang];
    }
    if (langs) {
      for (const lang of langs) {
        s[lang]++;
        if (w.length >= 4) s.long[lang]++;
      }
    }
  }
  return s;
}

/** The language a comment is written in, from its scores (English unless the evidence is clear). */
export function decideLanguage(s: LanguageScores, hint: Language | null = null): Language {
  let best: OtherLanguage | null = null;
  let second = 0;
  for (const lang of OTHER_LANGUAGES) {
    if (best === null || s[lang] > s[best]) {
      if (best !== null) second = Math.max(second, s[best]);
      best = lang;
    } else second = Math.max(second, s[lang]);
  }
  const top = best === null ? 0 : s[best];
  const en = s.enStop;
  const clear = best !== null && top > second && ((top >= 2 && top > 2 * en + 1) || (en === 0 && s.long[best] >= 1 && top * 2 >= s.words));
  if (hint === null || hint === 'en') return clear ? best! : 'en';
  // a hint: its language unless the words clearly say another (English: its function words and words of feedback)
  if (clear && best !== hint && s[hint] * 2 < top) return best!;
  if (s.en >= 2 && s.en > 2 * s[hint] + 1) return 'en';
  // a short English comment: no word of any other language, English at least half of its words ("Great service!")
  if (s.es + s.fr + s.de === 0 && s.long.en >= 1 && s.en * 2 >= s.words) return 'en';
  return hint;
}

/** The language of a text: 'en', 'es', 'fr' or 'de' (English unless the evidence is clear; see the module comment). */
export function detectLanguage(text: string, hint?: string | null): Language {
  return decideLanguage(languageScores(tokenize(text)), normalizeLanguage(hint));
}

export interface ReadOptions {
  /** The comment's language, when known: it is read in it, with no detection. */
  language?: Language | null;
  /** A likely language (the survey page's locale: "es", "fr-FR"…): the default instead of English. */
  languageHint?: string | null;
}

/** Tokenize a comment in its language: the one given, or the one detected. English costs one pass over the tokens. */
export function tokenizeIn(text: string, opts: ReadOptions = {}): Tokenized {
  if (opts.language) return tokenize(text, opts.language);
  const en = tokenize(text);
  const lang = decideLanguage(languageScores(en), normalizeLanguage(opts.languageHint));
  return lang === 'en' ? en : tokenize(text, lang);
}
