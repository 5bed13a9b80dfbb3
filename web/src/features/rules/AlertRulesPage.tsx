import { useMemo, useState } from 'react';
import { useMembers, useSurveys } from '../../api/hooks';
import { useAlertRules, useDeleteAlertRule, useToggleAlertRule, type AlertRule } from '../../api/loop';
import { canAdminister, useCurrentSession } from '../../api/session-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { StatusPill } from '../common/StatusPill';
import { AlertRuleEditor } from './AlertRuleEditor';
import { actionsText, conditionsText } from './ruleText';
import '../cases/cases.css';

function RuleItem({ rule, editable, onEdit, summary }: { rule: AlertRule; editable: boolean; onEdit: () => void; summary: { when: string; then: string } }) {
  const toggle = useToggleAlertRule();
  const remove = useDeleteAlertRule();
  const error = toggle.error ?? remove.error;
  return (
    <li className={rule.enabled ? 'rule-item' : 'rule-item disabled'} data-testid="alert-rule">
      <div className="rule-text">
        <span className="strong" data-testid="alert-rule-name">
          {rule.name} {rule.enabled ? null : <StatusPill tone="muted">Off</StatusPill>}
        </span>
        <span className="rule-summary">
          <strong>When</strong> {summary.when}
        </span>
        <span className="rule-summary">
          <strong>Then</strong> {summary.then}
        </span>
        {error ? <ErrorMessage error={error} /> : null}
      </div>
      <div className="button-row">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="alert-rule-enabled"
            checked={rule.enabled}
            disabled={!editable || toggle.isPending}
            onChange={(e) => toggle.mutate({ id: rule.id, enabled: e.target.checked })}
          />
          <span>{rule.enabled ? 'On' : 'Off'}</span>
          <span className="visually-hidden"> — {rule.name}</span>
        </label>
        {editable ? (
          <>
            <button type="button" className="btn btn-small" data-testid="alert-rule-edit" onClick={onEdit}>
              Edit
            </button>
            <button
              type="button"
              className="btn btn-small btn-danger"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(`Delete the alert rule “${rule.name}”? Cases it opened stay.`)) remove.mutate(rule.id);
              }}
            >
              Delete
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}

/** `/settings/alert-rules`: conditions on new or updated responses and the actions they take (open a case, notify, tag). */
export function AlertRulesPage() {
  const session = useCurrentSession();
  const rules = useAlertRules();
  const members = useMembers();
  const surveys = useSurveys();
  const admin = canAdminister(session);
  const [editing, setEditing] = useState<AlertRule | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const memberMap = useMemo(() => new Map((members.data ?? []).map((m) => [m.id, m])), [members.data]);
  const surveyName = (id: string) => surveys.data?.find((s) => s.id === id)?.name;

  return (
    <div className="stack">
      <section className="card" aria-labelledby="alert-rules-title">
        <header className="card-header">
          <h2 id="alert-rules-title">Alert rules</h2>
          {admin && editing === null ? (
            <button type="button" className="btn btn-primary btn-small" data-testid="alert-rule-new" onClick={() => setEditing('new')}>
              New alert rule
            </button>
          ) : null}
        </header>
        <p className="muted small">
          Each new or changed response is checked against the enabled rules within seconds. A response gets at most one case. Imported and back-dated responses
          (dated more than 7 days before they arrive) are history: rules leave them alone unless a rule includes them.
        </p>
        {saved ? (
          <p className="alert alert-success" role="status" data-testid="alert-rule-saved">
            {saved}
          </p>
        ) : null}
        {rules.isPending ? (
          <Loading />
        ) : rules.isError ? (
          <ErrorMessage error={rules.error} onRetry={() => void rules.refetch()} />
        ) : rules.data.length === 0 ? (
          <p className="muted" data-testid="alert-rules-empty">
            No alert rules yet. A good first rule: every detractor opens a case for the team manager, to be contacted within 24 hours.
          </p>
        ) : (
          <ul className="rule-list" data-testid="alert-rules-list">
            {rules.data.map((r) => (
              <RuleItem
                key={r.id}
                rule={r}
                editable={admin}
                onEdit={() => {
                  setSaved(null);
                  setEditing(r);
                }}
                summary={{ when: conditionsText(r, { survey: surveyName }), then: actionsText(r, memberMap) }}
              />
            ))}
          </ul>
        )}
      </section>
      {editing !== null ? (
        <AlertRuleEditor
          key={editing === 'new' ? 'new' : editing.id}
          rule={editing === 'new' ? null : editing}
          onDone={(rule) => {
            setEditing(null);
            if (rule) setSaved(`Saved “${rule.name}”.`);
          }}
        />
      ) : null}
      {!admin ? <p className="muted">Only owners and admins can add or change alert rules.</p> : null}
    </div>
  );
}
