// Messages in the playground's cells are bilingual, Japanese first ("… / …"), as the add-in's errors are
// (bilingualMessage in src/core/errors). The formula bar shows one language: the pane's.

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/g;
const JAPANESE_START = /^[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

function japaneseShare(s: string): number {
  const letters = s.replace(/[\s\d\p{P}\p{S}]/gu, "");
  return letters.length === 0 ? 0 : (s.match(JAPANESE)?.length ?? 0) / letters.length;
}

/**
 * The half of a "日本語 / English" message for `lang`. The parts may themselves hold " / " (「SME.GOTECH /
 * SME.GOTECHCHECK を使ってください」), so the split chosen is the one that best separates Japanese text
 * from English; a message with no such split is returned whole.
 */
export function messageIn(message: string, lang: "ja" | "en"): string {
  let best: { at: number; score: number } | null = null;
  for (let at = message.indexOf(" / "); at >= 0; at = message.indexOf(" / ", at + 1)) {
    const left = message.slice(0, at);
    const right = message.slice(at + 3);
    // The seam of a bilingual message: Japanese (or its punctuation) before it, not after it. Ids with
    // Japanese frame names (「MONO-23:グローバル枠」) can sit in both halves, so the seam weighs most.
    const seam =
      /[\u3040-\u30ff\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]$/.test(left) && !JAPANESE_START.test(right);
    const score = (seam ? 1 : 0) + japaneseShare(left) - japaneseShare(right);
    if (score > 0.3 && (!best || score > best.score)) best = { at, score };
  }
  if (!best) return message;
  return lang === "ja" ? message.slice(0, best.at) : message.slice(best.at + 3);
}
