/**
 * The site a frame belongs to, for the user's on/off switch: the one in the address bar. The popup
 * switches Dudong off for the tab's site, and an article in an iframe (same-origin or not) must
 * follow that switch, not its own host's.
 */
export function topSite(view: Window = window): string {
  if (view === view.top) return view.location.hostname;
  try {
    // Same-origin ancestors can be asked directly.
    const hostname = view.top?.location.hostname;
    if (hostname) return hostname;
  } catch {
    // Cross-origin: a SecurityError, as expected; the ancestor chain below still names the top origin.
  }
  const ancestors = view.location.ancestorOrigins;
  const top = ancestors?.length ? ancestors[ancestors.length - 1] : undefined;
  // A frame embedded with referrerpolicy="no-referrer" sees "null" for its ancestors.
  if (top && top !== 'null') {
    try {
      return new URL(top).hostname;
    } catch {
      // Not a URL: fall back to the frame's own site.
    }
  }
  return view.location.hostname;
}
