/**
 * Speaking a word or a sentence with the browser's speechSynthesis and a Chinese voice: zh-CN (or
 * cmn-CN) first, then other Mandarin voices, then any Chinese voice. Where the system has none, the
 * answer says so and nothing is spoken; nothing throws.
 */

export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
}

/** Lower is better; undefined: not a Chinese voice. */
function voiceRank(voice: VoiceLike): number | undefined {
  const lang = voice.lang.toLowerCase().replace(/_/g, '-');
  if (/^(zh|cmn)(-hans)?-cn$/.test(lang)) return 0;
  if (/^cmn\b/.test(lang) || /^zh-(hans|sg|tw|hant-tw)\b/.test(lang) || lang === 'zh') return 1;
  if (/^(zh|yue)\b/.test(lang)) return 2;
  return undefined;
}

export function chooseChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  let best: V | null = null;
  let bestRank = Infinity;
  for (const voice of voices) {
    const rank = voiceRank(voice);
    // An on-device voice beats a network one of the same rank (Dudong stays offline).
    const score = rank === undefined ? Infinity : rank + (voice.localService === false ? 0.5 : 0);
    if (score < bestRank) {
      best = voice;
      bestRank = score;
    }
  }
  return best;
}

export type SpeakResult = 'spoken' | 'no-voice' | 'unsupported';

/** Chrome fills the voice list asynchronously: wait for `voiceschanged` a little when it is empty. */
const VOICES_WAIT_MS = 1000;

async function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return now;
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

type SpeechWindow = Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };

export function speechAvailable(win: SpeechWindow = window): boolean {
  return 'speechSynthesis' in win && typeof win.SpeechSynthesisUtterance === 'function';
}

export async function speakChinese(text: string, rate: number, win: SpeechWindow = window): Promise<SpeakResult> {
  try {
    if (!speechAvailable(win) || !win.SpeechSynthesisUtterance || !text) return 'unsupported';
    const synth = win.speechSynthesis;
    const voice = chooseChineseVoice(await voicesOf(synth));
    if (!voice) return 'no-voice';
    const utterance = new win.SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate;
    synth.cancel(); // a new request replaces what is still being said
    synth.speak(utterance);
    return 'spoken';
  } catch {
    return 'unsupported';
  }
}
