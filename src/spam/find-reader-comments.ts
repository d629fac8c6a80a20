/**
 * Family "seo": a block of reader comments a farm pastes into a copied article (session 17) — lines of
 * "nickname: comment", often with like counts, times and replies (快乐的小鱼：说得太对了 赞(23) 2小时前).
 *
 * The shape decides, not the words (farms and QA invent new nicknames and comments): two lines or more
 * in a row, each a short name, a colon and a short remark with no second sentence's worth of text. A
 * writer prints that shape too — an interview's transcript (记者：…？ 王某：…), a vox pop (市民张先生：…)
 * — but there the speakers are the story's people: their names are said elsewhere on the page, or are
 * roles (记者, 问, 答 …), or take turns. So a block is left when a speaker is named outside it, is a role,
 * or speaks twice; otherwise it is marked, and hidden with the platform's own marks (like counts, "N
 * hours ago", 回复, a floor number, IP属地) on half its lines or under a comments heading.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { finderSpan } from './finder-span';
import type { SpamSpan } from './types';

/** A name (2–14 characters, no sentence mark, no space inside), a colon, a remark (1–40 characters, no quotation, list or second colon). */
const COMMENT = /^(?:(?:\d{1,3}(?:楼|F|#)|#\d{1,3})\s*)?(?:回复\s*)?@?(?:网友|读者)?[“"「]?([^\s。！？!?，,：:；;“”"「」『』（）()、]{2,14})[”"」]?(?:\s?[（(][^（）()]{2,8}[)）])?\s?[：:]\s?([^\s“”"「」『』、：:][^\n“”"「」『』、：:]{0,39})$/u;
/**
 * What ends a name that introduces speech or a fact (说, 认为, 修改为, 规则是), numbers a part (第四站,
 * 图①), or dates a line (12月6日（周六）：多云 …, a forecast's or a schedule's day, never a poster).
 */
const NOT_A_NAME = /(?:说|称|道|曰|问|认为|表示|指出|强调|记载|写道|宣传|告诉|介绍|回应|提醒|呼吁|透露|坦言|为|是|如下|于|包括|有|了|的|[①-⑳]|\d\s*[日号月年])$|^(?:第|图|附|注)/u;
/** The platform's own marks on a comment: likes, time, replies, floor, where the poster is. */
const PLATFORM_MARK = /(?:赞|👍|点赞|顶|踩)\s*[(（[]?\s*\d+|\d+\s*(?:赞|人赞|个赞|人点赞|楼)|\d+\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天\s*\d{1,2}[:：]\d{2}|^回复|回复$|IP属地|来自\p{Script=Han}{2,3}$|楼主|沙发/u;
/** A heading over comments: 网友评论, 热门评论, 精彩留言, 读者跟帖 …, alone on its line. */
const HEADING = /^[\s【[〖▼]*(?:网友|热门|精彩|最新|读者|全部|相关|精选)?(?:评论|留言|跟帖|回复)(?:区|精选|\(\d+\)|（\d+）|\d+条)?[\s】\]〗]*[:：]?\s*$/u;
/** Speakers a transcript names by role. */
const ROLE = /^(?:记者|本报记者|主持人|问|答|嘉宾|编者|编辑|旁白|[甲乙丙丁]|[A-Z]|Q|记|受访者|被访者|原告|被告|法官|审判长|律师|老师|学生)$/u;
/** A heading naming comments, then comments, on one line: 热门评论：小鱼：说得对 大海：支持. */
const INLINE = /(?<=^|[。！？!?」”]\s*)[【[]?(?:网友|热门|精彩|最新|读者)?(?:评论|留言|跟帖)(?:区|精选)?[】\]]?[:：]?\s*((?:@?[^\s。！？!?，,：:“”]{2,14}[：:][^：:]{1,30}?\s*){2,8})$/u;
/** Comments glued after the article's sentence with no heading: two or more names, each with a colon, to the paragraph's end. */
const GLUED = /(?<=[。！？!?」”]\s*)((?:@?[^\s。！？!?，,：:“”]{2,14}[：:][^：:。]{1,24}?[。！!～~]?\s*){2,8})$/u;
/**
 * Session 18: a line of its own that is two comments or more and nothing else, each a poster's name
 * (often in quotes after 网友) and a short remark with no quotation in it (QA17: 网友“…”：… twice).
 */
const ONE_LINE = /^\s*((?:(?:网友|读者|热心网友|用户)?[“"「]?[^\s。！？!?，,：:“”"「」]{2,14}[”"」]?\s?[：:]\s?[^：:“”"「」\n]{1,30}?[。！!～~]?\s*){2,8})$/u;

interface Line {
  name: string;
  remark: string;
  /** A reply names whom it answers, not who speaks. */
  reply: boolean;
}

function commentOf(text: string): Line | null {
  const m = COMMENT.exec(text.trim());
  if (!m) return null;
  const remark = m[2] ?? '';
  // A remark is short and says one thing: at most one sentence end inside it.
  if ((remark.match(/[。！？!?]/gu)?.length ?? 0) > 2 && remark.length > 30) return null;
  const name = m[1] ?? '';
  if (NOT_A_NAME.test(name)) return null;
  return { name, remark, reply: /^回复/u.test(text.trim()) };
}

/** A field's label (来源, 姓名, 责任编辑, 联系人): a fact box or a credits block, not a poster's name. */
const FIELD = /(?:来源|作者|编辑|标题|关键词|关键字|标签|图|摄影|摄|文|员|人|时间|日期|地点|地址|电话|邮箱|单位|方|名|龄|别|业|历|注|明|示|格|价|量|数|率|期|号|型|级|费|额|度|站|段|线|路|区|县|市|省|国|队|组|部|局|委|会|院|校|所|处|科|室|办|作|持|助|媒体|伙伴|商)$/u;

/**
 * Per paragraph, the comment blocks of a page. `isKnownWord` tells a field list (姓名：… 年龄：…, every
 * label a two-character dictionary word) from posters' nicknames.
 */
export function findReaderComments(pageParagraphs: readonly string[], isKnownWord: (word: string) => boolean = () => false): SpamSpan[][] {
  const paragraphs = pageParagraphs.map((text) => toSimplifiedForm(text));
  const out: SpamSpan[][] = paragraphs.map(() => []);
  const reasons = { hidden: 'Reader comments (names, remarks, likes) pasted into the article.', marked: 'Possibly reader comments pasted into the article.' };
  for (let p = 0; p < paragraphs.length; p++) {
    const heading = HEADING.test(paragraphs[p] ?? '');
    let q = heading ? p + 1 : p;
    const lines: Line[] = [];
    for (; q < paragraphs.length; q++) {
      const line = commentOf(paragraphs[q] ?? '');
      if (!line) break;
      lines.push(line);
    }
    if (lines.length < 2) {
      const text = paragraphs[p] ?? '';
      const whole = ONE_LINE.exec(text);
      const wholeNames = names((whole?.[1] ?? '').replace(/[“”"「」]/gu, ''));
      if (whole && wholeNames.every((name) => !FIELD.test(name) && !NOT_A_NAME.test(name) && !ROLE.test(name)) && new Set(wholeNames).size === wholeNames.length && !spokenElsewhere(paragraphs, p, p + 1, wholeNames)) {
        // Posters in quotes or called 网友 / 读者 are a platform's; bare names may be a vox pop's (市民张先生：…)
        // or a list of fields (客运：…；货运：…), left.
        const posters = (whole[1] ?? '').match(/(?:^|[\s。！!～~])\s*(?:(?:网友|读者|热心网友|用户)|[“"「])/gu)?.length ?? 0;
        if (posters >= wholeNames.length) {
          out[p]?.push(finderSpan(text.length - text.trimStart().length, text.length, 'seo', true, reasons));
          continue;
        }
      }
      const inline = INLINE.exec(text);
      if (inline && !spokenElsewhere(paragraphs, p, p + 1, names(inline[1] ?? ''))) out[p]?.push(finderSpan(inline.index, text.length, 'seo', true, reasons));
      // Glued with no heading: the names must be no field labels nor the story's, and the platform's marks show on half of them.
      const glued = inline ? null : GLUED.exec(text);
      const gluedNames = names(glued?.[1] ?? '');
      if (glued && gluedNames.every((name) => !FIELD.test(name) && !NOT_A_NAME.test(name) && !ROLE.test(name)) && !spokenElsewhere(paragraphs, p, p + 1, gluedNames)) {
        const marks = (glued[1] ?? '').split(/(?=@?[^\s。！？!?，,：:“”]{2,14}[：:])/u).filter((unit) => PLATFORM_MARK.test(unit)).length;
        if (marks * 2 >= gluedNames.length) out[p]?.push(finderSpan(glued.index, text.length, 'seo', true, reasons));
      }
      continue;
    }
    const speakers = lines.map((l) => l.name.replace(/^@/u, ''));
    const posters = lines.filter((l) => !l.reply).map((l) => l.name);
    const turns = new Set(posters).size < posters.length;
    const fields = speakers.filter((name) => FIELD.test(name) || (name.length === 2 && isKnownWord(name))).length;
    if (turns || fields * 2 >= speakers.length || speakers.some((name) => ROLE.test(name)) || spokenElsewhere(paragraphs, p, q, speakers)) {
      p = q - 1;
      continue;
    }
    const marked = lines.filter((l) => PLATFORM_MARK.test(l.remark) || PLATFORM_MARK.test(l.name)).length;
    const hide = heading || marked * 2 >= lines.length;
    for (let r = p; r < q; r++) out[r]?.push(finderSpan(0, (paragraphs[r] ?? '').length, 'seo', hide, reasons));
    p = q - 1;
  }
  return out;
}

/** The names of an inline run of comments. */
function names(run: string): string[] {
  return [...run.matchAll(/([^\s：:]{2,14})[：:]/gu)].map((m) => m[1] ?? '');
}

/**
 * Whether a speaker's name (its Han part, two characters or more) is said in the page's own text
 * outside lines [from, to): not in other comment lines, which a farm pastes with the same names.
 */
function spokenElsewhere(paragraphs: readonly string[], from: number, to: number, speakers: readonly string[]): boolean {
  const own = (text: string): boolean => !commentOf(text) && !INLINE.test(text) && !ONE_LINE.test(text) && !HEADING.test(text);
  const rest = [...paragraphs.slice(0, from), ...paragraphs.slice(to)].filter(own).join('\n');
  // Said whole, or (a headline's "who did what: …") most of its character pairs said.
  return speakers.some((name) => {
    const han = name.replace(/^(?:网友|市民|读者|村民|居民)/u, '').replace(/[^\p{Script=Han}]/gu, '');
    const pairs = Array.from({ length: Math.max(0, han.length - 1) }, (_, i) => han.slice(i, i + 2));
    return han.length >= 2 && (rest.includes(han) || (pairs.length >= 3 && pairs.filter((pair) => rest.includes(pair)).length * 2 > pairs.length));
  });
}
