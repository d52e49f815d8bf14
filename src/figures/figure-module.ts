/**
 * What every figure provides as drawing, in the browser. A figure draws its complete picture
 * once; each element that belongs to some steps only carries `data-steps` (see showAt), and
 * the theme shows it when the deck is on one of them. So the picture always matches the deck's
 * fragments, in print, in scroll view and after any jump, and motion is only ever decoration
 * on top.
 */
export interface FigureContext {
  /** A prefix for ids inside the SVG, unique in the page. */
  id: string;
  /** The figure's name and one-sentence summary, for the SVG's title and description. */
  title: string;
  summary: string;
  /**
   * Draw the kind's narrow layout: the figure is shown much narrower than a slide (the reader
   * view on a phone), where the wide layout's words would shrink below reading size. A narrow
   * drawing marks its SVG (see createFigureSvg), so its motion follows the narrow lines.
   */
  narrow?: boolean;
  /**
   * Draw for paper: a kind whose narrow layout stacks parts (an icon array's panels) draws
   * each as a picture of its own, so a page break can fall between them and none is shrunk
   * to fit a page.
   */
  paged?: boolean;
}

/**
 * A kind of figure as drawing. `Spec` is what the kind's content descriptor (figure-kind.ts)
 * hands it; the table in figure-drawing.ts checks that the two agree.
 */
export interface FigureModule<Spec> {
  draw: (art: HTMLElement, spec: Spec, context: FigureContext) => void;
  /** Motion from step `from` to step `to` (0 is before the first click). */
  animate?: (art: HTMLElement, spec: Spec, from: number, to: number) => void;
}
