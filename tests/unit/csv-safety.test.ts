/**
 * The open data CSV opened in a spreadsheet: text that starts like a formula must arrive as
 * text. Checked by parsing the CSV back with csv-parse, as a reader's tool would.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';
import { looksLikeFormula, neutraliseFormula } from '../../src/lib/csv-formula.ts';
import { CSV_COLUMNS, openDataCsv, openDataRecord } from '../../src/lib/open-data.ts';
import { buildSite } from '../../src/lib/site.ts';
import { entry, vocabularies } from '../helpers/fake-site.ts';

const URL_ = 'https://vi-du.test/dien-hinh/nguyen-van-an/';
const rows = (csv: string): Record<string, string>[] => parse(csv, { bom: true, columns: true, relax_quotes: false });
const cells = (csv: string): string[][] => parse(csv, { bom: true });

/** Every way a cell can start a formula, per OWASP. */
const ATTACKS = ['=HYPERLINK("https://evil.test","Bấm vào đây")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

describe('one cell', () => {
  test.each(ATTACKS)('%j gets a leading quote and is quoted', (attack) => {
    expect(looksLikeFormula(attack)).toBe(true);
    const field = csvField(attack);
    expect(field.startsWith(`"'`)).toBe(true);
    expect(cells(`${field}\r\n`)).toEqual([[`'${attack}`]]);
  });

  test('ordinary text is unchanged, including =, +, -, @ later in the cell or after a space', () => {
    for (const text of ['Hải Hậu', 'Lúa = vàng', 'Bác sĩ Đức @ trạm y tế', 'Năm 2024 - 2025', ' =1+1', "'đã có nháy", 'Đ', '']) {
      expect(looksLikeFormula(text), text).toBe(false);
      expect(neutraliseFormula(text)).toBe(text);
      expect(cells(`x,${csvField(text)}\r\n`)[0]![1], text).toBe(text);
    }
  });

  test('numbers and booleans are our own values, not editors’ text: written as they are', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(2024)).toBe('2024');
    expect(csvField(false)).toBe('false');
    expect(cells(toCsv(['so'], [[-3]]))).toEqual([['so'], ['-3']]);
  });
});

describe('the open data CSV', () => {
  const story = (overrides: Parameters<typeof entry>[0]) => buildSite([entry({ id: 'nguyen-van-an', ...overrides })], vocabularies).stories[0]!;
  const record = (overrides: Parameters<typeof entry>[0]) => openDataRecord(story(overrides), { url: URL_, radio: `${URL_}ban-tin.txt`, cover: `${URL_}anh.jpg` });

  test('every text column that an editor writes arrives in a spreadsheet as text', () => {
    const hostile = record({
      title: '=HYPERLINK("https://evil.test","Xem")',
      subject: { kind: 'ca-nhan', name: '+84 Nguyễn Văn An', role: '@vai trò' },
      summary: '-1+2 là tóm tắt',
      practices: ['\t=cmd', 'Cách làm thường'],
      coverCredit: '\r=1+1',
    });
    const [row] = rows(openDataCsv([hostile]));
    expect(row!.title).toBe(`'=HYPERLINK("https://evil.test","Xem")`);
    expect(row!.subject_name).toBe("'+84 Nguyễn Văn An");
    expect(row!.subject_role).toBe("'@vai trò");
    expect(row!.summary).toBe("'-1+2 là tóm tắt");
    expect(row!.practices).toBe("'\t=cmd | Cách làm thường");
    expect(row!.cover_credit).toBe("'\r=1+1");
    // No cell of the file begins like a formula once parsed.
    for (const line of cells(openDataCsv([hostile]))) for (const cell of line) expect(looksLikeFormula(cell), cell).toBe(false);
  });

  test('ordinary records come back exactly as the JSON has them', () => {
    const plain = record({ title: 'Người nông dân giữ giống lúa thơm ở Hải Hậu', summary: 'Tóm tắt có dấu phẩy, "ngoặc kép" và = ở giữa.', practices: ['Một', 'Hai'] });
    const [row] = rows(openDataCsv([plain]));
    expect(Object.keys(row!)).toEqual([...CSV_COLUMNS]);
    expect(row!.title).toBe(plain.title);
    expect(row!.summary).toBe(plain.summary);
    expect(row!.subject_name).toBe(plain.subject_name);
    expect(row!.practices).toBe('Một | Hai');
    expect(row!.url).toBe(URL_);
    expect(row!.award_years).toBe('2022');
    expect(row!.sample).toBe('true');
  });
});
