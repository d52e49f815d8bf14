import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/** The built script file whose text contains `marker`, such as the notes plugin's chunk. */
export function builtScript(marker: string): { name: string; text: string } {
  const folder = join(inject('siteDir'), 'assets');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.js'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    if (text.includes(marker)) return { name, text };
  }
  throw new Error(`no built script contains "${marker}"`);
}

/** The built page's own script (the entry that index.html's boot script imports). */
export function entryScript(): string {
  const html = readFileSync(join(inject('siteDir'), 'index.html'), 'utf8');
  const src = /<script type="module">[^<]*\bimport\("\.\/([^"]+)"\)/.exec(html)?.[1];
  if (!src) throw new Error('index.html imports no module script');
  return src.replace(/^assets\//, '');
}
