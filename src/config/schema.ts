import { z } from 'zod';

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'ska vara ett domännamn som vgregion.se' });

/** Everything that differs between deployments. Each key names the environment variable that sets it. */
export const siteConfigSchema = z.object({
  /** Sub-folder the site is served under, e.g. `/sociala-medier/`. */
  SITE_BASE: z
    .string()
    .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, { error: 'ska börja och sluta med / och bara innehålla tecken som är tillåtna i en sökväg, till exempel /sociala-medier/' })
    .default('/'),
  /** The address the site is published at, for canonical links and the sitemap. */
  SITE_URL: z.url({ protocol: /^https?$/, error: 'ska vara en fullständig adress som börjar med https://' }).default('https://intranat.vastarvet.se'),
  /** The communications chief, who receives every checklist for decision. */
  COMMS_CHIEF_EMAIL: z.email({ error: 'ska vara en e-postadress' }).default('kommunikation.vastarvet@vgregion.se'),
  /** The organisation's own e-mail domains: addresses in them are not personal data to remove. */
  ORG_EMAIL_DOMAINS: z
    .string()
    .default('vgregion.se,vastarvet.se')
    .transform((s) => s.split(',').map((d) => d.trim()).filter(Boolean))
    .pipe(z.array(domain).min(1, { error: 'ska innehålla minst en domän' })),
  /** Where to report an accessibility problem, named in the accessibility statement. */
  ACCESSIBILITY_EMAIL: z.email({ error: 'ska vara en e-postadress' }).default('vastarvet@vgregion.se'),
  ACCESSIBILITY_PHONE: z
    .string()
    .regex(/^[0-9 +()-]{5,20}$/, { error: 'ska vara ett telefonnummer, till exempel 010-441 44 00' })
    .default('010-441 44 00'),
  /**
   * Where visitors are told to turn instead of posting personal data. Filled into the reply suggestions;
   * unset, the replies keep a [placeholder] for the moderator to fill in.
   */
  REPLY_EMAIL: z.email({ error: 'ska vara en e-postadress' }).optional(),
  REPLY_PHONE: z
    .string()
    .regex(/^[0-9 +()-]{5,20}$/, { error: 'ska vara ett telefonnummer, till exempel 010-441 44 00' })
    .optional(),
  REPLY_POSTAL_ADDRESS: z.string().trim().min(5, { error: 'ska vara en postadress, till exempel Box 123, 462 22 Vänersborg' }).max(120).optional(),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Reads the configuration from environment variables; the error names each setting that is wrong. */
export function loadSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const input = Object.fromEntries(
    Object.keys(siteConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = String(issue.path[0]);
    return `  ${key}: ${issue.message} (fick ${JSON.stringify(input[key])})`;
  });
  throw new Error(`Fel i webbplatsens inställningar:\n${lines.join('\n')}`);
}
