/** Zhuyin (bopomofo) for one numbered pinyin syllable: `zhong4` -> ㄓㄨㄥˋ, `de5` -> ˙ㄉㄜ. */
const INITIALS: Record<string, string> = {
  b: 'ㄅ', p: 'ㄆ', m: 'ㄇ', f: 'ㄈ', d: 'ㄉ', t: 'ㄊ', n: 'ㄋ', l: 'ㄌ', g: 'ㄍ', k: 'ㄎ', h: 'ㄏ',
  j: 'ㄐ', q: 'ㄑ', x: 'ㄒ', zh: 'ㄓ', ch: 'ㄔ', sh: 'ㄕ', r: 'ㄖ', z: 'ㄗ', c: 'ㄘ', s: 'ㄙ',
};

const FINALS: Record<string, string> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', ê: 'ㄝ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ', an: 'ㄢ', en: 'ㄣ',
  ang: 'ㄤ', eng: 'ㄥ', er: 'ㄦ', ong: 'ㄨㄥ',
  i: 'ㄧ', ia: 'ㄧㄚ', ie: 'ㄧㄝ', io: 'ㄧㄛ', iao: 'ㄧㄠ', iu: 'ㄧㄡ', iou: 'ㄧㄡ', ian: 'ㄧㄢ', in: 'ㄧㄣ',
  iang: 'ㄧㄤ', ing: 'ㄧㄥ', iong: 'ㄩㄥ',
  u: 'ㄨ', ua: 'ㄨㄚ', uo: 'ㄨㄛ', uai: 'ㄨㄞ', ui: 'ㄨㄟ', uei: 'ㄨㄟ', uan: 'ㄨㄢ', un: 'ㄨㄣ', uen: 'ㄨㄣ',
  uang: 'ㄨㄤ', ueng: 'ㄨㄥ',
  ü: 'ㄩ', üe: 'ㄩㄝ', üan: 'ㄩㄢ', ün: 'ㄩㄣ',
  // Syllabic nasals of interjections (嗯 ng, 呣 m).
  m: 'ㄇ', n: 'ㄋ', ng: 'ㄫ',
};

const TONES = ['', 'ˊ', 'ˇ', 'ˋ'];

/** Undo the y/w spelling so the syllable is initial + final: yue -> üe, wei -> uei, yi -> i. */
function respell(base: string): string {
  if (base.startsWith('yu')) return `ü${base.slice(2)}`;
  if (base.startsWith('yi')) return base.slice(1);
  if (base.startsWith('y')) return `i${base.slice(1)}`;
  if (base.startsWith('wu')) return base.slice(1);
  if (base.startsWith('w')) return `u${base.slice(1)}`;
  return base;
}

function bopomofo(base: string): string | undefined {
  const s = respell(base);
  const initial = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])(?=.)/.exec(s)?.[1] ?? '';
  let final = s.slice(initial.length);
  // j q x write ü as u.
  if ('jqx'.includes(initial) && initial && final.startsWith('u')) final = `ü${final.slice(1)}`;
  // zhi chi shi ri zi ci si: the initial alone.
  if (final === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(initial)) return INITIALS[initial];
  const f = FINALS[final];
  if (f === undefined) return undefined;
  return (initial ? INITIALS[initial]! : '') + f;
}

export function toZhuyin(numbered: string): string {
  const m = /^([a-zü:v]+?)([1-5])?$/i.exec(numbered);
  if (!m) return numbered;
  const base = m[1]!.toLowerCase().replace(/u:|v/g, 'ü');
  const tone = Number(m[2] ?? 5);
  // Erhua: the 儿 of 一点儿 is written r in pinyin and ㄦ in zhuyin.
  const erhua = base.length > 1 && base.endsWith('r') && base !== 'er' && !bopomofo(base);
  const core = erhua ? base.slice(0, -1) : base;
  if (core === 'r') return 'ㄦ';
  const symbols = bopomofo(core);
  if (symbols === undefined) return numbered;
  const marked = tone === 5 ? `˙${symbols}` : symbols + TONES[tone - 1]!;
  return erhua ? `${marked}ㄦ` : marked;
}
