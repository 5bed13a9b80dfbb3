import type { ImportKind } from '../../api/types';
import type { PillTone } from '../common/StatusPill';

/** Where a CSV column can go; any other column can become a person (or response) property. */
export const IMPORT_FIELDS: Record<ImportKind, { value: string; label: string }[]> = {
  people: [
    { value: 'email', label: 'Email' },
    { value: 'name', label: 'Name' },
    { value: 'externalId', label: 'External id' },
    { value: 'phone', label: 'Phone' },
    { value: 'locale', label: 'Language' },
    { value: 'timeZone', label: 'Time zone' },
    { value: 'account', label: 'Account' },
  ],
  responses: [
    { value: 'score', label: 'Score' },
    { value: 'comment', label: 'Comment' },
    { value: 'email', label: 'Person email' },
    { value: 'name', label: 'Person name' },
    { value: 'externalId', label: 'Person external id' },
    { value: 'phone', label: 'Person phone' },
    { value: 'team', label: 'Team' },
    { value: 'location', label: 'Location' },
    { value: 'employee', label: 'Employee' },
    { value: 'channel', label: 'Channel' },
    { value: 'createdAt', label: 'Date (created at)' },
  ],
};

export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export const IMPORT_STATUS_TONE: Record<string, PillTone> = {
  queued: 'strong',
  running: 'warn',
  done: 'ok',
  failed: 'danger',
  invalid: 'danger',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
