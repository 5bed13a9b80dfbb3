/**
 * Clearloop's text analytics: themes (taxonomy match rules with stemming and negation), sentiment per comment and
 * per theme (built-in lexicon model, or a model learnt from the workspace's scores), discovery of new themes, and
 * the impact of themes on the score. Pure functions: no I/O, no database, no network. See docs/text-analytics.md.
 */
export { analyze, assignThemes, findMatches, NEGATED_TOPIC_VALENCE, type Analysis, type AnalyzeOptions, type ThemeMatch, type ThemeResult } from './analyze.ts';
export { decideLanguage, detectLanguage, languageScores, tokenizeIn, type LanguageScores, type ReadOptions } from './detect.ts';
export { LANGUAGES, normalizeLanguage, type Language } from './languages.ts';
export { discover, suggestionsToTaxonomy, type DiscoverOptions, type DiscoveryResult, type SuggestedTheme } from './discover.ts';
export { npsImpact, type ImpactRow, type ScoredThemes } from './impact.ts';
export {
  canLearn,
  labelCounts,
  loadSentimentModel,
  predictSentiment,
  trainSentiment,
  LABELS,
  MIN_PER_CLASS,
  MIN_TOTAL,
  type LabelledText,
  type Prediction,
  type SentimentModel,
  type TrainOptions,
} from './learn.ts';
export { NEUTRAL_BAND, scoreText, type Sentiment, type SentimentResult } from './sentiment.ts';
export { stem } from './stem.ts';
export {
  compileTaxonomy,
  emptyTaxonomy,
  TaxonomyError,
  type CompiledTaxonomy,
  type CompiledTheme,
  type MatchRulesJson,
  type TaxonomyJson,
  type ThemeJson,
} from './taxonomy.ts';
export { tokenize, type Token, type Tokenized } from './text.ts';
