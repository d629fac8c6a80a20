/**
 * DOM for a TooltipView: the head (word, traditional form, head blocks), the readings, the body
 * blocks and the foot. Dictionary text is only ever set as textContent, never parsed as HTML.
 */
import type { BlockTools } from './blocks/types';
import { el, renderSyllables } from './dom';
import type { TooltipView } from './view-model';

function renderReadings(view: TooltipView, tools: BlockTools): HTMLElement[] {
  const { doc, t } = tools;
  return view.readings.map((group) => {
    const list = el(doc, 'ol', '');
    const extras: string[] = [];
    for (const sense of group.senses) {
      for (const [i, definition] of sense.definitions.entries()) {
        const item = el(doc, 'li', '', definition);
        if (i === 0 && sense.traditional) item.prepend(el(doc, 'span', 'sense-form', sense.traditional));
        list.append(item);
      }
      if (sense.classifiers.length) extras.push(t('tooltipMeasureWord', sense.classifiers.join(', ')));
      if (sense.variantOf.length) extras.push(t('tooltipSeeAlso', sense.variantOf.join('; ')));
    }
    // Measure words and cross-references are about the entry, not numbered meanings.
    const extra = extras.length > 0 && el(doc, 'div', 'extra', [...new Set(extras)].join(' · '));
    return el(doc, 'div', 'reading', renderSyllables(doc, group.syllables, view.toneColours, 'pinyin'), list, extra);
  });
}

/** The panel's children for a view; the panel element itself is kept by the Tooltip. */
export function renderTooltip(view: TooltipView, tools: BlockTools): Node[] {
  const { doc, t } = tools;
  const blockTools = { ...tools, toneColours: view.toneColours };
  const slot = (name: 'head' | 'body' | 'foot') =>
    view.blocks.filter((block) => block.slot === name).map((block) => {
      const node = block.render(blockTools);
      node.dataset.block = block.id;
      return node;
    });
  const word = el(doc, 'span', 'word', view.word);
  word.lang = view.wordIsTraditional ? 'zh-Hant' : 'zh-Hans';
  const trad = view.traditional ? el(doc, 'span', 'trad', view.traditional) : null;
  if (trad) trad.lang = 'zh-Hant';
  const head = el(doc, 'div', 'head', word, trad);
  head.append(...slot('head'));
  const readings = renderReadings(view, tools);
  const nodes: Node[] = [head, ...readings];
  const body = slot('body');
  // A word with parts says so itself (see blocks/parts.ts).
  if (readings.length === 0 && !body.some((node) => node.dataset.block === 'glossary' || node.dataset.block === 'parts')) nodes.push(el(doc, 'div', 'empty', t('tooltipNoEntry')));
  nodes.push(...body, ...slot('foot'));
  return nodes;
}
