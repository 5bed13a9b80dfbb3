/** Helpers of the browser tests that read the trend charts (the overview's and a theme's). */
import type { Page } from 'playwright-core';

const DAY = 86_400_000;
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday of the UTC week holding `ms`, and how many days of that week have begun by then (1…7). */
export function weekOf(ms: number): { monday: string; daysSoFar: number } {
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  return { monday: utcDay(ms - dow * DAY), daysSoFar: dow + 1 };
}

/**
 * Hovers the chart in `testId` over bucket `index` of `count` and returns its tooltip's text. `margins` are the
 * grid's left and right margins in the chart's own options (TrendChart: 48/52, ThemeTrendChart: 44/48).
 */
export async function hoverBucket(page: Page, testId: string, margins: { left: number; right: number }, index: number, count: number): Promise<string> {
  const chart = page.getByTestId(testId).locator('.echart');
  const box = (await chart.boundingBox())!;
  const x = box.x + margins.left + ((index + 0.5) * (box.width - margins.left - margins.right)) / count;
  await page.mouse.move(x, box.y + box.height / 2);
  const tooltip = chart.locator('div').filter({ hasText: /^(Week|Month) of/ }).last();
  await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
  return (await tooltip.textContent()) ?? '';
}
