/**
 * A press credit: who wrote, shot or edited the story (本报记者 郑阳 摄, （新华社记者 王晓东 摄）,
 * 摄影：郑阳, 本报记者 郑阳 通讯员 李明, 责任编辑：王芳). It is the article's own text — a farm that copies
 * the story copies its credits with it — so a run shaped like one is never the farm's furniture,
 * however little it reads like the writer's prose: at most it is marked.
 *
 * The shape, not a list of names: every piece between the separators is a role (记者, 通讯员, with
 * an outlet before it: 本报, 新华社, X日报), a person's name (a surname and one or two characters, a
 * minority name with its dot), a credit verb (摄, 报道, 文/图, 整理, 发自X), or a role, a name and a
 * verb written together (记者郑阳摄); at least one piece names a person and one credits them.
 */
import { SURNAMES } from '../segment/name-characters';
import { toSimplified } from '../script/simplified-view';

/** Outlets name themselves before a reporter's role: 本报, 新华社, 人民日报, 央视网, 某某电视台. */
const OUTLET = String.raw`(?:本报|本刊|本台|本网|\p{Script=Han}{1,6}?(?:日报|晚报|时报|报社|通讯社|电视台|社|报|台|网))?`;
const ROLE = String.raw`(?:特约|见习|实习|首席|驻\p{Script=Han}{1,4})?(?:摄影记者|记者|通讯员|实习生|摄影|摄像|责任编辑|责编|编辑|校对|审核|审校|监制|制图|美编|统筹|撰文|文字|图片|视频|剪辑|作者|主编|编审)`;
const VERB = String.raw`(?:摄影报道|摄影|报道|采写|整理|编译|供图|制图|拍摄|摄|文图|文|图)`;
/** One piece between separators: [an outlet's role | 发自 + a place] [who] [a credit verb]. */
const PIECE = new RegExp(String.raw`^(?:(${OUTLET}${ROLE})|(发自\p{Script=Han}{2,6}))?(.*?)(${VERB})?$`, 'u');
const SEPARATORS = /[\s\u3000：:／/、|丨]+/u;
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '夏侯', '皇甫', '尉迟', '公孙', '慕容', '长孙', '令狐', '宇文', '司徒', '端木', '西门', '南宫']);

/** A person's name as credits write it: a surname and one or two characters, or a minority name with its dot. */
function isName(text: string): boolean {
  if (/^\p{Script=Han}{1,6}·\p{Script=Han}{1,8}$/u.test(text)) return true;
  if (!/^\p{Script=Han}{2,4}$/u.test(text)) return false;
  if (COMPOUND_SURNAMES.has(text.slice(0, 2)) && text.length >= 3) return true;
  return text.length <= 3 && SURNAMES.has(text.charAt(0));
}

/** How a piece credits: null when it is not part of a credit; else whether it names someone and credits them. */
function readPiece(piece: string): { names: boolean; credits: boolean } | null {
  if (isName(piece)) return { names: true, credits: false };
  const m = PIECE.exec(piece);
  if (!m) return null;
  const [, role, from, who = '', verb] = m;
  if (who !== '' && !isName(who)) return null;
  if (!role && !from && !verb) return null;
  return { names: who !== '', credits: true };
}

export function isPressCredit(run: string): boolean {
  const text = toSimplified(run)
    .trim()
    .replace(/^[（(【[]\s*/u, '')
    .replace(/\s*[）)】\]]?[\s。.，,；;]*$/u, '');
  if (text === '' || (text.match(/\p{Script=Han}/gu)?.length ?? 0) > 40) return false;
  let names = 0;
  let credits = false;
  for (const piece of text.split(SEPARATORS)) {
    if (piece === '') continue;
    const read = readPiece(piece);
    if (!read) return false;
    if (read.names) names++;
    if (read.credits) credits = true;
  }
  // A credit names one to four people.
  return credits && names >= 1 && names <= 4;
}
