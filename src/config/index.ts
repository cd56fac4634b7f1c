import { loadSiteConfig } from './schema.ts';

/** The configuration of this build, read once from the environment at build time (never shipped as code). */
export const siteConfig = loadSiteConfig(process.env);
export type { SiteConfig } from './schema.ts';
