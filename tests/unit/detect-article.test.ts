import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { closesSentence, countFullStops, holdsSentence, isArticle, scoreBlock } from '../../src/detect/block-scoring';
import { analyzeArticle, classifyPage, findArticleRoot } from '../../src/detect/index';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const para = (n: number) =>
  `<p>第${n}段：市政府今天召开新闻发布会，介绍了今年城市交通建设的最新进展。有关负责人表示，地铁新线将在年底前开通运营，市民出行将更加便利。</p>`;
const nav = '<div class="nav"><a href="/">首页</a><a href="/a">新闻</a><a href="/b">体育</a><a href="/c">财经</a></div>';
const links = (n: number) =>
  Array.from({ length: n }, (_, i) => `<li><a href="/n/${i}">第${i}条新闻标题：城市交通建设取得新进展</a></li>`).join('');
const footer = '<div class="footer"><p>版权所有，未经授权不得转载，违者必究。联系我们：本站编辑部。</p></div>';

describe('scoreBlock', () => {
  it('gives nothing to a label or a menu item', () => {
    expect(scoreBlock({ han: 6, linkHan: 0, punctuation: 0 })).toBe(0);
  });
  it('gives nothing to a block that is mostly link text', () => {
    expect(scoreBlock({ han: 100, linkHan: 60, punctuation: 5 })).toBe(0);
  });
  it('scores a prose paragraph by its punctuation and length', () => {
    expect(scoreBlock({ han: 80, linkHan: 0, punctuation: 4 })).toBe(1 + 4 + 2);
  });
});

describe('isArticle', () => {
  it('rejects a teaser list: many links for its prose', () => {
    expect(isArticle({ han: 900, linkHan: 200, links: 20, proseHan: 700, proseBlocks: 20, scoredBlocks: 20, closedBlocks: 20 })).toBe(false);
  });
  it('accepts a short news brief of two paragraphs', () => {
    expect(isArticle({ han: 160, linkHan: 0, links: 0, proseHan: 150, proseBlocks: 2, scoredBlocks: 2, closedBlocks: 2 })).toBe(true);
  });
});

describe('findArticleRoot', () => {
  it('finds the block with the paragraphs, not the sidebar, nav or footer', () => {
    const d = doc(
      `<html><body>${nav}<div class="wrap"><div id="story"><h1>标题</h1>${[1, 2, 3, 4].map(para).join('')}</div><div class="side"><ul>${links(12)}</ul></div></div>${footer}</body></html>`,
    );
    expect(findArticleRoot(d)?.id).toBe('story');
  });
  it('finds the story without any class or id hints', () => {
    const d = doc(
      `<html><body><div>${links(8)}</div><div><div id="x">${[1, 2, 3].map(para).join('')}</div></div><div><ul>${links(15)}</ul></div></body></html>`,
    );
    expect(findArticleRoot(d)?.id).toBe('x');
  });
  it('takes in both halves of a story split over sibling blocks', () => {
    const d = doc(
      `<html><body>${nav}<div id="both"><div>${[1, 2, 3].map(para).join('')}</div><div>${[4, 5, 6].map(para).join('')}</div></div><div><ul>${links(10)}</ul></div></body></html>`,
    );
    expect(findArticleRoot(d)?.id).toBe('both');
  });
  it('takes a <div> of text and <br>s as the root itself', () => {
    const text = [1, 2, 3].map((n) => para(n).replace(/<\/?p>/g, '')).join('<br><br>');
    const d = doc(`<html><body>${nav}<table><tr><td><ul>${links(6)}</ul></td><td><div id="t">${text}</div></td></tr></table></body></html>`);
    expect(findArticleRoot(d)?.id).toBe('t');
  });
  it('leaves comments out of the root', () => {
    const comments = `<div class="comments">${[7, 8, 9, 10].map(para).join('')}</div>`;
    const d = doc(`<html><body><div id="main"><div id="story">${[1, 2, 3].map(para).join('')}</div>${comments}</div></body></html>`);
    expect(findArticleRoot(d)?.id).toBe('story');
  });
  it('finds the container of a very long story though it stops reading early', () => {
    const paragraphs = Array.from({ length: 800 }, (_, i) => para(i)).join('');
    const d = doc(`<html><body>${nav}<div id="long">${paragraphs}</div><div class="footer">${links(5)}</div></body></html>`);
    expect(findArticleRoot(d)?.id).toBe('long');
    // The search read only a bounded prefix of the page's text.
    expect(analyzeArticle(d).text!.han).toBeLessThan(40_000);
  });
  it('ignores text hidden inline (anti-copy junk)', () => {
    const junk = '<span style="display:none">来源网站版权所有转载请注明出处谢谢合作来源网站版权所有</span>';
    const d = doc(`<html><body><div id="s"><p>市政府今天召开会议${junk}，研究部署工作。</p></div></body></html>`);
    // 市政府今天召开会议 + 研究部署工作, without the 25 hidden characters.
    expect(analyzeArticle(d).text?.han).toBe(15);
  });
  it('returns null for a headline portal with teasers', () => {
    const teasers = Array.from(
      { length: 20 },
      (_, i) => `<li><a href="/n/${i}">第${i}条：交通建设取得进展</a><p>市政府今天召开新闻发布会，介绍了今年城市交通建设的最新进展。</p></li>`,
    ).join('');
    const d = doc(`<html><body>${nav}<ul id="list">${teasers}</ul>${footer}</body></html>`);
    expect(findArticleRoot(d)).toBeNull();
    expect(classifyPage(d)).toBe('chinese');
  });
});

describe('classifyPage', () => {
  it('says article for a Chinese story page', () => {
    const d = doc(`<html><head><title>新闻</title></head><body>${nav}<div>${[1, 2, 3].map(para).join('')}</div></body></html>`);
    expect(classifyPage(d)).toBe('article');
  });
  it('says off for an English page', () => {
    const p = '<p>The city government held a press conference today on the progress of transport construction this year.</p>';
    const d = doc(`<html lang="en"><body><div>${p.repeat(6)}</div></body></html>`);
    expect(classifyPage(d)).toBe('off');
  });
  it('says off for a Japanese page', () => {
    const p = '<p>市は今日、記者会見を開き、今年の交通建設の進捗を説明した。地下鉄の新線は年内に開業する予定だという。</p>';
    const d = doc(`<html lang="ja"><body><div>${p.repeat(4)}</div></body></html>`);
    expect(classifyPage(d)).toBe('off');
  });
});

describe('short articles (a headline and a few paragraphs)', () => {
  // About 150 Han characters of story in three paragraphs, written for this test.
  const story = [
    '本报讯 昨天上午，市图书馆新馆正式向市民开放，首日接待读者三千多人次，比旧馆平时多了一倍。',
    '新馆位于城东文化中心，共有五层，藏书八十万册，设有少儿阅览区和自习室。馆方表示，周末开放时间将延长到晚上九点，另外还新增了电子阅览室。',
    '不少市民一早就在门口排队。一位带着孩子的家长说，新馆环境好，离家也近，借书也方便，以后会常来。图书馆还将在下个月举办读书节。',
  ];
  const paragraphs = (wrap = (p: string) => p) => story.map((p) => `<p>${wrap(p)}</p>`).join('');
  const siteNav =
    '<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/local">本地</a> | <a href="/sports">体育</a> | <a href="/ent">娱乐</a> | <a href="/money">财经</a></div>';
  const siteFooter =
    '<div class="footer"><p><a href="/about">关于我们</a> - <a href="/ad">广告服务</a> - <a href="/contact">联系方式</a> - <a href="/jobs">诚聘英才</a></p><p>版权所有 未经授权禁止转载</p></div>';

  it('is an article with its paragraphs straight in <body> between the site nav and footer', () => {
    const d = doc(`<html><body>${siteNav}<h1>市图书馆新馆开放</h1>${paragraphs()}${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('article');
  });

  it('is an article when a farm has linked words inside its sentences', () => {
    // Three linked words in each paragraph, mid-sentence: nine links, more than a list of this size may have.
    let n = 0;
    const linked = (p: string) => p.replace(/[，。](..)/gu, (whole, word: string) => (n++ % 4 < 3 ? `${whole[0]}<a href="/k/${n}">${word}</a>` : whole));
    const d = doc(`<html><body>${siteNav}<div class="main"><h1>市图书馆新馆开放</h1><div class="content">${paragraphs(linked)}</div></div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('article');
  });

  it('counts two paragraphs parted by <br><br> as two', () => {
    const d = doc(`<html><body>${siteNav}<h2>市图书馆新馆开放</h2><div id="t">${story[0]}${story[1]}<br><br>${story[2]}</div>${siteFooter}</body></html>`);
    expect(analyzeArticle(d).text?.proseBlocks).toBe(2);
    expect(classifyPage(d)).toBe('article');
  });

  // The same 155 Han characters as one paragraph: a one-paragraph brief, or a site's description box.
  const oneParagraph = `<p>${story.join('')}</p>`;

  it('is an article as one paragraph of about 150 Han under its headline', () => {
    const d = doc(`<html><body>${siteNav}<div class="main"><h1>市图书馆新馆开放</h1>${oneParagraph}</div>${siteFooter}</body></html>`);
    expect(analyzeArticle(d).text?.headed).toBe(true);
    expect(classifyPage(d)).toBe('article');
  });

  // A news brief of about 110 Han, written for this test: QA22 met two such briefs under their
  // headlines (112 and 135 Han) and Dudong read them as plain Chinese, with no pinyin.
  const brief = [
    '本报讯 今天上午，城南公园的新儿童游乐区正式开放，滑梯、秋千和沙池都按照新的安全标准建造，地面铺上了软垫，旁边还增设了家长休息的座椅。',
    '公园管理处表示，游乐区每天早上七点开放，晚上七点关闭，周一上午例行检修。附近居民说，孩子终于有了放心玩耍的地方。',
  ];
  it('is an article as a brief of about 110 Han under its headline, in one paragraph or two', () => {
    const one = doc(`<html><body>${siteNav}<div class="main"><h1>城南公园儿童游乐区开放</h1><p>${brief.join('')}</p></div>${siteFooter}</body></html>`);
    const two = doc(`<html><body>${siteNav}<div class="main"><h1>城南公园儿童游乐区开放</h1>${brief.map((p) => `<p>${p}</p>`).join('')}</div>${siteFooter}</body></html>`);
    for (const d of [one, two]) {
      expect(analyzeArticle(d).text?.proseHan).toBeLessThan(120);
      expect(classifyPage(d)).toBe('article');
    }
  });

  // What a content farm glues after a paragraph's last stop, written for this test: then no
  // paragraph of the brief ends its sentences, and the page read as a list of rows (QA23: a short
  // farm page of three paragraphs under its headline got no pinyin and no spam hidden).
  const tails = [' 👍 赞 2.1万 💬 评论 408', '【推广】换季清仓 全场五折起 立即抢购>>', ' 分享到：微信 朋友圈 微博'];
  const farmed = (paragraphs: string[]) => paragraphs.map((p, k) => `<p>${p}${tails[k % tails.length]}</p>`).join('');

  it('is an article as a headed brief whose every paragraph a farm ended with its furniture', () => {
    const parts = [brief[0]!, ...brief[1]!.split(/(?<=。)/u).filter(Boolean)];
    const d = doc(`<html><body>${siteNav}<div class="main"><h1>城南公园儿童游乐区开放</h1>${farmed(parts)}<p>💰 原创不易，您的打赏是我们前进的动力 [赞赏]</p></div>${siteFooter}</body></html>`);
    expect(analyzeArticle(d).text?.closedBlocks).toBe(0);
    expect(classifyPage(d)).toBe('article');
  });

  it('takes a headline for the story\'s when only the site\'s nav bar stands above it in the same container', () => {
    const d = doc(`<html><body>${siteNav}<h1>城南公园儿童游乐区开放</h1>${brief.map((p) => `<p>${p}</p>`).join('')}${siteFooter}</body></html>`);
    expect(analyzeArticle(d).text?.headed).toBe(true);
    expect(classifyPage(d)).toBe('article');
  });

  it('counts a block as holding a sentence when a full stop of its own stands inside it', () => {
    expect(holdsSentence('附近居民说，孩子终于有了放心玩耍的地方。 分享到：微信 朋友圈', countFullStops('附近居民说，孩子终于有了放心玩耍的地方。 分享到：微信 朋友圈'))).toBe(true);
    expect(holdsSentence('他说：“明年还会再来。”', 1)).toBe(true);
    const snippet = '官方售后的价格在两百元左右。第三方门店便宜一半，但是……';
    expect(holdsSentence(snippet, countFullStops(snippet))).toBe(false);
    const question = '家庭种菜用什么土好？园艺师教你自己配营养土 2026-10-12 生活频道';
    expect(holdsSentence(question, countFullStops(question))).toBe(false);
    expect(countFullStops('第一句。第二句。。第三句！')).toBe(2);
  });

  it('leaves the same brief a Chinese page with no headline above it', () => {
    const d = doc(`<html><body>${siteNav}<div class="main">${brief.map((p) => `<p>${p}</p>`).join('')}</div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('chinese');
  });

  it('leaves the same paragraph a Chinese page when no headline stands above it', () => {
    const d = doc(`<html><body>${siteNav}<div class="main">${oneParagraph}</div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('chinese');
  });

  it('takes neither a section label nor a linked title for a headline', () => {
    const label = doc(`<html><body>${siteNav}<h2>本馆简介</h2>${oneParagraph}${siteFooter}</body></html>`);
    const linked = doc(`<html><body>${siteNav}<h2><a href="/n/1">市图书馆新馆正式开放</a></h2>${oneParagraph}${siteFooter}</body></html>`);
    for (const d of [label, linked]) expect(classifyPage(d)).toBe('chinese');
  });

  it('leaves a headed paragraph that ends no sentence a Chinese page', () => {
    const open = `<p>${story.join('').replace(/。$/u, '')}</p>`;
    const d = doc(`<html><body>${siteNav}<h1>市图书馆新馆开放</h1>${open}${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('chinese');
  });

  it('leaves a list of headlines, each followed by its teaser, a Chinese page', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}">第${i}条：城市交通建设取得新进展</a> ${story[i % 3]!.slice(0, 40)}…</li>`).join('');
    const d = doc(`<html><body>${siteNav}<div class="main"><ul>${items}</ul></div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('chinese');
  });

  // Rows written for this test: a thread list and search results with no links at all (a site that
  // opens rows by script), so link density cannot tell them from a story.
  const threads = [
    '[提问] 阳台上的绿萝叶子发黄是什么原因　楼主：种花小白　回复 31　浏览 2087',
    '[经验] 养了三年多肉植物，总结几条浇水心得　楼主：老园丁　回复 95　浏览 7410',
    '[交流] 冬天室内养花要不要开窗通风　楼主：青青草　回复 18　浏览 1322',
    '[出售] 自家繁殖的月季小苗低价转让十几盆　楼主：花友阿梅　回复 6　浏览 513',
    '[晒图] 我家君子兰今年终于开花了　楼主：兰花控　回复 57　浏览 4098',
  ];
  const results = [
    '家庭种菜用什么土好？园艺师教你自己配营养土 …… 阳台种菜最关心的就是土，普通园土容易板结…… 2026-10-12 生活频道',
    '阳台种菜的五个常见误区 …… 很多人以为浇水越多越好，其实蔬菜的根最怕积水…… 2026-10-03 园艺天地',
    '新手种菜从哪几种蔬菜开始 小白菜生菜最省心 …… 专家建议，初学者可以先种生长期短的叶菜…… 2026-09-21 生活频道',
    '冬季阳台种菜要注意保温 这几招很实用 …… 气温降到五度以下时，要给菜苗盖上一层薄膜…… 2026-09-15 园艺天地',
  ];
  const rows = (lines: string[]) => lines.map((l) => `<div class="row">${l}</div>`).join('');

  it('leaves a thread list whose rows close no sentence, a Chinese page', () => {
    const d = doc(`<html><body>${siteNav}<div class="main">${rows(threads)}</div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('chinese');
  });

  it('leaves a topic page under a headline, each row a linked title, a whole first sentence and a date, a Chinese page', () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li><a href="/n/${i}">第${i}条：城市交通建设取得新进展</a><p>${story[i % 3]} 2026-10-${10 + i}</p></li>`).join('');
    const d = doc(`<html><body>${siteNav}<h1>专题：城市交通建设这一年</h1><div class="main"><ul>${items}</ul></div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('chinese');
  });

  it('leaves search results whose rows end on a date and a channel, a Chinese page', () => {
    const d = doc(`<html><body>${siteNav}<div class="main">${rows(results)}</div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('chinese');
  });

  it('leaves search results whose snippets are cut off with an ellipsis, a Chinese page', () => {
    // Rows as a search engine prints them: title, site, then a snippet cut mid-sentence; a title
    // may itself be a question, and a row may be a video with no snippet at all.
    const cut = [
      '旧手机电池鼓包还能用吗？- 数码问答　电池鼓包说明内部已经产生气体，继续充电有起火的风险，建议……',
      '手机电池保养的六个误区 - 科技频道　很多人习惯把电量用到自动关机再充，其实锂电池……',
      '换一块原装电池要多少钱 - 维修攻略　官方售后的价格在两百元左右，第三方门店便宜一半，但是……',
      '电池健康度低于百分之八十怎么办 - 视频　时长 03:18　播放 8.6万',
    ];
    const d = doc(`<html><body>${siteNav}<div class="main">${rows(cut)}</div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('chinese');
  });

  it('keeps an article whose lines of dates and places follow two closed paragraphs', () => {
    const stops = ['第一站：九月二十三日至二十九日，阳西县程村镇团结希望小学', '第二站：十一月四日至十日，大通县斜沟乡平安希望小学', '第三站：十一月二十五日至三十日，韶关市梨市镇梅塘小学'];
    const d = doc(`<html><body>${siteNav}<div class="main"><h1>乡村小学图书馆计划</h1>${paragraphs().split('</p>').slice(0, 2).join('</p>')}</p>${stops.map((s) => `<p>${s}</p>`).join('')}</div>${siteFooter}</body></html>`);
    expect(classifyPage(d)).toBe('article');
  });

  it('reads a sentence as closed through closing quotes and a teaser\'s bracketed label', () => {
    expect(closesSentence('他说：“明年还会再来。”')).toBe(true);
    expect(closesSentence('基金会的支出竟然少了一半。［详细］')).toBe(true);
    expect(closesSentence('记者了解到的情况就是这样…　［　详细　］')).toBe(true);
    expect(closesSentence('He said so. [more]')).toBe(true);
    expect(closesSentence('楼主：老园丁　回复 95　浏览 7410')).toBe(false);
    expect(closesSentence('2026-10-12 生活频道')).toBe(false);
    expect(closesSentence('保养的误区很多，其实锂电池……')).toBe(false);
    expect(closesSentence('她说：“我也不知道……”')).toBe(false);
    expect(closesSentence('It ends here...')).toBe(false);
  });
});

describe('a story drawn by a web component (open shadow root)', () => {
  const story = [
    '社区食堂今天正式开门，第一天就接待了三百多位老人。食堂由街道和一家餐饮企业合办，每餐两荤一素，老人凭卡可以享受优惠。',
    '食堂负责人说，菜单每周更换一次，少油少盐，也照顾到需要软食的老人。行动不便的老人还可以打电话预约，由志愿者送餐上门。',
    '住在附近的王阿姨吃完午饭后说，以前一个人做饭常常凑合，现在每天中午都来这里，和老邻居一起吃饭聊天，心情也好了不少。',
  ];
  /** The host's shadow root holds the headline and the paragraphs themselves, with no element wrapping them. */
  const page = (headline: string) => {
    const d = doc(`<html><body><div class="nav"><a href="/">首页</a> <a href="/city">本地</a></div><story-view></story-view><div class="foot">版权所有</div></body></html>`);
    const host = d.querySelector('story-view')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `${headline ? `<h1>${headline}</h1>` : ''}${story.map((p) => `<p>${p}</p>`).join('')}`;
    return { d, host };
  };

  it('is an article, rooted at the host, headed by the headline inside the shadow tree', () => {
    const { d, host } = page('社区食堂开门迎来三百多位老人');
    const analysis = analyzeArticle(d);
    expect(analysis.root).toBe(host);
    expect(analysis.text?.headed).toBe(true);
    expect(classifyPage(d)).toBe('article');
  });

  it('is no article when nothing headlines it (the same rule as in the light DOM)', () => {
    const { d } = page('');
    expect(analyzeArticle(d).text?.headed).toBe(false);
  });
});
