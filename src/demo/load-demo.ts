/**
 * Loads the demo workspace: Brightwave, a fictional internet & mobile provider with a year of NPS and CSAT
 * responses. Runs through the same services as real traffic, so metric buckets are built the normal way.
 */
import type { AppContext } from '../app-context.ts';
import type { Auth } from '../modules/auth/policy.ts';
import type { ResponseInput } from '../modules/responses/response.service.ts';
import type { StarterTaxonomyName } from '../modules/themes/taxonomies/index.ts';
import { DEMO_COMPANY, generateDemoData } from './generate.ts';

export const DEMO_WORKSPACE = `${DEMO_COMPANY} (demo)`;
export const DEMO_EMAIL = 'demo@clearloop.dev';
export const DEMO_PASSWORD = 'clearloop-demo';

/**
 * Each demo team has a manager, so that the demo's rule ("detractors → the team manager") always finds someone:
 * Morgan Manager (manager@clearloop.dev) runs Support Phone; the other teams have their own managers, demo users
 * with the same password. A team missing from this list gets "<team> Manager".
 */
const DEMO_TEAM_MANAGERS: Record<string, { name: string; email: string }> = {
  'Support Chat': { name: 'Jordan Lee', email: 'jordan.lee@clearloop.dev' },
  'Field Technicians': { name: 'Riley Brooks', email: 'riley.brooks@clearloop.dev' },
  'Retail Stores': { name: 'Sam Ortiz', email: 'sam.ortiz@clearloop.dev' },
  Billing: { name: 'Taylor Nguyen', email: 'taylor.nguyen@clearloop.dev' },
};

export interface DemoResult {
  created: boolean;
  workspaceId: string;
  responses: number;
}

export interface LoadDemoOptions {
  now?: Date;
  onStart?: (total: number) => void;
  onProgress?: (n: number) => void;
  /**
   * The starter taxonomy the demo starts with, so that Top problems has something to rank at first click (the
   * background worker analyses the comments within seconds of start-up); null starts without themes, on the empty
   * state that offers the starters.
   */
  taxonomy?: StarterTaxonomyName | null;
}

export async function loadDemo(ctx: AppContext, opts: LoadDemoOptions = {}): Promise<DemoResult> {
  const existing = await ctx.workspaces.findByNameOrSlug(DEMO_WORKSPACE);
  if (existing) return { created: false, workspaceId: existing.id, responses: 0 };

  const data = generateDemoData({ now: opts.now ?? new Date() });
  const { workspace, userId } = await ctx.workspaces.createWithOwner({ workspace: DEMO_WORKSPACE, email: DEMO_EMAIL, password: DEMO_PASSWORD, name: 'Demo Owner' });
  const auth: Auth = { workspaceId: workspace.id, via: 'session', role: 'owner', scope: 'write', userId, apiKeyId: null };
  opts.onStart?.(data.responses.length);

  // A colleague for each role, so a person can see what each role may do (same password as the demo owner).
  const members: Record<string, string> = {};
  for (const [role, name] of [['manager', 'Morgan Manager'], ['agent', 'Alex Agent'], ['viewer', 'Val Viewer']] as const) {
    members[role] = (await ctx.workspaces.addMember(auth, { email: `${role}@clearloop.dev`, name, role, password: DEMO_PASSWORD })).id;
  }

  const nps = await ctx.surveys.create(auth, { name: 'Relationship NPS', kind: 'nps' });
  const csat = await ctx.surveys.create(auth, {
    name: 'Support CSAT',
    kind: 'csat',
    question: 'How satisfied were you with the help you got today?',
    followUp: { default: 'What made the difference?' },
  });

  const teamIds = new Map<string, string>();
  for (const t of data.teams) teamIds.set(t.name, (await ctx.named.create(auth, 'team', { name: t.name })).id);
  const locationIds = new Map<string, string>();
  for (const l of data.locations) locationIds.set(l.name, (await ctx.named.create(auth, 'location', { name: l.name })).id);
  // The manager runs Support Phone; the agent is Priya Raman of that team (their feed and cases are hers). Every
  // other team gets a manager of its own, so every new detractor's case has an owner who is told.
  const managedTeam = teamIds.get('Support Phone') ?? [...teamIds.values()][0]!;
  const managers = new Map<string, string>();
  for (const [name, teamId] of teamIds) {
    let managerId = members.manager!;
    if (teamId !== managedTeam) {
      const m = DEMO_TEAM_MANAGERS[name] ?? { name: `${name} Manager`, email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.manager@clearloop.dev` };
      managerId = (await ctx.workspaces.addMember(auth, { email: m.email, name: m.name, role: 'manager', password: DEMO_PASSWORD })).id;
    }
    await ctx.named.update(auth, 'team', teamId, { managerUserId: managerId });
    managers.set(teamId, managerId);
  }
  const agentEmployee = data.employees.find((e) => e.name === 'Priya Raman') ?? data.employees.find((e) => teamIds.get(e.team) === managedTeam);
  for (const e of data.employees) {
    await ctx.named.create(auth, 'employee', {
      name: e.name,
      email: e.email,
      teamId: teamIds.get(e.team) ?? null,
      locationId: locationIds.get(e.location) ?? null,
      userId: e === agentEmployee ? members.agent : null,
    });
  }
  const accountIds = new Map<string, string>();
  for (const a of data.accounts) accountIds.set(a.name, (await ctx.named.create(auth, 'account', { name: a.name, properties: a.properties })).id);
  const people = new Map(data.people.map((p) => [p.key, p]));
  for (const p of data.people) {
    await ctx.people.create(auth, { email: p.email, name: p.name, externalId: p.externalId, properties: p.properties, accountId: p.account ? (accountIds.get(p.account) ?? null) : null });
  }

  let batch: ResponseInput[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await ctx.responses.ingest(auth, batch, { batch: true });
    opts.onProgress?.(batch.length);
    batch = [];
  };
  for (const r of data.responses) {
    const person = people.get(r.personKey);
    batch.push({
      surveyId: r.survey === 'nps' ? nps.id : csat.id,
      score: r.score,
      comment: r.comment,
      channel: r.channel,
      team: r.team,
      location: r.location,
      employee: r.employee,
      properties: r.properties,
      createdAt: r.createdAt,
      person: person ? { email: person.email } : undefined,
    });
    if (batch.length >= 1000) await flush();
  }
  await flush();

  // Closing the loop: a rule for new detractors, and cases on the latest ones (some already worked) so the
  // inbox, case pages and follow-up metrics have something to show.
  await ctx.alertRules.create(auth, {
    name: 'Detractors: call back within a day',
    conditions: { scoreGroups: ['detractor'] },
    actions: { openCase: { assign: 'team_manager', priority: 'high', resurveyDays: 30 } },
  });
  const detractors = await ctx.database.db
    .selectFrom('response')
    .select(['id', 'team_id'])
    .where('workspace_id', '=', workspace.id)
    .where('survey_id', '=', nps.id)
    .where('score', '<=', 6)
    .where('comment', 'is not', null)
    .orderBy('created_at', 'desc')
    .limit(12)
    .execute();
  for (const [i, d] of detractors.entries()) {
    const { caseRow } = await ctx.database.db.transaction().execute((trx) =>
      ctx.cases.open(trx, workspace.id, { responseId: d.id, ownerUserId: (d.team_id && managers.get(d.team_id)) ?? userId, priority: i % 4 === 0 ? 'urgent' : 'high' }, null),
    );
    if (i % 3 === 1) await ctx.cases.contact(auth, caseRow.id, { kind: 'call', body: 'Called the customer, apologised and agreed a fix.' });
    if (i % 3 === 2) {
      await ctx.cases.contact(auth, caseRow.id, { kind: 'call', body: 'Called back; the issue is fixed.' });
      await ctx.cases.update(auth, caseRow.id, { status: 'closed', outcome: i % 2 ? 'won_back' : 'not_recoverable', rootCause: i % 2 ? 'Billing' : 'Wait time' });
    }
  }
  // Brightwave is a broadband and mobile provider: the telecom starter fits its comments.
  const taxonomy = opts.taxonomy === undefined ? 'telecom' : opts.taxonomy;
  if (taxonomy) await ctx.themes.setTaxonomy(auth, { starter: taxonomy });
  return { created: true, workspaceId: workspace.id, responses: data.responses.length };
}
