/**
 * Simplified → Traditional as Taiwan and Hong Kong write it, for benchmark pages only (never
 * shipped): OpenCC's phrase tables through the opencc-js devDependency (MIT / Apache-2.0), so a
 * page shows the regional vocabulary real Traditional pages have (软件 → 軟體, 网络 → 網路, 视频 →
 * 影片, 登录 → 登入, 短信 → 簡訊 on Taiwan's; 裏, 綫, 衞 on Hong Kong's), and quotation marks in
 * the 「」『』 both regions print. ./traditional.ts's one-character-for-one map shows none of that.
 *
 * A phrase can change a text's length (互联网 → 網際網路), so a page is converted piece by piece:
 * every truth, look-alike and link edge cuts the paragraph, each piece is converted alone and the
 * edges move with the pieces' new lengths.
 */
import * as OpenCC from 'opencc-js';
import type { InjectedPage } from './inject';

export type Region = 'tw' | 'hk';
export const REGIONS: readonly Region[] = ['tw', 'hk'];

const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/** A converter for one region: OpenCC's phrases and characters, then the region's quotation marks. */
export function regionalConverter(region: Region): (text: string) => string {
  const convert = OpenCC.Converter({ from: 'cn', to: region === 'tw' ? 'twp' : 'hk' });
  return (text) => convert(text).replace(/[“”‘’]/gu, (mark) => QUOTES[mark] ?? mark);
}

type Edged = readonly [number, number, ...unknown[]];

/** `text` converted piece by piece between `edges`; `at(i)` is where offset i of `text` lands. */
function convertCut(text: string, edges: Iterable<number>, convert: (text: string) => string): { text: string; at: (i: number) => number } {
  const cuts = [...new Set([0, ...edges, text.length])].filter((i) => i >= 0 && i <= text.length).sort((a, b) => a - b);
  const moved = new Map<number, number>();
  let out = '';
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k] as number;
    moved.set(from, out.length);
    const to = cuts[k + 1];
    if (to !== undefined) out += convert(text.slice(from, to));
  }
  return { text: out, at: (i) => moved.get(i) ?? out.length };
}

const moveAll = <T extends Edged>(spans: readonly T[] | undefined, at: (i: number) => number): T[] =>
  (spans ?? []).map((span) => [at(span[0]), at(span[1]), ...span.slice(2)] as unknown as T);

/**
 * A generated page in a region's Traditional: title whole, paragraphs piece by piece so every
 * span (truth, the writer's look-alikes, link ranges) still covers the same words.
 */
export function convertPage<P extends InjectedPage & { lookalike?: [number, number][][] }>(page: P, convert: (text: string) => string): P {
  const paragraphs: string[] = [];
  const truth: P['truth'] = [];
  const lookalike: [number, number][][] = [];
  const links: P['links'] = [];
  page.paragraphs.forEach((text, p) => {
    const spans = page.truth[p] ?? [];
    const alike = page.lookalike?.[p] ?? [];
    const ranges = page.links[p] ?? [];
    const edges = [...spans.flatMap((s) => [s[0], s[1]]), ...alike.flatMap((s) => [s[0], s[1]]), ...ranges.flatMap((r) => [r.start, r.end])];
    const cut = convertCut(text, edges, convert);
    paragraphs.push(cut.text);
    truth.push(moveAll(spans, cut.at));
    lookalike.push(moveAll(alike, cut.at));
    links.push(ranges.map((r) => ({ ...r, start: cut.at(r.start), end: cut.at(r.end) })));
  });
  return { ...page, title: convert(page.title), paragraphs, truth, links, ...(page.lookalike ? { lookalike } : {}) };
}
