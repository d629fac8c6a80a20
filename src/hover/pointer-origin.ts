/**
 * Where a pointer event really happened. Listeners on the document see events from inside shadow
 * roots retargeted to the host; the composed path still names the element under the pointer and
 * the open shadow roots it lies in (a closed root, such as our own tooltip's, shows only its host).
 */
export interface PointerOrigin {
  /** The innermost element under the pointer (inside open shadow roots). */
  element: EventTarget | null;
  /** The open shadow roots on the way down to it, for caretPositionFromPoint. */
  shadowRoots: ShadowRoot[];
}

export function pointerOrigin(event: Event): PointerOrigin {
  const path = event.composedPath();
  return {
    element: path[0] ?? event.target,
    shadowRoots: path.filter((step): step is ShadowRoot => typeof ShadowRoot !== 'undefined' && step instanceof ShadowRoot),
  };
}
