/** The slide canvas every slide is laid out on, and the margin reveal.js keeps around it. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
export const SLIDE_MARGIN = 0.04;
