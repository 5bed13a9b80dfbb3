import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useLocations, useMembers, useSurveys, useTeams } from '../../api/hooks';
import { CASE_ASSIGNMENTS, CASE_PRIORITIES, PROPERTY_OPS, useEmployees, useSaveAlertRule, type AlertRule, type CaseAssignment, type CasePriority, type PropertyOp } from '../../api/loop';
import { CHANNELS, type ResponseGroup } from '../../api/types';
import { checkHighlighted, ErrorSummary, FieldError, joinIds, useFieldErrors, type FieldErrors } from '../common/FieldError';
import { channelLabel, groupLabel } from '../common/format';
import { ASSIGNMENT_LABELS, memberName, PRIORITY_LABELS } from '../cases/caseText';
import { MAX_TAG_LENGTH } from '../responses/responseApi';
import { emptyRuleForm, formToInput, MAX_RULE_TAGS, OP_LABELS, ruleToForm, teamsWithoutManager, validateRule, type PropForm, type RuleForm } from './ruleForm';

const GROUPS: { kind: string; groups: ResponseGroup[] }[] = [
  { kind: 'NPS', groups: ['detractor', 'passive', 'promoter'] },
  { kind: 'CSAT', groups: ['dissatisfied', 'neutral', 'satisfied'] },
  { kind: 'CES', groups: ['difficult', 'easy'] },
];

/**
 * Which of the server's paths a field shows: its own and those under it ("actions/notifyEmails/0" belongs to
 * "actions/notifyEmails"), except that "actions" (the fieldset's "give at least one action") shows only its own.
 */
function ruleFieldMatches(field: string, path: string): boolean {
  return path === field || (field !== 'actions' && path.startsWith(`${field}/`));
}

/**
 * A field's message (the form's own check first, else the server's); not announced itself, as the form's own
 * checks follow every change: the summary at the top is.
 */
function Problem({ errors, path }: { errors: FieldErrors; path: string }) {
  return <FieldError errors={errors} field={path} announce={false} testId={`rule-error-${path.replace(/\//g, '-')}`} />;
}

function toggleIn<T>(list: T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((x) => x !== value);
}

function MultiSelect({
  id,
  label,
  options,
  value,
  onChange,
  hint,
  errors,
  path,
}: {
  id: string;
  label: string;
  options: { id: string; name: string }[];
  value: string[];
  onChange: (v: string[]) => void;
  hint?: string;
  errors: FieldErrors;
  path: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        className="multi-select"
        data-testid={id}
        value={value}
        size={Math.min(6, Math.max(3, options.length))}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
        {...errors.inputProps(path, `${id}-hint`)}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <span className="hint" id={`${id}-hint`}>
        {value.length ? `${value.length} chosen` : 'None chosen: any'}
        {hint ? ` · ${hint}` : ' · Ctrl/⌘-click to choose several'}
      </span>
      <Problem errors={errors} path={path} />
    </div>
  );
}

function PropertyRow({ id, legend, value, onChange, errors, path }: { id: string; legend: string; value: PropForm; onChange: (p: PropForm) => void; errors: FieldErrors; path: string }) {
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend>{legend}</legend>
      <div className="prop-row">
        <div className="field">
          <label htmlFor={`${id}-name`} className="visually-hidden">
            {legend}: property name
          </label>
          <input id={`${id}-name`} {...errors.inputProps(path)} data-testid={`${id}-name`} placeholder="Property name, e.g. plan" maxLength={100} value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-op`} className="visually-hidden">
            {legend}: comparison
          </label>
          <select id={`${id}-op`} {...errors.inputProps(path)} value={value.op} onChange={(e) => onChange({ ...value, op: e.target.value as PropertyOp })}>
            {PROPERTY_OPS.map((op) => (
              <option key={op} value={op}>
                {OP_LABELS[op]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`} className="visually-hidden">
            {legend}: value
          </label>
          <input id={`${id}-value`} {...errors.inputProps(path)} placeholder="Value, e.g. enterprise" maxLength={200} value={value.value} onChange={(e) => onChange({ ...value, value: e.target.value })} />
        </div>
      </div>
      <Problem errors={errors} path={path} />
    </fieldset>
  );
}

/** Create or change an alert rule: conditions on responses, then actions. */
export function AlertRuleEditor({ rule, onDone }: { rule: AlertRule | null; onDone: (saved: AlertRule | null) => void }) {
  const save = useSaveAlertRule();
  const surveys = useSurveys();
  const teams = useTeams();
  const locations = useLocations();
  const employees = useEmployees();
  const members = useMembers();
  const [form, setForm] = useState<RuleForm>(() => (rule ? ruleToForm(rule) : emptyRuleForm()));
  // Checked on submit, then again on every change so a fixed field loses its message at once.
  const [attempted, setAttempted] = useState(false);
  const local = attempted ? validateRule(form) : {};
  const errors = useFieldErrors(save.error, { local, matches: ruleFieldMatches });
  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(validateRule(form)).length > 0) return;
    save.mutate({ ...formToInput(form), ...(rule ? { id: rule.id } : {}) }, { onSuccess: (saved) => onDone(saved) });
  };

  const problemCount = Object.keys(local).length;
  const unmanaged = teamsWithoutManager(form, teams.data ?? []);
  const title = rule ? `Edit “${rule.name}”` : 'New alert rule';

  return (
    <section className="card" aria-labelledby="rule-editor-title" data-testid="alert-rule-editor">
      <header className="card-header">
        <h2 id="rule-editor-title">{title}</h2>
      </header>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={save.isPending}>
        {problemCount > 0 ? (
          <div className="alert alert-error" role="alert">
            {checkHighlighted(problemCount)}
          </div>
        ) : (
          <ErrorSummary errors={errors} />
        )}
        <div className="form-row">
          <div className="field">
            <label htmlFor="rule-name">Name</label>
            <input id="rule-name" {...errors.inputProps('name')} data-testid="rule-name" required maxLength={200} value={form.name} onChange={(e) => set('name', e.target.value)} placeholder="e.g. Detractors → follow up" />
            <Problem errors={errors} path="name" />
          </div>
          <label className="check filter-check">
            <input type="checkbox" data-testid="rule-enabled" checked={form.enabled} onChange={(e) => set('enabled', e.target.checked)} />
            Enabled
          </label>
        </div>

        <fieldset className="fieldset">
          <legend>When a response…</legend>
          <p className="hint">All the conditions you set must hold; a list matches any of its choices. Leave a condition empty to ignore it.</p>
          <div className="field" role="group" aria-labelledby="rule-groups-label">
            <span className="label" id="rule-groups-label">
              Score group
            </span>
            {GROUPS.map((g) => (
              <div className="check-row" key={g.kind}>
                <span className="muted small">{g.kind}:</span>
                {g.groups.map((group) => (
                  <label className="check" key={group}>
                    <input type="checkbox" {...errors.inputProps('conditions/scoreGroups')} data-testid={`rule-group-${group}`} checked={form.scoreGroups.includes(group)} onChange={(e) => set('scoreGroups', toggleIn(form.scoreGroups, group, e.target.checked))} />
                    {groupLabel(group)}
                  </label>
                ))}
              </div>
            ))}
            <Problem errors={errors} path="conditions/scoreGroups" />
          </div>
          <div className="form-row form-row-compact">
            <div className="field">
              <label htmlFor="rule-score-min">Score at least</label>
              <input id="rule-score-min" {...errors.inputProps('conditions/scoreMin')} type="number" min={0} max={10} step={1} value={form.scoreMin} onChange={(e) => set('scoreMin', e.target.value)} />
              <Problem errors={errors} path="conditions/scoreMin" />
            </div>
            <div className="field">
              <label htmlFor="rule-score-max">Score at most</label>
              <input id="rule-score-max" {...errors.inputProps('conditions/scoreMax')} type="number" min={0} max={10} step={1} value={form.scoreMax} onChange={(e) => set('scoreMax', e.target.value)} />
              <Problem errors={errors} path="conditions/scoreMax" />
            </div>
          </div>
          <label className="check">
            <input type="checkbox" checked={form.unscored} onChange={(e) => set('unscored', e.target.checked)} />
            Only unscored feedback (the public feedback page)
          </label>
          <div className="field" role="group" aria-labelledby="rule-surveys-label">
            <span className="label" id="rule-surveys-label">
              Surveys <span className="muted small">(none chosen: any)</span>
            </span>
            <div className="check-row">
              {(surveys.data ?? []).map((s) => (
                <label className="check" key={s.id}>
                  <input type="checkbox" {...errors.inputProps('conditions/surveyIds')} checked={form.surveyIds.includes(s.id)} onChange={(e) => set('surveyIds', toggleIn(form.surveyIds, s.id, e.target.checked))} />
                  {s.name}
                </label>
              ))}
            </div>
            <Problem errors={errors} path="conditions/surveyIds" />
          </div>
          <div className="field" role="group" aria-labelledby="rule-channels-label">
            <span className="label" id="rule-channels-label">
              Channels <span className="muted small">(none chosen: any)</span>
            </span>
            <div className="check-row">
              {CHANNELS.map((ch) => (
                <label className="check" key={ch}>
                  <input type="checkbox" checked={form.channels.includes(ch)} onChange={(e) => set('channels', toggleIn(form.channels, ch, e.target.checked))} />
                  {channelLabel(ch)}
                </label>
              ))}
            </div>
          </div>
          <div className="form-row">
            <MultiSelect id="rule-teams" label="Teams" options={teams.data ?? []} value={form.teamIds} onChange={(v) => set('teamIds', v)} errors={errors} path="conditions/teamIds" />
            <MultiSelect id="rule-locations" label="Locations" options={locations.data ?? []} value={form.locationIds} onChange={(v) => set('locationIds', v)} errors={errors} path="conditions/locationIds" />
            <MultiSelect id="rule-employees" label="Employees" options={employees.data ?? []} value={form.employeeIds} onChange={(v) => set('employeeIds', v)} errors={errors} path="conditions/employeeIds" />
          </div>
          <div className="field">
            <label htmlFor="rule-words">Comment contains any of these words</label>
            <input id="rule-words" data-testid="rule-words" value={form.words} onChange={(e) => set('words', e.target.value)} placeholder="refund, cancel, lawyer" {...errors.inputProps('conditions/words', 'rule-words-hint')} />
            <span className="hint" id="rule-words-hint">
              Separate with commas.
            </span>
            <Problem errors={errors} path="conditions/words" />
          </div>
          {form.themes.length > 0 ? <p className="hint">This rule also matches {form.themes.length} theme(s), kept as they are.</p> : null}
          <div className="stack stack-tight">
            <PropertyRow id="rule-person-prop" legend="Person property" value={form.personProp} onChange={(p) => set('personProp', p)} errors={errors} path="conditions/personProperty" />
            <PropertyRow id="rule-account-prop" legend="Account property" value={form.accountProp} onChange={(p) => set('accountProp', p)} errors={errors} path="conditions/accountProperty" />
          </div>
          <label className="check">
            <input type="checkbox" data-testid="rule-include-imported" aria-describedby="rule-include-imported-hint" checked={form.includeImported} onChange={(e) => set('includeImported', e.target.checked)} />
            Also imported and back-dated responses
          </label>
          <span className="hint" id="rule-include-imported-hint">
            Off: responses from an import, or dated more than 7 days before they arrive, are history — they open no case and notify no one.
          </span>
        </fieldset>

        <fieldset className="fieldset" aria-describedby={joinIds(errors.message('actions') && errors.errorId('actions'))}>
          <legend>…then</legend>
          <Problem errors={errors} path="actions" />
          <label className="check">
            <input type="checkbox" data-testid="rule-open-case" checked={form.openCase} onChange={(e) => set('openCase', e.target.checked)} />
            Open a follow-up case
          </label>
          {form.openCase ? (
            <div className="stack stack-tight">
              <div className="form-row">
                <div className="field">
                  <label htmlFor="rule-assign">Assign to</label>
                  <select id="rule-assign" data-testid="rule-assign" value={form.assign} onChange={(e) => set('assign', e.target.value as CaseAssignment)}>
                    {CASE_ASSIGNMENTS.map((a) => (
                      <option key={a} value={a}>
                        {ASSIGNMENT_LABELS[a]}
                      </option>
                    ))}
                  </select>
                </div>
                {form.assign === 'user' ? (
                  <div className="field">
                    <label htmlFor="rule-assign-user">Member</label>
                    <select id="rule-assign-user" {...errors.inputProps('actions/openCase/userId')} data-testid="rule-assign-user" value={form.assignUserId} onChange={(e) => set('assignUserId', e.target.value)}>
                      <option value="">Choose…</option>
                      {(members.data ?? [])
                        .filter((m) => m.role !== 'viewer')
                        .map((m) => (
                          <option key={m.id} value={m.id}>
                            {memberName(m)} ({m.role})
                          </option>
                        ))}
                    </select>
                    <Problem errors={errors} path="actions/openCase/userId" />
                  </div>
                ) : null}
                {form.assign === 'round_robin' ? (
                  <div className="field">
                    <label htmlFor="rule-assign-team">Among the employees of</label>
                    <select id="rule-assign-team" {...errors.inputProps('actions/openCase/teamId')} data-testid="rule-assign-team" value={form.assignTeamId} onChange={(e) => set('assignTeamId', e.target.value)}>
                      <option value="">The response&apos;s team</option>
                      {(teams.data ?? []).map((t) => (
                        <option key={t.id} value={t.id}>
                          {t.name}
                        </option>
                      ))}
                    </select>
                    <Problem errors={errors} path="actions/openCase/teamId" />
                  </div>
                ) : null}
                <div className="field">
                  <label htmlFor="rule-priority">Priority</label>
                  <select id="rule-priority" data-testid="rule-priority" value={form.priority} onChange={(e) => set('priority', e.target.value as CasePriority)}>
                    {CASE_PRIORITIES.map((p) => (
                      <option key={p} value={p}>
                        {PRIORITY_LABELS[p]}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              {unmanaged.length > 0 ? (
                <p className="alert alert-warning" data-testid="rule-teams-without-manager">
                  {unmanaged.length === 1 ? '1 team has' : `${unmanaged.length} teams have`} no manager: {unmanaged.map((t) => t.name).join(', ')}. Their cases — and those of
                  responses without a team — open unassigned, and the owners and admins are told. Set managers under{' '}
                  <Link to="/settings/directory">Settings → Teams &amp; employees</Link>.
                </p>
              ) : null}
              <div className="form-row form-row-compact">
                <div className="field">
                  <label htmlFor="rule-first-contact">First contact within (h)</label>
                  <input id="rule-first-contact" {...errors.inputProps('actions/openCase/firstContactHours')} type="number" min={0.1} max={1440} step="any" value={form.firstContactHours} onChange={(e) => set('firstContactHours', e.target.value)} />
                  <Problem errors={errors} path="actions/openCase/firstContactHours" />
                </div>
                <div className="field">
                  <label htmlFor="rule-resolution">Resolve within (h)</label>
                  <input id="rule-resolution" {...errors.inputProps('actions/openCase/resolutionHours')} type="number" min={0.1} max={8760} step="any" value={form.resolutionHours} onChange={(e) => set('resolutionHours', e.target.value)} />
                  <Problem errors={errors} path="actions/openCase/resolutionHours" />
                </div>
                <div className="field">
                  <label htmlFor="rule-resurvey">Re-survey after (days)</label>
                  <input id="rule-resurvey" {...errors.inputProps('actions/openCase/resurveyDays')} type="number" min={1} max={365} step={1} placeholder="never" value={form.resurveyDays} onChange={(e) => set('resurveyDays', e.target.value)} />
                  <Problem errors={errors} path="actions/openCase/resurveyDays" />
                </div>
              </div>
              <label className="check">
                <input
                  type="checkbox"
                  data-testid="rule-include-anonymous"
                  aria-describedby="rule-include-anonymous-hint"
                  checked={form.includeAnonymous}
                  onChange={(e) => set('includeAnonymous', e.target.checked)}
                />
                Also anonymous responses without a comment
              </label>
              <span className="hint" id="rule-include-anonymous-hint">
                Off: a response that leaves no email or phone and no comment opens no case — there is nobody to call back and nothing to learn (the
                other actions still run). Anonymous responses with a comment open a case without a first-contact deadline.
              </span>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="rule-notify">Email these people</label>
            <input id="rule-notify" {...errors.inputProps('actions/notifyEmails')} data-testid="rule-notify" value={form.notifyEmails} onChange={(e) => set('notifyEmails', e.target.value)} placeholder="lead@example.com, ops@example.com" />
            <Problem errors={errors} path="actions/notifyEmails" />
          </div>
          <div className="form-row">
            <div className="field">
              <label htmlFor="rule-webhook">Webhook URL</label>
              <input id="rule-webhook" {...errors.inputProps('actions/webhookUrl')} type="url" value={form.webhookUrl} onChange={(e) => set('webhookUrl', e.target.value)} placeholder="https://example.com/hooks/clearloop" />
              <Problem errors={errors} path="actions/webhookUrl" />
            </div>
            <div className="field">
              <label htmlFor="rule-slack">Slack-compatible webhook URL</label>
              <input id="rule-slack" {...errors.inputProps('actions/slackWebhookUrl')} type="url" value={form.slackWebhookUrl} onChange={(e) => set('slackWebhookUrl', e.target.value)} placeholder="https://hooks.slack.com/services/…" />
              <Problem errors={errors} path="actions/slackWebhookUrl" />
            </div>
          </div>
          <div className="field">
            <label htmlFor="rule-tags">Add tags to the response</label>
            <input id="rule-tags" {...errors.inputProps('actions/addTags', 'rule-tags-hint')} data-testid="rule-tags" value={form.addTags} onChange={(e) => set('addTags', e.target.value)} placeholder="needs-follow-up" />
            <span className="hint" id="rule-tags-hint">
              Separated by commas; each up to {MAX_TAG_LENGTH} characters. A tag the response has already, in any case, stays as it is, and a response keeps at most {MAX_RULE_TAGS} tags.
            </span>
            <Problem errors={errors} path="actions/addTags" />
          </div>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="btn btn-primary" data-testid="rule-save" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : rule ? 'Save changes' : 'Create rule'}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
