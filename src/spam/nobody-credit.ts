/**
 * A credit that names nobody: a source that is the net, a reader's upload, an editor with no name
 * (来源：网络, 网络综合, 综合网络, 翻攝自網路, 网友投稿, 编辑：小编). What a farm writes where a real site names an agency or a
 * person. Read at the value's end, with at most a word of what was done to it after: a name that begins so
 * is someone (网络观察, 网友之家 are sites; 中国网络电视台 an outlet) — session 32: a real site's own
 * source line (来源：网络观察 2026-12-02 14:34) was hidden as a farm's, since 网络 was read inside it.
 */
const NET = '网络|網絡|网路|網路|互联网|互聯網|网上|網上|网友|網友';
const UNNAMED = '小编|小編|佚名|匿名|网编|網編|admin';
const DONE = '综合|綜合|整理|转载|轉載|收集|搜集|投稿|爆料|提供|上传|上傳|图片|圖片|素材|资料|資料|侵删|侵刪';
// The net (or an unnamed editor) ends the value: what comes before says what was done to it (综合网络, 翻攝自網路,
// 本站小编); a name only begins so (网络观察).
const FROM_THE_NET = new RegExp(`(?:${NET})(?:${DONE})?$`, 'iu');
const NOBODY = new RegExp(`(?:${NET}|${UNNAMED})(?:${DONE})?$`, 'iu');

/** Whether a source's value is the net (网络, 网络综合, 網友投稿), Simplified or Traditional. */
export const isFromTheNet = (value: string): boolean => FROM_THE_NET.test(value.trim());

/** Whether a credit's value names nobody: the net, or an editor or author with no name (小编, 佚名). */
export const namesNobody = (value: string): boolean => NOBODY.test(value.trim());
