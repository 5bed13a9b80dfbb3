/**
 * The OpenAPI document's tags, in the order /api/docs lists them: the order of a feedback program's work
 * (collect, measure, close the loop, find the problems, run the workspace), not the alphabet. A test fails when a
 * route uses a tag that is not here, so every group has its description.
 */
export const API_TAGS: { name: string; description: string }[] = [
  { name: 'Surveys', description: 'Surveys (NPS 0–10, CSAT 1–5, CES 1–7) with their follow-up question, extra questions, thank-you page and reminders.' },
  {
    name: 'Responses',
    description:
      'Answers to a survey from any channel. Create one or a batch of up to 1,000 (send `Idempotency-Key` to make retries safe), read, filter, update (a later comment, tags) and export as CSV.',
  },
  { name: 'Distribution', description: 'Survey emails and personal links, scheduled sends and reminders, unsubscribes and bounces. Survey-fatigue rules decide who is asked.' },
  { name: 'Widget', description: 'The website widget: its public endpoints (signed visitor identity) and its settings.' },
  { name: 'Imports', description: 'CSV imports of people and responses, checked whole before anything is written; the job and its row-by-row report.' },
  { name: 'Metrics', description: 'NPS, CSAT and CES with 95% margins of error, series by day, week or month, groups, and the change against a previous period with its significance.' },
  { name: 'Alert rules', description: 'Conditions on new or updated responses and the actions they take: open a follow-up case, email people, post to a webhook or Slack, add tags.' },
  { name: 'Cases', description: 'Follow-up cases (closing the loop): owner, priority, deadlines, timeline, customer contact, outcome and root cause, follow-up metrics.' },
  { name: 'Frontline', description: 'Each employee’s feed of their customers’ feedback, and the scoreboard.' },
  { name: 'Themes', description: 'Text analytics: the workspace’s theme taxonomy, discovery of new themes, top problems ranked by impact on the score, theme pages and sentiment.' },
  { name: 'People', description: 'The customers who answer surveys: email, phone, external id, locale, time zone, properties; unsubscribed and bounced states.' },
  { name: 'Accounts', description: 'Companies that people belong to (B2B), with an external id and properties.' },
  { name: 'Teams', description: 'Teams that feedback is attributed to, each with an optional manager (a user) who is told about its cases.' },
  { name: 'Locations', description: 'Sites, stores or regions that feedback is attributed to.' },
  { name: 'Employees', description: 'Frontline employees that feedback is attributed to, linked to a team, a location and optionally a user (for their feed).' },
  { name: 'Webhooks', description: 'Signed outgoing webhooks (Standard Webhooks) for new and updated responses, with retries and a delivery log. Owners and admins.' },
  { name: 'Users', description: 'The workspace’s members and their roles (owner, admin, manager, agent, viewer). Anyone may list them; owners and admins add, change and remove them.' },
  { name: 'API keys', description: 'Keys for this API, read or write scope; a key is shown once and stored hashed. Owners and admins, with a session.' },
  { name: 'Settings', description: 'Workspace settings: branding, default language, root causes offered when a case is closed, survey-fatigue rules. Changed by owners and admins.' },
  { name: 'Jobs', description: 'Background jobs (sends, imports, re-analysis, webhooks) with their status and progress; failed jobs can be retried.' },
  { name: 'Session', description: 'Logging in to the dashboard with a password (a session cookie and a CSRF token), workspaces, password change and reset.' },
];
