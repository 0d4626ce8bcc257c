/**
 * Currencies as articles write them: ISO codes (USD, KRW, KZT), symbols ($, ₩, ₸, €) and words (dollars, won,
 * tenge, долларов, 달러). Codes and symbols come from Intl, so any currency the runtime knows is recognised; the
 * words are a short table for the languages the app serves.
 */
const codes: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === 'function'
    ? Intl.supportedValuesOf('currency')
    : ['USD', 'EUR', 'KRW', 'KZT', 'RUB'],
);

/** Symbols that name one currency; "$" is read as US dollars, as English-language news uses it. */
function symbolTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const code of ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'KZT', 'RUB', 'INR', 'TRY', 'UAH']) {
    if (!codes.has(code)) continue;
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const symbol = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay })
        .formatToParts(1)
        .find((part) => part.type === 'currency')?.value;
      if (symbol && symbol !== code && !table.has(symbol)) table.set(symbol, code);
    }
  }
  table.set('US$', 'USD');
  return table;
}

export const currencySymbols = symbolTable();

// prettier-ignore
const currencyWords: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', euro: 'EUR', euros: 'EUR', won: 'KRW', tenge: 'KZT',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', yen: 'JPY', yuan: 'CNY', pound: 'GBP', pounds: 'GBP',
  доллар: 'USD', доллара: 'USD', долларов: 'USD', евро: 'EUR', тенге: 'KZT', рубль: 'RUB', рубля: 'RUB',
  рублей: 'RUB', вон: 'KRW', 달러: 'USD', 원: 'KRW', 유로: 'EUR', 텡게: 'KZT',
};

/** An ISO currency code standing as a word. */
export function currencyCode(word: string): string | undefined {
  return /^[A-Z]{3}$/.test(word) && codes.has(word) ? word : undefined;
}

export function currencyOfWord(word: string): string | undefined {
  return currencyWords[word.toLowerCase()];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Symbols longest first, so "US$" wins over "$". */
export const symbolPattern = [...currencySymbols.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

export const currencyWordPattern = Object.keys(currencyWords)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
