/** Build-time: the validated glossary entries as the notes the tooltip shows. */
import type { GlossaryNote } from '../messaging/protocol';
import type { GlossaryEntry } from './schema';

export function toGlossaryNote(entry: GlossaryEntry): GlossaryNote {
  const note: GlossaryNote = {
    term: entry.term,
    pinyin: entry.pinyin,
    gloss: entry.gloss,
    explanation: entry.explanation,
    category: entry.category,
  };
  if (entry.traditional) note.traditional = entry.traditional;
  if (entry.related && entry.related.length > 0) note.related = [...entry.related];
  return note;
}
