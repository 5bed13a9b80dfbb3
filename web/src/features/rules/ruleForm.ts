import type { AlertConditions, AlertRule, AlertRuleInput, CaseAssignment, CasePriority, PropertyCondition, PropertyOp } from '../../api/loop';
import type { ResponseGroup } from '../../api/types';
import { MAX_TAG_LENGTH } from '../responses/responseApi';

/** The alert-rule editor's state: every field as the form holds it (strings for inputs, arrays for pickers). */
export interface RuleForm {
  name: string;
  enabled: boolean;
  scoreGroups: ResponseGroup[];
  scoreMin: string;
  scoreMax: string;
  unscored: boolean;
  surveyIds: string[];
  channels: string[];
  teamIds: string[];
  locationIds: string[];
  employeeIds: string[];
  words: string;
  /** Theme conditions are set elsewhere (themes screens); kept as they are when the rule is saved here. */
  themes: string[];
  personProp: PropForm;
  accountProp: PropForm;
  /** Also imported and back-dated responses (skipped by default). */
  includeImported: boolean;
  openCase: boolean;
  assign: CaseAssignment;
  assignUserId: string;
  assignTeamId: string;
  priority: CasePriority;
  firstContactHours: string;
  resolutionHours: string;
  resurveyDays: string;
  /** Also open cases on anonymous responses without a comment (skipped by default: nobody to contact, nothing to learn). */
  includeAnonymous: boolean;
  notifyEmails: string;
  webhookUrl: string;
  slackWebhookUrl: string;
  addTags: string;
}

export interface PropForm {
  name: string;
  op: PropertyOp;
  value: string;
}

export const OP_LABELS: Record<PropertyOp, string> = {
  eq: 'equals',
  neq: 'is not',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  contains: 'contains',
};

const emptyProp = (): PropForm => ({ name: '', op: 'eq', value: '' });

export function emptyRuleForm(): RuleForm {
  return {
    name: '',
    enabled: true,
    scoreGroups: ['detractor'],
    scoreMin: '',
    scoreMax: '',
    unscored: false,
    surveyIds: [],
    channels: [],
    teamIds: [],
    locationIds: [],
    employeeIds: [],
    words: '',
    themes: [],
    personProp: emptyProp(),
    accountProp: emptyProp(),
    includeImported: false,
    openCase: true,
    assign: 'team_manager',
    assignUserId: '',
    assignTeamId: '',
    priority: 'normal',
    firstContactHours: '24',
    resolutionHours: '72',
    resurveyDays: '',
    includeAnonymous: false,
    notifyEmails: '',
    webhookUrl: '',
    slackWebhookUrl: '',
    addTags: '',
  };
}

const propToForm = (p: PropertyCondition | undefined): PropForm => (p ? { name: p.name, op: p.op, value: String(p.value) } : emptyProp());

export function ruleToForm(rule: AlertRule): RuleForm {
  const c = rule.conditions ?? {};
  const a = rule.actions ?? {};
  const oc = a.openCase;
  return {
    name: rule.name,
    enabled: rule.enabled,
    scoreGroups: c.scoreGroups ?? [],
    scoreMin: c.scoreMin === undefined ? '' : String(c.scoreMin),
    scoreMax: c.scoreMax === undefined ? '' : String(c.scoreMax),
    unscored: c.unscored ?? false,
    surveyIds: c.surveyIds ?? [],
    channels: c.channels ?? [],
    teamIds: c.teamIds ?? [],
    locationIds: c.locationIds ?? [],
    employeeIds: c.employeeIds ?? [],
    words: (c.words ?? []).join(', '),
    themes: c.themes ?? [],
    personProp: propToForm(c.personProperty),
    accountProp: propToForm(c.accountProperty),
    includeImported: c.includeImported ?? false,
    openCase: Boolean(oc),
    assign: oc?.assign ?? 'team_manager',
    assignUserId: oc?.userId ?? '',
    assignTeamId: oc?.teamId ?? '',
    priority: oc?.priority ?? 'normal',
    firstContactHours: String(oc?.firstContactHours ?? 24),
    resolutionHours: String(oc?.resolutionHours ?? 72),
    resurveyDays: oc?.resurveyDays === undefined ? '' : String(oc.resurveyDays),
    includeAnonymous: oc?.includeAnonymous ?? false,
    notifyEmails: (a.notifyEmails ?? []).join(', '),
    webhookUrl: a.webhookUrl ?? '',
    slackWebhookUrl: a.slackWebhookUrl ?? '',
    addTags: (a.addTags ?? []).join(', '),
  };
}

export const splitList = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const NUMERIC_OPS: readonly PropertyOp[] = ['gt', 'gte', 'lt', 'lte'];

function propValue(p: PropForm): string | number | boolean {
  const v = p.value.trim();
  if (NUMERIC_OPS.includes(p.op) && v !== '' && !Number.isNaN(Number(v))) return Number(v);
  if (p.op !== 'contains' && (v === 'true' || v === 'false')) return v === 'true';
  if (p.op !== 'contains' && v !== '' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
}

/** A rule adds at most as many tags as a response may have (response-tags.ts on the server). */
export const MAX_RULE_TAGS = 20;

/**
 * A rule's tags follow the rules of a response's tags: each at most MAX_TAG_LENGTH characters, at most
 * MAX_RULE_TAGS of them (repeats in any case count once). The problem in words, or undefined.
 */
export function checkRuleTags(tags: readonly string[]): string | undefined {
  const long = tags.find((t) => t.length > MAX_TAG_LENGTH);
  if (long) return `“${long}” is longer than ${MAX_TAG_LENGTH} characters (it has ${long.length}).`;
  const distinct = new Set(tags.map((t) => t.toLowerCase())).size;
  if (distinct > MAX_RULE_TAGS) return `At most ${MAX_RULE_TAGS} tags (this gives ${distinct}).`;
  return undefined;
}

/** Light checks before the server's own: the messages keyed like the server's field paths. */
export function validateRule(f: RuleForm): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.name.trim()) e.name = 'Give the rule a name.';
  const min = f.scoreMin === '' ? null : Number(f.scoreMin);
  const max = f.scoreMax === '' ? null : Number(f.scoreMax);
  if (min !== null && (!Number.isInteger(min) || min < 0 || min > 10)) e['conditions/scoreMin'] = 'A whole number from 0 to 10.';
  if (max !== null && (!Number.isInteger(max) || max < 0 || max > 10)) e['conditions/scoreMax'] = 'A whole number from 0 to 10.';
  if (min !== null && max !== null && min > max) e['conditions/scoreMax'] = 'Must not be below the minimum.';
  for (const [key, p] of [
    ['personProperty', f.personProp],
    ['accountProperty', f.accountProp],
  ] as const) {
    if (!p.name.trim() && p.value.trim()) e[`conditions/${key}`] = 'Name the property to compare.';
    if (NUMERIC_OPS.includes(p.op) && p.name.trim() && Number.isNaN(Number(p.value))) e[`conditions/${key}`] = 'Compare with a number.';
  }
  const hasAction = f.openCase || splitList(f.notifyEmails).length > 0 || f.webhookUrl.trim() || f.slackWebhookUrl.trim() || splitList(f.addTags).length > 0;
  if (!hasAction) e.actions = 'Give at least one action.';
  if (f.openCase) {
    if (f.assign === 'user' && !f.assignUserId) e['actions/openCase/userId'] = 'Choose the member who gets the cases.';
    const fc = Number(f.firstContactHours);
    const rh = Number(f.resolutionHours);
    if (!(fc >= 0.1 && fc <= 1440)) e['actions/openCase/firstContactHours'] = 'Between 0.1 and 1440 hours.';
    if (!(rh >= 0.1 && rh <= 8760)) e['actions/openCase/resolutionHours'] = 'Between 0.1 and 8760 hours.';
    if (fc > rh) e['actions/openCase/resolutionHours'] = 'Should not come before the first-contact deadline.';
    if (f.resurveyDays !== '' && !(Number.isInteger(Number(f.resurveyDays)) && Number(f.resurveyDays) >= 1 && Number(f.resurveyDays) <= 365)) {
      e['actions/openCase/resurveyDays'] = 'A whole number of days from 1 to 365, or empty.';
    }
  }
  const bad = splitList(f.notifyEmails).find((x) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(x));
  if (bad) e['actions/notifyEmails'] = `“${bad}” is not an email address.`;
  const tagProblem = checkRuleTags(splitList(f.addTags));
  if (tagProblem) e['actions/addTags'] = tagProblem;
  for (const key of ['webhookUrl', 'slackWebhookUrl'] as const) {
    const url = f[key].trim();
    if (url && !/^https?:\/\/\S+$/.test(url)) e[`actions/${key}`] = 'Must be an http(s) URL.';
  }
  return e;
}

/**
 * The teams whose cases this rule could not assign when it gives them to the team manager: those (of the rule's
 * teams, else all) without a manager. Their cases open unassigned and the owners and admins are told.
 */
export function teamsWithoutManager<T extends { id: string; name: string; managerUserId: string | null }>(f: RuleForm, teams: readonly T[]): T[] {
  if (!f.openCase || f.assign !== 'team_manager') return [];
  const scope = f.teamIds.length ? teams.filter((t) => f.teamIds.includes(t.id)) : teams;
  return scope.filter((t) => !t.managerUserId);
}

export function formToInput(f: RuleForm): AlertRuleInput {
  const conditions: AlertConditions = {};
  if (f.scoreGroups.length) conditions.scoreGroups = f.scoreGroups;
  if (f.scoreMin !== '') conditions.scoreMin = Number(f.scoreMin);
  if (f.scoreMax !== '') conditions.scoreMax = Number(f.scoreMax);
  if (f.unscored) conditions.unscored = true;
  if (f.surveyIds.length) conditions.surveyIds = f.surveyIds;
  if (f.channels.length) conditions.channels = f.channels;
  if (f.teamIds.length) conditions.teamIds = f.teamIds;
  if (f.locationIds.length) conditions.locationIds = f.locationIds;
  if (f.employeeIds.length) conditions.employeeIds = f.employeeIds;
  const words = splitList(f.words);
  if (words.length) conditions.words = words;
  if (f.themes.length) conditions.themes = f.themes;
  if (f.personProp.name.trim()) conditions.personProperty = { name: f.personProp.name.trim(), op: f.personProp.op, value: propValue(f.personProp) };
  if (f.accountProp.name.trim()) conditions.accountProperty = { name: f.accountProp.name.trim(), op: f.accountProp.op, value: propValue(f.accountProp) };
  if (f.includeImported) conditions.includeImported = true;

  const input: AlertRuleInput = { name: f.name.trim(), enabled: f.enabled, conditions, actions: {} };
  if (f.openCase) {
    input.actions.openCase = {
      assign: f.assign,
      ...(f.assign === 'user' ? { userId: f.assignUserId } : {}),
      ...(f.assign === 'round_robin' && f.assignTeamId ? { teamId: f.assignTeamId } : {}),
      priority: f.priority,
      firstContactHours: Number(f.firstContactHours),
      resolutionHours: Number(f.resolutionHours),
      ...(f.resurveyDays !== '' ? { resurveyDays: Number(f.resurveyDays) } : {}),
      ...(f.includeAnonymous ? { includeAnonymous: true } : {}),
    };
  }
  const emails = splitList(f.notifyEmails);
  if (emails.length) input.actions.notifyEmails = emails;
  if (f.webhookUrl.trim()) input.actions.webhookUrl = f.webhookUrl.trim();
  if (f.slackWebhookUrl.trim()) input.actions.slackWebhookUrl = f.slackWebhookUrl.trim();
  const tags = splitList(f.addTags);
  if (tags.length) input.actions.addTags = tags;
  return input;
}
