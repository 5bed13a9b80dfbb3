import { useEffect, useRef, useState } from 'react';
import type { Location, Survey, Team } from '../../api/types';
import { CHANNELS, COMMENT_LANGUAGES } from '../../api/types';
import { channelLabel, KIND_LABELS, LANGUAGE_LABELS } from '../common/format';
import { ThemeFilterField } from '../themes/ThemeFilterField';

export interface ResponseFilterValues {
  surveyId: string;
  from: string;
  to: string;
  teamId: string;
  locationId: string;
  channel: string;
  group: string;
  theme: string;
  language: string;
  feedbackType: string;
  tag: string;
  /** One customer's responses (the "see all" link of a response's customer history); no field of its own. */
  personId: string;
  q: string;
}

export const FILTER_KEYS: (keyof ResponseFilterValues)[] = [
  'surveyId',
  'from',
  'to',
  'teamId',
  'locationId',
  'channel',
  'group',
  'theme',
  'language',
  'feedbackType',
  'tag',
  'personId',
  'q',
];

/** The types a customer picks on the public feedback page (properties.feedbackType of its responses). */
export const FEEDBACK_TYPE_LABELS: Record<string, string> = { complaint: 'Complaint', praise: 'Praise', question: 'Question', idea: 'Idea' };

interface Props {
  values: ResponseFilterValues;
  onChange: (patch: Partial<ResponseFilterValues>) => void;
  onReset: () => void;
  surveys: Survey[];
  teams: Team[];
  locations: Location[];
}

export function ResponsesFilters({ values, onChange, onReset, surveys, teams, locations }: Props) {
  // The search box updates the list after a short pause in typing.
  const [text, setText] = useState(values.q);
  const [syncedQ, setSyncedQ] = useState(values.q);
  // The tag filters once typed in full (Enter, or leaving the field): a part of a tag matches nothing.
  const [tag, setTag] = useState(values.tag);
  const [syncedTag, setSyncedTag] = useState(values.tag);
  if (syncedTag !== values.tag) {
    setSyncedTag(values.tag);
    setTag(values.tag);
  }
  const timer = useRef<number | undefined>(undefined);
  if (syncedQ !== values.q) {
    // The URL changed from elsewhere (back button, clear): show its search text.
    setSyncedQ(values.q);
    setText(values.q);
  }
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onSearchInput = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onChange({ q: value }), 350);
  };

  return (
    <form
      className="filter-bar"
      aria-label="Response filters"
      onSubmit={(e) => {
        e.preventDefault();
        window.clearTimeout(timer.current);
        onChange({ q: text, tag: tag.trim() });
      }}
    >
      <div className="field field-wide">
        <label htmlFor="rf-q">Search comments</label>
        <input id="rf-q" type="search" placeholder="Words in the comment" value={text} onChange={(e) => onSearchInput(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="rf-survey">Survey</label>
        <select id="rf-survey" value={values.surveyId} onChange={(e) => onChange({ surveyId: e.target.value })}>
          <option value="">All surveys</option>
          {surveys.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({KIND_LABELS[s.kind]})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rf-from">From</label>
        <input id="rf-from" type="date" value={values.from} max={values.to || undefined} onChange={(e) => onChange({ from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="rf-to">To</label>
        <input id="rf-to" type="date" value={values.to} min={values.from || undefined} onChange={(e) => onChange({ to: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="rf-group">Group</label>
        <select id="rf-group" value={values.group} onChange={(e) => onChange({ group: e.target.value })}>
          <option value="">All groups</option>
          <optgroup label="NPS">
            <option value="promoter">Promoters (9–10)</option>
            <option value="passive">Passives (7–8)</option>
            <option value="detractor">Detractors (0–6)</option>
          </optgroup>
          <optgroup label="CSAT">
            <option value="satisfied">Satisfied</option>
            <option value="neutral">Neutral</option>
            <option value="dissatisfied">Dissatisfied</option>
          </optgroup>
          <optgroup label="CES">
            <option value="easy">Easy</option>
            <option value="difficult">Difficult</option>
          </optgroup>
        </select>
      </div>
      <ThemeFilterField id="rf-theme" value={values.theme} onChange={(theme) => onChange({ theme })} />
      <div className="field">
        <label htmlFor="rf-language">Language</label>
        <select id="rf-language" data-testid="responses-filter-language" value={values.language} onChange={(e) => onChange({ language: e.target.value })}>
          <option value="">All languages</option>
          {COMMENT_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_LABELS[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rf-team">Team</label>
        <select id="rf-team" value={values.teamId} onChange={(e) => onChange({ teamId: e.target.value })}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rf-location">Location</label>
        <select id="rf-location" value={values.locationId} onChange={(e) => onChange({ locationId: e.target.value })}>
          <option value="">All locations</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rf-channel">Channel</label>
        <select id="rf-channel" value={values.channel} onChange={(e) => onChange({ channel: e.target.value })}>
          <option value="">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rf-tag">Tag</label>
        <input
          id="rf-tag"
          type="text"
          data-testid="responses-filter-tag"
          placeholder="e.g. refund"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          onBlur={() => {
            if (tag.trim() !== values.tag) onChange({ tag: tag.trim() });
          }}
        />
      </div>
      {values.channel === 'feedback_page' || values.feedbackType ? (
        <div className="field">
          <label htmlFor="rf-feedback-type">Feedback type</label>
          <select id="rf-feedback-type" data-testid="responses-filter-feedback-type" value={values.feedbackType} onChange={(e) => onChange({ feedbackType: e.target.value })}>
            <option value="">All types</option>
            {Object.entries(FEEDBACK_TYPE_LABELS).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field field-actions">
        <button type="button" className="btn btn-ghost" onClick={() => {
            window.clearTimeout(timer.current);
            setText('');
            setTag('');
            onReset();
          }}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
