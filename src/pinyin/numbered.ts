/**
 * Numbered pinyin (`zhong4`, neutral `5`, ü as `v`) from any syllable spelling: tone marks (`zhòng`),
 * digits (`lu:4`, `Zhong1`) or bare (`de` = neutral). pinyin-pro is fastest with tone marks, and
 * CC-CEDICT / the CPP labels use digits, so everything meets in this one form.
 */
const TONE_OF_MARK: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

const cache = new Map<string, string>();

export function toNumbered(syllable: string): string {
  const hit = cache.get(syllable);
  if (hit !== undefined) return hit;
  let tone = 5;
  const bare = syllable
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0304\u0301\u030c\u0300]/g, (mark) => {
      tone = TONE_OF_MARK[mark] ?? 5;
      return '';
    })
    .replace(/u\u0308|u:|ü/g, 'v')
    .replace(/\u0302/g, ''); // ê -> e
  const digits = /^([a-z]+)([0-5])$/.exec(bare);
  const out = digits ? `${digits[1]}${digits[2] === '0' ? 5 : digits[2]}` : /^[a-z]+$/.test(bare) ? `${bare}${tone}` : '';
  if (cache.size < 5000) cache.set(syllable, out);
  return out;
}
