import { describe, expect, test } from 'vitest';
import { isSplitProblem, splitStory, type StorySource } from '../../src/content-rules/story-source.ts';
import { parseYamlSource } from '../../src/content-rules/yaml-source.ts';

const split = (text: string) => {
  const result = splitStory(text);
  if (isSplitProblem(result)) throw new Error(`${result.reason} at ${result.line}`);
  return result as StorySource;
};

describe('one reading of a story file', () => {
  test('frontmatter ends at the first line that is exactly ---; the body keeps its line numbers', () => {
    const story = split('---\ntitle: "A"\nfield: y-te\n---\nDòng một.\n\n---\n\nSau đường kẻ.\n');
    expect(story.yaml).toBe('title: "A"\nfield: y-te');
    expect(story.bodyLine).toBe(5);
    // What the safety rules parse and the loader renders: line 5 of the file is line 5 of the text.
    expect(story.parsed.split('\n')[4]).toBe('Dòng một.');
    expect(story.parsed).not.toContain('title');
    // The thematic break in the body is the body's, not a frontmatter delimiter.
    expect(story.parsed.split('\n')[6]).toBe('---');
  });

  test('delimiters with spaces, a second block and a missing block are refused with their line', () => {
    expect(splitStory('---\ntitle: A\n ---\nx: 1\n---\nChữ.')).toEqual({ reason: 'delimiterSpaces', line: 3 });
    expect(splitStory('--- \ntitle: A\n---\nChữ.')).toEqual({ reason: 'delimiterSpaces', line: 1 });
    expect(splitStory('---\ntitle: A\n---\n\n---\nx: 1\n---\n<meta />')).toEqual({ reason: 'secondBlock', line: 5 });
    expect(splitStory('---\ntitle: A\n---\n+++\nx = 1\n+++\n')).toEqual({ reason: 'secondBlock', line: 4 });
    expect(splitStory('\n---\ntitle: A\n---\nChữ.')).toEqual({ reason: 'noFrontmatter', line: 1 });
    expect(splitStory('---\ntitle: A\nChữ.')).toEqual({ reason: 'noFrontmatter', line: 1 });
  });
});

describe('frontmatter YAML is plain data', () => {
  test('anchors, aliases and tags are refused with Vietnamese messages and their line', () => {
    const messages = (text: string) => parseYamlSource(text, 2).errors.map((e) => `${e.line} ${e.message}`);
    expect(messages('a: &x [1, 2]\nb: *x')).toMatchInlineSnapshot(`
      [
        "2 Không dùng ký hiệu “&” đặt tên cho giá trị. Hãy ghi thẳng giá trị ở mỗi chỗ cần.",
        "3 Không dùng ký hiệu “*” để chép lại giá trị khác. Hãy ghi thẳng giá trị ở mỗi chỗ cần.",
      ]
    `);
    expect(messages('title: !foo "Bà Lụa"')).toMatchInlineSnapshot(`
      [
        "2 Không dùng thẻ kiểu “!foo” trong phần thông tin. Hãy xóa “!foo” và chỉ ghi giá trị (đặt trong ngoặc kép nếu là chữ).",
      ]
    `);
    // Positive control: the same values written plainly parse.
    expect(parseYamlSource('a: [1, 2]\nb: [1, 2]\ntitle: "Bà Lụa"').data).toEqual({ a: [1, 2], b: [1, 2], title: 'Bà Lụa' });
  });

  test('a duplicated key is named; a colon in a value says to quote it', () => {
    const [duplicate] = parseYamlSource('title: "Một"\nfield: y-te\ntitle: "Hai"', 2).errors;
    expect(duplicate).toEqual({ line: 4, message: expect.stringContaining('Trường “title” được ghi hai lần') });
    const [colon] = parseYamlSource('title: Bác sĩ Đức: người thầy thuốc', 2).errors;
    expect(colon?.message).toContain('ngoặc kép');
  });

  test('a billion-laughs alias bomb is refused at once instead of expanding', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = parseYamlSource(levels.join('\n'));
    expect(result.data).toBeUndefined();
    expect(result.errors.length).toBeGreaterThan(0);
  });

  test('nesting deeper than any story needs is refused before parsing', () => {
    expect(parseYamlSource(`a: ${'['.repeat(5000)}${']'.repeat(5000)}`).errors[0]?.message).toContain('lồng nhau');
    expect(parseYamlSource(`a: ${'['.repeat(3)}1${']'.repeat(3)}`).data).toEqual({ a: [[[1]]] });
  });
});
