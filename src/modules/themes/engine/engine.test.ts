import { describe, expect, it } from 'vitest';
import { STARTER_TAXONOMIES, starterTaxonomy } from '../taxonomies/index.ts';
import {
  analyze,
  assignThemes,
  canLearn,
  compileTaxonomy,
  discover,
  loadSentimentModel,
  npsImpact,
  predictSentiment,
  scoreText,
  stem,
  suggestionsToTaxonomy,
  TaxonomyError,
  trainSentiment,
  type LabelledText,
} from './index.ts';

const shop = compileTaxonomy({
  name: 'shop',
  themes: [
    { id: 'staff', label: 'Staff', match: { topics: ['staff', 'team', 'assistant'], terms: ['friendly', 'rude'] } },
    {
      id: 'delivery',
      label: 'Delivery',
      match: { topics: ['delivery', 'parcel', 'courier', 'arrive'] },
      themes: [{ id: 'delivery.late', label: 'Late delivery', match: { terms: ['delay', 'late', 'slow', 'took * weeks'] } }],
    },
    { id: 'service', label: 'Customer service', match: { topics: ['customer service', 'wifi*'] } },
    { id: 'billing', label: 'Billing', match: { topics: ['charge', 'bill'], exclude: ['charging cable'] } },
    { id: 'damage', label: 'Damaged goods', match: { all: ['box|parcel|item + damaged|broken|crushed'] } },
  ],
});

const ids = (text: string) => assignThemes(shop, text);

describe('stemming', () => {
  it('reduces inflections to one stem', () => {
    expect(stem('delays')).toBe(stem('delay'));
    expect(stem('delayed')).toBe(stem('delay'));
    expect(stem('cancelled')).toBe(stem('cancel'));
    expect(stem('connection')).toBe(stem('connected'));
  });

  it('matches rules whatever the inflection', () => {
    expect(ids('Delays, delays and more delays')).toContain('delivery.late');
    expect(ids('my order was delayed')).toContain('delivery.late');
    expect(ids('The couriers were lovely')).toContain('delivery');
  });
});

describe('negation', () => {
  it('a negated term does not match ("not slow" is not "slow")', () => {
    expect(ids('the delivery was not slow at all')).not.toContain('delivery.late');
    expect(ids("the courier wasn't late")).not.toContain('delivery.late');
    expect(ids('the delivery was slow')).toContain('delivery.late');
    expect(ids('arrived without delay')).not.toContain('delivery.late');
  });

  it('a negated topic still matches, and makes the theme negative ("never arrived")', () => {
    const a = analyze(shop, 'My parcel never arrived');
    const delivery = a.themes.find((t) => t.id === 'delivery');
    expect(delivery?.sentiment).toBe('negative');
    expect(delivery?.matches.some((m) => m.negated && m.term === 'arrive')).toBe(true);
    expect(a.sentiment).toBe('negative');
  });

  it('a negator applies to the first sentiment word after it', () => {
    const a = analyze(shop, 'No problem at all with the delivery');
    expect(a.themes.find((t) => t.id === 'delivery')?.sentiment).toBe('positive');
  });
});

describe('phrases, wildcards, exclusions, co-occurrence', () => {
  it('matches multi-word phrases and wildcards, with offsets for highlighting', () => {
    const text = 'Customer service was fine but it took three weeks';
    const a = analyze(shop, text);
    const service = a.themes.find((t) => t.id === 'service')!;
    expect(text.slice(service.matches[0]!.start, service.matches[0]!.end)).toBe('Customer service');
    const late = a.themes.find((t) => t.id === 'delivery.late')!;
    expect(text.slice(late.matches[0]!.start, late.matches[0]!.end)).toBe('took three weeks');
    expect(a.themes.find((t) => t.id === 'delivery')?.parentId).toBeNull();
    expect(late.parentId).toBe('delivery');
    expect(ids('customer')).not.toContain('service');
    expect(ids('the WiFi-router')).toContain('service');
  });

  it('drops a theme in a clause holding one of its exclusions', () => {
    expect(ids('they put an extra charge on my bill')).toContain('billing');
    expect(ids('the charging cable was missing')).not.toContain('billing');
  });

  it('an `all` rule needs every group in the same clause', () => {
    expect(ids('the parcel arrived damaged')).toContain('damage');
    expect(ids('the box was crushed')).toContain('damage');
    expect(ids('the box arrived. My heart is broken')).not.toContain('damage');
    expect(ids('the item was not damaged')).not.toContain('damage');
  });

  it('`unless` drops a theme when another one is in the comment', () => {
    const trips = compileTaxonomy({
      name: 'trips',
      themes: [
        { id: 'late', label: 'Late', match: { terms: ['delayed', 'late'], unless: ['cancelled'] } },
        { id: 'cancelled', label: 'Cancelled', match: { topics: ['cancelled', 'cancellation'] } },
        { id: 'lost', label: 'Lost bag', match: { topics: ['suitcase', 'bag'], unless: ['damaged'] } },
        { id: 'damaged', label: 'Damaged bag', match: { all: ['suitcase|bag + broken|torn|ripped'] } },
      ],
    });
    expect(assignThemes(trips, 'The train was delayed by an hour')).toEqual(['late']);
    expect(assignThemes(trips, 'Delayed for hours. Then they announced the cancellation')).toEqual(['cancelled']);
    expect(assignThemes(trips, 'My suitcase never showed up')).toEqual(['lost']);
    expect(assignThemes(trips, 'Got my suitcase back with a torn handle and a ripped side')).toEqual(['damaged']);
    expect(analyze(trips, 'Got my bag back. The bag was ripped').themes.map((t) => t.id)).toEqual(['damaged']);
    expect(() => compileTaxonomy({ name: 'x', themes: [{ id: 'a', label: 'A', match: { unless: ['nope', 'a'] } }] })).toThrow(/no theme with id "nope".*cannot list itself/);
  });

  it('a match inside a longer match of another theme gives way to it (longest match wins)', () => {
    const shop = compileTaxonomy({
      name: 'shop',
      themes: [
        { id: 'service', label: 'Service', match: { topics: ['customer service'] } },
        { id: 'queue', label: 'Queues', match: { topics: ['customer service line', 'queue'] } },
        { id: 'seat', label: 'Seats', match: { topics: ['seat'] } },
        { id: 'booking', label: 'Booking', match: { topics: ['seat assignment'] }, themes: [{ id: 'booking.seat', label: 'Seat', match: { topics: ['seat'] } }] },
      ],
    });
    expect(assignThemes(shop, 'Half an hour in the customer service line')).toEqual(['queue']);
    expect(assignThemes(shop, 'Customer service was slow and so was the queue')).toEqual(['service', 'queue']);
    expect(assignThemes(shop, 'The seat assignment is wrong')).toEqual(['booking', 'booking.seat']);
    expect(assignThemes(shop, 'My seat was broken')).toEqual(['seat', 'booking', 'booking.seat']);
  });

  it('matches rules inside hashtags: camel case as words, one-word hashtags holding a rule', () => {
    expect(ids('Third time this week #CustomerService')).toContain('service');
    expect(ids('Third time this week #badcustomerservice')).toContain('service');
    expect(ids('Third parcel this month #delayedagain')).toContain('delivery.late');
    expect(ids('Loved it #unslowable')).not.toContain('delivery.late'); // a one-word rule only at the start
  });
});

describe('sentiment', () => {
  it('scores per clause in mixed comments', () => {
    const a = analyze(shop, 'Lovely staff but the delivery took three weeks');
    expect(a.themes.find((t) => t.id === 'staff')?.sentiment).toBe('positive');
    expect(a.themes.find((t) => t.id === 'delivery')?.sentiment).toBe('negative');
    const b = analyze(shop, 'The courier was late, however the staff were really friendly and helpful');
    expect(b.themes.find((t) => t.id === 'delivery.late')?.sentiment).toBe('negative');
    expect(b.themes.find((t) => t.id === 'staff')?.sentiment).toBe('positive');
    expect(b.sentiment).toBe('positive'); // what follows "however" carries the comment
  });

  it('handles negation, intensifiers and courtesy', () => {
    expect(scoreText('not good').sentiment).toBe('negative');
    expect(scoreText('not bad at all').sentiment).toBe('positive');
    expect(scoreText("couldn't be happier").sentiment).toBe('positive');
    expect(scoreText('the service was less than helpful').sentiment).toBe('negative');
    expect(scoreText('very good').score).toBeGreaterThan(scoreText('good').score);
    expect(scoreText('My bag is still missing and nobody answers. Thanks for your help').sentiment).toBe('negative');
    expect(scoreText('thanks for nothing').sentiment).toBe('negative');
    expect(scoreText('Thank you, quick and easy').sentiment).toBe('positive');
    expect(scoreText('I ordered a blue one').sentiment).toBe('neutral');
    expect(analyze(shop, '').sentiment).toBe('neutral');
  });

  it('reads complaints without sentiment words: things that did not happen, time spent', () => {
    expect(scoreText('The parcel never came and there has been no update since Monday').sentiment).toBe('negative');
    expect(scoreText("My refund hasn't reached the account yet").sentiment).toBe('negative');
    expect(scoreText('Sat in the waiting room for 3 hours').sentiment).toBe('negative');
    expect(scoreText('Sat in the waiting room for 3hrs').sentiment).toBe('negative'); // "3hrs" is "3 hrs"
    expect(scoreText('No, I ordered the blue one').sentiment).toBe('neutral'); // a leading "no" answers
    expect(scoreText('No problem at all with the delivery').sentiment).toBe('positive');
  });

  it('reads hashtags: camel case split into words, other hashtags by the lexicon words inside', () => {
    expect(scoreText('Third time this month #EpicFail').sentiment).toBe('negative');
    expect(scoreText('Third time this month #epicfail').sentiment).toBe('negative');
    expect(scoreText('Booked the spa for Sunday #nothanks').sentiment).toBe('negative');
    expect(scoreText('Booked the spa for Sunday #lovethisplace').sentiment).toBe('positive');
  });

  it('does not take wishes, requests or polite questions for praise', () => {
    expect(scoreText('It would be great if the shop opened earlier').sentiment).toBe('neutral');
    expect(scoreText('Could you tell me when the sale starts? Thanks!').sentiment).toBe('neutral');
    expect(scoreText('Thanks, the new sofa arrived today!').sentiment).toBe('positive');
  });

  it('does not read a short word as a longer lexicon word with the same stem', () => {
    // "useful" stems to "us", "exceptional" to "except", "wonderful" to "wonder"
    expect(scoreText('They sent us the form').sentiment).toBe('neutral');
    expect(scoreText('Everything except the invoice').sentiment).toBe('neutral');
    expect(scoreText('I wonder which size to order').sentiment).toBe('neutral');
    expect(scoreText('Sadly the lamp was delayed').sentiment).toBe('negative'); // "delayed" still matches "delay"
  });
});

describe('learnt sentiment model', () => {
  // a synthetic vocabulary no lexicon knows: the model must learn it
  const pos = ['zorbly', 'quimful', 'brantastic', 'flibby'];
  const neg = ['grotchy', 'spudge', 'marbled', 'klonky'];
  const neu = ['tuesday', 'blue', 'form', 'parcel'];
  function synth(n: number, seed: number): LabelledText[] {
    let s = seed;
    const r = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)]!;
    const out: LabelledText[] = [];
    for (let i = 0; i < n; i++) {
      const k = i % 3;
      const word = k === 0 ? pick(pos) : k === 1 ? pick(neg) : pick(neu);
      const noise = pick([...neu, 'the', 'order', 'shop']);
      const label = k === 0 ? 'positive' : k === 1 ? 'negative' : 'neutral';
      // 10% label noise
      const noisy = r() < 0.1 ? (['positive', 'negative', 'neutral'] as const)[Math.floor(r() * 3)]! : label;
      out.push({ text: `the ${noise} was ${word} ${pick(neu)}`, label: noisy });
    }
    return out;
  }

  it('beats chance on held-out data and round-trips through JSON', () => {
    const train = synth(600, 1);
    expect(canLearn(train).ok).toBe(true);
    const model = trainSentiment(train);
    const test = synth(300, 99);
    const acc = test.filter((e) => predictSentiment(model, e.text).sentiment === e.label).length / test.length;
    expect(acc).toBeGreaterThan(0.7);
    const copy = loadSentimentModel(JSON.parse(JSON.stringify(model)));
    for (const e of test.slice(0, 30)) expect(predictSentiment(copy, e.text)).toEqual(predictSentiment(model, e.text));
    // negation marking: "not zorbly" reads differently from "zorbly"
    expect(predictSentiment(model, 'the order was zorbly').sentiment).toBe('positive');
  });

  it('says when there is not enough to learn from', () => {
    expect(canLearn(synth(100, 3)).ok).toBe(false);
    const lopsided = synth(600, 4).map((e) => (e.label === 'neutral' ? { ...e, label: 'positive' as const } : e));
    expect(canLearn(lopsided)).toEqual({ ok: false, reason: 'fewer than 30 neutral comments' });
  });

  it('is used by analyze when given', () => {
    const model = trainSentiment(synth(600, 5));
    expect(analyze(shop, 'the staff were klonky', { model }).sentiment).toBe('negative');
    expect(analyze(shop, 'the staff were klonky').sentiment).toBe('neutral');
  });
});

describe('discovery', () => {
  it('finds a planted theme no taxonomy theme covers, with a rule that captures it', () => {
    const texts: string[] = [];
    const fillers = ['the store on main street', 'my order last week', 'the website today', 'the staff in the shop', 'the new app', 'my account page'];
    for (let i = 0; i < 400; i++) texts.push(`I had a look at ${fillers[i % fillers.length]} and it was ok ${i % 7 === 0 ? 'really' : ''}`);
    for (let i = 0; i < 60; i++) texts.push(`the loyalty card points ${['expired', 'vanished', 'were not added'][i % 3]} again`);
    for (let i = 0; i < 40; i++) texts.push(`the courier was late with my delivery`);
    const found = discover(texts, { existingTaxonomy: shop, maxThemes: 5 });
    const loyalty = found.themes.find((t) => t.keyPhrases.some((p) => /loyalty|points/.test(p)));
    expect(loyalty).toBeDefined();
    expect(loyalty!.size).toBeGreaterThanOrEqual(60);
    expect(loyalty!.examples.length).toBeGreaterThan(0);
    // delivery comments are covered by the taxonomy, so they are not suggested
    expect(found.themes.some((t) => t.keyPhrases.includes('courier'))).toBe(false);
    const tax = compileTaxonomy(suggestionsToTaxonomy(found.themes));
    expect(assignThemes(tax, 'my loyalty card points vanished')).toContain(loyalty!.id);
  });

  it('does not suggest again what the user dismissed, and gives its slot to the next group', () => {
    const texts: string[] = [];
    for (let i = 0; i < 300; i++) texts.push(`nothing much to say about ${['the visit', 'my order', 'the call'][i % 3]} ${i % 5 === 0 ? 'really' : ''}`);
    for (let i = 0; i < 60; i++) texts.push(`the loyalty card points ${['expired', 'vanished', 'were not added'][i % 3]} again`);
    for (let i = 0; i < 40; i++) texts.push(`the parking lot was full, no parking spaces ${['today', 'again'][i % 2]}`);
    const isLoyalty = (t: { keyPhrases: string[] }) => t.keyPhrases.some((p) => /loyalty|points/.test(p));
    const first = discover(texts, { maxThemes: 1 });
    expect(first.themes).toHaveLength(1);
    expect(isLoyalty(first.themes[0]!)).toBe(true);
    // the user dismisses it; the next run (with a few more comments) passes over it
    const more = [...texts, ...Array.from({ length: 10 }, () => 'my loyalty points expired')];
    const second = discover(more, { maxThemes: 1, dismissed: [first.themes[0]!.keyPhrases] });
    expect(second.themes).toHaveLength(1);
    expect(isLoyalty(second.themes[0]!)).toBe(false);
    expect(second.themes[0]!.keyPhrases.some((p) => /parking/.test(p))).toBe(true);
    // an unrelated dismissal changes nothing
    expect(discover(more, { maxThemes: 1, dismissed: [['volcano', 'penguin']] }).themes[0]!.label).toBe(discover(more, { maxThemes: 1 }).themes[0]!.label);
  });

  it('still suggests a small but coherent topic (0.4% of the comments)', () => {
    let s = 11;
    const r = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const big = [
      ['the parcel arrived late', 'my parcel took two weeks', 'courier left the parcel outside'],
      ['the jacket fits small', 'sleeves too long on the jacket', 'jacket runs large in the shoulders'],
      ['refund still not processed', 'waiting on my refund for weeks', 'refund went to the wrong card'],
    ];
    const texts: string[] = [];
    for (let i = 0; i < 2400; i++) texts.push(`${pick(big[i % 3]!)} ${r() < 0.5 ? 'again' : 'this time'}`);
    for (let i = 0; i < 10; i++) texts.push(pick(['the zipper broke after one wear', 'broken zipper on arrival', 'zipper broke the first day']));
    const found = discover(texts, { maxThemes: 20 });
    const zipper = found.themes.find((t) => (t.rule.match?.topics ?? []).includes('zipper'));
    expect(zipper).toBeDefined();
    expect(zipper!.size).toBe(10);
  });

  // three topics, each written with several synonyms that rarely share a comment, addressed to a brand's @handle
  function synonymCorpus(): string[] {
    let s = 7;
    const r = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const topics = [
      {
        words: ['bag', 'luggage', 'baggage', 'suitcase'],
        frames: ['you lost my {w} again', 'my {w} never arrived at the claim belt', 'still no sign of my lost {w}', 'where is my {w}? it was lost two days ago', 'the {w} claim desk says my {w} is lost'],
      },
      {
        words: ['staff', 'crew', 'employees', 'agents'],
        frames: ['the {w} were rude and unhelpful', 'such rude {w} at the desk', 'your {w} were rude to my mother', 'unhelpful {w}, rude attitude all round', 'the {w} could not care less, so rude'],
      },
      {
        words: ['refund', 'reimbursement', 'money back'],
        frames: ['still waiting for my {w} after six weeks', 'when will I get the {w} I was promised', 'no {w} yet, waiting for weeks', 'promised a {w} weeks ago, still waiting'],
      },
    ];
    const fill = ['flew yesterday', 'booked this trip', 'first time with you', 'on my way home', 'travelling with kids', 'for a wedding'];
    const texts: string[] = [];
    for (let i = 0; i < 600; i++) {
      const t = topics[i % 3]!;
      const text = pick(t.frames).replaceAll('{w}', pick(t.words));
      texts.push(`@AcmeAir ${text} ${r() < 0.5 ? pick(fill) : ''} ${r() < 0.3 ? '#acmeair' : ''} ${r() < 0.3 ? 'Acme' : ''}`.trim());
    }
    for (let i = 0; i < 300; i++) texts.push(`@AcmeAir ${pick(fill)} and ${pick(fill)}`);
    return texts;
  }

  it('groups synonyms into one suggestion per topic and leaves out @handles and the brand name', () => {
    const found = discover(synonymCorpus(), { maxThemes: 8 });
    const rules = found.themes.map((t) => t.rule.match?.topics ?? []);
    const themeWith = (words: string[], atLeast: number) => rules.findIndex((r) => words.filter((w) => r.includes(w)).length >= atLeast);
    // each topic is one suggestion whose rule holds (most of) its synonyms, and the three are different suggestions
    const luggage = themeWith(['bag', 'luggage', 'baggage', 'suitcase'], 3);
    const staff = themeWith(['staff', 'crew', 'employees', 'agents'], 3);
    const refund = themeWith(['refund', 'reimbursement'], 2);
    expect(luggage).toBeGreaterThanOrEqual(0);
    expect(staff).toBeGreaterThanOrEqual(0);
    expect(refund).toBeGreaterThanOrEqual(0);
    expect(new Set([luggage, staff, refund]).size).toBe(3);
    // names are not themes: neither the @handle nor the brand written out
    for (const t of found.themes) {
      for (const p of [...t.keyPhrases, ...(t.rule.match?.topics ?? [])]) expect(p).not.toMatch(/acme/);
    }
    const lost = found.themes[luggage]!;
    expect(lost.size).toBeGreaterThanOrEqual(120);
    expect(lost.examples.length).toBe(3);
    // the rule finds the topic in a comment that uses only one of the synonyms
    const tax = compileTaxonomy(suggestionsToTaxonomy(found.themes));
    expect(assignThemes(tax, 'Where is my luggage')).toContain(lost.id);
    expect(assignThemes(tax, 'The employees were awful')).toContain(found.themes[staff]!.id);
  });
});

describe('taxonomies', () => {
  it('reports every problem of an invalid taxonomy at once', () => {
    try {
      compileTaxonomy({ name: '', themes: [{ id: 'Bad Id', label: '' }, { id: 'x', label: 'X', match: { words: ['a'] } }, { id: 'x', label: 'X again' }] });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(TaxonomyError);
      const problems = (err as TaxonomyError).problems;
      expect(problems.length).toBeGreaterThanOrEqual(4);
      expect(problems.join('\n')).toMatch(/duplicate id "x"/);
      expect(problems.join('\n')).toMatch(/unknown key "words"/);
    }
  });

  it('ships starter taxonomies that compile, with a dozen or so themes each', () => {
    for (const name of STARTER_TAXONOMIES) {
      const tax = compileTaxonomy(starterTaxonomy(name));
      expect(tax.themes.filter((t) => t.parent === null).length).toBeGreaterThanOrEqual(12);
    }
    const telecom = compileTaxonomy(starterTaxonomy('telecom'));
    expect(assignThemes(telecom, 'The engineer never turned up and the broadband keeps dropping')).toEqual(expect.arrayContaining(['installation', 'reliability']));
  });
});

describe('impact on NPS', () => {
  it('is the points NPS would gain if the theme’s detractors were passives', () => {
    const rows = [
      { score: 10, themes: ['staff'] },
      { score: 9, themes: [] },
      { score: 8, themes: ['price'] },
      { score: 2, themes: ['delivery', 'price'] },
      { score: 5, themes: ['delivery'] },
      ...Array.from({ length: 5 }, () => ({ score: 7, themes: [] as string[] })),
    ];
    const r = npsImpact(rows);
    expect(r.nps).toBe(0); // 2 promoters, 2 detractors of 10
    expect(r.themes[0]).toMatchObject({ id: 'delivery', count: 2, detractors: 2, impact: -20 });
    expect(r.themes.find((t) => t.id === 'price')).toMatchObject({ detractors: 1, passives: 1, impact: -10 });
    expect(r.themes.find((t) => t.id === 'staff')?.impact).toBe(0);
  });
});
