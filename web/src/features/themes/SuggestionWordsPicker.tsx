import { useSuggestionWords } from '../../api/themes';
import { ErrorMessage } from '../common/ErrorMessage';
import { formatNumber } from '../common/format';
import { Loading } from '../common/Loading';

interface Props {
  suggestionId: string;
  /** Merge: count only the comments this theme does not have yet; null for a new theme (accept). */
  intoThemeId: string | null;
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  legend: string;
}

/**
 * The suggestion's words and phrases as checkboxes, each with the comments it would add, so nothing goes into a theme
 * unseen: a suggestion's rule can hold a first name or a word as broad as "fast" that pulls in hundreds of comments.
 */
export function SuggestionWordsPicker({ suggestionId, intoThemeId, chosen, onChange, legend }: Props) {
  const words = useSuggestionWords(suggestionId, intoThemeId, true);
  if (words.isPending) return <Loading label="Counting the comments each word adds…" />;
  if (words.isError) return <ErrorMessage error={words.error} onRetry={() => void words.refetch()} />;
  const toggle = (word: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(word);
    else next.delete(word);
    onChange(next);
  };
  return (
    <fieldset className="th-word-picker" data-testid="suggestion-words">
      <legend>{legend}</legend>
      <p className="muted small">
        Comments each word would add{intoThemeId ? ' that the theme does not have yet' : ''}, among the latest {formatNumber(words.data.scanned)} analysed comments.
      </p>
      <ul>
        {words.data.words.map((w) => {
          const id = `sgw-${suggestionId}-${w.kind}-${w.word}`.replace(/[^A-Za-z0-9_-]/g, '_');
          return (
            <li key={`${w.kind}:${w.word}`}>
              <input id={id} type="checkbox" checked={chosen.has(w.word)} onChange={(e) => toggle(w.word, e.target.checked)} data-testid="suggestion-word" value={w.word} />
              <label htmlFor={id}>
                {w.word} <span className="muted small">(+{formatNumber(w.comments)} {w.comments === 1 ? 'comment' : 'comments'})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
