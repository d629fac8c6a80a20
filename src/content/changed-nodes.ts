/**
 * Which of the nodes the page added or changed the reader should read: those in the article root,
 * and (as possible continuations) those beside it. Hidden, skipped and detached nodes are dropped;
 * a node inside another one is read with it.
 */
import { isNearArticle } from './article-continuation';
import type { LayoutProbe } from './extract-paragraphs';
import { isInsideSkipped } from './skip-rules';

export interface NodesToRead {
  inRoot: Node[];
  besideRoot: Node[];
}

export function selectChangedNodes(changed: readonly Node[], root: Element, probe: LayoutProbe): NodesToRead {
  const doc = root.ownerDocument;
  const readable = (node: Node) => {
    if (!node.isConnected || isInsideSkipped(node, null)) return false;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return element !== null && probe.isRendered(element);
  };
  const outermost = (nodes: Node[]) => nodes.filter((node) => !nodes.some((other) => other !== node && other.contains(node)));
  const nodes = [...changed];
  // A change above the root (a collapsed article's wrapper expanded) means reading the root again;
  // <body> and <html> classes change all the time for reasons of their own.
  if (nodes.some((node) => node !== root && node.contains(root) && node !== doc.body && node !== doc.documentElement)) {
    nodes.push(root);
  }
  return {
    inRoot: outermost(nodes.filter((node) => root.contains(node) && readable(node))),
    besideRoot: outermost(nodes.filter((node) => !root.contains(node) && isNearArticle(node, root) && readable(node))),
  };
}
