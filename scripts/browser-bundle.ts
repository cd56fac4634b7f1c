/**
 * Bundles TypeScript for the browser as the site ships it (minified ES module, UTF-8) and measures
 * it: the one definition of "the classifier's size in the browser" that bench and eval-learned share.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';

export const root = join(import.meta.dirname, '..');

/** The limit for the classifier (engine, data and model) in the browser, gzip. */
export const CLASSIFIER_BUNDLE_LIMIT = 40_960;

/**
 * Raw and gzip (level 9) bytes of a bundle: from an entry file, or from source text importing from
 * the project root. `replace` swaps one module's source, to measure a file before it is written.
 */
export async function browserBundleSize(
  entry: { file: string } | { contents: string },
  replace?: { file: string; contents: string },
): Promise<{ raw: number; gzip: number }> {
  const swapped = replace && join(root, replace.file);
  const result = await build({
    plugins: swapped
      ? [{ name: 'replace', setup: (b) => b.onLoad({ filter: /\.ts$/ }, (args) => (args.path === swapped ? { contents: replace.contents, loader: 'ts' } : undefined)) }]
      : [],
    ...('file' in entry ? { entryPoints: [join(root, entry.file)] } : { stdin: { contents: entry.contents, resolveDir: root, loader: 'ts' as const } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // The site serves UTF-8, as Vite's build does: å, ä and ö stay one character, not \xE5.
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}
