/** Joins the deployment's base path and a site path: hand-written links do not get Astro's `base` by themselves. */
export function joinBase(base: string, path: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#)/i.test(path)) return path;
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}
