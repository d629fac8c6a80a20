/**
 * Every tooltip block, in the order they are shown within their slot. Add a block here (one line)
 * after writing it in its own file; see ./types.ts.
 */
import { actionsBlock } from './actions';
import { charactersBlock } from './characters';
import { glossaryBlock } from './glossary';
import { hskLevelBlock } from './hsk-level';
import { ownNoteBlock } from './own-note';
import { partsBlock } from './parts';
import { possiblyInsertedBlock } from './possibly-inserted';
import { simplifiedFormBlock } from './simplified-form';
import { blockBuilder, type BlockBuilder } from './types';

export const TOOLTIP_BLOCKS: readonly BlockBuilder[] = [
  // head
  blockBuilder(simplifiedFormBlock),
  blockBuilder(hskLevelBlock),
  // body
  blockBuilder(possiblyInsertedBlock),
  blockBuilder(partsBlock),
  blockBuilder(glossaryBlock),
  blockBuilder(ownNoteBlock),
  blockBuilder(charactersBlock),
  // foot
  blockBuilder(actionsBlock),
];
