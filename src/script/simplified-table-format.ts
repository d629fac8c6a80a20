/**
 * The compiled table behind `toSimplified` (`src/script/simplified-table.json`, written by
 * `npm run build:simplified-table` from OpenCC's data, Apache-2.0). Strings rather than objects,
 * so the shipped file stays small: about 3,000 pairs. Every conversion applies only where the text
 * around reads Traditional (src/script/simplified-view.ts).
 */
export interface SimplifiedTable {
  /** Pairs of characters, Traditional then Simplified, for characters only Traditional writes (個个們们): evidence that text is Traditional. */
  traditionalOnly: string;
  /** Pairs for Traditional characters that Simplified also writes in some words (乾干著着於于). */
  alsoSimplified: string;
  /** Phrases that read differently from their characters: the Traditional phrase then its Simplified, same length. */
  phrases: string[];
  /** Characters only Simplified writes (个们这): evidence that the text around is Simplified. */
  simplifiedOnly: string;
}
