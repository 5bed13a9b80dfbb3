import type { Send } from '../../api/types';
import { CopyField } from '../common/CopyField';
import { StatusPill } from '../common/StatusPill';
import { PersonCell } from './PersonCell';
import { SKIP_REASON_HELP, SKIP_REASON_LABELS } from './sendText';
import { TableWrap } from '../common/TableWrap';

/** The personal links just created, one per person, ready to copy into a chat, SMS or CRM. */
export function LinksTable({ sends }: { sends: Send[] }) {
  if (sends.length === 0) return null;
  return (
    <TableWrap label="Links">
      <table className="table" data-testid="send-links-table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Personal link</th>
          </tr>
        </thead>
        <tbody>
          {sends.map((s, i) => (
            <tr key={s.id}>
              <td>
                <PersonCell personId={s.personId} />
              </td>
              <td className="link-cell">
                {s.status === 'skipped' ? (
                  <StatusPill tone="warn" title={SKIP_REASON_HELP[s.skipReason ?? '']}>
                    Skipped: {SKIP_REASON_LABELS[s.skipReason ?? ''] ?? s.skipReason}
                  </StatusPill>
                ) : (
                  <CopyField id={`link-${s.id}`} label={`Personal link ${i + 1}`} hideLabel value={s.link} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
