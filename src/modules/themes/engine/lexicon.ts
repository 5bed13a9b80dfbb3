/**
 * Clearloop's own sentiment lexicon for customer feedback, written for this project (no third-party word list, so it
 * ships under the project's licence). Valence on a −4…+4 scale. Words in STEMMED apply to every inflection
 * ("delay", "delays", "delayed"); words in EXACT only as written, and take precedence (they also override a stem
 * with a different sense: "pleased" is positive, "please" is a request). Two-word entries ("on hold") are looked up
 * before single words.
 */
import { stem } from './stem.ts';

const STEMMED = `
good 1.9 great 3.0 excellent 3.2 amazing 2.9 awesome 3.0 fantastic 3.2 brilliant 2.9 superb 3.0 outstanding 3.1
wonderful 3.0 lovely 2.7 nice 1.8 friendly 2.1 helpful 2.0 polite 1.8 courteous 1.9 professional 1.4 efficient 1.6
quick 1.1 fast 1.1 easy 1.5 simple 0.9 smooth 1.4 seamless 1.8 reliable 1.6 happy 2.6 satisfied 1.8 love 3.0
enjoy 2.0 appreciate 2.1 recommend 1.8 impressed 2.2 impressive 2.2 perfect 2.8 decent 1.2 glad 2.0
grateful 2.1 thankful 2.1 caring 1.9 responsive 1.5 prompt 1.3 knowledgeable 1.6 patient 1.4 comfortable 1.6
clean 1.2 affordable 1.3 resolved 1.5 solved 1.6 reasonable 1.0 beautiful 2.8 cool 1.3 exceptional 2.7 welcoming 1.9
safe 1.2 kudos 2.6 yay 2.4 fun 2.2 exciting 2.2 excited 2.1 congrats 2.3 congratulations 2.3 smile 1.6 gem 2.0
worth 1.2 loyal 1.5 favorite 2.0 favourite 2.0 flawless 2.6 painless 1.5 convenient 1.6 accommodating 1.8
attentive 1.8 sweet 1.9 classy 1.8 pleasant 2.1 delight 2.6 delighted 2.8 superb 3.0 terrific 3.0 fabulous 3.0
marvellous 2.9 marvelous 2.9 stellar 2.8 wow 1.8 awesomeness 3.0 hero 2.1 heroes 2.1 champion 2.0 star 1.1
valuable 1.6 useful 1.5 intuitive 1.6 helpfulness 2.0 cheers 1.5 bless 1.8 blessed 2.0 reassuring 1.6 reassured 1.5
smoothly 1.4 quickly 1.0 easily 1.2 perfectly 2.5 efficiently 1.5 promptly 1.3 kindly 1.5 kindness 2.2
bad -2.5 terrible -3.1 horrible -3.0 awful -3.0 worst -3.2 poor -2.1 rude -2.3 unhelpful -2.1 useless -2.6
slow -1.5 late -1.3 delay -1.5 lost -1.4 broken -1.8 damaged -2.0 dirty -1.9 disappoint -2.2 disappointing -2.3
disappointed -2.2 disappointment -2.3 frustrating -2.2 frustrated -2.2 frustration -2.2 annoying -1.9 annoyed -1.9
angry -2.4 furious -2.9 upset -1.9 unhappy -2.1 unacceptable -2.7 ridiculous -2.1 pathetic -2.6 incompetent -2.5
incompetence -2.5 disgusting -2.9 disgrace -2.7 disgraceful -2.8 shameful -2.5 shocking -2.1 appalling -3.0
dreadful -2.8 hate -2.7 sucks -1.8 fail -2.0 failure -2.2 problem -1.6 issue -1.0 error -1.5 wrong -2.0 mistake -1.5
complaint -1.5 complain -1.4 stuck -1.8 missing -1.4 expensive -1.4 overpriced -2.0 overcharged -2.3 scam -2.8
ripoff -2.6 confusing -1.5 confused -1.3 difficult -1.5 hassle -1.8 nightmare -2.9 mess -1.8 chaos -2.0 chaotic -2.0
crap -2.4 crappy -2.5 shit -2.6 shitty -2.8 sad -2.1 worse -2.2 crash -1.8 outage -2.0 disconnected -1.4
unreliable -2.1 inconsistent -1.3 liar -2.8 lied -2.5 lying -2.5 misleading -2.1 misled -2.1 ignored -2.0
ignoring -1.9 waste -2.1 wasted -2.1 regret -2.0 uncomfortable -1.9 cramped -1.8 noisy -1.2 smelly -2.0 filthy -2.6
faulty -2.0 complicated -1.3 tedious -1.6 painful -2.0 stressful -2.1 stress -1.7 inconvenience -1.8
inconvenient -1.8 unprofessional -2.4 arrogant -2.2 dismissive -2.1 rubbish -2.5 shambles -2.6 diabolical -3.0
atrocious -3.0 hopeless -2.3 lousy -2.4 mediocre -1.3 worthless -2.6 refuse -1.6 refused -1.8 denied -1.5
cancelled -1.4 canceled -1.4 cancellation -1.2 unanswered -1.9 incorrect -1.7 inaccurate -1.7 unable -1.0
impossible -1.7 nowhere -0.8 rip-off -2.6 cheated -2.5 robbed -2.4 hidden -0.9 abysmal -3.0 horrendous -3.0
terribly -2.0 horribly -2.2 poorly -1.9 badly -1.9 sorely -1.0 unfortunately -1.2 sadly -1.3 apparently -0.3
joke -1.2 laughable -2.0 insult -2.3 insulting -2.4 disrespectful -2.5 condescending -2.2 clueless -2.2 lazy -2.0
careless -2.0 neglect -1.9 mislead -2.0 worried -1.5 worry -1.3 anxious -1.5 disaster -2.8 fiasco -2.7 ugh -1.8
wtf -2.3 smh -1.6 fuming -2.6 livid -2.8 sick -1.6 tired -1.2 exhausted -1.6 crying -1.9 cry -1.6 hell -2.1
damn -1.6 dammit -2.0 blame -1.6 penalty -1.5 penalised -1.9 penalized -1.9 overdue -1.4 unreachable -1.8
unusable -2.3 buggy -2.0 bug -1.2 glitch -1.4 lag -1.2 laggy -1.8 freeze -1.3 frozen -1.1 dropped -1.2
intermittent -1.3 patchy -1.5 spotty -1.5 sluggish -1.8 shoddy -2.4 cheap -0.3 flimsy -1.8 ripped -1.8
torn -1.6 leaking -1.6 stolen -2.3 theft -2.3 fraud -2.6 threatening -2.2 harassed -2.5 harassment -2.6
shame -1.9 absurd -2.0 illegal -2.0 understaffed -1.8 obnoxious -2.2 maddening -2.2 unfriendly -2.0 displeased -2.2
idiot -2.5 idiots -2.5 stupid -2.3 dumb -2.0 lame -1.8 stranded -2.0 excuse -1.1 excuses -1.5 fuck -2.5 fucking -1.5
unbearable -2.6 outrageous -2.5 outraged -2.7 disgusted -2.8 embarrassing -2.0 embarrassed -1.8 unsafe -2.2 dangerous -2.0
`;

const EXACT = `
happier 2.0 happiest 2.8 easier 1.2 forever -0.6 like 0.9 liked 1.5 likes 0.9 loved 3.0 loving 2.6 lovely 2.7 well 0.6 better 1.6 best 3.1 fine 0.8 ok 0.9 okay 0.9
thanks 1.9 thank 1.6 thankyou 1.9 thx 1.7 ty 1.4 please 0 pleased 2.2 pleasure 2.2 helped 1.5 help 0 helping 0.6
fixed 1.3 sorted 1.3 works 0.8 worked 0.8 working 0.3 kind 1.6 fair 0.8 free 0.6 welcome 1.3 top 0.8
waiting -0.8 wait -0.6 waited -1.0 hours -0.4 missed -1.3 miss -0.4 sorry -0.5 lose -1.3 losing -1.4
charged -0.5 broke -1.5 breaks -1.3 failed -2.1 fails -1.9 failing -2.0 suck -1.8 sucked -2.0 issues -1.1
problems -1.7 errors -1.6 mistakes -1.6 complaints -1.5 crashed -1.9 crashes -1.9 crashing -1.9 lie -2.0 lies -2.2
ignore -1.5 avoid -1.5 cold -0.4 hot -0.2 hard -0.7 down -0.4 again -0.3 still -0.3 yet -0.2 even -0.1
`;

const PHRASES = `
on_hold -1.4 hung_up -2.1 hang_up -1.8 let_down -2.2 fed_up -2.4 rip_off -2.6 ripped_off -2.6
no_response -1.8 no_reply -1.8 no_answer -1.8 took_ages -1.9 takes_ages -1.8 waste_of -2.0
thanks_for_nothing -2.5 never_turned_up -2.0 never_showed_up -2.0 didn't_turn_up -2.0 didn't_show_up -2.0
never_turn_up -2.0 never_show_up -2.0 no_show -1.8 never_arrived -1.8 never_received -1.8 never_came -1.5 well_done 2.3 thank_you 2.0 thanks_for 2.0 top_notch 2.8 spot_on 2.3 went_above 2.3 above_and 1.6
piece_of -1.0 too_long -1.6 so_long -0.8 long_time -0.5 no_longer -0.6
first_class 1.2 worth_it 1.8 good_job 2.4 great_job 2.8 go_away -1.5 never_again -2.6
`;

// Emoticons and emoji, matched on the token as written (in every language).
const SYMBOLS: [string, number][] = [
  [':)', 2.0], [':-)', 2.0], [';)', 1.5], [':D', 2.5], [':-D', 2.5], ['=)', 2.0], ['<3', 2.6], [':p', 1.0], [':P', 1.0],
  [':(', -2.1], [':-(', -2.1], [":'(", -2.4], [':/', -1.2], [':-/', -1.2], [':|', -0.6], ['>:(', -2.6], ['):', -2.0],
  ['😀', 2.2], ['😃', 2.2], ['😄', 2.2], ['😁', 2.2], ['😊', 2.2], ['🙂', 1.4], ['😍', 2.8], ['🥰', 2.8], ['❤', 2.6],
  ['💕', 2.5], ['💙', 2.4], ['👍', 1.8], ['👏', 2.0], ['🙌', 2.2], ['🎉', 2.2], ['✨', 1.2], ['😎', 1.6], ['😂', 0.6],
  ['🙏', 1.2], ['💯', 1.8], ['⭐', 1.5], ['😡', -2.8], ['😠', -2.6], ['🤬', -3.0], ['😤', -2.2], ['😞', -2.2], ['😢', -2.2],
  ['😭', -2.4], ['👎', -2.2], ['💩', -2.4], ['🙄', -1.8], ['😩', -2.2], ['😫', -2.2], ['😒', -1.8], ['😔', -1.8],
  ['😣', -1.8], ['😖', -2.0], ['😑', -1.2], ['😐', -0.6], ['😕', -1.4], ['😟', -1.6], ['😬', -1.0], ['🤦', -1.8],
];

/** Emoticons and emoji with their valence (shared by the other languages' lexicons). */
export const SYMBOL_VALENCES: readonly (readonly [string, number])[] = SYMBOLS;

/**
 * Courtesy formulas. In a comment that also complains they are politeness, not praise ("my bag is still missing,
 * thanks for your help"), so they count only in comments with no negative word.
 */
export const COURTESY: ReadonlySet<string> = new Set(['thanks', 'thank', 'thankyou', 'thx', 'ty', 'appreciate', 'appreciated', 'please', 'cheers', 'thank you', 'thanks for']);

/** Words that strengthen (> 1) or soften (< 1) the next sentiment word. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.3], ['really', 1.3], ['so', 1.25], ['extremely', 1.45], ['super', 1.35], ['totally', 1.3], ['absolutely', 1.4],
  ['incredibly', 1.4], ['truly', 1.3], ['completely', 1.35], ['utterly', 1.45], ['highly', 1.3], ['most', 1.2], ['too', 1.2],
  ['such', 1.2], ['ridiculously', 1.4], ['insanely', 1.4], ['seriously', 1.3], ['awfully', 1.3], ['bloody', 1.3], ['especially', 1.2],
  ['exceptionally', 1.4], ['particularly', 1.2], ['thoroughly', 1.3], ['hugely', 1.35], ['massively', 1.35], ['deeply', 1.3],
  ['beyond', 1.3], ['unbelievably', 1.45], ['genuinely', 1.2], ['consistently', 1.2], ['always', 1.1], ['quite', 1.1],
  ['slightly', 0.6], ['somewhat', 0.7], ['bit', 0.7], ['little', 0.75], ['fairly', 0.8], ['rather', 0.85], ['kinda', 0.7],
  ['partly', 0.7], ['mostly', 0.85], ['marginally', 0.6], ['reasonably', 0.85],
]);

const TABLE = new Map<string, number>();
/**
 * Stem entries, with the shortest word length they apply to: a word much shorter than every lexicon word of its stem
 * is another word that happens to share the stem ("us" is not "useful", "except" not "exceptional", "wonder" not
 * "wonderful"), while inflections ("delays", "cancel" for "cancelled") stay within STEM_SHORTER_BY letters.
 */
const STEM_TABLE = new Map<string, { v: number; minLength: number }>();
const STEM_SHORTER_BY = 2;
const PHRASE_TABLE = new Map<string, number>();

function parse(block: string): [string, number][] {
  const parts = block.trim().split(/\s+/);
  const out: [string, number][] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) out.push([parts[i]!, Number(parts[i + 1])]);
  return out;
}

{
  const stemVotes = new Map<string, { vs: number[]; shortest: number }>();
  for (const [w, v] of parse(STEMMED)) {
    TABLE.set(w, v);
    const s = stem(w);
    const entry = stemVotes.get(s) ?? { vs: [], shortest: Infinity };
    entry.vs.push(v);
    entry.shortest = Math.min(entry.shortest, w.length);
    stemVotes.set(s, entry);
  }
  // A stem shared by words of opposite sign is ambiguous: keep only exact forms for it.
  for (const [s, { vs, shortest }] of stemVotes) {
    if (vs.every((v) => v > 0) || vs.every((v) => v < 0)) STEM_TABLE.set(s, { v: vs.reduce((a, b) => a + b, 0) / vs.length, minLength: shortest - STEM_SHORTER_BY });
  }
  for (const [w, v] of parse(EXACT)) TABLE.set(w, v);
  for (const [p, v] of parse(PHRASES)) PHRASE_TABLE.set(p.replace(/_/g, ' '), v);
  for (const [s, v] of SYMBOLS) TABLE.set(s, v);
}

/** Valence of one token (its lower-case form, else its stem); 0 when the word carries no sentiment. */
export function valence(norm: string, stemmed: string): number {
  const v = TABLE.get(norm);
  if (v !== undefined) return v;
  if (stemmed === '') return 0;
  const e = STEM_TABLE.get(stemmed);
  return e !== undefined && norm.length >= e.minLength ? e.v : 0;
}

/** Valence of a two-word phrase ("on hold"), or undefined. */
export function phraseValence(first: string, second: string): number | undefined {
  return PHRASE_TABLE.get(`${first} ${second}`);
}

/** Valence of a three-word phrase ("thanks for nothing"), or undefined. */
export function phrase3Valence(first: string, second: string, third: string): number | undefined {
  return PHRASE_TABLE.get(`${first} ${second} ${third}`);
}

/** Number of entries, for the docs and tests. */
export function lexiconSize(): number {
  return TABLE.size + PHRASE_TABLE.size;
}

const HASHTAG_CACHE = new Map<string, number>();
const HASHTAG_MIN_WORD = 3;
const HASHTAG_MAX_WORD = 14;

/**
 * Valence of a one-word hashtag that is not itself in the lexicon ("#epicfail", "#worstserviceever",
 * "#nothankyou"): the lexicon words found in it (four letters or more, or three for strong words: "bad", "wtf"), longest first from left to right, summed
 * and capped at ±3. A leading "no", "not" or "never" negates what follows. Cached.
 */
export function hashtagValence(norm: string): number {
  const hit = HASHTAG_CACHE.get(norm);
  if (hit !== undefined) return hit;
  let sum = 0;
  let i = 0;
  while (i + HASHTAG_MIN_WORD <= norm.length) {
    let found = 0;
    for (let len = Math.min(HASHTAG_MAX_WORD, norm.length - i); len >= HASHTAG_MIN_WORD; len--) {
      const v = TABLE.get(norm.slice(i, i + len));
      if (v !== undefined && v !== 0 && (len > 3 || Math.abs(v) >= 2)) {
        sum += v;
        found = len;
        break;
      }
    }
    i += found > 0 ? found : 1;
  }
  if (sum > 0 && /^(no|not|never)[a-z]/.test(norm)) sum = -sum * 0.75;
  const out = Math.max(-3, Math.min(3, sum));
  if (HASHTAG_CACHE.size > 50_000) HASHTAG_CACHE.clear();
  HASHTAG_CACHE.set(norm, out);
  return out;
}
