/**
 * Tokens and clauses. One pass over the text with a regular expression: words (letters, digits, inner apostrophes
 * and hyphens), emoticons and emoji, and the punctuation that ends a clause. Every token keeps its offsets in the
 * original text so matches can be highlighted.
 */
import { type Language, LANGUAGE_RULES, type LanguageRules, NEGATION_PAIR_WINDOW } from './languages.ts';
import { stem } from './stem.ts';

export type TokenKind = 'word' | 'mention' | 'url' | 'number' | 'emoticon' | 'break';

export interface Token {
  /** Lower-case surface form, curly apostrophes made straight. */
  norm: string;
  /** Stem of `norm` in the text's language (English: Porter; words only; '' otherwise). */
  stem: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** The word is written in capitals (2+ letters) — shouting, when the whole comment is not. */
  caps: boolean;
  /** Index of the clause the token belongs to. */
  clause: number;
  /** A negation word: not, no, never, n't… */
  negator: boolean;
  /** The word is (part of) a hashtag: "#fail", or one word of "#WorstServiceEver". */
  hashtag: boolean;
  /**
   * The second half of a negation ("pas" in "ne … pas", "nunca" in "no … nunca"; never in English): not a negator
   * itself, and not counted as a word between a negator and what it negates.
   */
  negPart?: boolean;
}

export interface Clause {
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The clause was opened by a contrast word (but, however…), which shifts the weight of the comment to it. */
  contrastAfter: boolean;
  /** The clause was opened by a concession (although, though, even though) and so weighs less. */
  concession: boolean;
}

export interface Tokenized {
  text: string;
  /** The language the text was read in (its stems, negation and clause words). */
  lang: Language;
  tokens: Token[];
  clauses: Clause[];
  /** Number of '!' in the text (capped at 4). */
  exclamations: number;
  /** Number of '?' in the text (capped at 4). */
  questions: number;
}

// url | mention | emoticon | word | clause-ending punctuation | emoji
// A word may hold combining accents after its letters: text typed or pasted decomposed (NFD, "e" + U+0301 for "é",
// as some keyboards and macOS file names give it) is one word, not "de" + "cevant" for "décevant".
const TOKEN_RE =
  /(https?:\/\/\S+|www\.\S+)|([@][A-Za-z0-9_]+)|(<3|[:;=8][-']?[)(\][DPpOo/\\|*]|[)(][-']?[:;=])|([\p{L}\p{N}][\p{L}\p{N}\u0300-\u036f]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\u0300-\u036f]*)*)|([.!?;…\n]+|[,:]|\s[-–—]\s)|(\p{Extended_Pictographic})/gu;
/** Combining accents: a word holding one is composed (NFC) so it reads as its letters ("pe\u0301simo" is "pésimo"). */
const COMBINING_RE = /[\u0300-\u036f]/;

/** Words that negate what follows. Contractions ending in n't are negators too (see `isNegator`). */
export const NEGATORS = new Set([
  'not', 'no', 'never', 'without', 'nothing', 'nobody', 'none', 'neither', 'nor', 'nowhere', 'cannot', 'cant', 'dont', 'doesnt',
  'didnt', 'isnt', 'wasnt', 'werent', 'arent', 'wont', 'wouldnt', 'couldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint', 'lack', 'lacks', 'lacking', 'barely', 'hardly', 'less',
]);

export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

/** Words that open a clause carrying the main point (what comes after "but" counts more). */
const CONTRAST = new Set(['but', 'however', 'though', 'nevertheless', 'nonetheless', 'whereas', 'except', 'unfortunately', 'sadly', 'although']);
/** Words that open a concession: "although the staff were nice, …" — the clause they open counts less. */
const CONCESSION = new Set(['although', 'though', 'while', 'whilst', 'despite']);

const MAX_TEXT = 20_000;

/** A hashtag written in camel case ("WorstServiceEver", "NoThanks", "UnitedFAIL"; not "fail2015" nor "CSR"): split into its words. */
/** A number written together with a word: "9hrs", "45mins", "10am". */
const NUMBER_UNIT_RE = /^(\p{N}+)\p{L}+$/u;
const CAMEL_RE = /[\p{Ll}\p{N}]\p{Lu}/u;
const CAMEL_SPLIT_RE = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;

/**
 * Tokens and clauses of a text read in `lang` (default English). Spanish, French and German use their own stemmer,
 * negation and contrast words (languages.ts); French elisions are split ("l'attente" → "l'" + "attente").
 */
export function tokenize(input: string, lang: Language = 'en'): Tokenized {
  const text = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input;
  const L = lang === 'en' ? null : LANGUAGE_RULES[lang];
  const stemOf = L ? L.stem : stem;
  const negatorOf = L ? (w: string) => L.negators.has(w) : isNegator;
  const contrastWords = L ? L.contrast : CONTRAST;
  const concessionWords = L ? L.concession : CONCESSION;
  const tokens: Token[] = [];
  const clauses: Clause[] = [];
  let clause = 0;
  let clauseFrom = 0;
  let clauseStart = 0;
  let contrast = false;
  let concession = false;
  let exclamations = 0;
  let questions = 0;
  let letters = 0;
  let upper = 0;

  const closeClause = (endOffset: number, nextStart: number) => {
    if (tokens.length > clauseFrom) {
      clauses.push({ from: clauseFrom, to: tokens.length, start: clauseStart, end: endOffset, contrastAfter: contrast, concession });
      clause++;
    }
    clauseFrom = tokens.length;
    clauseStart = nextStart;
    contrast = false;
    concession = false;
  };

  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[5] !== undefined) {
      // punctuation: a clause boundary (a comma only when a contrast or concession word follows, see below)
      if (m[5].includes('!')) exclamations += m[5].split('!').length - 1;
      if (m[5].includes('?')) questions += m[5].split('?').length - 1;
      if (m[5] === ',' || m[5] === ':') {
        if (concession && tokens.length > clauseFrom) {
          // "although the staff were nice, the food was cold": the comma ends the concession
          closeClause(start, end);
          contrast = true;
          continue;
        }
        // commas split lists as often as clauses; keep them as soft breaks
        tokens.push({ norm: m[5], stem: '', kind: 'break', start, end, caps: false, clause, negator: false, hashtag: false });
        continue;
      }
      closeClause(start, end);
      continue;
    }
    let kind: TokenKind = 'word';
    let norm = m[0];
    if (m[1] !== undefined) kind = 'url';
    else if (m[2] !== undefined) kind = 'mention';
    else if (m[3] !== undefined || m[6] !== undefined) kind = 'emoticon';
    else {
      norm = norm.replace(/’/g, "'");
      // offsets stay those of the text as written; only the word's form is composed
      if (COMBINING_RE.test(norm)) norm = norm.normalize('NFC');
      if (/^\p{N}+$/u.test(norm)) kind = 'number';
    }
    const lower = kind === 'emoticon' ? norm : norm.toLowerCase();
    if (kind === 'word') {
      for (let i = 0; i < norm.length; i++) {
        const c = norm.charCodeAt(i);
        if (c >= 65 && c <= 90) {
          upper++;
          letters++;
        } else if (c >= 97 && c <= 122) letters++;
      }
      if (contrastWords.has(lower) && tokens.length > clauseFrom) {
        // "but", "however"…: close the clause before the word; the new clause starts with it
        const wasConcession = concessionWords.has(lower);
        closeClause(start, start);
        contrast = !wasConcession;
        concession = wasConcession;
      } else if (concessionWords.has(lower) && tokens.length === clauseFrom) {
        concession = true;
      } else if (tokens.length === clauseFrom && contrastWords.has(lower)) {
        contrast = true;
      }
    }
    const hashtag = kind === 'word' && start > 0 && text.charCodeAt(start - 1) === 35; // #
    const camel = hashtag && CAMEL_RE.test(norm);
    const unit = kind === 'word' && !camel ? NUMBER_UNIT_RE.exec(norm) : null;
    if (unit) {
      // "9hrs", "45min", "10am": the number and the word after it
      const digits = unit[1]!.length;
      const word = norm.slice(digits).toLowerCase();
      tokens.push({ norm: unit[1]!, stem: '', kind: 'number', start, end: start + digits, caps: false, clause, negator: false, hashtag });
      tokens.push({ norm: word, stem: stemOf(word), kind: 'word', start: start + digits, end, caps: false, clause, negator: false, hashtag });
      continue;
    }
    if (camel) {
      // "#WorstServiceEver": one token per word, so rules and the lexicon see "worst", "service", "ever"
      CAMEL_SPLIT_RE.lastIndex = 0;
      for (let p = CAMEL_SPLIT_RE.exec(norm); p !== null; p = CAMEL_SPLIT_RE.exec(norm)) {
        const part = p[0].toLowerCase();
        const numeric = /^\p{N}+$/u.test(part);
        tokens.push({
          norm: part,
          stem: numeric ? '' : stemOf(part),
          kind: numeric ? 'number' : 'word',
          start: start + p.index,
          end: start + p.index + p[0].length,
          caps: false,
          clause,
          negator: !numeric && negatorOf(part),
          hashtag: true,
        });
      }
      continue;
    }
    const caps = kind === 'word' && norm.length >= 2 && norm === norm.toUpperCase() && /\p{Lu}/u.test(norm);
    if (L) {
      // French elision: "l'attente" is "l'" + "attente", "n'est" is "n'" + "est"
      const el = kind === 'word' && L.elision ? L.elision.exec(lower) : null;
      if (el) {
        const clitic = `${el[1]!}'`;
        const rest = el[2]!;
        const cut = start + clitic.length;
        tokens.push({ norm: clitic, stem: clitic, kind: 'word', start, end: cut, caps: false, clause, negator: negatorOf(clitic), hashtag });
        tokens.push({ norm: rest, stem: stemOf(rest), kind: 'word', start: cut, end, caps, clause, negator: negatorOf(rest), hashtag });
        continue;
      }
      tokens.push({ norm: lower, stem: kind === 'word' ? stemOf(lower) : '', kind, start, end, caps, clause, negator: kind === 'word' && negatorOf(lower), hashtag });
      continue;
    }
    tokens.push({
      norm: lower,
      stem: kind === 'word' ? stem(stripPossessive(lower)) : '',
      kind,
      start,
      end,
      caps,
      clause,
      negator: kind === 'word' && isNegator(lower),
      hashtag,
    });
  }
  closeClause(text.length, text.length);
  // A comment written all in capitals is not shouting word by word.
  if (letters > 0 && upper / letters > 0.6) for (const t of tokens) t.caps = false;
  if (L) pairNegations(tokens, L.restriction);
  return { text, lang, tokens, clauses, exclamations: Math.min(exclamations, 4), questions: Math.min(questions, 4) };
}

/**
 * "ne … pas", "no … nunca", "sin ningún": a negator shortly after another in the clause is its second half. French
 * "ne … que" with no second half before "que" is a restriction ("only"): the "ne" negates nothing.
 */
function pairNegations(tokens: Token[], restriction: LanguageRules['restriction']): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!first.negator) continue;
    const clause = first.clause;
    let paired = false;
    for (let j = i + 1, n = 0; j < tokens.length && n < NEGATION_PAIR_WINDOW; j++) {
      const t = tokens[j]!;
      if (t.clause !== clause || t.kind === 'break') break;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      n++;
      if (t.negator) {
        t.negator = false;
        t.negPart = true;
        paired = true;
      } else if (!paired && restriction?.restricted.has(first.norm) && restriction.only.has(t.norm)) {
        first.negator = false;
        break;
      }
    }
  }
}

function stripPossessive(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

/** The stems of a rule term ("delayed flights" → ["delay", "flight"]) in a language (default English). */
export function termStems(term: string, lang: Language = 'en'): string[] {
  const out: string[] = [];
  for (const t of tokenize(term, lang).tokens) if (t.kind === 'word' || t.kind === 'number') out.push(t.stem || t.norm);
  return out;
}
