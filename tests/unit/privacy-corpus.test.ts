import { describe, expect, test } from 'vitest';
import { adversarialLines } from '../../scripts/lib/privacy-adversarial.ts';
import { scoreCorpus } from '../../scripts/lib/privacy-score.ts';
import { findPrivateData } from '../../src/content-rules/rules/privacy.ts';
import { CORPUS_YEAR, PRIVACY_CORPUS } from '../fixtures/privacy-corpus.ts';

const score = scoreCorpus(PRIVACY_CORPUS, CORPUS_YEAR);

describe('privacy corpus (npm run privacy:corpus prints the table)', () => {
  test('has at least 60 lines, about half of them private, every kind present', () => {
    const privateLines = PRIVACY_CORPUS.filter((l) => l.kind).length;
    expect(PRIVACY_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(privateLines / PRIVACY_CORPUS.length).toBeGreaterThan(0.4);
    expect(privateLines / PRIVACY_CORPUS.length).toBeLessThan(0.6);
    for (const [kind, s] of score.byKind) expect(s.lines, kind).toBeGreaterThanOrEqual(5);
  });

  test('recall is 100 %: every private line is flagged, with its kind', () => {
    const missed = score.results.filter(({ line, found }) => line.kind && !found.includes(line.kind));
    expect(missed.map(({ line, found }) => `${line.text} → ${found.join(', ') || 'nothing'}`)).toEqual([]);
    expect(score.recall).toBe(1);
  });

  test('precision is at least 95 %', () => {
    const falseAlarms = score.results.filter(({ line, found }) => !line.kind && found.length > 0);
    expect(score.precision, falseAlarms.map(({ line }) => line.text).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('privacy lint on adversarial lines (npm run bench:privacy times them)', () => {
  const lines = new Map(adversarialLines(20_000).map((l) => [l.name, l.line]));
  const kinds = (name: string) => findPrivateData(lines.get(name)!, 2024).map((f) => f.kind);

  test('letters around an @ are no address, and a long local part is cut, not followed', () => {
    expect(kinds('chữ a quanh một @')).toEqual([]);
    const [email] = findPrivateData(lines.get('chữ a quanh @ có tên miền')!, 2024);
    expect(email?.kind).toBe('email');
    expect(email!.text).toBe(`${'a'.repeat(64)}@gmail.com`);
    // A domain is read for at most eight labels: a.a.a.a.a.a.a.a ends in no top-level domain.
    expect(kinds('tên miền a.a.a… rất dài')).toEqual([]);
  });

  test('every phone of a long run of phones is found, and nothing else', () => {
    const count = lines.get('số điện thoại liền nhau')!.split('0912 345 678').length - 1;
    expect(kinds('số điện thoại liền nhau')).toEqual(Array(count).fill('phone'));
  });

  test('runs of digits, spaces, dots and unclosed comments or entities hold nothing private', () => {
    for (const name of ['toàn chữ số', 'chữ số và dấu cách', 'chữ số và dấu chấm', 'toàn dấu cách', 'chú thích không đóng', 'chú thích HTML không đóng', 'thực thể HTML dở dang', 'dấu thanh tách rời']) {
      expect(kinds(name), name).toEqual([]);
    }
  });

  test('every line is read to its end', () => {
    for (const [name, line] of lines) expect(() => findPrivateData(line, 2024), name).not.toThrow();
    expect(kinds('“(2015)” lặp lại').length).toBe(lines.get('“(2015)” lặp lại')!.split('(2015)').length - 1);
  });
});
