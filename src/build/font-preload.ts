import type { Plugin } from 'vite';

/**
 * Asks for the deck's fonts at once, as the page is read, rather than when its text is first
 * laid out: the start cover and the first slide then paint in their own type, without text
 * moving as the font swaps in.
 */
export function fontPreload(): Plugin {
  return {
    name: 'font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((file) => file.endsWith('.woff2'));
        return {
          html,
          tags: fonts.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: true },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}
