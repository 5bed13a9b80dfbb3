/**
 * CSV import of people: columns named email, name, external_id, phone, locale, time_zone and account (and
 * common variants) are recognised, other columns become person properties. Every row is checked first and
 * problems are reported by row and column; then people are created or updated (matched by email, then external
 * id) in batches.
 */
import type { AppContext } from '../../app-context.ts';
import { isEmailAddress } from '../../shared/email-address.ts';
import { newId, nowIso } from '../../shared/ids.ts';
import type { Auth } from '../auth/policy.ts';
import { isTimeZone, type PersonInput, upsertPerson } from '../directory/person.service.ts';
import { type CsvSource, type ImportReport, mapColumnsWith, type RowProblem, readRows, writeInBatches } from './response-csv.ts';

export type PeopleField = 'email' | 'name' | 'externalId' | 'phone' | 'locale' | 'timeZone' | 'account' | 'ignore';

const ALIASES: Record<Exclude<PeopleField, 'ignore'>, string[]> = {
  email: ['email', 'e-mail', 'email_address', 'person_email'],
  name: ['name', 'full_name', 'customer_name'],
  externalId: ['external_id', 'externalid', 'customer_id', 'id'],
  phone: ['phone', 'phone_number', 'mobile'],
  locale: ['locale', 'language', 'lang'],
  timeZone: ['time_zone', 'timezone', 'tz'],
  account: ['account', 'company', 'organization', 'organisation'],
};

export function mapPeopleColumns(header: string[], explicit: Record<string, PeopleField> = {}): Map<number, PeopleField | `property:${string}`> {
  return mapColumnsWith<PeopleField>(ALIASES, header, explicit);
}

function rowToPerson(cells: string[], mapping: Map<number, PeopleField | `property:${string}`>, header: string[]): { person: PersonInput & { account?: string }; problems: { column: string; message: string }[] } {
  const person: PersonInput & { account?: string } = {};
  const properties: Record<string, string> = {};
  const problems: { column: string; message: string }[] = [];
  cells.forEach((raw, i) => {
    const value = raw.trim();
    const target = mapping.get(i);
    const column = header[i] ?? `column ${i + 1}`;
    if (!target || target === 'ignore' || value === '') return;
    switch (target) {
      case 'email':
        if (!isEmailAddress(value)) problems.push({ column, message: `"${value.slice(0, 40)}" is not an email address` });
        else person.email = value.toLowerCase();
        break;
      case 'name':
        person.name = value.slice(0, 200);
        break;
      case 'externalId':
        person.externalId = value.slice(0, 200);
        break;
      case 'phone':
        person.phone = value.slice(0, 50);
        break;
      case 'locale':
        if (!/^[a-zA-Z]{2}([-_][a-zA-Z]{2})?$/.test(value)) problems.push({ column, message: `"${value.slice(0, 20)}" is not a language code such as en or fr-CA` });
        else person.locale = value.slice(0, 2).toLowerCase() + (value.length > 2 ? `-${value.slice(3).toUpperCase()}` : '');
        break;
      case 'timeZone':
        if (!isTimeZone(value)) problems.push({ column, message: `"${value.slice(0, 40)}" is not a time zone (use a name such as Europe/Berlin)` });
        else person.timeZone = value;
        break;
      case 'account':
        person.account = value.slice(0, 200);
        break;
      default:
        if (Object.keys(properties).length < 50) properties[target.slice(9)] = value.slice(0, 500);
    }
  });
  if (!person.email && !person.externalId && problems.length === 0) problems.push({ column: header[[...mapping.entries()].find(([, f]) => f === 'email')?.[0] ?? 0] ?? 'email', message: 'needs an email or an external id' });
  if (Object.keys(properties).length > 0) person.properties = properties;
  return { person, problems };
}

export async function importPeopleCsv(
  ctx: AppContext,
  auth: Auth,
  opts: { file: CsvSource; mapping?: Record<string, PeopleField>; skipInvalid?: boolean; validateOnly?: boolean; onProgress?: (n: number) => void },
): Promise<ImportReport> {
  let header: string[] | null = null;
  let mapping = new Map<number, PeopleField | `property:${string}`>();
  const problems: RowProblem[] = [];
  const invalidRows = new Set<number>();
  let rows = 0;
  let rowNo = 1;
  for await (const cells of readRows(opts.file)) {
    if (!header) {
      header = cells;
      mapping = mapPeopleColumns(header, opts.mapping);
      const fields = [...mapping.values()];
      if (!fields.includes('email') && !fields.includes('externalId')) {
        return { rows: 0, imported: 0, problems: [{ row: 1, column: '(header)', message: 'no email or external_id column (name one so, or map one)' }] };
      }
      continue;
    }
    rowNo++;
    rows++;
    const { problems: ps } = rowToPerson(cells, mapping, header);
    if (ps.length > 0) {
      invalidRows.add(rowNo);
      for (const p of ps) if (problems.length < 1000) problems.push({ row: rowNo, ...p });
    }
  }
  if (!header) return { rows: 0, imported: 0, problems: [{ row: 1, column: '(file)', message: 'the file is empty' }] };
  if ((problems.length > 0 && !opts.skipInvalid) || opts.validateOnly) return { rows, imported: 0, problems };

  const accounts = new Map<string, string>();
  const hdr = header;
  const write = async (items: (PersonInput & { account?: string })[]) => {
    await ctx.database.db.transaction().execute(async (trx) => {
      const now = nowIso();
      for (const p of items) {
        let accountId: string | undefined;
        if (p.account) {
          accountId = accounts.get(p.account);
          if (!accountId) {
            const found = await trx.selectFrom('account').select('id').where('workspace_id', '=', auth.workspaceId).where('name', '=', p.account).executeTakeFirst();
            accountId = found?.id ?? newId();
            if (!found) await trx.insertInto('account').values({ id: accountId, workspace_id: auth.workspaceId, name: p.account, external_id: null, properties: '{}', created_at: now, updated_at: now }).execute();
          }
        }
        const { account: _a, ...person } = p;
        const id = await upsertPerson(trx, auth.workspaceId, person, now);
        if (id && accountId) await trx.updateTable('person').set({ account_id: accountId }).where('id', '=', id).execute();
      }
    });
    // Account ids become visible to later batches only once committed.
    for (const p of items) {
      if (!p.account || accounts.has(p.account)) continue;
      const a = await ctx.database.db.selectFrom('account').select('id').where('workspace_id', '=', auth.workspaceId).where('name', '=', p.account).executeTakeFirst();
      if (a) accounts.set(p.account, a.id);
    }
  };
  const imported = await writeInBatches(opts.file, invalidRows, 500, (cells) => rowToPerson(cells, mapping, hdr).person, write, opts.onProgress);
  return { rows, imported, problems };
}
