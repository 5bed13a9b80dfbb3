import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { STARTER_TAXONOMIES, starterTaxonomy } from '../taxonomies/index.ts';
import {
  analyze,
  assignThemes,
  compileTaxonomy,
  detectLanguage,
  discover,
  languageScores,
  normalizeLanguage,
  predictSentiment,
  scoreText,
  suggestionsToTaxonomy,
  tokenize,
  trainSentiment,
  type LabelledText,
} from './index.ts';
import { ENGLISH_FEEDBACK } from './detect.ts';
import { LANGUAGE_RULES, OTHER_LANGUAGES } from './languages.ts';
import { SENTENCES, type Expected } from './languages.fixtures.ts';
import { intlCues, intlLexiconSize } from './lexicon-intl.ts';

const telecom = compileTaxonomy(starterTaxonomy('telecom'));

describe('language detection', () => {
  it('reads clear Spanish, French and German comments in their language', () => {
    expect(detectLanguage('El servicio es muy lento y nadie me ayuda con la factura.')).toBe('es');
    expect(detectLanguage("Le technicien n'est jamais venu et personne ne répond au téléphone.")).toBe('fr');
    expect(detectLanguage('Der Techniker kam nicht und die Hotline ist nie erreichbar.')).toBe('de');
    expect(detectLanguage('Pésima atención.')).toBe('es');
    expect(detectLanguage('Parfait.')).toBe('fr');
    expect(detectLanguage('Unzumutbar.')).toBe('de');
  });

  it('detects every hand-written sentence in its language', () => {
    for (const [lang, list] of Object.entries(SENTENCES)) for (const [text] of list) expect(detectLanguage(text), text).toBe(lang);
  });

  it('keeps English, and short or ambiguous texts, English', () => {
    for (const text of [
      'The delivery was late again and nobody answered my emails.',
      'Great service, thanks!',
      'ok',
      'Super Service.',
      'Flying to Las Vegas from San Jose with the family, de la Cruz party',
      '@united thnx ^LO :-)',
      'the señor at the desk was lovely',
      'LA',
      '',
    ]) {
      expect(detectLanguage(text), text).toBe('en');
    }
  });

  it('uses a hint (the survey page language) as the default, unless the words clearly say English', () => {
    expect(detectLanguage('Super Service.')).toBe('en');
    expect(detectLanguage('Super Service.', 'de')).toBe('de');
    expect(detectLanguage('Super Service.', 'de-AT')).toBe('de');
    expect(detectLanguage('ok', 'fr-FR')).toBe('fr');
    expect(detectLanguage('The engineer never came and I was on hold for an hour.', 'es')).toBe('en');
    expect(detectLanguage('Excelente servicio, muy rápido.', 'fr')).toBe('es');
    expect(detectLanguage('Great service', 'xx')).toBe('en');
    expect(normalizeLanguage('es_MX')).toBe('es');
    expect(normalizeLanguage('German')).toBe('de');
    expect(normalizeLanguage('pt-BR')).toBeNull();
  });

  const HINTS = ['fr', 'de', 'es'] as const;

  it('reads short English comments on a French, German or Spanish page as English, with their sentiment', () => {
    const comments: [string, 'positive' | 'negative'][] = [
      ['Great service!', 'positive'],
      ['Terrible wait, rude staff', 'negative'],
      ['Thanks!', 'positive'],
      ['Awesome staff, very helpful', 'positive'],
      ['Slow', 'negative'],
      ['Waiting for hours', 'negative'],
      ['Lovely people', 'positive'],
      ['Useless customer service', 'negative'],
      ['Quick and easy', 'positive'],
      ['Still waiting for my refund', 'negative'],
    ];
    for (const hint of HINTS) {
      for (const [text, sentiment] of comments) {
        expect(detectLanguage(text, hint), `${text} (${hint})`).toBe('en');
        expect(scoreText(text, { languageHint: hint }).sentiment, `${text} (${hint})`).toBe(sentiment);
        expect(analyze(telecom, text, { languageHint: hint }).language, `${text} (${hint})`).toBe('en');
      }
    }
  });

  it('still reads short French, German and Spanish comments in their language, on their page and on the others', () => {
    const comments: [string, 'fr' | 'de' | 'es', 'positive' | 'negative'][] = [
      ['Service parfait', 'fr', 'positive'],
      ['Excellent service', 'fr', 'positive'],
      ['Service rapide', 'fr', 'positive'],
      ['Très bon service, merci', 'fr', 'positive'],
      ['Attente interminable', 'fr', 'negative'],
      ['Le staff était top', 'fr', 'positive'],
      ['Sehr guter Service', 'de', 'positive'],
      ['Super Service.', 'de', 'positive'],
      ['Top!', 'de', 'positive'],
      ['Der Staff war sehr freundlich', 'de', 'positive'],
      ['Alles perfect, danke', 'de', 'positive'],
      ['Excelente servicio', 'es', 'positive'],
      ['Servicio pésimo', 'es', 'negative'],
      ['Todo perfecto, staff amable', 'es', 'positive'],
      ['Terrible servicio', 'es', 'negative'],
    ];
    for (const [text, lang, sentiment] of comments) {
      expect(detectLanguage(text, lang), text).toBe(lang);
      expect(scoreText(text, { languageHint: lang }).sentiment, text).toBe(sentiment);
      expect(analyze(telecom, text, { languageHint: lang }).language, text).toBe(lang);
    }
    // analyze() says which language it read the comment in: the one given, else the one detected
    expect(analyze(telecom, 'Great service!', { language: 'fr' }).language).toBe('fr');
    expect(analyze(telecom, 'Le technicien est venu, parfait.').language).toBe('fr');
    expect(analyze(telecom, 'ok').language).toBe('en');
    // words that are French, German or Spanish too are no English evidence: a bare "Terrible" or "Super" keeps the page's language
    for (const hint of HINTS) for (const text of ['Terrible', 'Super', 'Top', 'Excellent', 'Service', 'ok']) expect(detectLanguage(text, hint), `${text} (${hint})`).toBe(hint);
  });

  it('gives English only feedback words that are no evidence, stop word, generic word or lexicon entry of another language', () => {
    expect(ENGLISH_FEEDBACK.length).toBeGreaterThanOrEqual(80);
    for (const w of ENGLISH_FEEDBACK) {
      const s = languageScores(tokenize(w));
      expect({ en: s.en, enStop: s.enStop, es: s.es, fr: s.fr, de: s.de }, w).toEqual({ en: 1, enStop: 0, es: 0, fr: 0, de: 0 });
      for (const lang of OTHER_LANGUAGES) {
        const rules = LANGUAGE_RULES[lang];
        const cues = intlCues(lang);
        expect(rules.stopwords.has(w) || rules.generic.has(w) || cues.valence(w, '') !== 0 || cues.intensifiers.has(w), `${w} (${lang})`).toBe(false);
      }
    }
    for (const w of ['service', 'excellent', 'super', 'top', 'terrible', 'rude', 'bad', 'fast', 'rapide', 'parfait']) expect(ENGLISH_FEEDBACK, w).not.toContain(w);
  });

  it('lets English feedback words outweigh only a hint: loanwords in a foreign comment do not make it English', () => {
    for (const [text, lang] of [
      ['Le staff était top', 'fr'],
      ['Le customer service est nul', 'fr'],
      ['Das Team war sehr professional', 'de'],
      ['Todo ok, gracias, great', 'es'],
      ['La app es muy slow', 'es'],
    ] as const) {
      expect(detectLanguage(text), text).toBe(lang);
      expect(detectLanguage(text, lang), text).toBe(lang);
    }
  });

  // The airline tweets are English (CC BY-NC-SA, used here only to check detection): none may read as another language.
  const tweetsFile = path.resolve(import.meta.dirname, '../../../../../shared/data/twitter_airline_sentiment/tweets_shared.csv');
  it.skipIf(!existsSync(tweetsFile))('reads the English airline tweets as English', () => {
    const rows = parse(readFileSync(tweetsFile), { columns: true }) as { text: string }[];
    const other = rows.filter((r) => detectLanguage(r.text) !== 'en').map((r) => r.text);
    expect(rows.length).toBeGreaterThan(10_000);
    expect(other.length, other.join('\n')).toBeLessThanOrEqual(3);
  });

  // Measured against the detection before the English feedback words: with no hint it is the same (none of the 10,250
  // tweets is read as another language); with a hint "fr", "de" or "es", 9,360–9,379 tweets were read as English and
  // 9,722–9,732 are now, and no tweet changed from English (or its language) to another. The rest are too short to tell
  // ("@united you suck!", "sounds like fun"): they keep the page's language.
  it.skipIf(!existsSync(tweetsFile))('reads more of the English airline tweets as English on a French, German or Spanish page', () => {
    const rows = parse(readFileSync(tweetsFile), { columns: true }) as { text: string }[];
    for (const hint of HINTS) {
      const english = rows.filter((r) => detectLanguage(r.text, hint) === 'en').length;
      expect(english / rows.length, hint).toBeGreaterThan(0.945);
    }
  });
});

describe('tokens, stems and accents per language', () => {
  const stems = (text: string, lang: 'es' | 'fr' | 'de') => tokenize(text, lang).tokens.filter((t) => t.kind === 'word').map((t) => t.stem);

  it('stems with Snowball and folds accents, so unaccented writing matches', () => {
    expect(stems('retraso retrasos retrasado', 'es')).toEqual(['retras', 'retras', 'retras']);
    expect(stems('atención atencion facturación', 'es')).toEqual(['atencion', 'atencion', 'factur']);
    expect(stems('señal', 'es')).toEqual(['senal']);
    expect(stems('décevant decevant déçu', 'fr')).toEqual(['decev', 'decev', 'decu']);
    expect(stems('Verspätung Verspätungen Verspaetung', 'de').slice(0, 2)).toEqual(['verspat', 'verspat']);
    expect(stems('Straße Größe', 'de')).toEqual(['strass', 'gross']);
  });

  it('splits French elisions and keeps offsets', () => {
    const text = "J'ai appelé, l'attente était longue. Aujourd'hui rien.";
    const tok = tokenize(text, 'fr');
    const words = tok.tokens.filter((t) => t.kind === 'word');
    expect(words.map((t) => t.norm)).toEqual(["j'", 'ai', 'appelé', "l'", 'attente', 'était', 'longue', "aujourd'hui", 'rien']);
    for (const t of words) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
  });

  it('keeps English tokenization as it was (Porter stems, possessives, one token for "l\'attente")', () => {
    const en = tokenize("The engineer's visit: l'attente");
    expect(en.lang).toBe('en');
    expect(en.tokens.map((t) => t.stem)).toEqual(['the', 'engin', 'visit', '', "l'attent"]);
  });

  it('marks negation words and pairs "ne … pas", "no … nunca"', () => {
    const fr = tokenize("Ce n'est pas mal", 'fr').tokens;
    expect(fr.filter((t) => t.negator).map((t) => t.norm)).toEqual(["n'"]);
    expect(fr.find((t) => t.norm === 'pas')?.negPart).toBe(true);
    const es = tokenize('No funciona nunca', 'es').tokens;
    expect(es.filter((t) => t.negator).map((t) => t.norm)).toEqual(['no']);
    const de = tokenize('Kein Problem, nicht schlecht, ohne Ärger', 'de').tokens;
    expect(de.filter((t) => t.negator).map((t) => t.norm)).toEqual(['kein', 'nicht', 'ohne']);
  });

  it('splits clauses at each language\'s contrast words', () => {
    expect(tokenize('Bueno, pero muy caro', 'es').clauses).toHaveLength(2);
    expect(tokenize('Bien mais cher', 'fr').clauses).toHaveLength(2);
    expect(tokenize('Gut aber teuer', 'de').clauses).toHaveLength(2);
    expect(tokenize('Gut aber teuer').clauses).toHaveLength(1);
  });
});

describe('negation per language', () => {
  const label = (text: string) => scoreText(text).sentiment;
  it('negates a sentiment word after "no", "ne … pas", "pas", "nicht", "kein", "sin", "sans", "ohne"', () => {
    expect(label('El servicio es malo.')).toBe('negative');
    expect(label('El servicio no es malo.')).not.toBe('negative');
    expect(label('No estoy satisfecho.')).toBe('negative');
    expect(label('Sin problemas.')).not.toBe('negative');
    expect(label('Le service est mauvais.')).toBe('negative');
    expect(label("Le service n'est pas mauvais.")).not.toBe('negative');
    expect(label('Je ne suis pas satisfait.')).toBe('negative');
    expect(label('Pas mal du tout.')).not.toBe('negative');
    expect(label('Sans problème, merci.')).not.toBe('negative');
    expect(label('Der Service ist schlecht.')).toBe('negative');
    expect(label('Der Service ist nicht schlecht.')).not.toBe('negative');
    expect(label('Ich bin nicht zufrieden.')).toBe('negative');
    expect(label('Kein Problem.')).not.toBe('negative');
    expect(label('Ohne Probleme.')).not.toBe('negative');
  });

  it('reads a negation with nothing to negate as a complaint ("no funciona", "ne marche pas", "funktioniert nicht")', () => {
    expect(label('El router no funciona.')).toBe('negative');
    expect(label('Le modem ne marche pas.')).toBe('negative');
    expect(label('Der Router funktioniert nicht.')).toBe('negative');
    expect(label('Der Router funktioniert.')).toBe('neutral');
  });

  it('does not let a negated topic count as its theme\'s praise: "el técnico no vino" is an installation complaint', () => {
    const a = analyze(telecom, 'El técnico no vino.');
    expect(a.themes.map((t) => t.id)).toContain('installation');
    expect(a.themes.find((t) => t.id === 'installation')?.sentiment).toBe('negative');
  });
});

describe('sentiment of hand-written sentences (written before the lexicons)', () => {
  const ok = (e: Expected, s: string) => (e === 'positive' || e === 'negative' ? s === e : e === 'not-negative' ? s !== 'negative' : s !== 'positive');
  for (const [lang, list] of Object.entries(SENTENCES)) {
    it(`${lang}: at least 20 sentences, ≥ 90% right`, () => {
      expect(list.length).toBeGreaterThanOrEqual(20);
      const wrong = list.filter(([text, e]) => !ok(e, scoreText(text).sentiment)).map(([text, e]) => `${text} (${e}: ${scoreText(text).sentiment})`);
      expect(wrong.length / list.length, wrong.join('\n')).toBeLessThanOrEqual(0.1);
    });
  }

  it('has a lexicon of 150–300 entries per language', () => {
    for (const lang of ['es', 'fr', 'de'] as const) {
      expect(intlLexiconSize(lang)).toBeGreaterThanOrEqual(150);
      expect(intlLexiconSize(lang)).toBeLessThanOrEqual(350);
    }
  });

  it('reads an explicit language even for a short text', () => {
    expect(scoreText('Super Service.').sentiment).toBe('neutral');
    expect(scoreText('Super Service.', { language: 'de' }).sentiment).toBe('positive');
    expect(scoreText('Super Service.', { languageHint: 'de' }).sentiment).toBe('positive');
  });
});

describe('themes across languages', () => {
  it('compiles each rule for each language and matches a comment against its language\'s rules', () => {
    const tax = compileTaxonomy({
      name: 'mixed',
      themes: [{ id: 'late', label: 'Late', match: { topics: ['late', 'retraso', 'en retard', 'Verspätung'] } }],
    });
    expect(assignThemes(tax, 'The parcel was late')).toEqual(['late']);
    expect(assignThemes(tax, 'Hubo muchos retrasos con el pedido')).toEqual(['late']);
    expect(assignThemes(tax, 'Le colis est arrivé en retard')).toEqual(['late']);
    expect(assignThemes(tax, 'Schon wieder Verspätungen bei der Lieferung')).toEqual(['late']);
    // a Spanish word is matched by its Spanish stem, not by English's Porter stem
    expect(assignThemes(tax, 'retrasado')).toEqual([]);
    expect(assignThemes(tax, 'retrasado', { language: 'es' })).toEqual(['late']);
    expect(tax.languages.es.byStem.has('retras')).toBe(true);
    expect(tax.byStem.has('retras')).toBe(false);
  });

  const cases: Record<string, [string, string][]> = {
    es: [
      ['Internet se cae todos los días.', 'reliability'],
      ['Me cobraron dos veces este mes en la factura.', 'billing'],
      ['Esperé más de una hora al teléfono.', 'customer_service.waiting'],
      ['Nadie resolvió mi problema.', 'resolution'],
      ['El técnico llegó tarde a la cita de instalación.', 'installation'],
      ['La velocidad de la fibra es muy lenta.', 'speed'],
      ['El router no funciona desde ayer.', 'equipment'],
      ['Quiero darme de baja, el contrato es abusivo.', 'contract'],
      ['El precio es demasiado caro.', 'price'],
    ],
    fr: [
      ['Internet coupé pendant plusieurs jours.', 'reliability'],
      ["On m'a facturé deux fois, la facture est fausse.", 'billing'],
      ["L'attente au téléphone est beaucoup trop longue.", 'customer_service.waiting'],
      ['Personne ne rappelle jamais.', 'customer_service.waiting'],
      ["Le technicien n'est jamais venu au rendez-vous.", 'installation'],
      ['Le débit est très faible, la fibre est lente.', 'speed'],
      ['Le conseiller était très aimable.', 'customer_service'],
      ['Je veux résilier mon contrat.', 'contract'],
      ["Trop cher pour ce que c'est.", 'price'],
    ],
    de: [
      ['Das Internet fällt ständig aus.', 'reliability'],
      ['Die Rechnung war falsch.', 'billing'],
      ['Viel zu lange Wartezeiten.', 'customer_service.waiting'],
      ['Niemand hat zurückgerufen.', 'customer_service.waiting'],
      ['Der Techniker kam nicht zum Termin, die Installation dauerte Wochen.', 'installation'],
      ['Die Geschwindigkeit ist viel zu langsam.', 'speed'],
      ['Der Router ist defekt.', 'equipment'],
      ['Die Kündigung des Vertrags war kompliziert.', 'contract'],
      ['Der Kundenservice war sehr freundlich und kompetent.', 'customer_service'],
    ],
  };
  for (const [lang, list] of Object.entries(cases)) {
    it(`${lang}: the telecom starter taxonomy finds the theme`, () => {
      for (const [text, theme] of list) {
        const a = analyze(telecom, text);
        expect(a.themes.map((t) => t.id), text).toContain(theme);
      }
    });
  }

  it('has Spanish, French and German words in every theme of every starter taxonomy', () => {
    for (const name of STARTER_TAXONOMIES) {
      const tax = compileTaxonomy(starterTaxonomy(name));
      for (const theme of tax.themes) {
        const words = theme.keywords.join(' ');
        expect(/[a-z]/i.test(words)).toBe(true);
        for (const lang of ['es', 'fr', 'de'] as const) {
          const rules = [...tax.languages[lang].byStem.values()].flat().filter((r) => r.theme === theme.index);
          expect(rules.length, `${name}/${theme.id}/${lang}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('gives the demo\'s Spanish, French and German comments themes with the telecom taxonomy', () => {
    const demo = [
      'Muy mal servicio.', 'Pésima atención.', 'Internet se cae todos los días.', 'Me cobraron dos veces este mes.', 'Esperé más de una hora al teléfono.', 'Nadie resolvió mi problema.',
      'Service très décevant.', 'Très mauvais service client.', 'Internet coupé pendant plusieurs jours.', "On m'a facturé deux fois.", 'Personne ne rappelle jamais.', "Trop cher pour ce que c'est.",
      'Sehr enttäuschend.', 'Schlechter Kundenservice.', 'Das Internet fällt ständig aus.', 'Die Rechnung war falsch.', 'Niemand hat zurückgerufen.', 'Viel zu lange Wartezeiten.',
      'Excelente servicio.', 'Muy amables.', 'Todo perfecto.', 'Lo recomiendo.', 'Resolvieron todo rápido.',
      'Très bon service.', 'Personnel très aimable.', 'Parfait.', 'Je recommande.', 'Problème réglé rapidement.',
      'Sehr freundlich und kompetent.', 'Alles bestens.', 'Sehr empfehlenswert.',
    ];
    const without = demo.filter((t) => analyze(telecom, t).themes.length === 0);
    expect(without, without.join('\n')).toEqual([]);
  });

  it('gives foreign words added to the starter taxonomies no English matches of their own (rules of the original words only)', () => {
    // "fixe" (French) would be "fix" in English; "soldes" would be "sold"; "attente" "attent(ion)": such words are written as phrases
    expect(assignThemes(telecom, 'The engineer came to fix the fault')).not.toContain('landline');
    expect(assignThemes(telecom, 'Thanks for your attention')).not.toContain('customer_service.waiting');
  });
});

describe('discovery and learning in other languages', () => {
  it('suggests Spanish themes from a small Spanish corpus, without stop words', () => {
    const base = [
      'La factura de este mes llegó con un cobro duplicado',
      'Me cobraron dos veces en la factura',
      'Otra vez un cobro de más en la factura',
      'La factura tiene un cargo que no reconozco, cobro indebido',
      'El técnico no vino a la cita de instalación',
      'La cita con el técnico se canceló dos veces',
      'Esperando al técnico desde el lunes, cita perdida',
      'El técnico llegó tarde a la cita',
      'La señal del wifi es muy débil en casa',
      'Sin señal en el salón, el wifi no llega',
      'El wifi pierde la señal cada noche',
      'Poca señal wifi en el piso de arriba',
      'El internet va lento por las tardes',
      'Velocidad muy lenta para lo que pago',
      'La velocidad de descarga es lenta',
      'Internet lento todos los días',
      'La tienda cerró antes de la hora',
      'En la tienda no había nadie para atender',
      'Cola enorme en la tienda del centro',
      'La tienda no tenía el móvil que quería',
    ];
    const texts: string[] = [];
    for (let i = 0; i < 6; i++) for (const b of base) texts.push(`${b} ${['', '.', ' otra vez', ' de nuevo', ' hoy', ' ayer'][i]}`);
    const result = discover(texts, { maxThemes: 5 });
    const words = result.themes.flatMap((t) => t.keyPhrases);
    expect(result.themes.length).toBeGreaterThanOrEqual(2);
    for (const stop of ['que', 'los', 'las', 'con', 'una', 'del', 'para', 'muy', 'otra', 'vez']) expect(words).not.toContain(stop);
    const joined = words.join(' ');
    expect(joined).toMatch(/factura|cobro/);
    expect(joined).toMatch(/técnico|cita/);
    expect(joined).toMatch(/señal|wifi/);
    // the suggested rules compile for Spanish and match new Spanish comments
    const suggested = compileTaxonomy(suggestionsToTaxonomy(result.themes));
    expect(assignThemes(suggested, 'Otra vez me llegó la factura con un cobro raro').length).toBeGreaterThan(0);
  });

  it('uses each language\'s stop words (French "les", German "und" are stop words there, not in English)', () => {
    expect(LANGUAGE_RULES.fr.stopwords.has('les')).toBe(true);
    expect(LANGUAGE_RULES.de.stopwords.has('und')).toBe(true);
    expect(LANGUAGE_RULES.es.stopwords.has('que')).toBe(true);
  });

  it('learns a sentiment model from Spanish comments (stems and negation of the language)', () => {
    const pos = ['Excelente servicio y atención', 'Muy amables, todo perfecto', 'Rápido y eficaz, lo recomiendo', 'El técnico fue muy profesional', 'Estoy contento con la conexión'];
    const neg = ['Pésimo servicio, no funciona', 'Nadie me ayuda con la factura', 'La conexión se cae siempre', 'El técnico no vino nunca', 'Me cobraron dos veces'];
    const neu = ['Servicio normal, como siempre', 'Tengo fibra desde el año pasado', 'Cambié de tarifa este mes', 'Uso el router que me dieron', 'Llamé para preguntar una cosa'];
    const examples: LabelledText[] = [];
    for (let i = 0; i < 40; i++) {
      for (const t of pos) examples.push({ text: `${t} ${i % 4 ? '' : 'hoy'}`, label: 'positive' });
      for (const t of neg) examples.push({ text: `${t} ${i % 4 ? '' : 'hoy'}`, label: 'negative' });
      for (const t of neu) examples.push({ text: `${t} ${i % 4 ? '' : 'hoy'}`, label: 'neutral' });
    }
    const model = trainSentiment(examples);
    expect(model.features).toContain('tecnic'); // the Spanish stem, not Porter's "técnico"
    expect(model.features.some((f) => f.startsWith('!'))).toBe(true); // negation marking ("no funciona")
    expect(predictSentiment(model, 'Excelente atención, muy amables').sentiment).toBe('positive');
    expect(predictSentiment(model, 'No funciona y nadie me ayuda').sentiment).toBe('negative');
  });
});

describe('review: edge cases of the other languages', () => {
  const travel = compileTaxonomy(starterTaxonomy('travel'));
  const banking = compileTaxonomy(starterTaxonomy('banking'));
  const ecommerce = compileTaxonomy(starterTaxonomy('ecommerce'));
  const software = compileTaxonomy(starterTaxonomy('software'));

  it('reads decomposed accents (NFD "é" = "e" + U+0301) as the letters they are, keeping offsets in the text as written', () => {
    const nfd = 'Servicio pe\u0301simo, la conexio\u0301n se cae.';
    const tok = tokenize(nfd, 'es');
    expect(tok.tokens.filter((t) => t.kind === 'word').map((t) => t.norm)).toEqual(['servicio', 'pésimo', 'la', 'conexión', 'se', 'cae']);
    const w = tok.tokens[1]!;
    expect(nfd.slice(w.start, w.end)).toBe('pe\u0301simo');
    // "pe" + "simo" read "simo" as "sim" (the SIM card): no equipment theme, and the same reading as NFC text
    const nfc = nfd.normalize('NFC');
    expect(analyze(telecom, nfd).themes.map((t) => t.id)).toEqual(analyze(telecom, nfc).themes.map((t) => t.id));
    expect(scoreText(nfd)).toEqual(scoreText(nfc));
    const fr = 'Le service est de\u0301cevant et la facture est trop che\u0300re.';
    expect(detectLanguage(fr)).toBe('fr');
    expect(scoreText(fr)).toEqual(scoreText(fr.normalize('NFC')));
  });

  it('reads French "ne … que" as "only", not as a negation', () => {
    for (const text of ["Je n'ai eu que des compliments", "Il n'y a que des avantages", "On n'a eu qu'un petit retard, rien de grave"]) {
      const tok = tokenize(text, 'fr');
      expect(tok.tokens.find((t) => t.norm === "n'")?.negator, text).toBe(false);
    }
    expect(scoreText("Je n'ai eu que des compliments", { language: 'fr' }).sentiment).not.toBe('negative');
    expect(scoreText("Je n'ai eu que des problèmes avec la box", { language: 'fr' }).sentiment).toBe('negative');
    // "ne … pas que" is still a negation
    expect(tokenize("Ce n'est pas que le service soit mauvais", 'fr').tokens.find((t) => t.norm === "n'")?.negator).toBe(true);
    expect(tokenize('Le technicien ne vient pas', 'fr').tokens.find((t) => t.norm === 'ne')?.negator).toBe(true);
  });

  it('does not match an English rule word in a language where it stems like a common word of that language', () => {
    // Spanish "rato" (a while) is not "rate", "sale" (goes out) not "sale", "carta" (letter) not "cart"
    expect(assignThemes(travel, 'Llevo un rato esperando en la puerta', { language: 'es' })).not.toContain('price_fees');
    const es = assignThemes(ecommerce, 'El paquete sale mañana y me llegó una carta', { language: 'es' });
    expect(es).not.toContain('price_value');
    expect(es).not.toContain('checkout_payment');
    // French "tellement" is not "teller", "car" not "cara", "tes" not "tea", "raté" not "rate", "attente" not "attentive"
    expect(assignThemes(banking, 'Je suis tellement content', { language: 'fr' })).not.toContain('branch');
    expect(assignThemes(telecom, 'Je reste car le réseau est bon', { language: 'fr' })).not.toContain('price');
    expect(assignThemes(travel, 'Merci pour tes conseils, vol raté', { language: 'fr' })).not.toContain('food_drink');
    expect(assignThemes(travel, 'Vol raté', { language: 'fr' })).not.toContain('price_fees');
    expect(assignThemes(travel, "L'attente à l'embarquement", { language: 'fr' })).not.toContain('staff');
    // German "wir" is not "wire", "fast" (almost) not "fast"
    expect(assignThemes(banking, 'Wir sind zufrieden', { language: 'de' })).not.toContain('cards_payments');
    expect(assignThemes(software, 'Fast alles gut', { language: 'de' })).not.toContain('performance');
    // Spanish "como" is not "comida"
    expect(assignThemes(travel, 'Como siempre, todo bien', { language: 'es' })).not.toContain('food_drink');
    // the words themselves still match in their own language
    expect(assignThemes(telecom, 'La télé ne marche pas', { language: 'fr' })).toContain('tv');
    expect(assignThemes(travel, 'La comida estaba fría', { language: 'es' })).toContain('food_drink');
    expect(assignThemes(telecom, 'La tarifa es muy cara', { language: 'es' })).toContain('price');
    // and English is read as before
    expect(assignThemes(ecommerce, 'Bought it in the sale')).toContain('price_value');
    expect(assignThemes(banking, 'The teller was rude')).toContain('branch');
  });

  it('reads the French nouns "conseiller" (advisor) and "facture" (bill) as neither praise nor complaint', () => {
    expect(scoreText("J'ai appelé le conseiller au sujet de ma facture", { language: 'fr' }).sentiment).toBe('neutral');
    expect(scoreText('Je recommande, le conseiller était aimable', { language: 'fr' }).sentiment).toBe('positive');
  });
});
