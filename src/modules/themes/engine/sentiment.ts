/**
 * The built-in sentiment model: a lexicon (lexicon.ts) with negation, intensifiers, shouting, exclamation marks and
 * contrast clauses. Each clause gets a raw valence (a sum of word valences); the comment's raw valence is the
 * weighted sum of its clauses, where a clause opened by "but/however" weighs 1.5 and the clause before it 0.5, and a
 * concession ("although …") weighs 0.5. Raw valence v becomes a score in −1…1 as v / √(v² + 15), and the score a
 * label: positive above NEUTRAL_BAND, negative below −NEUTRAL_BAND, else neutral.
 *
 * Customer feedback complains without sentiment words as often as with them, so a few cues count too: a negation
 * with nothing to negate ("my bag didn't arrive", "no update") is UNRESOLVED_NEGATION; time spent ("3 hours",
 * "waited 45 mins") is DURATION_VALENCE or TIME_VALENCE; a hashtag not in the lexicon is read by the lexicon words
 * inside it ("#epicfail"). A positive word after "would", "hope", "if"… is a wish or a request ("it would be great
 * if…") and weighs WISH_FACTOR; courtesy ("thanks", "appreciate") is praise only in a comment with nothing negative
 * that asks nothing (no question mark, no "please").
 */
import { type ReadOptions, tokenizeIn } from './detect.ts';
import type { Language } from './languages.ts';
import { COURTESY, INTENSIFIERS, hashtagValence, phrase3Valence, phraseValence, valence } from './lexicon.ts';
import { intlCues } from './lexicon-intl.ts';
import { type Tokenized, type Token } from './text.ts';

export type Sentiment = 'positive' | 'neutral' | 'negative';

/** A score whose size is below this is neutral: one mild word (|valence| < 0.5) alone does not make a comment positive or negative. */
export const NEUTRAL_BAND = 0.13;
/** How far back (in words, within the clause) a negation word reaches. */
export const NEGATION_WINDOW = 3;
const NEGATION_FACTOR = -0.74;
const CAPS_FACTOR = 1.25;
const EXCLAMATION_BOOST = 0.29;

export function normalize(raw: number): number {
  if (raw === 0) return 0;
  const s = raw / Math.sqrt(raw * raw + 15);
  return Math.max(-1, Math.min(1, s));
}

export function labelOf(score: number, band = NEUTRAL_BAND): Sentiment {
  return score > band ? 'positive' : score < -band ? 'negative' : 'neutral';
}

function isWord(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

const NOT_NEGATING_NEXT = new Set(['only', 'just', 'to', 'sure', 'mention']);
/** "took three weeks", "waited 2 hours", "on hold for ages": time spent is a complaint. */
const TIME_UNITS = new Set(['hours', 'hour', 'hrs', 'hr', 'minutes', 'mins', 'days', 'weeks', 'months', 'ages', 'forever', 'years', 'eternity']);
const TIME_VERBS = new Set(['took', 'take', 'takes', 'taking', 'waited', 'wait', 'waiting', 'spent', 'spend', 'spending', 'hold', 'still', 'over']);
const TIME_VALENCE = -1.3;
/** "3 hours", "45 mins", "an hour" without a verb: time spent, mostly waiting, in customer feedback. */
const DURATION_VALENCE = -0.9;
const NO_DURATION = new Set(['years']);
const COUNTS = new Set(['an', 'a', 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'many', 'multiple', 'couple']);
/** Words that make a following positive word a wish or a request, weighed by WISH_FACTOR. */
const WISH = new Set(['would', 'could', 'hope', 'hoping', 'hopefully', 'wish', 'if', 'should']);
const UNRESOLVED_SKIP = new Set(['less', 'without', 'barely', 'hardly', 'lack', 'lacks', 'lacking']);
const REQUEST = new Set(['please', 'pls', 'plz', 'kindly']);
const WISH_FACTOR = 0.15;
/**
 * A negation with no sentiment word to apply to ("didn't arrive", "no update", "can't get through"): something that
 * should have happened did not. Enough on its own to make a clause negative (|raw| above the neutral band).
 */
const UNRESOLVED_NEGATION = -0.7;
/** Negators that do not make such a complaint by themselves. */
/** A neutral clause after "but" that follows a positive one is read as the weaker side ("lovely staff but the delivery took a while"). */
const IMPLIED_CONTRAST_VALENCE = -0.8;

const COMPARATIVE = new Set(['better', 'happier', 'easier', 'more', 'faster', 'nicer', 'quicker', 'smoother', 'simpler']);

/**
 * What the sentiment model reads in one language: its lexicon and the words of its cues. English is lexicon.ts and
 * the sets above; Spanish, French and German are in lexicon-intl.ts.
 */
export interface SentimentCues {
  /** English keeps its own rules: a "No" that opens the comment is an answer, and a negator must come before what it negates. */
  english: boolean;
  valence(norm: string, stemmed: string): number;
  phraseValence(first: string, second: string): number | undefined;
  phrase3Valence(first: string, second: string, third: string): number | undefined;
  hashtagValence(norm: string): number;
  intensifiers: ReadonlyMap<string, number>;
  courtesy: ReadonlySet<string>;
  request: ReadonlySet<string>;
  wish: ReadonlySet<string>;
  timeUnits: ReadonlySet<string>;
  timeVerbs: ReadonlySet<string>;
  counts: ReadonlySet<string>;
  noDuration: ReadonlySet<string>;
  notNegatingNext: ReadonlySet<string>;
  unresolvedSkip: ReadonlySet<string>;
  comparative: ReadonlySet<string>;
  /** A negated word whose meaning is not simply reversed ("pas terrible"): its valence when negated. */
  negated?: ReadonlyMap<string, number>;
  /** Lexicon entries (words and phrases). */
  size?: number;
}

const EN_CUES: SentimentCues = {
  english: true,
  valence,
  phraseValence,
  phrase3Valence,
  hashtagValence,
  intensifiers: INTENSIFIERS,
  courtesy: COURTESY,
  request: REQUEST,
  wish: WISH,
  timeUnits: TIME_UNITS,
  timeVerbs: TIME_VERBS,
  counts: COUNTS,
  noDuration: NO_DURATION,
  notNegatingNext: NOT_NEGATING_NEXT,
  unresolvedSkip: UNRESOLVED_SKIP,
  comparative: COMPARATIVE,
};

/** The sentiment cues of a language. */
export function cuesFor(lang: Language): SentimentCues {
  return lang === 'en' ? EN_CUES : intlCues(lang);
}

/**
 * The index of the negation word that applies to token i, or -1: a negator up to NEGATION_WINDOW words back in the
 * same clause, with no comma between and no other sentiment word between (a negator applies to the first one after
 * it: in "no problem with the delivery" it negates "problem", not "delivery").
 */
export function negatorFor(tokens: Token[], i: number, fromIndex: number, cues: SentimentCues = EN_CUES): number {
  let words = 0;
  for (let j = i - 1; j >= fromIndex && words < NEGATION_WINDOW; j--) {
    const t = tokens[j]!;
    if (t.kind === 'break') return -1;
    if (!isWord(t) || t.negPart) continue;
    words++;
    if (t.negator) {
      const next = tokens[j + 1];
      if (next && next !== tokens[i] && cues.notNegatingNext.has(next.norm)) return -1;
      return j;
    }
    if (cues.valence(t.norm, t.stem) !== 0) return -1;
  }
  return -1;
}

/** Raw valence of each clause of a tokenized text. */
export function clauseValences(tok: Tokenized): number[] {
  const { tokens, clauses } = tok;
  const L = cuesFor(tok.lang);
  const out: number[] = new Array<number>(clauses.length).fill(0);
  const courtesy: { clause: number; v: number }[] = [];
  let negative = false;
  for (let c = 0; c < clauses.length; c++) {
    const { from, to } = clauses[c]!;
    let sum = 0;
    const usedNegators = new Set<number>();
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' && t.kind !== 'emoticon') continue;
      let v: number;
      let last = i;
      const next = tokens[i + 1];
      const next2 = tokens[i + 2];
      const pv3 = next && next2 && i + 2 < to && next2.kind === 'word' ? L.phrase3Valence(t.norm, next.norm, next2.norm) : undefined;
      const pv = pv3 === undefined && next && i + 1 < to && next.kind === 'word' ? L.phraseValence(t.norm, next.norm) : undefined;
      if (pv3 !== undefined) {
        v = pv3;
        last = i + 2;
      } else if (pv !== undefined) {
        v = pv;
        last = i + 1;
      } else v = t.negator ? 0 : L.valence(t.norm, t.stem);
      if (v === 0 && t.hashtag && t.norm.length > 3) v = L.hashtagValence(t.norm);
      if (v === 0 && L.timeUnits.has(t.norm)) {
        for (let j = i - 1; j >= from && j >= i - 4; j--) {
          if (L.timeVerbs.has(tokens[j]!.norm)) {
            v = TIME_VALENCE;
            break;
          }
        }
        const prev = tokens[i - 1];
        if (v === 0 && !L.noDuration.has(t.norm) && prev && i - 1 >= from && (prev.kind === 'number' || L.counts.has(prev.norm))) v = DURATION_VALENCE;
      }
      if (v === 0) continue;
      if (v > 0) {
        // "would love", "it'd be great if", "hope it's good": a wish or a request, not praise
        for (let j = i - 1; j >= from && j >= i - 3; j--) {
          const p = tokens[j]!;
          if (p.kind === 'break') break;
          if (L.wish.has(p.norm) || (L.english && p.norm.endsWith("'d"))) {
            v *= WISH_FACTOR;
            break;
          }
        }
      }
      if (t.caps) v *= CAPS_FACTOR;
      // intensifier one or two words before
      for (let j = i - 1, d = 1; j >= from && d <= 2; j--) {
        const p = tokens[j]!;
        if (!isWord(p)) break;
        const m = L.intensifiers.get(p.norm);
        if (m !== undefined && !(p.norm === 'kind' && tokens[j + 1]?.norm !== 'of')) {
          v *= d === 1 ? m : 1 + (m - 1) * 0.6;
          break;
        }
        d++;
      }
      const neg = negatorFor(tokens, i, from, L);
      if (neg >= 0) {
        usedNegators.add(neg);
        // "couldn't be happier", "can't be better": a negated comparative is praise
        const between = tokens.slice(neg + 1, i).filter(isWord);
        const praise = L.comparative.has(t.norm) && between.length >= 1 && between.every((b) => b.norm === 'be' || b.norm === 'have' || b.norm === 'been' || b.norm === 'any');
        const special = L.negated?.get(t.norm);
        if (praise) v = Math.abs(v) * 1.3;
        else if (special !== undefined) v = special;
        else v *= NEGATION_FACTOR;
      }
      if (v > 0 && (L.courtesy.has(t.norm) || (last === i + 1 && L.courtesy.has(`${t.norm} ${next!.norm}`)))) courtesy.push({ clause: c, v });
      else sum += v;
      if (v < 0) negative = true;
      i = last;
    }
    {
      // "my bag didn't arrive", "no update", "can't get through": a negation with no sentiment word after it is a
      // thing that did not happen, a complaint in customer feedback (once per clause)
      for (let i = from; i < to; i++) {
        const t = tokens[i]!;
        if (!t.negator || usedNegators.has(i) || L.unresolvedSkip.has(t.norm) || (L.english && i === 0 && c === 0)) continue;
        const next = tokens[i + 1];
        if (!next || i + 1 >= to || !isWord(next) || L.notNegatingNext.has(next.norm)) {
          // German "funktioniert nicht", French "marche pas": a negator that closes the clause after a verb
          const closes = !next || i + 1 >= to || next.kind === 'break';
          if (L.english || !closes || i === from || !isWord(tokens[i - 1]!)) continue;
        }
        sum += UNRESOLVED_NEGATION;
        negative = true;
        break;
      }
    }
    out[c] = sum;
    if (sum === 0 && c > 0 && clauses[c]!.contrastAfter && out[c - 1]! > 0.5) out[c] = IMPLIED_CONTRAST_VALENCE;
  }
  // courtesy counts as praise only when nothing in the comment is negative
  // courtesy counts as praise only when nothing in the comment is negative and it asks nothing: "can you check my
  // booking? thanks" is a polite request
  const asks = (tok.questions > 0 || tokens.some((t) => L.request.has(t.norm)));
  if (!negative && !asks) for (const { clause, v } of courtesy) out[clause] = out[clause]! + v;
  return out;
}

/** The comment's raw valence from its clauses' (contrast weighting, exclamation marks). */
export function combineClauses(tok: Tokenized, raws: number[]): number {
  let total = 0;
  for (let c = 0; c < raws.length; c++) {
    const clause = tok.clauses[c]!;
    let w = 1;
    if (clause.contrastAfter) w = 1.5;
    else if (clause.concession) w = 0.5;
    else if (tok.clauses[c + 1]?.contrastAfter) w = 0.5;
    total += raws[c]! * w;
  }
  if (total !== 0 && tok.exclamations > 0) total += Math.sign(total) * EXCLAMATION_BOOST * tok.exclamations;
  return total;
}

export interface SentimentResult {
  sentiment: Sentiment;
  /** −1 (most negative) … 1 (most positive). */
  score: number;
}

/** Built-in sentiment of a text, read in its language (given, or detected: see detect.ts). */
export function scoreText(text: string, opts: ReadOptions = {}): SentimentResult {
  const tok = tokenizeIn(text, opts);
  const score = normalize(combineClauses(tok, clauseValences(tok)));
  return { sentiment: labelOf(score), score: round(score) };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
