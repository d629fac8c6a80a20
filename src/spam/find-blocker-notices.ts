/**
 * Family "seo": a site's notice to a reader whose ad blocker is on, copied along with the article (session 33,
 * issue 12: places30 dev's own paragraphs 0.171 hidden; QA29 / GATE29 had the class, never hidden). The notice
 * speaks to the reader (您, 请, 即可) about this site or page (本站, 我们, 页面, 全文, 继续访问) and names the
 * blocker (广告拦截, 屏蔽广告, AdBlock …). A writer tells of blockers in the third person — readers, users, sites,
 * a survey (越来越多的网民装上了广告拦截插件; 有网友称，关闭AdBlock后页面才能正常显示) — or advises "you" without
 * this site (您可以在设置中打开广告过滤功能): those are left. Hidden only as a whole sentence (./notice-sentences.ts);
 * the screen-lines finder marks the rest.
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { findNoticeSentences, type NoticeForm } from './notice-sentences';
import type { SpamSpan } from './types';

const BLOCKER = /广告(?:拦截|屏蔽|过滤)|(?:拦截|屏蔽|过滤)(?:了)?(?:本站|我们的|本页)?广告|广告被(?:拦截|屏蔽|过滤)|去广告(?:插件|功能|工具|软件)|拦截(?:插件|器|软件|工具)|[Aa]d[Bb]lock|uBlock|AdGuard|ad ?blocker|允许(?:显示)?广告/u;
const TO_READER = /您|你(?!们)|请|恳请|烦请|即可|温馨提示|亲爱的/u;
/** This site or page, or what its reader loses. */
const THIS_PAGE = /本站|本网站|本网|我们|本页|此页|页面|正文|全文|内容|视频|继续(?:访问|阅读|浏览)|阅读|访问|刷新|重试|重新(?:载入|加载)|白名单|信任列表|例外/u;
const OTHER_CUES = /检测到|关闭|停用|暂停|禁用|开启|正在使用|安装|加入|添加|设为|允许|显示|加载|支持|解锁|免费|点击|此处|解决办法|依靠|运营|插件|工具|软件|功能|浏览器/u;
/** A writer telling of someone, or advising in general (可以…, 如果…). */
/** Where a notice starts and ends: the blocker, the reader addressed, what the site asks or what the reader loses. */
const EDGES = /系统检测到|本页|此页|您|亲爱的读者|尊敬的用户|温馨提示|检测到|请(?=关闭|停用|暂停|禁用|将|在|允许|把|先)|恳请|烦请|白名单|信任列表|例外|刷新|重试|重新(?:载入|加载)|继续(?:访问|阅读|浏览)|阅读|全文|内容|页面|正文|显示|播放|解决办法|本站|我们/u;
const TOLD = /读者(?!，)|用户|网友|网民|网站(?!白名单)|媒体|厂商|平台|公司|行业|业内|专家|记者|他|她|据|称|表示|认为|指出|报告|统计|调查|比例|收入|损失|越来越多|不少|一些|人们|大家|有人|如果|假如|若|可以|也可|建议|提醒|注意/u;

const FORM: NoticeForm = {
  needs: [BLOCKER, TO_READER, THIS_PAGE],
  edges: new RegExp([EDGES, BLOCKER].map((r) => r.source).join('|'), 'u'),
  cues: new RegExp([BLOCKER, TO_READER, THIS_PAGE, OTHER_CUES].map((r) => r.source).join('|'), 'u'),
  told: TOLD,
  reason: "A site's notice to a reader whose ad blocker is on, copied along with the article.",
};

export function findBlockerNotices(text: string): SpamSpan[] {
  return findNoticeSentences(text, toSimplifiedForm(text), FORM);
}
