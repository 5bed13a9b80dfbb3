import type { Member } from '../../../api/types';
import type { FieldInputProps } from '../../common/FieldError';

/**
 * Picks a workspace user (or none). Who is linked decides what a user sees (their feed, their team's cases), so
 * only owners and admins may change it: for others the select is read-only.
 */
export function UserSelect({
  id,
  value,
  onChange,
  members,
  canLink,
  noneLabel,
  testId,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
}: Partial<FieldInputProps> & {
  id: string;
  value: string | null;
  onChange: (userId: string | null) => void;
  members: Member[];
  canLink: boolean;
  noneLabel: string;
  testId?: string;
}) {
  return (
    <select id={id} data-testid={testId} aria-invalid={invalid} aria-describedby={describedBy} value={value ?? ''} disabled={!canLink} title={canLink ? undefined : 'Only owners and admins can change this'} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{noneLabel}</option>
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name ? `${m.name} (${m.email})` : m.email}
        </option>
      ))}
    </select>
  );
}

export function memberLabel(members: Member[], id: string | null): string | null {
  if (!id) return null;
  const m = members.find((x) => x.id === id);
  return m ? (m.name ?? m.email) : 'a former member';
}
