import type { Send } from '../../api/types';
import { CopyField } from '../common/CopyField';
import { StatusPill } from '../common/StatusPill';
import { PersonCell } from './PersonCell';
import { downloadCsv, linksCsv, linksFileName, shareableLinks } from './linksCsv';
import { SKIP_REASON_HELP, SKIP_REASON_LABELS } from './sendText';
import { TableWrap } from '../common/TableWrap';

/** The personal links just created, one per person, ready to copy into a chat, SMS or CRM, or to download as CSV. */
export function LinksTable({ sends, surveyName }: { sends: Send[]; surveyName: string }) {
  if (sends.length === 0) return null;
  const shareable = shareableLinks(sends).length;
  return (
    <>
      {shareable > 0 ? (
        <div className="button-row">
          <button type="button" className="btn" data-testid="send-links-download" onClick={() => downloadCsv(linksFileName(surveyName), linksCsv(sends))}>
            Download CSV ({shareable} {shareable === 1 ? 'link' : 'links'})
          </button>
          <span className="muted small">Name, email, external id, link and expiry of each person. The links stay listed under Sends.</span>
        </div>
      ) : null}
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
                  ) : s.link ? (
                    <CopyField id={`link-${s.id}`} label={`Personal link ${i + 1}`} hideLabel value={s.link} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
