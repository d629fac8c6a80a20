/**
 * Session 27: lines that talk to the reader in prose — what an app, a browser, a service or a site says
 * to whoever is looking at the screen (a permission or notification prompt, an update prompt, a calendar
 * reminder, a queue call, a parcel's status, a check-in streak, a security or session notice, a data-use
 * warning, a community rule), pasted as a paragraph of its own, after the story's last paragraph or glued
 * after a paragraph's last stop. What makes each such a line, whatever its words: it addresses the reader
 * (您/你, or no subject at all before its verb), asks or tells them to act on the screen or the service,
 * and names nothing of the story (no person, place or term the page prints). Each kind is built from parts
 * (who speaks, what it asks, the object, the figures, the closing ask), so one kind has many wordings; the
 * held-out half's parts are none of dev's. Written before the outsider finder was changed this session
 * (frozen at this commit); none of it from QA's pages or the corpus.
 *
 * Look-alikes (no truth, every character must stay):
 * - `advice`: the writer's own service line to readers, the way news ends a story (气象部门提醒，外出的市民
 *   请注意防寒保暖。): it talks to the reader in the imperative too, but a named body of the story's kind speaks.
 * - `about`: a writer reporting a prompt in a story about it — the page's own term (a Han run of the
 *   headline the body repeats) is its subject, and the prompt is described, not spoken (打开{term}后会弹出…).
 *
 *   npx tsx scripts/spam/bench-lines.ts --generator=prompts27 [--split=dev]   (dev seed 271, held-out 272)
 */
import type { SpamFamily } from '../../src/spam/types';
import type { Article, InjectedPage, Split } from './inject';

export const PROMPTS27_KINDS = ['permission', 'update', 'reminder', 'queue', 'parcel', 'checkin', 'session', 'datause', 'rules'] as const;
export const PROMPTS27_STYLES = [...PROMPTS27_KINDS, 'advice', 'about'] as const;
export type Prompts27Style = (typeof PROMPTS27_STYLES)[number];
export const PROMPTS27_PLACES = ['own', 'last', 'tail'] as const;
export const PROMPTS27_SEEDS: Record<Split, number> = { dev: 271, heldout: 272 };
const FAMILY: SpamFamily = 'seo';

type Pick = <T>(items: readonly T[]) => T;
type Int = (lo: number, hi: number) => number;

interface Parts {
  /** Who asks (an app, a page, a service) and what it may take or do. */
  asker: string[];
  access: string[];
  grant: string[];
  deny: string[];
  /** Update prompts: what is new, how to get it. */
  newThing: string[];
  updateAsk: string[];
  /** Reminders: what is booked, when. */
  booked: string[];
  when: string[];
  remindAsk: string[];
  /** Queue calls: the counter, the letters of a ticket. */
  counter: string[];
  letters: string[];
  /** Parcels: where it waits, how to fetch it. */
  station: string[];
  fetch: string[];
  /** Check-in streaks: the reward. */
  reward: string[];
  /** Security and session notices: what happened, what to do. */
  happened: string[];
  secureAsk: string[];
  /** Data-use warnings: the network, the cost, the choice. */
  network: string[];
  dataAsk: string[];
  /** Community rules: what not to post, the sanction. */
  banned: string[];
  sanction: string[];
  /** Look-alikes: a body of the story's kind that advises readers, and what it advises. */
  body: string[];
  advice: string[];
  /** Look-alikes: how a writer describes a prompt. */
  describe: string[];
}

const PARTS: Record<Split, Parts> = {
  dev: {
    asker: ['本网页', '该应用', '此站点', '当前页面'],
    access: ['您的位置信息', '您的相机', '您的通讯录', '向您发送通知'],
    grant: ['是否允许？', '请在弹窗中点击“允许”。', '开启后可获得更好的体验。'],
    deny: ['拒绝后部分功能将无法使用', '您可以随时在设置中关闭'],
    newThing: ['修复了已知问题', '阅读体验全面升级', '新增夜间模式'],
    updateAsk: ['是否立即更新？', '建议您在WiFi环境下更新。', '点击下方按钮即可安装。'],
    booked: ['您预约的体检', '您关注的直播', '您报名的讲座'],
    when: ['明天上午9:00', '今晚20:30', '3天后'],
    remindAsk: ['请准时参加', '别忘了提前到场哦', '记得设置闹钟'],
    counter: ['3号窗口', '第5诊室', '2号服务台'],
    letters: ['A', 'B', 'C'],
    station: ['小区东门驿站', '快递柜（2号柜）', '菜鸟驿站'],
    fetch: ['请凭取件码取件', '请尽快前往领取', '超时将收取保管费'],
    reward: ['10积分', '一张优惠券', '双倍经验'],
    happened: ['您的账号在另一台设备上登录', '您已长时间未操作', '检测到您的网络环境异常'],
    secureAsk: ['请重新登录', '为保障账户安全，请及时修改密码', '请完成验证后继续'],
    network: ['当前为非WiFi网络', '您正在使用移动数据'],
    dataAsk: ['继续播放将消耗流量', '是否继续观看？', '可在设置中开启省流模式'],
    banned: ['发布广告', '人身攻击', '刷屏'],
    sanction: ['违者将被禁言', '一经发现立即删除', '屡次违规将被封号'],
    body: ['气象部门', '交警部门', '卫生部门', '主办方'],
    advice: ['外出的市民请注意防寒保暖', '请广大驾驶员提前规划出行路线', '市民如有疑问可拨打热线咨询'],
    describe: ['打开{t}后，手机上会先弹出一个询问是否允许获取位置的提示', '不少用户反映，{t}的更新提示每天都要跳出好几次', '记者注意到，{t}页面上的签到奖励规则已经改过三次'],
  },
  heldout: {
    asker: ['这个网站', '本程序', '此页面', '该小程序'],
    access: ['您的麦克风', '您的相册', '您的蓝牙', '在桌面上为您推送消息'],
    grant: ['同意请点“确定”。', '是否授权？', '授权后即可继续使用。'],
    deny: ['不授权将影响正常浏览', '可在手机设置里随时撤回'],
    newThing: ['优化了启动速度', '界面焕然一新', '支持语音朗读'],
    updateAsk: ['现在就升级吗？', '升级包约58MB，建议连接无线网络。', '重启后即可体验新功能。'],
    booked: ['您挂号的门诊', '您订阅的课程', '您参加的线上会议'],
    when: ['后天下午2:15', '本周六上午', '半小时后'],
    remindAsk: ['请提前十分钟到达', '不要迟到哟', '届时请保持网络畅通'],
    counter: ['7号柜台', '12号诊室', '东区窗口'],
    letters: ['D', 'F', 'K'],
    station: ['校园快递点', '丰巢柜（北门）', '社区代收点'],
    fetch: ['凭尾号取件', '请于今日内取走', '逾期将退回'],
    reward: ['5个金币', '一次抽奖机会', '会员体验卡'],
    happened: ['您的密码已超过90天未修改', '您的登录状态已过期', '系统检测到异常登录'],
    secureAsk: ['请立即验证身份', '为了您的账号安全，请绑定手机号', '请刷新页面后重试'],
    network: ['您未连接无线网络', '当前正在使用4G/5G网络'],
    dataAsk: ['播放视频会产生流量费用', '要继续加载高清画质吗？', '建议切换到标清'],
    banned: ['辱骂他人', '发布二维码', '恶意灌水'],
    sanction: ['违规内容将被屏蔽', '情节严重者永久封禁', '违者取消评论资格'],
    body: ['消防部门', '疾控中心', '铁路部门', '景区管理处'],
    advice: ['请游客错峰出行', '建议市民出门佩戴口罩', '旅客请提前两小时到站候车'],
    describe: ['有读者反映，使用{t}时屏幕上常跳出请求读取相册的窗口', '{t}新版本上线后，首页多了一个每日签到的入口', '据介绍，{t}会在排队叫号时给用户发送提醒'],
  },
};

/** Each kind's lines, from the split's parts (many wordings per kind: templates × parts × figures). */
const MAKERS: Record<(typeof PROMPTS27_KINDS)[number], ((a: Parts, p: Pick, n: Int) => string)[]> = {
  permission: [
    (a, p) => `${p(a.asker)}请求获取${p(a.access.filter((x) => !x.startsWith('向') && !x.startsWith('在')))}，${p(a.grant)}`,
    (a, p) => `${p(a.asker)}想要${p(a.access)}，${p(a.deny)}。`,
    (a, p) => `允许${p(a.asker)}使用${p(a.access.filter((x) => x.startsWith('您的'))).slice(2)}吗？${p(a.deny)}。`,
  ],
  update: [
    (a, p, n) => `发现新版本V${n(2, 9)}.${n(0, 9)}.${n(0, 9)}，${p(a.newThing)}，${p(a.updateAsk)}`,
    (a, p) => `您当前的版本过低，${p(a.newThing)}的新版本已发布，${p(a.updateAsk)}`,
  ],
  reminder: [
    (a, p) => `${p(a.booked)}将于${p(a.when)}开始，${p(a.remindAsk)}。`,
    (a, p) => `温馨提醒：${p(a.booked)}${p(a.when)}开始，${p(a.remindAsk)}！`,
  ],
  queue: [
    (a, p, n) => `请${p(a.letters)}${String(n(1, 199)).padStart(3, '0')}号到${p(a.counter)}办理，下一位${p(a.letters)}${String(n(1, 199)).padStart(3, '0')}号请准备。`,
    (a, p, n) => `您前面还有${n(2, 40)}人，预计等待${n(5, 60)}分钟，请留意叫号。`,
    (a, p, n) => `请${n(10, 99)}号患者到${p(a.counter)}就诊。`,
  ],
  parcel: [
    (a, p, n) => `您的包裹已到达${p(a.station)}，取件码${n(1, 9)}-${n(1, 9)}-${n(1000, 9999)}，${p(a.fetch)}。`,
    (a, p, n) => `快递员已将您的快件放入${p(a.station)}，${p(a.fetch)}，${n(24, 72)}小时内有效。`,
  ],
  checkin: [
    (a, p, n) => `您已连续签到${n(2, 30)}天，明天签到可领${p(a.reward)}。`,
    (a, p) => `今日还未签到，签到即送${p(a.reward)}，快来试试吧！`,
    (a, p, n) => `签到成功！获得${p(a.reward)}，再坚持${n(1, 6)}天领大礼包。`,
  ],
  session: [
    (a, p) => `${p(a.happened)}，${p(a.secureAsk)}。`,
    (a, p) => `提示：${p(a.happened)}，如非本人操作，${p(a.secureAsk)}。`,
  ],
  datause: [
    (a, p) => `${p(a.network)}，${p(a.dataAsk)}`,
    (a, p, n) => `${p(a.network)}，本视频约${n(20, 400)}MB，${p(a.dataAsk)}`,
  ],
  rules: [
    (a, p) => {
      const first = p(a.banned);
      return `请文明发言，禁止${first}、${p(a.banned.filter((x) => x !== first))}，${p(a.sanction)}。`;
    },
    (a, p) => `评论区规则：不得${p(a.banned)}，${p(a.sanction)}，感谢您的配合。`,
  ],
};

/** A Han run of the headline (two to four characters) that the body prints at least twice: the story's own term. */
function storyTerm(article: Article): string {
  const body = article.paragraphs.join('');
  const title = article.title;
  for (let len = 4; len >= 2; len--)
    for (let i = 0; i + len <= title.length; i++) {
      const run = title.slice(i, i + len);
      if (/^\p{Script=Han}+$/u.test(run) && body.split(run).length > 2) return run;
    }
  return '这款应用';
}

/** One page: `article` with one or two lines of `style` in the variant's place (look-alikes: no truth). */
export function prompts27Page(article: Article, style: Prompts27Style, split: Split, random: () => number, variant: number, toTraditional: (text: string) => string): InjectedPage {
  const parts = PARTS[split];
  const pick: Pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int: Int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const place = PROMPTS27_PLACES[variant % PROMPTS27_PLACES.length] as (typeof PROMPTS27_PLACES)[number];
  const real = style === 'advice' || style === 'about';
  const script = random() < 0.25 ? toTraditional : (text: string) => text;
  const paragraphs: string[] = [...article.paragraphs];
  const truth: [number, number, SpamFamily][][] = paragraphs.map(() => []);
  const count = 1 + Math.floor(random() * 2);
  for (let k = 0; k < count; k++) {
    const line =
      style === 'advice'
        ? `${pick(parts.body)}${pick(['提醒', '建议', '表示'])}，${pick(parts.advice)}。`
        : style === 'about'
          ? `${pick(parts.describe).replace('{t}', storyTerm(article))}。`
          : pick(MAKERS[style])(parts, pick, int);
    const spans: [number, number, SpamFamily][] = real ? [] : [[0, line.length, FAMILY]];
    if (place === 'tail') {
      const ends = paragraphs.map((_, i) => i).filter((i) => /[。！？”]$/u.test(paragraphs[i] ?? '') && !(truth[i] ?? []).length);
      const p = ends.length ? pick(ends) : paragraphs.length - 1;
      const text = paragraphs[p] ?? '';
      truth[p] = [...(truth[p] ?? []), ...spans.map(([s, e, f]) => [text.length + s, text.length + e, f] as [number, number, SpamFamily])];
      paragraphs[p] = text + line;
      continue;
    }
    const at = place === 'last' || paragraphs.length < 2 ? paragraphs.length : 1 + Math.floor(random() * (paragraphs.length - 1));
    paragraphs.splice(at, 0, line);
    truth.splice(at, 0, spans);
  }
  // Traditional conversion keeps lengths (one character for one), so truth offsets stay.
  return { title: script(article.title), paragraphs: paragraphs.map(script), truth, styles: truth.map((s) => s.map(() => style)), links: paragraphs.map(() => []), families: real ? [] : [FAMILY] };
}
