/**
 * What a QR-code follow call follows. 长按识别二维码关注 is whole: the code names the account, so the
 * words after 关注 need a sign of an account of their own (…公众号, 「…」, an ID) to be its name. Without
 * one they are the writer's words the call was glued onto — a farm pasted the call inside a quoted title
 * (“↓↓↓ 长按识别二维码关注苍南福利院铁链拴男童…”, GATE29, session 31: seven of the title's characters hidden
 * as the account's name).
 */
const QR_ACT = /二维码|扫码|扫一扫|长按识别/u;
const ACCOUNT_SIGN = /号|平台|官微|微信|我们|我|本号|小编|[“”「」『』《》〈〉【】"'A-Za-z0-9_@]/u;

/**
 * Where the call in `notice` ends if the words after its last 关注 are no account's name: just after
 * 关注; -1 where the call names its account or is no QR-code follow.
 */
export function unnamedFollowEnd(notice: string): number {
  const at = notice.lastIndexOf('关注');
  if (at < 0 || !QR_ACT.test(notice.slice(0, at))) return -1;
  const object = notice.slice(at + 2);
  return object.trim() !== '' && !ACCOUNT_SIGN.test(object) ? at + 2 : -1;
}
