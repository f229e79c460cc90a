/**
 * scrollIntoView in an iframe also scrolls the page around it. An embedded timeline must not
 * move a blog post before its reader has touched the timeline (a #event= deep link on load, the
 * dialog's preview); after a click in it, showing the source is what the reader asked for.
 * Browsers without navigator.userActivation never scroll the host.
 */
export function mayScrollIntoView(win: Pick<Window, 'parent' | 'navigator'> = window): boolean {
  return win.parent === win || win.navigator.userActivation?.hasBeenActive === true;
}
