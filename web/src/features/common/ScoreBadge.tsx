import type { ResponseGroup } from '../../api/types';
import { groupLabel, groupTone } from './format';

export function ScoreBadge({ score, group }: { score: number | null; group: ResponseGroup | null }) {
  const tone = groupTone(group);
  return (
    <span className={`score-badge tone-${tone}`} title={group ? groupLabel(group) : 'No score'}>
      {score === null ? '–' : score}
    </span>
  );
}
