import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inlinePieces, offlinePolicy, withPolicy } from './content-policy.ts';

export const OFFLINE_FILE = 'offline.html';

/** Big enough for the deck, small enough for an email or a slow USB stick. */
export const OFFLINE_BUDGET_BYTES = 1024 * 1024;

/** The build mode of the second, in-memory build that the offline file is made from. */
export const OFFLINE_MODE = 'offline-file';

export class OfflineFileError extends Error {
  override name = 'OfflineFileError';
}

/** A file of a build's output, reduced to what this step reads. */
export interface BuiltFile {
  fileName: string;
  type: 'chunk' | 'asset';
  source?: string | Uint8Array;
}

/**
 * After the site is written, writes `offline.html` next to `index.html`: the whole deck in one
 * page that works opened straight from disk (file://) with no network, on a venue laptop or a
 * USB stick.
 *
 * The site loads some code only when it is needed (the figures' drawing, the speaker view),
 * which a page opened from disk cannot fetch. So the offline file comes from a second build, in
 * memory, as one script; vite-plugin-singlefile puts that script, the style sheet, the fonts and
 * the icon inside the page. What is ours: the speaker view left out, the icon, and the policy.
 */
export function offlineFile(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'offline-file',
    apply: (_config, env) => env.command === 'build' && env.mode !== OFFLINE_MODE,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const output = await build({
        configFile: config.configFile,
        root: config.root,
        mode: OFFLINE_MODE,
        logLevel: 'warn',
        build: { write: false },
        plugins: [withoutSpeakerNotes(), withoutRoom(), iconInside(config.root), viteSingleFile()],
      });
      const files = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
      const html = offlinePage(files);
      writeFileSync(join(resolve(config.root, config.build.outDir), OFFLINE_FILE), html);
      const bytes = Buffer.byteLength(html);
      const budget = bytes > OFFLINE_BUDGET_BYTES ? ` (over the ${OFFLINE_BUDGET_BYTES / 1024 / 1024} MB budget)` : '';
      config.logger.info(`${config.build.outDir}/${OFFLINE_FILE}  ${(bytes / 1024).toFixed(1)} kB, self-contained${budget}`);
    },
  };
}

const NOTES_PLUGIN = 'reveal.js/plugin/notes';
const NO_NOTES = '\0offline-no-speaker-notes';

/**
 * The speaker view needs the deck served over http (its windows talk across origins), so
 * the offline file leaves reveal.js's notes plugin out; opened from disk, S says so instead
 * (src/modes/speaker-view.ts).
 */
function withoutSpeakerNotes(): Plugin {
  return {
    name: 'offline-without-speaker-notes',
    enforce: 'pre',
    resolveId: (id) => (id === NOTES_PLUGIN ? NO_NOTES : undefined),
    load: (id) =>
      id === NO_NOTES ? `export default () => { throw new Error('The speaker view needs the deck served over http.'); };` : undefined,
  };
}

/** The room's code, which the site loads only on a room's page (src/room/room-role.ts). */
const ROOM_ENTRIES = /\/room\/(follower|presenter-link|remote)\.ts$/;
const NO_ROOM = '\0offline-no-room';

/**
 * A room needs its server (npm run room), and a page opened from disk is never a room's page,
 * so the offline file leaves the room's code and its realtime client out.
 */
function withoutRoom(): Plugin {
  return {
    name: 'offline-without-room',
    enforce: 'pre',
    resolveId: (id) => (ROOM_ENTRIES.test(id) ? NO_ROOM : undefined),
    load: (id) =>
      id === NO_ROOM ? `const absent = () => { throw new Error('A room needs its server: npm run room.'); };\nexport { absent as follow, absent as linkPresenter, absent as startRemote };` : undefined,
  };
}

/** Vite never inlines a page's icon link, so the offline file's icon goes in here, as a data: URL. */
function iconInside(root: string): Plugin {
  return {
    name: 'offline-icon-inside',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/(<link rel="icon" href=")([^"]+\.svg)"/, (_link, start: string, href: string) => {
          const svg = readFileSync(resolve(root, href)).toString('base64');
          return `${start}data:image/svg+xml;base64,${svg}"`;
        }),
    },
  };
}

/**
 * The in-memory build's one page, with the policy that allows its inline scripts and styles by
 * hash. Any other file left in the output was not put inside the page, and would be missing
 * from disk.
 */
export function offlinePage(files: readonly BuiltFile[]): string {
  const left = files.filter((file) => file.fileName !== 'index.html').map((file) => file.fileName);
  if (left.length > 0) throw new OfflineFileError(`offline file: ${left.join(', ')} could not be put inside the page; it must be one file to work from disk.`);
  const page = files.find((file) => file.fileName === 'index.html');
  if (page?.type !== 'asset' || page.source === undefined) throw new OfflineFileError('offline file: the build wrote no index.html.');
  const html = String(page.source);
  return withPolicy(html, offlinePolicy(inlinePieces(html)));
}
