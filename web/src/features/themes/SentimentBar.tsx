import type { SentimentSplit } from '../../api/themes';
import './themes.css';

/** A thin stacked bar: negative, neutral and positive comments (the title and screen-reader text give the counts). */
export function SentimentBar({ sentiment }: { sentiment: SentimentSplit }) {
  const total = sentiment.negative + sentiment.neutral + sentiment.positive;
  const pct = (n: number) => (total ? (100 * n) / total : 0);
  const text = total
    ? `${Math.round(pct(sentiment.negative))}% negative, ${Math.round(pct(sentiment.neutral))}% neutral, ${Math.round(pct(sentiment.positive))}% positive`
    : 'No comments';
  return (
    <span className="th-sentiment" title={text}>
      <span className="th-sentiment-bar" aria-hidden="true">
        <span className="th-seg th-seg-negative" style={{ width: `${pct(sentiment.negative)}%` }} />
        <span className="th-seg th-seg-neutral" style={{ width: `${pct(sentiment.neutral)}%` }} />
        <span className="th-seg th-seg-positive" style={{ width: `${pct(sentiment.positive)}%` }} />
      </span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

const SENTIMENT_LABELS = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' } as const;

export function SentimentBadge({ sentiment }: { sentiment: keyof typeof SENTIMENT_LABELS }) {
  return <span className={`th-badge th-badge-${sentiment}`}>{SENTIMENT_LABELS[sentiment]}</span>;
}
