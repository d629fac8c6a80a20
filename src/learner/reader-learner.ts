/**
 * Everything the learner features add to one page's reader, behind one object the reader wires in a
 * few lines: the reader's known words and notes (for the tooltip), the marks on rubies (known words,
 * HSK bands, written as rubies are), colours by level, and the popup's word counts.
 */
import { levelMarksItem } from '../settings/learner-settings';
import { createKnownMarks, type KnownMarks } from './known-marks';
import { applyLevelStyles } from './level-styles';
import { createPageLearner, type PageLearner } from './page-learner';

export interface ReaderLearner {
  learner: PageLearner;
  decorateRuby: KnownMarks['decorate'];
  wordCounts(): { known: number; new: number };
  stop(): void;
}

export function startReaderLearner(doc: Document = document): ReaderLearner {
  const learner = createPageLearner();
  const marks = createKnownMarks(doc, learner.isKnown);
  // Known words changed (the tooltip's k, another tab, an import): every ruby of the page at once.
  const unsubscribe = learner.onChange(() => marks.refresh());
  void levelMarksItem.getValue().then((value) => applyLevelStyles(doc, value)).catch(() => undefined);
  const unwatchLevels = levelMarksItem.watch((value) => applyLevelStyles(doc, value ?? 'off'));
  return {
    learner,
    decorateRuby: marks.decorate,
    wordCounts: marks.counts,
    stop() {
      unsubscribe();
      unwatchLevels();
      learner.stop();
      applyLevelStyles(doc, 'off');
    },
  };
}
