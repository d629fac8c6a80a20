/**
 * Family "seo": a mobile or web game's ad pasted into the article (session 33, issue 12: places30 dev's own
 * paragraphs 0 hidden, 0.079 marked; QA29 / GATE29 had the class, never hidden). The ad names the game's own
 * things (手游, 传奇, 新服, 元宝, 满级, SSR …) and gives or calls (送, 领, 点击, 下载, 立即, 注册) in a short line, with
 * nobody told of. A writer on games tells of players, parents, companies and regulators, or cites the ad in
 * quotation marks (一些页游广告以“登录就送VIP”为噱头; 据介绍，玩家注册后可免费领取新手礼包): left. Hidden only as a
 * whole sentence (./notice-sentences.ts).
 */
import { toSimplifiedForm } from '../script/simplified-view';
import { findNoticeSentences, type NoticeForm } from './notice-sentences';
import type { SpamSpan } from './types';

/** The game's own things: words a news sentence outside a game rarely holds. */
const GAME = /手游|页游|网游|传奇|仙侠|修仙|新服|开服|公测|元宝|神装|橙装|神宠|神兽|满级|一刀999|爆率|打金|SSR|[十百千\d]+连抽|千抽|单职业|屠龙|战力|挂机|小游戏|开玩|试玩/u;
const OFFER = /送|领|白拿|免费拿|点击|点我|点一下|立即|即玩|开玩|试玩|下载|预约|速来|快来|来玩|注册|登录|首充|抢占/u;
const OTHER_CUES = /VIP\d*|礼包|充值卡?|不充钱|提现|装备|回收|角色|版本|复刻|新区|火爆|开启|全开|今晚|今日|\d+点|免费|必备|也能|就能|爆出|上百|万|级|抽|天|BOSS|同服|三国|热血|原汁原味|散人|摸鱼|上班|就|即|玩|游戏/u;
/** Where an ad starts and ends: the game's things, its offer, its words of several characters. */
const EDGES = /VIP\d*|礼包|充值卡|元宝|满级|橙装|神装|装备|提现|复刻|热血|经典|全新|原汁原味|散人|上线|首充|新服|开启|预约|下载|开玩|试玩|即玩|抢占|速来|快来|来玩|BOSS|三国|角色|必备|免费领|免费拿/u;
/** A writer telling of someone: players (not an ad's 百万玩家), parents, companies, regulators, the police. */
const TOLD = /据|称|表示|介绍|指出|回应|宣称|号称|噱头|被指|监管|部门|公司|开发商|厂商|平台|家长|孩子|学生|未成年|警方|律师|业内|记者|他|她|用户|网友|下载量|流水|突破|超过|涉嫌|诱导|问题|报告|(?<![万千百])玩家|可以|如果|广告|宣传/u;

const FORM: NoticeForm = {
  needs: [GAME, OFFER],
  edges: new RegExp([EDGES, GAME, OFFER].map((r) => r.source).join('|'), 'u'),
  cues: new RegExp([GAME, OFFER, OTHER_CUES].map((r) => r.source).join('|'), 'u'),
  named: /手游|页游|网游|传奇|仙侠/u,
  told: TOLD,
  reason: "A game's ad pasted into the article.",
};

export function findGameAds(text: string): SpamSpan[] {
  return findNoticeSentences(text, toSimplifiedForm(text), FORM);
}
