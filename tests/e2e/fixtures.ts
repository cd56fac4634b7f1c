import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export { expect };

/** The rules Swedish public bodies are held to, and the newer ones we meet too. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Fails with a readable list of every axe violation on the page as it is now. */
export async function expectAccessible(page: Page, state = 'sidan'): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe i läget ${state}`).toEqual([]);
}

/**
 * Every test watches the page for what must never happen: a request to another origin, an error in the
 * console (a CSP violation is one) or an uncaught exception.
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.push(`förfrågan till annan adress: ${url}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`fel i konsolen: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`oväntat fel: ${error.message}`));
      await use();
      expect(problems, 'sidan gjorde något den aldrig får göra').toEqual([]);
    },
    { auto: true },
  ],
});
