/**
 * Readings for the segmenter's words in their sentence.
 *
 * Contract used by the background (do not change the signatures without updating callers):
 * - `createPinyinReader(loadAsset)` builds the reader once, loading the polyphone model through
 *   `loadAsset(path)` (a path under the extension root: `/data/pinyin-model.bin`).
 * - `reader.readWords(words)` returns, for each word, one reading per UTF-16 code unit: numbered
 *   pinyin (`zhong4`, neutral tone `5`, ü as `v`) for Han characters, '' for anything else.
 *
 * Evidence is layered: pinyin-pro reads the whole sentence (its word dictionary settles most
 * characters), then every polyphonic character the model knows is re-decided from its context
 * (its word, neighbouring characters and words, and pinyin-pro's guess as one feature among others).
 * Without `loadAsset` the reader is pinyin-pro alone. Both read the Simplified view of the words
 * (src/script/simplified-view.ts): their dictionaries and the model's features are Simplified, and
 * the view keeps every index, so a Traditional page's 幹部 is read as 干部 is.
 */
import { baseReadings } from './base-readings';
import { spansOf } from './context';
import { decodeModel } from './model';
import { applyAccumulateLei } from './accumulate-lei';
import { applyBenefitHai } from './benefit-hai';
import { applyBrandZhi } from './brand-zhi';
import { applyCapitalDu } from './capital-du';
import { applyCarryBei } from './carry-bei';
import { applyCompanionXing } from './companion-xing';
import { applyComplementDe } from './complement-de';
import { applyCoverbReadings } from './coverb-readings';
import { applyDoingGan } from './doing-gan';
import { applyDressZhuo } from './dress-zhuo';
import { applyFenceZha } from './fence-zha';
import { applyFirmlyQie } from './firmly-qie';
import { applyGeneralJiang } from './general-jiang';
import { applyForwardZhuan } from './forward-zhuan';
import { applyKinshipMa } from './kinship-ma';
import { applyLandDi } from './land-di';
import { applyGivenNameReadings } from './given-name-readings';
import { applyHeadZhang } from './head-zhang';
import { applyLastingZhe } from './lasting-zhe';
import { applyLeaveJia } from './leave-jia';
import { applyLocalDifang } from './local-difang';
import { applyMustDei } from './must-dei';
import { applyMustNotBude } from './must-not-bude';
import { applyNeutralTones } from './neutral-tones';
import { applyOfficialDafu } from './official-dafu';
import { applyPhraseReadings } from './phrase-readings';
import { applyPlantZhong } from './plant-zhong';
import { applyPonderZuo } from './ponder-zuo';
import { applyPotentialDedao } from './potential-dedao';
import { applyPlaceReadings } from './place-di';
import { applyQuestionBu } from './question-bu';
import { applyRateSuffix } from './rate-suffix';
import { readWordsWithModel } from './reader';
import { applyReturnHuan } from './return-huan';
import { applySettleLiao } from './settle-liao';
import { applyShopPu } from './shop-pu';
import { applySubmergeMo } from './submerge-mo';
import { applySurnameReadings } from './surname-readings';
import { applyStrengthJin } from './strength-jin';
import { applyVacantKong } from './vacant-kong';
import { applyVerbReadings } from './verb-readings';
import { applyVerbRepeats } from './verb-repeats';
import { applyVerbSenses } from './verb-senses';
import { toSimplifiedWords } from '../script/simplified-view';

export type LoadAsset = (path: string) => Promise<ArrayBuffer>;

export interface PinyinReader {
  /** `tags`: the segmenter's part-of-speech tag of each word (Segmenter.tag), when it has them. */
  readWords(words: readonly string[], tags?: readonly string[]): string[][];
}

export const PINYIN_MODEL_PATH = '/data/pinyin-model.bin';

function readWithoutModel(words: readonly string[]): string[][] {
  const spans = spansOf(words);
  const readings = baseReadings(spans.text, spans.starts);
  return words.map((_, i) => readings.slice(spans.starts[i], spans.starts[i + 1]));
}

export interface PinyinReaderOptions {
  /**
   * Neutral tones as the dictionary writes them (书记 shū ji, 见过 jiàn guo); on by default. Off, the
   * readings keep citation tones there, as the CPP benchmark labels them.
   */
  dictionaryNeutralTones?: boolean;
}

export async function createPinyinReader(loadAsset?: LoadAsset, options: PinyinReaderOptions = {}): Promise<PinyinReader> {
  if (!loadAsset) return { readWords: (words) => readWithoutModel(toSimplifiedWords(words)) };
  const model = decodeModel(await loadAsset(PINYIN_MODEL_PATH));
  const neutralTones = options.dictionaryNeutralTones ?? true;
  return {
    readWords(words, tags) {
      const simplified = toSimplifiedWords(words);
      const readings = readWordsWithModel(model, simplified, tags);
      applyPhraseReadings(model, simplified, readings);
      applySurnameReadings(model.header, simplified, readings, tags);
      applyPlaceReadings(simplified, readings, tags);
      applyLandDi(simplified, readings, tags);
      applyComplementDe(simplified, readings, tags);
      applyRateSuffix(simplified, readings, tags);
      applyGivenNameReadings(simplified, readings, tags);
      applyReturnHuan(simplified, readings, tags);
      applyBenefitHai(simplified, readings, tags);
      applyVerbReadings(simplified, readings, tags);
      applyVerbRepeats(simplified, readings, tags);
      applyVerbSenses(simplified, readings, tags);
      applyLeaveJia(simplified, readings, tags);
      applyDoingGan(simplified, readings, tags);
      applyShopPu(simplified, readings, tags);
      applyPlantZhong(simplified, readings, tags);
      applyPotentialDedao(simplified, readings, tags);
      applyPonderZuo(simplified, readings, tags);
      applyCompanionXing(simplified, readings, tags);
      applyFenceZha(simplified, readings);
      applyStrengthJin(simplified, readings, tags);
      applyCoverbReadings(simplified, readings, tags, model.hiddenVerb);
      applyLastingZhe(simplified, readings);
      applyDressZhuo(simplified, readings, tags);
      applyHeadZhang(simplified, readings);
      applyVacantKong(simplified, readings, tags);
      applyKinshipMa(simplified, readings);
      applyForwardZhuan(simplified, readings);
      applyMustDei(simplified, readings, tags);
      applyFirmlyQie(simplified, readings);
      applyCarryBei(simplified, readings, tags);
      applyCapitalDu(simplified, readings);
      applyGeneralJiang(model, simplified, readings, tags);
      applyAccumulateLei(simplified, readings);
      if (neutralTones) {
        applyNeutralTones(model, simplified, readings, tags);
        applyQuestionBu(simplified, readings);
        applyLocalDifang(simplified, readings, tags);
      }
      // After the dictionary's neutral tones, which read 算了 suàn le as one word.
      applySettleLiao(simplified, readings, tags);
      // After the neutral tones too, which read the 过 of 没过 as the experiential guo5.
      applySubmergeMo(simplified, readings, tags);
      // After the neutral tones, which give 大夫 the doctor's fu5 whatever its first syllable.
      applyOfficialDafu(simplified, readings, tags);
      // After the neutral tones, which read every 标致 with the adjective's light 致.
      applyBrandZhi(simplified, readings);
      // After the neutral tones, which read 动弹不得 with CC-CEDICT's light 不.
      applyMustNotBude(simplified, readings, neutralTones);
      return readings;
    },
  };
}
