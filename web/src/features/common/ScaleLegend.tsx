import type { SurveyKind } from '../../api/types';

/** The whole scale of a survey kind's score: NPS −100…100, CSAT 0…100 %, CES 1…7. */
export function scaleOf(kind: SurveyKind): [number, number] {
  return kind === 'nps' ? [-100, 100] : kind === 'csat' ? [0, 100] : [1, 7];
}

/** The ends of the scale (and NPS's zero) above a column of range bars, so a dot's place can be read. */
export function ScaleLegend({ kind }: { kind: SurveyKind }) {
  const [min, max] = scaleOf(kind);
  const unit = kind === 'csat' ? '%' : '';
  return (
    <span className="scale-legend" aria-hidden="true">
      <span>
        {min < 0 ? `−${-min}` : min}
        {unit}
      </span>
      {kind === 'nps' ? <span>0</span> : null}
      <span>
        {kind === 'nps' ? '+' : ''}
        {max}
        {unit}
      </span>
    </span>
  );
}
