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
