import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index inside `astro build`, so a plain build always ships working search.
 * Only elements marked `data-pagefind-body` are indexed: the guideline text, not forms or navigation.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
        if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join(', ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join(', ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
        logger.info(`Sökindex: ${added.page_count} sidor.`);
        await pagefind.close();
      },
    },
  };
}
