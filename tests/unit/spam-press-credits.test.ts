/**
 * A press credit is the article's own text (press-credits.ts): the learned furniture decision may
 * mark one but never hides it. Credits and stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isPressCredit } from '../../src/spam/press-credits';
import { hidden, useSpamTools } from './spam-test-tools';

useSpamTools();

describe('the shape of a press credit', () => {
  it('reads reporters, photographers and editors with their outlet, names and credit verbs', () => {
    for (const credit of ['本报记者 郑阳 摄', '（新华社记者 王晓东 摄）', '摄影：郑阳', '图/郑阳', '记者郑阳摄', '本报记者 欧阳晓明 摄', '本报记者 郑阳 通讯员 李明 摄', '（责任编辑：王芳）', '文/李明 图/王强', '本报记者 阿依古丽·买买提 摄', '本報記者 鄭陽 攝', '本报记者 郑阳 发自北京']) {
      expect(isPressCredit(credit), credit).toBe(true);
    }
  });
  it('leaves furniture that has a role word or short pieces but names nobody', () => {
    for (const run of ['编辑推荐', '记者节快乐', '责任编辑', '点击 查看 大图', '关注我们 微信 微博', '官方 客服 微信', '来源：新华社', '图为张师傅在铺子里打铁']) {
      expect(isPressCredit(run), run).toBe(false);
    }
  });
});

describe('a credit after a caption on a clean story', () => {
  const story = [
    '河堤边的柳树又绿了。每天清早，退休教师周明都会沿着河堤走上一圈，看看水位，捡捡垃圾。',
    '他说，十年前这里还是一条臭水沟，如今成了附近居民散步的好去处。',
    '街道工作人员介绍，河道整治后，沿岸新修了步道和三处小广场。',
    '图为周明在河堤上捡拾垃圾。本报记者 郑阳 摄',
  ];
  it('keeps the credit visible (main 4508989 hid it as furniture: the fitted score of this credit sits above the hide level for some names)', () => {
    expect(hidden('退休教师守护一条河', story).flat()).toEqual([]);
  });
});
