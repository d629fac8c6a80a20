/**
 * The shape of the code, checked: no import cycles in src/ and entrypoints/ (type-only imports
 * count: a cycle of types is still two modules that cannot be read apart), src/ never imports
 * scripts/, and every `data-dudong…` name is spelled once, in src/annotate/markers.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** Relative specifiers of every `import … from`, `export … from` and `import('…')` in `source`. */
export function importedSpecifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3])!);
  return found.filter((specifier) => specifier.startsWith('.'));
}

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importedSpecifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolveImport(file, specifier))
      .filter((target): target is string => target !== null && target.endsWith('.ts'));
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle's members (Tarjan's strongly connected components of more than one file, or a self-import). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))];
const graph = importGraph(files);
const rel = (path: string) => relative(ROOT, path);

describe('the import graph', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    expect(importedSpecifiers(`import type { A } from './a';\nexport { b } from "../b";\nconst c = await import('./c');`)).toEqual([
      './a',
      '../b',
      './c',
    ]);
    const cyclic = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(cyclesOf(cyclic)).toEqual([['a', 'b', 'c']]);
    expect(cyclesOf(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('has no cycles in src/ and entrypoints/', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(cyclesOf(graph).map((cycle) => cycle.map(rel))).toEqual([]);
  });

  it('src/ never imports scripts/', () => {
    const fromSrc = [...graph].filter(([file]) => rel(file).startsWith('src/'));
    const intoScripts = fromSrc.flatMap(([file, targets]) => targets.filter((t) => rel(t).startsWith('scripts/')).map((t) => `${rel(file)} → ${rel(t)}`));
    expect(intoScripts).toEqual([]);
  });

  it('spells every data-dudong name only in src/annotate/markers.ts', () => {
    const markers = join(ROOT, 'src/annotate/markers.ts');
    const spelled = files
      .filter((file) => file !== markers)
      .flatMap((file) => {
        // Code, not comments: a name in a doc comment is documentation.
        const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
        return [...code.matchAll(/['"`]data-dudong[a-z-]*['"`]/g)].map((m) => `${rel(file)}: ${m[0]}`);
      });
    expect(spelled).toEqual([]);
  });
});
