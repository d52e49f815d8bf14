import type { Plugin } from 'vite';

export class FirstPaintError extends Error {
  override name = 'FirstPaintError';
}

/**
 * The page's one inline script: it asks for the deck's script once the page has painted a
 * frame (at once in a hidden tab, which paints none), so neither fetching nor running the
 * deck's code can come before the start cover is on screen. If the script cannot load, the
 * cover's alert says so (render/start-cover.ts), as showStartFailure in deck/boot.ts does when
 * the view's code or style sheet cannot: inline, this script cannot import it.
 */
export function bootScript(entry: string): string {
  return (
    `const start=()=>import(${JSON.stringify(entry)}).catch((error)=>{` +
    `const problem=document.querySelector(".start-cover-problem");if(problem)problem.hidden=false;throw error});` +
    `document.visibilityState==="hidden"?start():requestAnimationFrame(()=>setTimeout(start,0))`
  );
}

/**
 * Lets the built page paint from index.html alone: its start cover, or in the reader view its
 * words (its inline style is src/theme/page.css and reader.css). The page loads no style sheet
 * itself: each view brings its own with its code. The entry script is asked for by bootScript.
 */
export function holdNothingBeforeFirstPaint(html: string): string {
  const sheets = [...html.matchAll(/<link rel="stylesheet"/g)].length;
  let scripts = 0;
  const out = html.replace(/<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_tag, src: string) => {
    scripts++;
    return `<script type="module">${bootScript(src)}</script>`;
  });
  if (sheets !== 0 || scripts !== 1) {
    throw new FirstPaintError(`first paint: expected the build's index.html to load no style sheet and one script, found ${sheets} and ${scripts}.`);
  }
  return out;
}

/** The build step that applies holdNothingBeforeFirstPaint to index.html. */
export function nothingBeforeFirstPaint(skipInMode: string): Plugin {
  return {
    name: 'first-paint',
    apply: (_config, env) => env.command === 'build' && env.mode !== skipInMode,
    transformIndexHtml: { order: 'post', handler: holdNothingBeforeFirstPaint },
  };
}
