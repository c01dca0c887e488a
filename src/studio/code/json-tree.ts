/**
 * Between JSON paths and places in the code view's text, through the JSON
 * syntax tree (@lezer/json, as @codemirror/lang-json parses it): where a
 * path's value is (for a problem's underline), and what path the cursor is
 * at (for completion).
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import type { PathPart } from '../draft/json-path.ts';

const VALUES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

/** The value nodes of an array, in order. */
const elements = (array: SyntaxNode) => {
  const out: SyntaxNode[] = [];
  for (let c = array.firstChild; c; c = c.nextSibling) if (VALUES.has(c.name)) out.push(c);
  return out;
};

/** A property's name as written (its quotes taken off). */
const nameOf = (property: SyntaxNode, text: (from: number, to: number) => string) => {
  const name = property.getChild('PropertyName');
  if (!name) return '';
  try {
    return JSON.parse(text(name.from, name.to)) as string;
  } catch {
    return text(name.from, name.to).replace(/^"|"$/g, '');
  }
};

/** The value of a property node. */
const valueOf = (property: SyntaxNode) => {
  for (let c = property.lastChild; c; c = c.prevSibling) if (VALUES.has(c.name)) return c;
  return undefined;
};

/**
 * The span of the value at a path, or of the nearest value above it that
 * the text has; the name is underlined for a property.
 */
export function locatePath(tree: Tree, text: (from: number, to: number) => string, parts: readonly PathPart[]): { from: number; to: number } {
  let node: SyntaxNode | undefined = tree.topNode.firstChild ?? undefined;
  let span = node ? { from: node.from, to: Math.min(node.to, node.from + 1) } : { from: 0, to: 0 };
  for (const part of parts) {
    if (!node) break;
    let next: SyntaxNode | undefined;
    let nameSpan: { from: number; to: number } | undefined;
    if (node.name === 'Object' && typeof part === 'string') {
      for (const property of node.getChildren('Property')) {
        if (nameOf(property, text) !== part) continue;
        next = valueOf(property);
        const name = property.getChild('PropertyName');
        nameSpan = name ? { from: name.from, to: name.to } : undefined;
      }
    } else if (node.name === 'Array' && typeof part === 'number') {
      next = elements(node)[part];
    }
    if (!next) break;
    node = next;
    span = nameSpan && (next.name === 'Object' || next.name === 'Array') ? nameSpan : { from: next.from, to: next.to };
  }
  return span;
}

/** The path of the object or array that contains a node, and the node's own key there when it is a property's name or value. */
export function pathAt(node: SyntaxNode, text: (from: number, to: number) => string): { parts: PathPart[]; inName: boolean; property?: string } {
  const parts: PathPart[] = [];
  let inName = false;
  let property: string | undefined;
  let here: SyntaxNode | null = node;
  if (here.name === 'PropertyName') inName = true;
  // The property the cursor is in, if any.
  const own = here.name === 'Property' ? here : here.parent?.name === 'Property' ? here.parent : null;
  if (own && !inName) property = nameOf(own, text);
  for (; here; here = here.parent) {
    const parent: SyntaxNode | null = here.parent;
    if (!parent) break;
    if (parent.name === 'Property' && here !== parent.getChild('PropertyName') && VALUES.has(here.name)) {
      const grand = parent.parent;
      if (grand?.name === 'Object') parts.unshift(nameOf(parent, text));
    } else if (parent.name === 'Array' && VALUES.has(here.name)) {
      parts.unshift(elements(parent).findIndex((e) => e.from === here!.from));
    }
  }
  // A property's own name or value: the path is its object's.
  if (own && !inName && parts[parts.length - 1] === property && VALUES.has(node.name) && node.parent === own) parts.pop();
  return { parts, inName, property };
}
