import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/translator';
import { intervalText } from './intervalText';

const { t } = createTranslator('en');
const from = '2026-03-01T09:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(from) + ms).toISOString();

describe('intervalText', () => {
  it('says a learning step in minutes, a day’s wait in hours, then days, months and years', () => {
    expect(intervalText(from, after(20_000), t)).toBe('1 min');
    expect(intervalText(from, after(10 * 60_000), t)).toBe('10 min');
    expect(intervalText(from, after(5 * 3_600_000), t)).toBe('5 h');
    expect(intervalText(from, after(3 * 86_400_000), t)).toBe('3 days');
    expect(intervalText(from, after(90 * 86_400_000), t)).toBe('3 mo');
    expect(intervalText(from, after(730 * 86_400_000), t)).toBe('2 yrs');
  });
});
