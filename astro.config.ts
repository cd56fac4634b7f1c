import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/config/schema.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const config = loadSiteConfig(process.env);

export default defineConfig({
  site: config.SITE_URL,
  base: config.SITE_BASE,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Scripts ship as files, never inlined: fewer CSP hashes, and dynamic import() keeps working.
  vite: { build: { assetsInlineLimit: 0 } },
  // The guideline is published word for word: no smart quotes or dashes may change its text.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: { smartPunctuation: false, headingAttributes: true } }),
  },
  integrations: [mdx(), pagefindIndex()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
