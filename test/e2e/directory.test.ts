/**
 * Browser test: Settings → Teams & employees. The demo owner adds a team with a manager and an employee linked to a
 * user, then edits the employee; the records are checked in the database. The demo manager may edit names but
 * sees the user links read-only. Skipped only outside CI when Chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/load-demo.ts';
import { type DemoServer, haveChromium, launchChromium, loginAsDemo, startDemo } from './browser.ts';

describe.skipIf(!haveChromium)('browser: teams and employees', () => {
  let server: DemoServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    server = await startDemo({ name: 'directory', demo: { taxonomy: null } });
    url = server.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const userId = async (email: string) => (await server.ctx.database.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const employee = (name: string) => server.ctx.database.db.selectFrom('employee').selectAll().where('workspace_id', '=', server.workspaceId).where('name', '=', name).executeTakeFirst();

  const open = async (page: Page) => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-nav-directory').click();
    await page.getByTestId('directory-page').waitFor({ timeout: 20_000 });
  };

  it('adds a team with its manager and an employee linked to a user, then moves the employee', async () => {
    mkdirSync('test-results', { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginAsDemo(page, url);
    await open(page);

    const managerId = await userId('manager@clearloop.dev');
    const agentId = await userId('agent@clearloop.dev');
    await page.getByTestId('team-new-name').fill('Night Desk');
    await page.getByTestId('team-new-manager').selectOption(managerId);
    await page.getByTestId('team-add').click();
    await page.getByTestId('team-row').filter({ hasText: 'Night Desk' }).waitFor();
    const team = await server.ctx.database.db.selectFrom('team').selectAll().where('workspace_id', '=', server.workspaceId).where('name', '=', 'Night Desk').executeTakeFirstOrThrow();
    expect(team.manager_user_id).toBe(managerId);
    await expect.poll(async () => (await page.getByTestId('team-row').filter({ hasText: 'Night Desk' }).textContent()) ?? '').toContain('Morgan Manager');

    // the agent is already Priya Raman: unlink her first, as an admin would when someone changes desk
    const priya = await employee('Priya Raman');
    expect(priya?.user_id).toBe(agentId);
    await page.getByTestId('employees-search').fill('Priya');
    await page.getByTestId('employee-row').filter({ hasText: 'Priya Raman' }).getByTestId('employee-edit').click();
    await page.getByTestId(`employee-edit-${priya!.id}-user`).selectOption('');
    await page.getByTestId('employee-save').click();
    await expect.poll(async () => (await employee('Priya Raman'))?.user_id ?? null).toBeNull();

    await page.getByTestId('employees-search').fill('');
    await page.getByTestId('employee-new-name').fill('Nia Night');
    await page.getByTestId('employee-new-team').selectOption(team.id);
    await page.getByTestId('employee-new-user').selectOption(agentId);
    await page.getByTestId('employee-add').click();
    await expect.poll(async () => (await employee('Nia Night'))?.user_id ?? null, { timeout: 10_000 }).toBe(agentId);
    expect((await employee('Nia Night'))?.team_id).toBe(team.id);
    const row = page.getByTestId('employee-row').filter({ hasText: 'Nia Night' });
    await expect.poll(async () => (await row.getByTestId('employee-user').textContent()) ?? '').toBe('Alex Agent');

    // filter by the new team: only Nia
    await page.getByTestId('employees-team-filter').selectOption(team.id);
    await expect.poll(() => page.getByTestId('employee-row').count()).toBe(1);
    await page.screenshot({ path: 'test-results/directory-owner.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the manager rename but not change user links', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/login`);
    await page.getByTestId('login-email').fill('manager@clearloop.dev');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await open(page);
    expect(await page.getByTestId('team-new-manager').isDisabled()).toBe(true);
    expect(await page.getByTestId('employee-new-user').isDisabled()).toBe(true);
    const brian = page.getByTestId('employee-row').filter({ hasText: 'Brian Kowalski' });
    await brian.getByTestId('employee-edit').click();
    const b = await employee('Brian Kowalski');
    await page.getByTestId(`employee-edit-${b!.id}-name`).fill('Brian K. Kowalski');
    await page.getByTestId('employee-save').click();
    await expect.poll(async () => (await employee('Brian K. Kowalski'))?.id ?? null).toBe(b!.id);
    await page.close();
  });
});
