import { LINE_DESCRIPTION_LENGTH, splitDescription } from '../../../src/sync/documents/document-lines';

describe(splitDescription.name, () => {
  it('should keep a short description whole, and an empty one as one empty piece', () => {
    expect(splitDescription('Installation on site')).toEqual(['Installation on site']);
    expect(splitDescription('')).toEqual(['']);
  });

  it('should cut a long description into pieces of at most 100 characters, in order', () => {
    const text = 'a'.repeat(LINE_DESCRIPTION_LENGTH) + 'b'.repeat(LINE_DESCRIPTION_LENGTH) + 'c'.repeat(5);
    expect(splitDescription(text)).toEqual(['a'.repeat(100), 'b'.repeat(100), 'ccccc']);
    expect(splitDescription('x'.repeat(100))).toHaveLength(1);
  });

  it('should count code points, never cutting an emoji in two', () => {
    const text = '😀'.repeat(101);
    const parts = splitDescription(text);
    expect(parts).toEqual(['😀'.repeat(100), '😀']);
    expect(parts.join('')).toBe(text);
  });
});
