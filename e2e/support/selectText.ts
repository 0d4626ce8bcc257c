import { expect, type Page } from '@playwright/test';

/**
 * Selects `text` inside the element `within` (a CSS selector) as a mouse drag would, ending with
 * the mouseup the app listens for, after scrolling it to the middle of its pane. The script is a
 * string: the specs compile without the DOM's types.
 */
export async function selectText(page: Page, within: string, text: string): Promise<void> {
  // The reader is its own chunk, loaded when it opens: wait for its text before selecting in it.
  await page.locator(within).getByText(text, { exact: false }).first().waitFor();
  const found = await page.evaluate<string>(`(() => {
    const wanted = ${JSON.stringify(text)};
    const body = document.querySelector(${JSON.stringify(within)});
    if (!body) return 'nothing matches ' + ${JSON.stringify(within)};
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const box = range.getBoundingClientRect();
      node.parentElement.dispatchEvent(
        new MouseEvent('mouseup', { bubbles: true, clientX: box.right, clientY: box.bottom, button: 0 }),
      );
      return 'selected';
    }
    return 'the words are not inside one text node there';
  })()`);
  expect(found).toBe('selected');
}
