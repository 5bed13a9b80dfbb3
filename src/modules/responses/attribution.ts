/**
 * Resolves team, location and employee names given with a response to ids, creating records that are new.
 * Ids are cached per process once committed: the ingest path sees the same few names thousands of times.
 *
 * A name matches an existing record regardless of case, accents' composition and spacing ("support chat",
 * " Support  Chat" and "Support Chat" are one team): integrations write names by hand, and every variant would
 * otherwise become a team of its own in every filter. A new record keeps the name as first written (trimmed).
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/tables.ts';
import { newId } from '../../shared/ids.ts';

type Kind = 'team' | 'location' | 'employee';

/** A team, location or employee: its id and its name as stored (which may differ in case from the name given). */
export interface Named {
  id: string;
  name: string;
}

export class AttributionResolver {
  private cache = new Map<string, Named>();

  /** Forgets cached ids, e.g. after a record is renamed or deleted. */
  clear(): void {
    this.cache.clear();
  }

  /** The id of a name already known in this process, or undefined (then resolve() looks it up or creates it). */
  cached(workspaceId: string, kind: Kind, name: string): Named | undefined {
    // the name as written first (the ingest path's usual case, no normalising), then its normalised form
    return this.cache.get(cacheKey(workspaceId, kind, 'written', name)) ?? this.cache.get(cacheKey(workspaceId, kind, 'normalised', nameKey(name)));
  }

  async resolve(
    trx: Transaction<DB>,
    workspaceId: string,
    kind: Kind,
    name: string,
    now: string,
    afterCommit: (fn: () => void) => void,
    extra: { team_id?: string | null; location_id?: string | null } = {},
  ): Promise<Named> {
    const hit = this.cached(workspaceId, kind, name);
    if (hit) return hit;
    const wanted = nameKey(name);
    let row: Named | undefined = await trx.selectFrom(kind).select(['id', 'name']).where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirst();
    if (!row) {
      // compared in JavaScript, not with the databases' lower() (ASCII-only in SQLite); only on a miss, which the
      // cache makes rare, and over one workspace's records of one kind
      const all = await trx.selectFrom(kind).select(['id', 'name']).where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
      row = all.find((r) => nameKey(r.name) === wanted);
    }
    if (!row) {
      const values = { id: newId(), workspace_id: workspaceId, name: name.trim().replace(/\s+/g, ' '), created_at: now, updated_at: now, ...(kind === 'employee' ? extra : {}) };
      // ON CONFLICT DO NOTHING: another process may create the same name at the same moment.
      await trx.insertInto(kind).values(values).onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing()).execute();
      row = await trx.selectFrom(kind).select(['id', 'name']).where('workspace_id', '=', workspaceId).where('name', '=', values.name).executeTakeFirstOrThrow();
    }
    const found: Named = { id: row.id, name: row.name };
    afterCommit(() => {
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(cacheKey(workspaceId, kind, 'normalised', wanted), found);
      this.cache.set(cacheKey(workspaceId, kind, 'written', name), found);
    });
    return found;
  }
}

/** A cache entry's key: the name as written or normalised (nameKey), per workspace and kind; the two never collide. */
function cacheKey(workspaceId: string, kind: Kind, form: 'written' | 'normalised', name: string): string {
  return `${workspaceId}\u0000${kind}\u0000${form}\u0000${name}`;
}

/** What two names of one team, location or employee have in common: Unicode-normalised, lower-cased, spaces collapsed. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
