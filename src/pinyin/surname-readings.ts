/**
 * A person's name reads its surname as a surname (仇先生 Qiú, 单雄信 Shàn, 曾国藩 Zēng), which the
 * context model, trained on few names, does not know. Applied to words the segmenter tags as a
 * person's name (nr) of three characters (jieba tags some two-character words nr that are no
 * names, and some longer phrases: 应邀参加/nr), to the names a byline lists after its role, and to a
 * name jieba cut after a title (市长 任|晓明, 书记 曾|志强).
 */
import type { ModelHeader } from './model';

/** A byline's role, then the names (本报记者 任晓明, 通讯员：单伟, 文/曾文, 图／任芳). */
const BYLINE_ROLE = /(?:记者|通讯员|实习生|编辑|责编|摄影|撰稿|作者|评论员|(?<!\p{Script=Han})[文图](?=[/／:：]))[\s\u3000:：/／]*/gu;
/** Between two names of one byline: spaces (full-width too) or 、 (记者王凡、刘昌和 报道). */
const NAME_GAP = /^[ \u3000、]+/;
/** How a byline's last name may run on into the sentence: 任晓明报道, 曾文摄. */
const BYLINE_TAIL = /(?:报道|摄影|摄|讯|发自.*)$/u;
const HAN_RUN = /^\p{Script=Han}+/u;
/** jieba's tags for a person's name and for a word it guessed (not in its dictionary). */
const NAME_LIKE = new Set(['nr', 'nrfg', 'nrt', 'x']);

/** After a name: another name or the byline's end (a gap, a closing bracket). */
const CLOSES = /^[ \u3000、）)】]/;

/**
 * Whether [at, at + length) reads as a name: two or three characters, no dictionary word of the
 * sentence inside it (都|表示 is no name), and either a word jieba guessed or tagged as a name, or
 * one character words closed off by a gap, a bracket or 报道 (任|笑|一 …).
 */
function looksLikeName(
  words: readonly string[],
  tags: readonly string[],
  starts: readonly number[],
  at: number,
  length: number,
  closed: boolean,
): boolean {
  if (length < 2 || length > 3) return false;
  let nameWord = false;
  for (let w = 0; w < words.length; w++) {
    if (starts[w]! < at || starts[w]! >= at + length) continue;
    if (words[w]!.length === 1) continue;
    if (!NAME_LIKE.has(tags[w]!)) return false;
    nameWord = true;
  }
  return nameWord || closed;
}

/**
 * Where the names of bylines start, as offsets into the words' text. A name is a run of two or
 * three characters between the role (or the name before) and a gap or stop, maybe followed by
 * 报道 / 摄; a longer run is a name only when jieba cut it as a surname alone before a guessed or
 * name-tagged word (记者任|晓明|明天…). A surname doing its ordinary job after 记者 (记者曾在现场,
 * 记者还了解到, 记者任职于) runs on into the sentence and is left alone.
 */
export function bylineNameStarts(words: readonly string[], tags: readonly string[]): Set<number> {
  const text = words.join('');
  const starts: number[] = [];
  const wordAt = new Map<number, number>();
  for (let w = 0, at = 0; w < words.length; at += words[w]!.length, w++) {
    starts.push(at);
    wordAt.set(at, w);
  }
  const wordEnds = new Set(starts.map((s, w) => s + words[w]!.length));
  const out = new Set<number>();
  for (const role of text.matchAll(BYLINE_ROLE)) {
    const roleEnd = role.index + /^[^\s\u3000:：/／]+/u.exec(role[0])![0].length;
    if (!wordEnds.has(roleEnd)) continue; // 记者站, 编辑部: the role is part of a longer word
    let at = role.index + role[0].length;
    for (;;) {
      const run = HAN_RUN.exec(text.slice(at))?.[0] ?? '';
      const name = run.replace(BYLINE_TAIL, '');
      const w = wordAt.get(at);
      const cutAsName =
        w !== undefined &&
        words[w]!.length === 1 &&
        (words[w + 1]?.length ?? 0) <= 2 &&
        NAME_LIKE.has(tags[w + 1] ?? '');
      if (!(cutAsName || looksLikeName(words, tags, starts, at, name.length, run.length > name.length || CLOSES.test(text.slice(at + run.length))))) break;
      out.add(at);
      const gap = NAME_GAP.exec(text.slice(at + run.length))?.[0];
      if (!gap || name.length !== run.length) break;
      at += run.length + gap.length;
    }
  }
  return out;
}

/**
 * A title or office a name follows in news (副市长, 区委书记, 主任, 董事长, 教授). A word ending in
 * 长 is one only as an office (局长, 校长), not 增长 or 擅长.
 */
const TITLE =
  /(?:[市省县区镇乡村局处科厅部院校所社队组会馆站司署团州]长|董事长|理事长|秘书长|主任|书记|主席|总裁|经理|总监|教授|院士|委员|代表|律师|法官|研究员|工程师|发言人|负责人|总统|总理|大使)$/;
/** Jieba's tags for the given name it guessed after a surname it cut off (任|晓明/x, 曾|志强/nrfg). */
const GIVEN_NAME = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Surname characters that are mostly function words alone (还 hái, 都 dōu, 过, 应): never taken here. */
const FUNCTION_SURNAMES = new Set([...'还都过应']);

/**
 * Where a name jieba cut into a surname alone and a guessed given name follows a title (副市长
 * 任|晓明 Rén, 区委书记 曾|志强 Zēng). A surname character doing its ordinary job after a title
 * comes before a verb or an adverb, or inside a word (局长任命, 主任任期, 市长曾表示, 校长单方面),
 * never before a guessed name, so those keep their reading.
 */
export function titleNameStarts(words: readonly string[], tags: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let w = 1, at = words[0]?.length ?? 0; w + 1 < words.length; at += words[w]!.length, w++) {
    const given = words[w + 1]!;
    if (words[w]!.length !== 1 || FUNCTION_SURNAMES.has(words[w]!) || !TITLE.test(words[w - 1]!)) continue;
    if (given.length <= 2 && /^\p{Script=Han}+$/u.test(given) && GIVEN_NAME.has(tags[w + 1] ?? '')) out.add(at);
  }
  return out;
}

/**
 * jieba's three-character nr words that are no surname and given name (session 29, CPP dev's cross-validated
 * errors the rule made: 长孙|晟闻后, 越|隽两县): after a compound surname the word is the given name and what
 * follows it, so its first character is no surname; and a name does not end in a localiser of time or an
 * administrative unit (闻后, 两县), which close a phrase.
 */
const COMPOUND_SURNAMES = new Set([
  ...['长孙', '欧阳', '司马', '诸葛', '上官', '慕容', '宇文', '令狐', '公孙', '东方', '皇甫', '尉迟', '独孤', '夏侯', '轩辕'],
  ...['端木', '澹台', '司徒', '司空', '呼延', '万俟', '拓跋', '赫连', '钟离', '闻人', '南宫', '西门', '申屠', '公羊', '太史'],
]);
const PHRASE_END = /[后前时县省市州郡府]$/u;

function threeCharacterName(words: readonly string[], tags: readonly string[], w: number): boolean {
  const word = words[w]!;
  return tags[w] === 'nr' && word.length === 3 && !COMPOUND_SURNAMES.has(words[w - 1] ?? '') && !PHRASE_END.test(word);
}

export function applySurnameReadings(
  header: ModelHeader,
  words: readonly string[],
  readings: string[][],
  tags: readonly string[] | undefined,
): void {
  const surnames = header.surnames;
  if (!surnames || !tags) return;
  const bylines = bylineNameStarts(words, tags);
  for (const at of titleNameStarts(words, tags)) bylines.add(at);
  for (let w = 0, at = 0; w < words.length; at += words[w]!.length, w++) {
    const word = words[w]!;
    const reading = surnames[word[0]!];
    if (!reading || !readings[w]![0]) continue;
    if (threeCharacterName(words, tags, w) || bylines.has(at)) readings[w]![0] = reading;
  }
}
