/**
 * Session 33 (issue 12, seo family): a link the link model marks is hidden when its text is the grey market's own
 * vocabulary and the article says none of its words outside links (src/spam/decide-links.ts). Every link text here
 * was written for this test; the features are set by hand so the policy is read alone.
 */
import { describe, expect, it } from 'vitest';
import { decideLinks, LINK_MODEL, type ScoredLink } from '../../src/spam/decide-links';
import { LINK_FEATURES } from '../../src/spam/features-links';

/** Between the model's two levels: marked, not hidden, on the model alone. */
const MARKED = (LINK_MODEL.tiers.suspect + LINK_MODEL.tiers.hidden) / 2;

function link(text: string, options: { probability?: number; topicShare?: number; inHeadline?: number; sameSite?: boolean; ownLine?: boolean; creditLine?: boolean } = {}): ScoredLink {
  const features = LINK_FEATURES.map(() => 0);
  features[LINK_FEATURES.indexOf('topicShare')] = options.topicShare ?? 0;
  features[LINK_FEATURES.indexOf('inHeadline')] = options.inHeadline ?? 0;
  return {
    paragraph: 0,
    link: { start: 10, end: 10 + text.length, sameSite: options.sameSite ?? false, target: 7 },
    text,
    features,
    ownLine: options.ownLine ?? false,
    creditLine: options.creditLine ?? false,
    probability: options.probability ?? MARKED,
  };
}

const tiers = (c: ScoredLink): string[] => decideLinks([c], 1)[0]!.map((s) => s.tier);

describe('grey-market link text the model only marks', () => {
  it('hides an off-site link whose text sells what farms sell and the article never says', () => {
    for (const text of ['银湾真人娱乐城', '学生网贷口子', '老虎机彩金注册'])
      expect(tiers(link(text))).toEqual(['hidden']);
  });

  it('keeps it marked when the article says its words, the headline has them, or it is the site’s own', () => {
    expect(tiers(link('银湾真人娱乐城', { topicShare: 0.5 }))).toEqual(['suspect']);
    expect(tiers(link('学生网贷口子', { inHeadline: 1 }))).toEqual(['suspect']);
    expect(tiers(link('银湾真人娱乐城', { sameSite: true }))).toEqual(['suspect']);
    expect(tiers(link('学生网贷口子', { creditLine: true }))).toEqual(['suspect']);
    expect(tiers(link('警方捣毁一个网贷口子诈骗团伙 涉案两千万', { ownLine: true }))).toEqual(['suspect']);
  });

  it('leaves ordinary link text as the model says, and does not raise a link below the mark', () => {
    expect(tiers(link('城南大桥改造工程'))).toEqual(['suspect']);
    expect(tiers(link('市交通局'))).toEqual(['suspect']);
    expect(tiers(link('银湾真人娱乐城', { probability: LINK_MODEL.tiers.suspect - 0.05 }))).toEqual([]);
  });
});
