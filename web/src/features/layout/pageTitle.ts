/**
 * The browser tab's title for a dashboard address (WCAG 2.4.2: each page has a title that says what it is), e.g.
 * "Cases – Clearloop" or "Webhooks – Settings – Clearloop". From the address alone, so it is right before the page's
 * data arrives.
 */
const PAGES: [RegExp, string][] = [
  [/^\/$/, 'Overview'],
  [/^\/responses$/, 'Responses'],
  [/^\/responses\/[^/]+$/, 'Response'],
  [/^\/problems$/, 'Top problems'],
  [/^\/problems\/[^/]+$/, 'Problem'],
  [/^\/cases$/, 'Cases'],
  [/^\/cases\/[^/]+$/, 'Case'],
  [/^\/feed$/, 'My feed'],
  [/^\/scoreboard$/, 'Scoreboard'],
  [/^\/surveys$/, 'Surveys'],
  [/^\/surveys\/new$/, 'New survey'],
  [/^\/surveys\/[^/]+\/distribute$/, 'Distribute'],
  [/^\/surveys\/[^/]+$/, 'Survey'],
  [/^\/distribute$/, 'Distribute'],
  [/^\/imports$/, 'Imports'],
  [/^\/settings\/users$/, 'Users – Settings'],
  [/^\/settings\/directory$/, 'Teams & employees – Settings'],
  [/^\/settings\/feedback$/, 'Feedback rules – Settings'],
  [/^\/settings\/alert-rules$/, 'Alert rules – Settings'],
  [/^\/settings\/webhooks$/, 'Webhooks – Settings'],
  [/^\/settings\/jobs$/, 'Jobs – Settings'],
  [/^\/settings\/api-keys$/, 'API keys – Settings'],
  [/^\/settings\/themes$/, 'Themes – Settings'],
  [/^\/settings\/account$/, 'Account – Settings'],
  [/^\/settings$/, 'Settings'],
];

export function pageTitle(pathname: string): string {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const page = PAGES.find(([pattern]) => pattern.test(path))?.[1] ?? 'Page not found';
  return `${page} – Clearloop`;
}
