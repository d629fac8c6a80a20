/**
 * The host's marks at the edges of a junk run (src/spam/host-edges.ts, session 27): a jammer or a
 * spelt-out domain glued to the writer's text leaves the writer's closing quotation mark, list
 * number, opening bracket and a figure running into their words visible — and still hides the run.
 * Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { findJammers } from '../../src/spam/find-jammers';
import { findObfuscatedDomains } from '../../src/spam/find-domains';

const hidden = (text: string): string[] => [...findJammers(text), ...findObfuscatedDomains(text)].filter((s) => s.tier === 'hidden').map((s) => text.slice(s.start, s.end));

describe('a junk run glued to the writer’s marks', () => {
  it('leaves the writer’s closing quotation mark after a full stop', () => {
    expect(hidden('他说：“明天见。＂.t^u¤o+n~*g¤+w@?a¢.#n!@g¢c~o/m')).toEqual(['.t^u¤o+n~*g¤+w@?a¢.#n!@g¢c~o/m']);
  });

  it('leaves a list number before 、 and a bracket the writer opens', () => {
    expect(hidden('报名须知：d4 K7 Pq2 y03、身份证复印件')).toEqual(['d4 K7 Pq2 y']);
    expect(hidden('注意事项g5 &2 hb3 R6 x ~4 nQ1 W8 J7(二)进场须知')).toEqual(['g5 &2 hb3 R6 x ~4 nQ1 W8 J7']);
  });

  it('leaves a figure running into the writer’s words, and the quotation mark opening them', () => {
    expect(hidden('合同金额占b¢o_u′ek*~t¤a@n@.c/!n./85％以上的份额')).toEqual(['b¢o_u′ek*~t¤a@n@.c/!n./']);
    expect(hidden('共有,q!ia*h|#n¤`y′u`e¢@n^.~c~~om240多名志愿者')).toEqual(['q!ia*h|#n¤`y′u`e¢@n^.~c~~om']);
    expect(hidden('负责人表示,d#a_!ji!¤ang^.¤c~o^m＂今年的目标')).toEqual(['d#a_!ji!¤ang^.¤c~o^m']);
  });

  it('still hides a run whose marks are its own', () => {
    expect(hidden('下午三点开会 w5 s9 B9 ?8 g$ R 请准时')).toEqual([' w5 s9 B9 ?8 g$ R ']);
  });
});
