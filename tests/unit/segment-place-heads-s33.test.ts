import { describe, expect, it } from 'vitest';
import { createNodeSegmenter } from '../../scripts/segment/node-segmenter';

// Session 33 (issue 14): place names ending in a generic head that jieba cuts into pieces (place-heads.ts).
// Every sentence here was written for these tests.
const segmenter = createNodeSegmenter();
const cut = (text: string): string => segmenter.cut(text).join('|');

describe('a head jieba glued to what follows it goes back to the name', () => {
  it('gives 岛, 村 and 河 back to the name before them (东林|岛上, 大关|村人, 石桥|河水|位)', () => {
    expect(cut('游客们在东林岛上看日出。')).toContain('|东林岛|上|');
    expect(cut('大关村人都说这条路修得好。')).toMatch(/^大关村\|人\|/);
    expect(cut('洪水过后，石桥河水位下降了。')).toContain('|石桥河|水位|');
    expect(cut('暴雨中，凤凰河水流量迅速增加。')).toContain('|凤凰河|水流量|');
  });

  it('leaves an ordinary word that starts with the head after a region or a place (山区, 村民, 山中)', () => {
    expect(cut('云南山区的孩子们走了很远的路。')).toMatch(/^云南\|山区\|/);
    expect(cut('刘家庄村民连夜加固堤坝。')).toMatch(/^刘家庄\|村民\|/);
    expect(cut('声音像雷鸣山中回响。')).toContain('|雷鸣|山中|');
  });
});

describe('a town’s first character standing alone before 村镇, 集镇, 城镇', () => {
  it('joins the character and the word (胡|村镇 → 胡村镇)', () => {
    expect(cut('他家住在平阳县胡村镇，离县城不远。')).toContain('|胡村镇|');
  });

  it('leaves a describing or counting character before the word (小城镇, 各 乡镇)', () => {
    expect(cut('在小城镇生活的人越来越多。')).not.toContain('小城镇生');
    expect(cut('农村和城镇都在变化。')).toContain('|和|城镇|');
  });
});

describe('村, 镇 or 乡 alone after the noun a place is named for', () => {
  it('joins a noun CC-CEDICT lacks and the unit (狼窝|村), and a describing character before a village (大|码头|村)', () => {
    expect(cut('他们说狼窝村今年通了公路。')).toContain('|狼窝村|');
    expect(cut('船停在大码头村旁边。')).toContain('|大码头村|');
  });

  it('leaves a unit after a word of the language (石板|村, 代表 镇 中学)', () => {
    expect(cut('路边的石板村很旧。')).toContain('|石板|村|');
    expect(cut('他代表镇中学参加了比赛。')).toContain('|代表|镇|中学|');
  });
});

describe('a place named for a noun keeps the noun’s neutral tone (neutral-tones.ts)', () => {
  it('reads 码头 mǎ tou inside 大码头村, and 村 in full', async () => {
    const { createNodePipeline } = await import('../../scripts/words/pipeline');
    const read = await createNodePipeline();
    const text = '船停在大码头村旁边。';
    const token = read(text).find((t) => text.slice(t.start, t.end) === '大码头村');
    expect(token?.readings).toEqual(['da4', 'ma3', 'tou5', 'cun1']);
  });
});
