import type { ResponseGroup, SurveyKind } from '../../api/types';
import { groupLabel, groupTone, KIND_LABELS } from './format';

const SCALES: Record<SurveyKind, string> = { nps: '0–10', csat: '1–5', ces: '1–7' };

/** A score coloured by its group; with the survey kind, the tooltip names the scale (a 5 is good on CSAT, bad on NPS). */
export function ScoreBadge({ score, group, kind }: { score: number | null; group: ResponseGroup | null; kind?: SurveyKind }) {
  const tone = groupTone(group);
  const title = group ? groupLabel(group) : 'No score';
  return (
    <span
      className={`score-badge tone-${tone}`}
      title={kind && score !== null ? `${title} · ${KIND_LABELS[kind]} ${score} on a ${SCALES[kind]} scale` : title}
    >
      {score === null ? '–' : score}
    </span>
  );
}
