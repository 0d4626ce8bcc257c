import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

const accents: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

function accented(text: string): string {
  return text.replace(/[a-zA-Z]/g, (letter) => accents[letter] ?? letter);
}

/** The literal text of a message, accented; placeholders, plurals and selects keep their syntax. */
function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accented(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [key, { ...option, value: transform(option.value) }]),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    return element;
  });
}

/**
 * English, accented and 40% longer (padding in brackets, so a cut-off end shows), with every
 * placeholder kept: the pseudo-locale a layout check runs the window in.
 */
export function pseudoMessage(message: string): string {
  const printed = printAST(transform(parse(message)));
  // The printer writes ICU more tightly than people do: pad from the English as written.
  const padding = Math.max(1, Math.ceil(message.length * 1.4) - printed.length - 3);
  const filler = '·ẋ'.repeat(Math.ceil(padding / 2)).slice(0, padding);
  return `⟦${printed} ${filler}⟧`;
}

export function pseudoCatalogue<Keys extends string>(english: Record<Keys, string>): Record<Keys, string> {
  return Object.fromEntries(
    Object.entries<string>(english).map(([key, message]) => [key, pseudoMessage(message)]),
  ) as Record<Keys, string>;
}
