// Types of the Clearloop server API as the dashboard uses it. Words follow /work/shared/GLOSSARY.md.

export type Role = 'owner' | 'admin' | 'manager' | 'agent' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'admin', 'manager', 'agent', 'viewer'];

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

export interface WorkspaceRef {
  id: string;
  name: string;
  slug: string;
}

export interface WorkspaceMembership extends WorkspaceRef {
  role: Role;
}

export interface Session {
  user: SessionUser;
  workspace: WorkspaceRef | null;
  role: Role | null;
  workspaces: WorkspaceMembership[];
  csrfToken: string;
}

export interface ApiErrorField {
  field: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: ApiErrorField[] };
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export type SurveyKind = 'nps' | 'csat' | 'ces';
export type SurveyStatus = 'draft' | 'active' | 'closed';

export interface Survey {
  id: string;
  name: string;
  kind: SurveyKind;
  status: SurveyStatus;
  question: string;
  followUp: { default: string; positive?: string; neutral?: string; negative?: string };
  questions: unknown[];
  createdAt: string;
  updatedAt: string;
}

export interface Team {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export type Location = Team;

export interface Employee {
  id: string;
  name: string;
  email: string | null;
  teamId: string | null;
  locationId: string | null;
  userId: string | null;
}

export type Channel = 'link' | 'email' | 'widget' | 'feedback_page' | 'api' | 'import' | 'delighted_api';
export const CHANNELS: readonly Channel[] = ['link', 'email', 'widget', 'feedback_page', 'api', 'import', 'delighted_api'];

export type ResponseGroup =
  | 'promoter'
  | 'passive'
  | 'detractor'
  | 'satisfied'
  | 'neutral'
  | 'dissatisfied'
  | 'easy'
  | 'difficult';

export interface Person {
  id: string;
  email: string | null;
  name: string | null;
  externalId: string | null;
}

/** One person's answer to one survey. */
export interface SurveyResponse {
  id: string;
  surveyId: string;
  score: number | null;
  group: ResponseGroup | null;
  comment: string | null;
  answers: Record<string, unknown>;
  channel: string;
  teamId: string | null;
  team: string | null;
  locationId: string | null;
  location: string | null;
  employeeId: string | null;
  employee: string | null;
  person: Person | null;
  properties: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface ResponseFilters {
  surveyId?: string;
  from?: string;
  to?: string;
  teamId?: string;
  locationId?: string;
  employeeId?: string;
  channel?: string;
  group?: string;
  q?: string;
  hasComment?: boolean;
  personId?: string;
  limit?: number;
}

export type Interval = 'day' | 'week' | 'month';
export type GroupBy = 'team' | 'location' | 'employee' | 'channel';

export interface MetricsQuery {
  surveyId: string;
  from: string;
  to: string;
  interval?: Interval;
  groupBy?: GroupBy;
  compareTo?: 'previous';
  teamId?: string;
  locationId?: string;
  channel?: string;
}

export interface MetricsSeriesPoint {
  period: string;
  total: number;
  score: number | null;
  marginOfError: number | null;
  low: number | null;
  high: number | null;
}

export interface MetricsGroup {
  key: string;
  label: string;
  total: number;
  score: number | null;
  marginOfError: number | null;
}

export interface Metrics {
  surveyId: string;
  kind: SurveyKind;
  from: string;
  to: string;
  total: number;
  score: number | null;
  marginOfError: number | null;
  distribution: Record<string, number>;
  promoters?: number;
  passives?: number;
  detractors?: number;
  nps?: number | null;
  satisfied?: number;
  csat?: number | null;
  mean?: number | null;
  standardError?: number | null;
  series?: MetricsSeriesPoint[];
  groups?: MetricsGroup[];
  previous?: { from: string; to: string; total: number; score: number | null; marginOfError: number | null };
  change?: { delta: number; standardError: number; significant: boolean } | null;
}

export interface Member {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  createdAt: string;
}

export type ApiKeyScope = 'read' | 'write';

export interface ApiKey {
  id: string;
  name: string;
  scope: ApiKeyScope;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  key: string;
}
