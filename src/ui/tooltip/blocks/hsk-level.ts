/**
 * The word's HSK 3.0 band, its HSK 2.0 level where that differs, and how common it is: badges
 * beside the word. Data: the background's HSK table (see src/learner/hsk-table.ts).
 */
import type { FrequencyBand } from '../../../messaging/protocol';
import { el } from '../dom';
import type { TooltipBlock } from './types';

export interface HskLevelView {
  /** HSK 3.0: 1–6, or 7 for the advanced band 7–9. */
  hsk3?: number;
  /** HSK 2.0 level, only when it differs from the HSK 3.0 band. */
  hsk2?: number;
  frequency?: FrequencyBand;
}

export const hskLevelBlock: TooltipBlock<HskLevelView> = {
  id: 'hsk-level',
  slot: 'head',
  build({ lookup }) {
    const level = lookup.level;
    if (!level || (level.hsk3 === undefined && level.hsk2 === undefined && level.frequency === undefined)) return null;
    const view: HskLevelView = {};
    if (level.hsk3 !== undefined) view.hsk3 = level.hsk3;
    if (level.hsk2 !== undefined && level.hsk2 !== level.hsk3) view.hsk2 = level.hsk2;
    if (level.frequency !== undefined) view.frequency = level.frequency;
    return view;
  },
  render(view, { doc, t }) {
    const badges = el(doc, 'span', 'levels');
    if (view.hsk3 !== undefined) {
      const band = el(doc, 'span', `badge hsk hsk${view.hsk3}`, view.hsk3 === 7 ? t('tooltipHskAdvanced') : t('tooltipHskBand', view.hsk3));
      band.title = t('tooltipHskBandTitle');
      badges.append(band);
    }
    if (view.hsk2 !== undefined) {
      const old = el(doc, 'span', 'badge hsk2', t('tooltipHsk2Level', view.hsk2));
      old.title = t('tooltipHsk2Title');
      badges.append(old);
    }
    if (view.frequency !== undefined) badges.append(el(doc, 'span', 'badge frequency', t(FREQUENCY_KEYS[view.frequency])));
    return badges;
  },
};

const FREQUENCY_KEYS = {
  top1000: 'tooltipFrequencyTop1000',
  top5000: 'tooltipFrequencyTop5000',
  top20000: 'tooltipFrequencyTop20000',
  rare: 'tooltipFrequencyRare',
} as const satisfies Record<FrequencyBand, string>;
