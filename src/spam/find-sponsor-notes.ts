/**
 * Family "seo", sponsor notes: "this column is sponsored by <a betting brand>" (（本栏目由某某娱乐城独家
 * 赞助）), a farm's way of naming its sponsor beside a copied story. Papers and broadcasters print
 * sponsor notes for banks and brands too (本栏目由某某银行特约播出), so the note is hidden only when its
 * sponsor is named by a betting or grey-market word (./grey-words.ts, or bet / casino in Latin), and
 * marked when the sponsor is a sports, entertainment or e-sports brand (某某体育), the words betting
 * brands take; any other sponsor is left alone. The whole note goes: its brackets, or its sentence.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import { isGreyWord } from './grey-words';
import type { SpamSpan } from './types';

const WHAT = '(?:本栏目|本节目|本文|本版内容|本版|本期节目|本期|本频道|本专题|本资讯|本视频|本内容)';
const NOTE = new RegExp(
  `${WHAT}由([^，。！？（）()【】\\s]{2,14}?)(?:独家|倾情|特约|联合|友情|全程)?(?:赞助|冠名|特约)(?:播出|呈现|发布|支持|提供)?` +
    `|鸣谢([^，。！？（）()【】\\s]{2,14}?)(?:对${WHAT})?的?(?:大力|鼎力)?(?:支持|赞助)`,
  'gu',
);
const BETTING_LATIN = /bet|casino|poker|slot/iu;
const BETTING_GENRE = /(?:体育|娱乐|电竞|国际|游戏)$/u;
const OPEN_CLOSE: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']' };

export function findSponsorNotes(text: string): SpamSpan[] {
  if (!text.includes('由') && !text.includes('鸣谢')) return [];
  const simplified = toSimplifiedForm(text);
  const spans: SpamSpan[] = [];
  for (const m of simplified.matchAll(NOTE)) {
    const brand = m[1] ?? m[2] ?? '';
    const hide = isGreyWord(brand) || BETTING_LATIN.test(brand);
    if (!hide && !BETTING_GENRE.test(brand)) continue;
    let start = m.index;
    let end = start + m[0].length;
    // The note's own brackets, when it fills them; else its sentence's full stop after it.
    const open = simplified.charAt(start - 1);
    const close = OPEN_CLOSE[open];
    if (close !== undefined && simplified.charAt(end) === close) {
      start--;
      end++;
    } else if (/[。！!]/u.test(simplified.charAt(end))) end++;
    spans.push(
      finderSpan(start, end, 'seo', hide, {
        hidden: "A sponsor note naming a betting brand, pasted in by the copying site.",
        marked: 'A sponsor note naming a sports or entertainment brand: possibly pasted in.',
      }),
    );
  }
  return spans;
}
