/**
 * An app plug's parts, read clause by clause by ./find-reader-lures.ts (session 20, issue 12): the
 * call to get or open an app, and what it gives the reader.
 */
/**
 * A plug for an app (session 20, QA19: 打开X APP，… / 扫码下载X，…): a verb of getting or opening an app,
 * the app or its store named, said to the reader — no subject before the verb (what stands there may be
 * the writer's words the plug was glued to with no stop). A writer's app is someone's (市民可下载该APP查询,
 * 打开APP后，页面…): a modal or a pronoun before the verb, 该/这款 before the app, a clause ending in 后/时.
 */
export const APP_CALL =
  /^(?<lead>[^，,；;。！!？?、\d]{0,16}?)(?:(?:打开|下载|安装|扫码|搜索|登录|登陆|更新|升级|点开|获取)(?<mid>[^，,；;。！!？?]*?)(?:APP|App|app|客户端|小程序|应用(?:商店|市场)|手机版|极速版|安卓版|苹果版|软件)|(?:应用商店|应用市场)[里中内]?(?:搜索|下载|安装)|扫码下载|下载安装)/u;
const SUBJECT_LEAD = /[可能将会已曾均都也他她它们我您你]|该|这|那|此|记者|用户|市民/u;
/** What an app plug gives the reader, said beside the call: money for signing in, the full text, a lookup at any time, pay by the day. */
export const APP_BENEFIT = /红包|现金|立得|新用户|新人|日结|当天结算|(?:阅读|查看|看)(?:全文|完整|更多)(?:\p{Script=Han}{0,6}?(?:内容|资讯|信息|新闻|报道|视频))?|随时查|实时查/u;
/** What may stand before an app call's verb and be the plug's own: 请, a hurry word, a place (在应用商店…). */
export const PLUG_LEAD = /(?:请|快|速|赶紧|赶快|立即|马上|直接|现在)?(?:去|到|在|用|前往)?(?:手机)?$/u;
/** An app plug's benefit ends its clause: more Han after it are the writer's, glued with no stop. */
export const APP_TAIL_HAN = 2;

export const CALLED_NAME = /(搜索|关注|添加|下载|打开|安装)[“「『][^“”「」『』，,。]{1,10}[”」』]/gu;

/** Whether a clause (its closing mark may be on) is an app call said to the reader. */
export function isAppCall(clause: string): boolean {
  const body = clause.replace(/[，,；;！!？?。\s]+$/u, '');
  const m = APP_CALL.exec(body);
  return !!m && !SUBJECT_LEAD.test(m.groups?.lead ?? '') && !/该|这|那|此/u.test(m.groups?.mid ?? '') && !/[后时]$/u.test(body);
}
