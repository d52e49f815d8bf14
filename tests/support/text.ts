/** Text with its spacing made regular: each run of white space one space, none at either end. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text as words to compare with the content it came from: squashed, and no space before
 * punctuation (left where pieces were joined with spaces, or a citation number taken out).
 */
export function words(text: string): string {
  return squash(text).replace(/ ([.,;:!?)])/g, '$1');
}
