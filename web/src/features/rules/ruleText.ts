import type { AlertRule } from '../../api/loop';
import type { Member } from '../../api/types';
import { channelLabel, groupLabel } from '../common/format';
import { memberName, PRIORITY_LABELS } from '../cases/caseText';
import { OP_LABELS } from './ruleForm';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line saying when the rule fires: "Detractors · score 0–4 · 2 teams · words: refund". */
export function conditionsText(rule: AlertRule, names: { survey: (id: string) => string | undefined }): string {
  const c = rule.conditions ?? {};
  const parts: string[] = [];
  if (c.scoreGroups?.length) parts.push(c.scoreGroups.map((g) => groupLabel(g)).join(' or '));
  if (c.scoreMin !== undefined || c.scoreMax !== undefined) parts.push(`score ${c.scoreMin ?? 0}–${c.scoreMax ?? 10}`);
  if (c.unscored) parts.push('unscored feedback only');
  if (c.surveyIds?.length) parts.push(c.surveyIds.length === 1 ? (names.survey(c.surveyIds[0] ?? '') ?? '1 survey') : count(c.surveyIds.length, 'survey'));
  if (c.channels?.length) parts.push(c.channels.map(channelLabel).join(' or '));
  if (c.teamIds?.length) parts.push(count(c.teamIds.length, 'team'));
  if (c.locationIds?.length) parts.push(count(c.locationIds.length, 'location'));
  if (c.employeeIds?.length) parts.push(count(c.employeeIds.length, 'employee'));
  if (c.words?.length) parts.push(`words: ${c.words.join(', ')}`);
  if (c.themes?.length) parts.push(count(c.themes.length, 'theme'));
  if (c.personProperty) parts.push(`person ${c.personProperty.name} ${OP_LABELS[c.personProperty.op]} ${String(c.personProperty.value)}`);
  if (c.accountProperty) parts.push(`account ${c.accountProperty.name} ${OP_LABELS[c.accountProperty.op]} ${String(c.accountProperty.value)}`);
  if (c.includeImported) parts.push('imported and back-dated too');
  return parts.length ? parts.join(' · ') : 'Every response';
}

export function actionsText(rule: AlertRule, members: Map<string, Member>): string {
  const a = rule.actions ?? {};
  const parts: string[] = [];
  if (a.openCase) {
    const who =
      a.openCase.assign === 'user' ? memberName(members.get(a.openCase.userId ?? '')) : a.openCase.assign === 'team_manager' ? 'team manager' : a.openCase.assign === 'round_robin' ? 'round robin' : 'unassigned';
    parts.push(
      `open a ${PRIORITY_LABELS[a.openCase.priority ?? 'normal'].toLowerCase()}-priority case for ${who} (contact within ${a.openCase.firstContactHours ?? 24} h` +
        `${a.openCase.includeAnonymous ? ', anonymous responses without a comment too' : ''})`,
    );
  }
  if (a.notifyEmails?.length) parts.push(`email ${a.notifyEmails.join(', ')}`);
  if (a.webhookUrl) parts.push('call a webhook');
  if (a.slackWebhookUrl) parts.push('post to Slack');
  if (a.addTags?.length) parts.push(`tag ${a.addTags.join(', ')}`);
  return parts.join(' · ') || 'No action';
}
