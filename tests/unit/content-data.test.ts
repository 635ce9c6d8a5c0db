import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { readVocabularies } from '../../src/content-rules/vocabulary-files.ts';
import { KINDS } from '../../src/schemas/kind.ts';

const ROOT = path.resolve('content');
const { vocabularies, problems } = await readVocabularies(ROOT, (f) => f);

describe('the vocabularies in content/data', () => {
  test('are valid', () => {
    expect(problems).toEqual([]);
  });

  test('have every field and locality id the contract names', () => {
    expect([...vocabularies.fields.keys()]).toEqual([
      'nong-nghiep', 'cong-nghiep', 'kinh-doanh', 'giao-duc', 'y-te', 'van-hoa',
      'khoa-hoc-cong-nghe', 'quoc-phong', 'an-ninh', 'an-sinh', 'cong-tac',
    ]);
    expect([...vocabularies.localities.keys()]).toEqual([
      'thanh-pho-nam-dinh', 'my-loc', 'vu-ban', 'y-yen', 'nam-truc', 'truc-ninh',
      'xuan-truong', 'giao-thuy', 'hai-hau', 'nghia-hung', 'cap-tinh',
    ]);
  });

  test('record the 2025 reorganisation: the ten district-level units are former, ending 30/06/2025', () => {
    const former = [...vocabularies.localities.values()].filter((l) => l.status === 'former');
    expect(former).toHaveLength(10);
    for (const l of former) expect(l.until?.toISOString().slice(0, 10)).toBe('2025-06-30');
    expect(vocabularies.localities.get('cap-tinh')?.status).toBe('active');
  });

  test('have every award id the contract names, with official names and distinct precedence', () => {
    const required = [
      'chien-si-thi-dua-toan-quoc', 'chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-co-so', 'lao-dong-tien-tien',
      'co-thi-dua-chinh-phu', 'co-thi-dua-ubnd-tinh', 'tap-the-lao-dong-xuat-sac', 'gia-dinh-van-hoa',
      'huan-chuong-lao-dong-hang-nhat', 'huan-chuong-lao-dong-hang-nhi', 'huan-chuong-lao-dong-hang-ba',
      'bang-khen-thu-tuong', 'bang-khen-chu-tich-ubnd-tinh', 'giay-khen', 'anh-hung-lao-dong',
      'nha-giao-uu-tu', 'thay-thuoc-uu-tu', 'nghe-nhan-uu-tu',
    ];
    for (const id of required) expect(vocabularies.awards.has(id), id).toBe(true);
    const awards = [...vocabularies.awards.values()];
    expect(new Set(awards.map((a) => a.precedence)).size).toBe(awards.length);
    expect(vocabularies.awards.get('chien-si-thi-dua-toan-quoc')?.name).toBe('Chiến sĩ thi đua toàn quốc');
    expect(vocabularies.awards.get('huan-chuong-lao-dong-hang-ba')?.name).toBe('Huân chương Lao động hạng Ba');
    expect(vocabularies.awards.get('gia-dinh-van-hoa')?.kinds).toEqual(['ho-gia-dinh']);
    expect(vocabularies.awards.get('co-thi-dua-chinh-phu')?.kinds).toEqual(['tap-the']);
    const rank = (id: string) => vocabularies.awards.get(id)!.precedence;
    expect(rank('anh-hung-lao-dong')).toBeLessThan(rank('huan-chuong-lao-dong-hang-nhat'));
    expect(rank('huan-chuong-lao-dong-hang-nhat')).toBeLessThan(rank('huan-chuong-lao-dong-hang-ba'));
    expect(rank('chien-si-thi-dua-toan-quoc')).toBeLessThan(rank('chien-si-thi-dua-cap-tinh'));
    expect(rank('chien-si-thi-dua-cap-tinh')).toBeLessThan(rank('chien-si-thi-dua-co-so'));
    expect(rank('bang-khen-thu-tuong')).toBeLessThan(rank('bang-khen-chu-tich-ubnd-tinh'));
    expect(rank('bang-khen-chu-tich-ubnd-tinh')).toBeLessThan(rank('giay-khen'));
  });
});

describe('the sample stories in content/stories', async () => {
  const { problems: storyProblems, stories } = await checkContent(ROOT);
  const published = [...stories.values()].filter((s) => !s.draft);

  test('pass every content rule', () => {
    expect(storyProblems).toEqual([]);
  });

  test('are at least 30, all marked as sample', () => {
    expect(published.length).toBeGreaterThanOrEqual(30);
    expect(published.every((s) => s.sample)).toBe(true);
  });

  test('use every field, every locality and all three kinds', () => {
    expect(new Set(published.map((s) => s.field))).toEqual(new Set(vocabularies.fields.keys()));
    expect(new Set(published.map((s) => s.locality))).toEqual(new Set(vocabularies.localities.keys()));
    expect(new Set(published.map((s) => s.subject.kind))).toEqual(new Set(KINDS));
  });

  test('use at least 10 award ids over at least 5 years, with covers and practices', () => {
    const awards = published.flatMap((s) => s.awards);
    expect(new Set(awards.map((a) => a.award)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(awards.map((a) => a.year)).size).toBeGreaterThanOrEqual(5);
    expect(published.filter((s) => s.cover).length).toBeGreaterThanOrEqual(5);
    expect(published.filter((s) => s.practices?.length).length).toBeGreaterThanOrEqual(10);
  });
});
