/**
 * Tables in the reader view scroll sideways inside their frame where the screen is too narrow
 * for them (reader.css), never the page. A frame that scrolls is a stop for the keyboard, so
 * its hidden columns can be reached without a pointer, and a region named by its table, so a
 * screen reader says what the stop is. A frame that fits is neither.
 */
export function frameTables(root: ParentNode = document): void {
  const frames = [...root.querySelectorAll<HTMLElement>('.slides .table-frame')];
  const fit = (frame: HTMLElement): void => {
    const table = frame.querySelector('table');
    const scrolls = frame.scrollWidth > frame.clientWidth + 1;
    if (!table || frame.hasAttribute('tabindex') === scrolls) return;
    if (!scrolls) {
      ['tabindex', 'role', 'aria-labelledby'].forEach((name) => frame.removeAttribute(name));
      return;
    }
    frame.setAttribute('tabindex', '0');
    frame.setAttribute('role', 'region');
    const named = table.getAttribute('aria-labelledby') ?? (table.caption && (table.caption.id ||= `${frame.closest('section')?.id ?? 'table'}-caption`));
    if (named) frame.setAttribute('aria-labelledby', named);
  };
  // A frame's table changes size with the text size and the screen; so may whether it scrolls.
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => fit(entry.target.closest<HTMLElement>('.table-frame')!)));
  for (const frame of frames) {
    observer.observe(frame);
    const table = frame.querySelector('table');
    if (table) observer.observe(table);
  }
}
