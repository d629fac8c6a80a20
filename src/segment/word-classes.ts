/**
 * Which of jieba's part-of-speech tags mark function words, and the few verbs that jieba's
 * new-word guessing glues onto the word before them (崔|说, 上|称). A function word stands alone,
 * so a guessed word that starts or ends with one was glued across a word boundary.
 */

/** Prepositions (p), conjunctions (c), particles (u*, y), adverbs (d), localisers (f), pronouns (r). */
export function isFunctionTag(tag: string): boolean {
  return tag === 'p' || tag === 'c' || tag === 'd' || tag === 'f' || tag === 'r' || tag === 'y' || tag.startsWith('u');
}

/**
 * Verbs of saying, being, having and modality, the light verb 作, 到 and 驻 "stationed in": in
 * news they follow a subject or a place (哈桑说, 发布会上称, 人有, 微博要, 会上作报告, 桥到高速,
 * 摩|驻叙利亚大使), and jieba's guessing glues them onto it.
 */
export const GLUED_VERBS: ReadonlySet<string> = new Set([...'说称是有要会能可应作到驻']);

/**
 * The localisers that close a place phrase before a verb (桌上放着, 地里长出). 前 后 内 外 lead
 * nouns of their own too often (窗户|外框, 汽车|后轮), so they are left to jieba.
 */
export const PLACE_LOCALISERS: ReadonlySet<string> = new Set([...'上中里下']);
/** Common nouns, places and verbal nouns (决策中, 战斗中): what a localiser makes a place or a time of. Not a name (nr). */
export const NOUN_TAG = /^(n|ng|ns|nz|vn|s)$/;
