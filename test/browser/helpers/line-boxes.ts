// Measuring laid-out text through its line boxes: which words the browser split across lines.

/**
 * Words of `element`'s text that are laid out on more than one line (split inside the word), measured with
 * each word's line boxes (`Range.getClientRects()`).
 *
 * @param breakAfterHyphen when true, a line may end after the hyphen of a compound ("sont-" / "ils", which
 *   Firefox does in a French heading): each part of a hyphenated word is measured on its own
 */
export function wordsSplitAcrossLines(element: Element, {breakAfterHyphen = false} = {}): string[] {
  const words = breakAfterHyphen ? /[^\s-]+-?/g : /\S+/g;
  const split: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(words)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lineTops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lineTops.size > 1) split.push(match[0]);
    }
  }
  return split;
}
