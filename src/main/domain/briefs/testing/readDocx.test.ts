import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from './readDocx';

describe('reading a .docx back', () => {
  it('throws on a part that is not well-formed, so the writer tests can fail', () => {
    const file = readDocx(zipSync({ 'word/document.xml': strToU8('<w:document><w:p></w:document>') }));
    expect(() => file.xml('word/document.xml')).toThrow(/not well-formed/);
    expect(() => file.xml('word/missing.xml')).toThrow(/no part word\/missing\.xml/);
  });
});
