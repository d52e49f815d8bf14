import { expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { startRoom, type Room, type RoomOptions } from '../../src/node/room/server.ts';
import type { DeckOptions, DeckPage } from './browser.ts';

/**
 * A room (src/node/room/server.ts) for a test: the built site on 127.0.0.1 at a free port,
 * with a fast heartbeat so a page that has gone is noticed in about two seconds.
 */

export const SECRET = 'tests-only-secret-Zq8Xk2Lr5Nw';

export function openRoom(options: Partial<RoomOptions> = {}): Promise<Room> {
  return startRoom({ folder: inject('siteDir'), host: '127.0.0.1', port: 0, secret: SECRET, heartbeat: { pingInterval: 1000, pingTimeout: 1000 }, ...options });
}

type OpenDeck = (options?: DeckOptions) => Promise<DeckPage>;

/** The presenter's deck, opened from the presenter address, once the room has its place. */
export async function openPresenter(openDeck: OpenDeck, room: Room, options: DeckOptions = {}): Promise<DeckPage> {
  const deck = await openDeck({ site: room.url, query: `?view=slides&transition=none&key=${SECRET}`, ...options });
  await expect.poll(() => room.state().live?.slide, { message: 'the presenter\'s deck tells the room where it is' }).toBe(await currentSlide(deck.page));
  return deck;
}

/** A follower's page, from the audience address, once it follows live. */
export async function openFollower(openDeck: OpenDeck, room: Room, options: DeckOptions = {}): Promise<DeckPage> {
  const deck = await openDeck({ site: room.url, query: '?view=reader', ...options });
  await deck.page.locator('.live-marker.is-live').waitFor();
  return deck;
}

export const currentSlide = (page: Page): Promise<string> => page.evaluate(() => window.Reveal!.getCurrentSlide().id);

/** The presenter's slide and step, as reveal.js has them. */
export const presenterPlace = (page: Page): Promise<{ slide: string; step: number }> =>
  page.evaluate(() => ({ slide: window.Reveal!.getCurrentSlide().id, step: window.Reveal!.getIndices().f ?? -1 }));

/**
 * A follower's slide and step in the reader view: the section being read (as the address
 * says) and how many of its figure's steps are shown, less one.
 */
export const followerPlace = (page: Page): Promise<{ slide: string; step: number }> =>
  page.evaluate(() => {
    const slide = decodeURIComponent(window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '');
    const figure = document.getElementById(slide)?.querySelector('figure[data-step-count]');
    return { slide, step: figure ? figure.querySelectorAll('.figure-steps > .visible').length - 1 : -1 };
  });

/** Waits until each follower shows the presenter's slide and step. */
export async function expectFollowing(presenter: Page, followers: Page[], message = ''): Promise<void> {
  const place = await presenterPlace(presenter);
  for (const [i, follower] of followers.entries()) {
    await expect.poll(() => followerPlace(follower), { message: `follower ${i + 1} follows ${JSON.stringify(place)} ${message}`, timeout: 5000 }).toEqual(place);
  }
}

/** A client of the room's socket from outside any page (as a script would connect), on 127.0.0.1. */
export function rawClient(room: Room, { auth = {}, origin = room.url.replace(/\/$/, '') }: { auth?: Record<string, unknown>; origin?: string } = {}): Socket {
  return io(room.url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { origin } });
}

/** Resolves when the client has joined, or with the server's refusal. */
export function joined(client: Socket): Promise<'joined' | string> {
  return new Promise((resolve) => {
    client.once('welcome', () => resolve('joined'));
    client.once('connect_error', (error) => resolve(error.message));
  });
}
