import { describe, expect, it } from 'vitest';
import { diskReason } from '../../../main/domain/diskErrors';
import { BriefingError } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n/translator';
import { errorText, localReason } from './errorText';

// The main process's own words, from the module that writes them: a reason it adds must reach the catalogue too.
const codes = ['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EACCES', 'EBUSY', 'EAGAIN', 'EMFILE', 'ENFILE', 'ENOENT'];

describe('errors from the main process, in the window’s language', () => {
  const ru = createTranslator('ru');

  it.each(codes)('knows the disk reason for %s and says it in Russian', (code) => {
    const english = diskReason(Object.assign(new Error(code), { code }));
    const russian = localReason(english, ru.t);
    expect(russian).not.toBe(english);
    expect(russian).toMatch(/[а-яё]/i);
  });

  it('says a refused write with its reason in the window’s language, and the original in English', () => {
    const error = new BriefingError({
      code: 'write-failed',
      reason: 'The disk is full',
      message: 'The disk is full: your change was not saved, and nothing was changed.',
    });
    expect(errorText(error, ru.t, 'ru')).toBe('Диск заполнен: ничего не изменено.');
    expect(errorText(error, createTranslator('en').t, 'en')).toBe(error.message);
  });

  it('says an error it has no reason for from its code, never leaving the English sentence alone', () => {
    const error = new BriefingError({ code: 'not-found', message: 'There is no note note-1.' });
    expect(errorText(error, createTranslator('kk').t, 'kk')).toBe('Бұл элемент енді жоқ; ештеңе өзгертілмеді.');
  });

  it('keeps a reason it does not know as written', () => {
    expect(localReason('A cosmic ray flipped a bit', ru.t)).toBe('A cosmic ray flipped a bit');
  });
});
