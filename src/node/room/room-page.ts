import { deckUrl } from '../../render/render-slides.ts';

/** Which page of the room: the deck (followers and the presenter alike) or the phone remote. */
export type RoomPageKind = 'deck' | 'remote';

/** The meta tag that tells the page's script a room is running (src/room/room-role.ts reads it). */
export const ROOM_META = 'deck-room';

export class RoomPageError extends Error {
  override name = 'RoomPageError';
}

/**
 * The built index.html as the room serves it. The page is the same for the audience and the
 * presenter (the secret is in the presenter's address, never in a page), with:
 * - a meta tag saying a room runs, so its script loads the room's code (no other copy does);
 * - the title and closing slides' address and QR code pointing to the audience address;
 * - a policy that lets it talk to this origin's socket, `ws://` included, and nothing else;
 * - for the remote, a mark on <html> that hides the talk before the remote's script comes.
 */
export function roomPage(html: string, kind: RoomPageKind, { origin, audienceUrl, qrSvg }: { origin: string; audienceUrl: string; qrSvg: string }): string {
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src )'self'/;
  if (!policy.test(html)) throw new RoomPageError('The built page has no content policy with connect-src; build the site again with npm run build.');
  const socket = origin.replace(/^http/, 'ws');
  let page = html
    .replace(policy, `$1'self' ${socket}`)
    .replace(/<p class="deck-url">[\s\S]*?<\/p>/g, () => deckUrl(audienceUrl, qrSvg, 'Follow on your phone:'))
    .replace('</head>', `  <meta name="${ROOM_META}" content="${kind}" />\n  </head>`);
  if (kind === 'remote') page = page.replace(/<html\b/, '<html data-room-page="remote"').replace(/<title>/, '<title>Remote: ');
  return page;
}

/** The policy a room page carries, as a header too, where a host can forbid framing. */
export function pagePolicy(page: string): string | undefined {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1];
  return content && `${content}; frame-ancestors 'self'`;
}
