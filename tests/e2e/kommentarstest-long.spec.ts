import type { Page } from '@playwright/test';
import { DEFAULT_MAX_LENGTH } from '../../src/lib/classifier/index.ts';
import { splitForChecking } from '../../src/lib/comment-check/chunked.ts';
import { longThread } from '../fixtures/kommentarstest/long-thread.ts';
import { expect, test } from './fixtures.ts';

// Playwright's trace recorder copies the page on every change, 100 KB each time: it would measure itself.
test.use({ trace: 'off' });

const comment = (page: Page) => page.getByRole('textbox', { name: 'Kommentaren' });
const verdict = (page: Page) => page.locator('comment-checker [role="status"][data-status]');

test.describe('kommentarstest, a very long comment', () => {
  test.describe.configure({ timeout: 60_000 });

  test('a 100 KB paste does not freeze the page', async ({ page }) => {
    await page.goto('kommentarstest/');
    // One swear word near the end: its mark must land right.
    const big = longThread(104_000, (i) => (i === 1400 ? ' Vad f*n!' : ''));
    expect(big.indexOf('f*n')).toBeGreaterThan(80_000);
    await comment(page).fill(big);
    await expect(verdict(page)).toContainText('Bör tas bort', { timeout: 15_000 });
    await expect(verdict(page)).toContainText('de första 100');
    await expect(page.locator('.kt-copy mark')).toHaveText(['f*n']);
    await expect(page.getByRole('heading', { name: 'Utdrag ur kommentaren med markerade ord' })).toBeVisible();

    // While a whole 100 KB check runs, the page must get a turn between its pieces, so a key pressed meanwhile is
    // handled at once. This counts turns, not milliseconds: a test machine's speed cannot make it pass or fail.
    // A check done in one task gives no turn at all; the engine's speed is measured by the benchmark instead.
    const longer = `${big} Tack!`;
    const pieces = splitForChecking(longer, undefined, DEFAULT_MAX_LENGTH).length;
    const { turns, ms } = await page.evaluate(
      (value) =>
        new Promise<{ turns: number; ms: number }>((resolve) => {
          const area = document.querySelector<HTMLTextAreaElement>('[data-input]')!;
          const channel = new MessageChannel();
          let counting = false;
          let turns = 0;
          let started = 0;
          // One message at a time, each sent from the last: one per turn the page gets.
          channel.port1.onmessage = () => {
            if (!counting) return;
            turns += 1;
            channel.port2.postMessage(0);
          };
          // The first new result after the change; a check done in one task renders before counting begins.
          const rendered = new MutationObserver(() => {
            counting = false;
            rendered.disconnect();
            resolve({ turns, ms: started ? performance.now() - started : 0 });
          });
          rendered.observe(document.querySelector('[data-details]')!, { childList: true });
          area.value = value;
          area.dispatchEvent(new Event('input', { bubbles: true }));
          // Set after the page's own pause timer, so it runs just after the check has begun.
          window.setTimeout(() => {
            counting = true;
            started = performance.now();
            channel.port2.postMessage(0);
          }, 300);
        }),
      longer,
    );
    console.log(`100 KB: ${pieces} pieces, ${turns} turns for the page during the check, which took ${Math.round(ms)} ms`);
    expect(pieces).toBeGreaterThan(20);
    expect(turns).toBeGreaterThanOrEqual(pieces / 2);
    await expect(page.locator('.kt-copy mark')).toHaveText(['f*n']);
  });
});

test('a 500-character comment gets its result when the pause after typing ends, not later', async ({ page }) => {
  await page.goto('kommentarstest/');
  await page.waitForTimeout(500);
  const filler = 'Vi var på museet i lördags med barnen och tittade på hällristningarna, sedan fikade vi i kaféet. ';
  const text = `${filler.repeat(5)}Men vad f*n, varför var det stängt? Ring mig på 070-123 45 67.`.slice(-500);
  expect(text).toHaveLength(500);
  // A timer set just after the page's own pause timer: the result must already be there when it fires, so the
  // check runs in the same turn as the end of the pause. Order, not milliseconds, decides the outcome.
  const { ms, beforeTimer } = await page.evaluate(
    (value) =>
      new Promise<{ ms: number; beforeTimer: boolean }>((resolve) => {
        const area = document.querySelector<HTMLTextAreaElement>('[data-input]')!;
        const region = document.querySelector('[data-status]')!;
        let rendered = -1;
        const start = performance.now();
        new MutationObserver(() => {
          if (rendered < 0) rendered = performance.now() - start;
        }).observe(region, { childList: true });
        area.value = value;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        window.setTimeout(() => {
          const beforeTimer = rendered >= 0;
          const wait = (): void => (rendered >= 0 ? resolve({ ms: rendered, beforeTimer }) : void window.setTimeout(wait, 10));
          wait();
        }, 300);
      }),
    text,
  );
  console.log(`500 characters: result ${Math.round(ms)} ms after the last key (300 ms of it is the pause)`);
  await expect(verdict(page)).toContainText('Innehåller personuppgifter');
  expect(beforeTimer).toBe(true);
  // The pause is there so that typing is never interrupted by a check.
  expect(ms).toBeGreaterThanOrEqual(295);
});
