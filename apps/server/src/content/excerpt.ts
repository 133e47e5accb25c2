/**
 * A list card shows three lines of a summary and clamps the rest; sending the rest costs the
 * investor bytes on a roaming connection and the server throughput. `excerpt` keeps about what
 * three lines of a phone-width card hold, measured in display width (a CJK character or kana is
 * as wide as two Latin letters), and ends at a sentence or word boundary with an ellipsis.
 */
export const CARD_EXCERPT_WIDTH = 150;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const SENTENCE_END = /[。．.!?！？]/;

export function excerpt(text: string, width = CARD_EXCERPT_WIDTH): string {
  const chars = Array.from(text.trim());
  let used = 0;
  let cut = -1;
  for (let i = 0; i < chars.length; i++) {
    used += WIDE.test(chars[i] as string) ? 2 : 1;
    if (used > width) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return chars.join('');
  // prefer a sentence end, then a space, in the last 40% of the budget; else cut mid-word
  const floor = Math.floor(cut * 0.6);
  let end = cut;
  for (let i = cut - 1; i >= floor; i--) {
    if (SENTENCE_END.test(chars[i] as string)) return chars.slice(0, i + 1).join('');
  }
  for (let i = cut - 1; i >= floor; i--) {
    if (chars[i] === ' ') {
      end = i;
      break;
    }
  }
  return `${chars.slice(0, end).join('').replace(/[\s,，、;；:：]+$/, '')}…`;
}
