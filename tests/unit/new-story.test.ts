import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, test, vi as vitest } from 'vitest';
import { resolveChoice, type Choice } from '../../scripts/lib/choices.ts';
import { newStory } from '../../scripts/lib/new-story.ts';
import { storySkeleton, storySlug } from '../../scripts/lib/story-skeleton.ts';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { readVocabularies } from '../../src/content-rules/vocabulary-files.ts';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

/** 23:30 on 1 March in UTC−5 is already 2 March in UTC. */
const NOW = new Date('2025-03-01T23:30:00-05:00');

const FLAGS = [
  '--name', 'Đào Minh Đức',
  '--kind', 'ca-nhan',
  '--field', 'y-te',
  '--locality', 'hai-hau',
  '--award', 'chien-si-thi-dua-co-so',
  '--year', '2023',
  '--title', 'Bác sĩ Đào Minh Đức và phòng khám không hẹn giờ',
];

/** Runs new-story on a content root with the given flags and typed lines; returns the exit code and all it printed. */
async function run(root: string | undefined, argv: string[], lines: string[] = []) {
  let printed = '';
  const sink = { write: (text: string) => (printed += text) };
  const code = await newStory({
    argv,
    input: Readable.from(lines.map((line) => `${line}\n`)),
    output: sink,
    errors: sink,
    now: NOW,
    ...(root ? { root, cwd: root } : {}),
  });
  return { code, printed };
}

/** Story files under a root's stories folder, as paths relative to it. */
async function storyFiles(root: string): Promise<string[]> {
  const entries = await readdir(path.join(root, 'stories'), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(path.join(root, 'stories'), path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

afterEach(() => {
  vitest.unstubAllEnvs();
});

describe('story slug', () => {
  test('Vietnamese names become ASCII slugs, đ → d', () => {
    expect(storySlug('Đào Minh Đức')).toBe('dao-minh-duc');
    expect(storySlug('Gia đình ông Lưu Đức Thắng')).toBe('gia-dinh-ong-luu-duc-thang');
    expect(storySlug('Tổ dân phố số 7, phường Lộc Hạ')).toBe('to-dan-pho-so-7-phuong-loc-ha');
    expect(storySlug('HTX Đồng Tâm & Cộng sự')).toBe('htx-dong-tam-va-cong-su');
    expect(storySlug('  Ỷ Lan – Ưng Hòa  ')).toBe('y-lan-ung-hoa');
  });
});

describe('choices', () => {
  const choices: Choice[] = [
    { id: 'lao-dong-tien-tien', label: 'Lao động tiên tiến' },
    { id: 'tap-the-lao-dong-tien-tien', label: 'Tập thể lao động tiên tiến' },
    { id: 'nam-truc', label: 'Huyện Nam Trực', aliases: ['Nam Trực'] },
    { id: 'thanh-pho-nam-dinh', label: 'Thành phố Nam Định', aliases: ['TP Nam Định'] },
  ];
  const ids = (text: string, numbers = true) => {
    const r = resolveChoice(text, choices, numbers);
    return r.type === 'one' ? r.choice.id : r.type === 'many' ? r.choices.map((c) => c.id) : r.type;
  };

  test('matching ignores case and Vietnamese marks, đ included', () => {
    expect(ids('nam dinh')).toBe('thanh-pho-nam-dinh');
    expect(ids('NAM ĐỊNH')).toBe('thanh-pho-nam-dinh');
    expect(ids('trực')).toBe('nam-truc');
  });

  test('an exact name wins over a longer name containing it; otherwise several matches are listed', () => {
    expect(ids('Lao dong tien tien')).toBe('lao-dong-tien-tien');
    expect(ids('tien tien')).toEqual(['lao-dong-tien-tien', 'tap-the-lao-dong-tien-tien']);
    expect(ids('nam')).toEqual(['nam-truc', 'thanh-pho-nam-dinh']);
  });

  test('numbers pick by list position only when numbers are allowed; ids match exactly', () => {
    expect(ids('3')).toBe('nam-truc');
    expect(ids('9')).toBe('badNumber');
    expect(ids('3', false)).toBe('none');
    expect(ids('tap-the-lao-dong-tien-tien')).toBe('tap-the-lao-dong-tien-tien');
    expect(ids('xyz')).toBe('none');
  });
});

describe('npm run new-story', () => {
  test('with every flag and --yes it writes a valid draft story that passes the content check', async () => {
    const root = await makeContentRoot({});
    const { code, printed } = await run(root, [...FLAGS, '--yes']);
    expect(printed).toContain('Đã tạo stories/dao-minh-duc.mdx.');
    expect(printed).toContain('Đã kiểm tra tệp mới: không có lỗi.');
    expect(printed).toContain('Việc tiếp theo:');
    expect(code).toBe(0);
    expect(await storyFiles(root)).toEqual(['dao-minh-duc.mdx']);

    const { problems, stories } = await checkContent(root, root);
    expect(problems).toEqual([]);
    const story = stories.get('dao-minh-duc');
    expect(story).toMatchObject({
      title: 'Bác sĩ Đào Minh Đức và phòng khám không hẹn giờ',
      subject: { kind: 'ca-nhan', name: 'Đào Minh Đức' },
      field: 'y-te',
      locality: 'hai-hau',
      awards: [{ award: 'chien-si-thi-dua-co-so', year: 2023 }],
      draft: true,
      sample: false,
      featured: false,
    });
    expect(story?.published.toISOString()).toBe('2025-03-02T00:00:00.000Z');

    const text = await readFile(path.join(root, 'stories/dao-minh-duc.mdx'), 'utf8');
    // Guidance is YAML comments in Vietnamese; the body is plain Markdown without MDX syntax.
    expect(text).toMatch(/^# Bản nháp: khi còn là true, bài không được đăng/m);
    expect(text).toMatch(/^\s*# decision: "Số …\/QĐ-UBND ngày …"$/m);
    const body = text.split(/^---$/m)[2] ?? '';
    expect(body.trim().length).toBeGreaterThan(50);
    expect(body).not.toMatch(/[{}<>]/);
  });

  test('answers typed one a line (no terminal) pick ids by number or by words without marks', async () => {
    const root = await makeContentRoot({});
    const { code, printed } = await run(root, [], [
      'Đào Minh Đức',
      '1', // Cá nhân
      'y te',
      'hai hau',
      'co thi dua chinh phu', // a flag is for collectives: refused, asked again
      '99',
      'chien si thi dua co so',
      '2031', // after "today"
      '2023',
      'Ngắn',
      'Bác sĩ Đào Minh Đức và phòng khám không hẹn giờ',
      'có', // photos next to the story: folder form
      'c',
    ]);
    expect(printed).toContain('Đường dẫn của bài sẽ là /dien-hinh/dao-minh-duc/');
    expect(printed).toContain('→ Đã chọn: Y tế (y-te)');
    expect(printed).toContain('→ Đã chọn: Huyện Hải Hậu (hai-hau)');
    expect(printed).toContain(
      '“Cờ thi đua của Chính phủ” không trao cho đối tượng loại cá nhân; danh hiệu này dành cho: tập thể.',
    );
    expect(printed).toContain('Không có số 99 trong danh sách; hãy gõ số từ 1 đến 15.');
    expect(printed).toContain('Năm 2031 không hợp lệ: năm khen thưởng phải từ 1945 đến 2025.');
    expect(printed).toContain('Tiêu đề quá ngắn: cần ít nhất 10 ký tự, hiện có 4.');
    expect(printed).toContain('Đã tạo stories/dao-minh-duc/index.mdx.');
    expect(code).toBe(0);
    expect(await storyFiles(root)).toEqual(['dao-minh-duc/index.mdx']);
    const { problems, stories } = await checkContent(root, root);
    expect(problems).toEqual([]);
    expect(stories.get('dao-minh-duc')?.awards).toEqual([{ award: 'chien-si-thi-dua-co-so', year: 2023 }]);
  });

  test('the award list offers only awards the chosen kind can receive', async () => {
    const root = await makeContentRoot({});
    const { vocabularies } = await readVocabularies(root, (f) => f);
    const listed = async (kind: string) => {
      const { printed } = await run(root, ['--name', 'Thôn An Lạc', '--kind', kind, '--field', 'van-hoa', '--locality', 'y-yen']);
      const awardList = printed.split('Danh hiệu hoặc hình thức khen thưởng:')[1] ?? '';
      return [...awardList.matchAll(/^\s+\d+\. .+ \(([a-z0-9-]+)\)$/gm)].map((m) => m[1]);
    };
    for (const kind of ['ca-nhan', 'tap-the', 'ho-gia-dinh'] as const) {
      const expected = [...vocabularies.awards.values()].filter((a) => a.kinds.includes(kind)).map((a) => a.id);
      expect(await listed(kind)).toEqual(expected);
    }
    expect(await listed('ho-gia-dinh')).toContain('gia-dinh-van-hoa');
    expect(await listed('ca-nhan')).not.toContain('co-thi-dua-chinh-phu');
    // The input ended before an answer: nothing is written.
    expect(await storyFiles(root)).toEqual([]);
  });

  test('an award that does not fit the kind is refused as a flag, and nothing is written', async () => {
    const root = await makeContentRoot({});
    const argv = FLAGS.map((v) => (v === 'chien-si-thi-dua-co-so' ? 'co-thi-dua-chinh-phu' : v));
    const { code, printed } = await run(root, [...argv, '--yes']);
    expect(code).toBe(1);
    expect(printed).toContain(
      '--award: “Cờ thi đua của Chính phủ” không trao cho đối tượng loại cá nhân; danh hiệu này dành cho: tập thể.',
    );
    expect(await storyFiles(root)).toEqual([]);
  });

  test('unknown ids are rejected in Vietnamese, with the nearest id when there is one', async () => {
    const root = await makeContentRoot({});
    const withFlag = (flag: string, value: string) => {
      const argv = [...FLAGS, '--yes'];
      argv[argv.indexOf(flag) + 1] = value;
      return run(root, argv);
    };
    const field = await withFlag('--field', 'nong-nghep');
    expect(field.code).toBe(1);
    expect(field.printed).toContain('--field: Không có mã “nong-nghep” trong data/fields.yaml. Có phải ý bạn là “nong-nghiep”?');
    const locality = await withFlag('--locality', 'ha-noi');
    expect(locality.printed).toContain('--locality: Không có mã “ha-noi” trong data/localities.yaml.');
    const kind = await withFlag('--kind', 'nguoi');
    expect(kind.printed).toContain('--kind: Không có mã “nguoi”');
    const award = await withFlag('--award', 'huan-chuong-vang');
    expect(award.printed).toContain('--award: Không có mã “huan-chuong-vang” trong data/awards.yaml.');
    const ambiguous = await withFlag('--locality', 'huyen');
    expect(ambiguous.printed).toContain('--locality: “huyen” khớp với nhiều mục');
    const year = await withFlag('--year', 'hai nghìn');
    expect(year.printed).toContain('--year: “hai nghìn” không phải một năm.');
    const unknownFlag = await run(root, ['--ten', 'Đào Minh Đức']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.printed).toContain('không có lựa chọn “--ten”');
    expect(await storyFiles(root)).toEqual([]);
  });

  test('names, places and awards given as words resolve to their ids', async () => {
    const root = await makeContentRoot({});
    const argv = [...FLAGS, '--yes'];
    argv[argv.indexOf('--locality') + 1] = 'Hải Hậu';
    argv[argv.indexOf('--award') + 1] = 'Chiến sĩ thi đua cơ sở';
    argv[argv.indexOf('--kind') + 1] = 'cá nhân';
    expect((await run(root, argv)).code).toBe(0);
    const { problems, stories } = await checkContent(root, root);
    expect(problems).toEqual([]);
    expect(stories.get('dao-minh-duc')).toMatchObject({ locality: 'hai-hau', awards: [{ award: 'chien-si-thi-dua-co-so' }] });
  });

  test('an existing story with the same slug, flat or folder, is never overwritten', async () => {
    const flat = storyText(validStory({ title: 'Bài đã có từ trước, không được ghi đè' }));
    for (const existing of ['stories/dao-minh-duc.mdx', 'stories/dao-minh-duc/index.mdx']) {
      const root = await makeContentRoot({ [existing]: flat });
      for (const extra of [[], ['--folder']]) {
        const { code, printed } = await run(root, [...FLAGS, '--yes', ...extra]);
        expect(code).toBe(1);
        expect(printed).toContain(`Đã có bài dùng đường dẫn /dien-hinh/dao-minh-duc/ (${existing.replace('/index.mdx', '')}`);
        expect(printed).toContain('Không ghi đè bài đã có.');
        expect(await readFile(path.join(root, existing), 'utf8')).toBe(flat);
        expect(await storyFiles(root)).toEqual([existing.replace('stories/', '')]);
      }
      // The person is told at once, before any other question.
      const asked = await run(root, [], ['Đào Minh Đức', '1']);
      expect(asked.code).toBe(1);
      expect(asked.printed).not.toContain('Loại đối tượng:');
    }
  });

  test('a URL once published, now redirected or withdrawn, is not given to a new story', async () => {
    const manifest = [
      '- id: DH0001',
      '  slug: dao-minh-duc-y-te',
      '  redirectFrom: [dao-minh-duc]',
      '- id: DH0002',
      '  slug: tran-van-an',
      '  withdrawn: 2024-05-01',
      '  reason: Gỡ theo đề nghị của đơn vị.',
      '',
    ].join('\n');
    const root = await makeContentRoot({
      'data/permalinks.yaml': manifest,
      'stories/dao-minh-duc-y-te.mdx': storyText(validStory()),
    });
    const redirected = await run(root, [...FLAGS, '--yes']);
    expect(redirected.code).toBe(1);
    expect(redirected.printed).toContain('Đường dẫn /dien-hinh/dao-minh-duc/ đã được công bố cho điển hình mã DH0001 (data/permalinks.yaml)');
    const withdrawn = await run(root, [...FLAGS, '--yes', '--slug', 'tran-van-an']);
    expect(withdrawn.printed).toContain('đã được công bố cho điển hình mã DH0002');
    expect(await storyFiles(root)).toEqual(['dao-minh-duc-y-te.mdx']);
  });

  test('--slug gives a namesake its own address; a bad or reserved slug is refused', async () => {
    const root = await makeContentRoot({ 'stories/dao-minh-duc.mdx': storyText(validStory()) });
    expect((await run(root, [...FLAGS, '--yes', '--slug', 'Dao Minh Duc'])).printed).toContain('--slug: “Dao Minh Duc” không dùng được');
    expect((await run(root, [...FLAGS, '--yes', '--slug', 'trang'])).printed).toContain('trùng với đường dẫn của trang web');
    const { code } = await run(root, [...FLAGS, '--yes', '--slug', 'dao-minh-duc-hai-hau']);
    expect(code).toBe(0);
    expect(await storyFiles(root)).toEqual(['dao-minh-duc-hai-hau.mdx', 'dao-minh-duc.mdx']);
    expect((await checkContent(root, root)).problems).toEqual([]);
  });

  test('answering no, or input that ends early, writes nothing', async () => {
    const root = await makeContentRoot({});
    const no = await run(root, FLAGS, ['k']);
    expect(no.printed).toContain('Đã hủy, chưa tạo tệp nào.');
    expect(no.code).toBe(1);
    const ended = await run(root, [], ['Đào Minh Đức', 'ca nhan']);
    expect(ended.code).toBe(1);
    expect(ended.printed).toContain('Không nhận được câu trả lời cho “Gõ số thứ tự');
    expect(await storyFiles(root)).toEqual([]);
  });

  test('honours CONTENT_DIR', async () => {
    const root = await makeContentRoot({});
    vitest.stubEnv('CONTENT_DIR', root);
    expect((await run(undefined, [...FLAGS, '--yes'])).code).toBe(0);
    expect(existsSync(path.join(root, 'stories/dao-minh-duc.mdx'))).toBe(true);
  });

  test('broken data files stop it with the check’s own messages', async () => {
    const root = await makeContentRoot({ 'data/fields.yaml': '- id: [' });
    const { code, printed } = await run(root, [...FLAGS, '--yes']);
    expect(code).toBe(1);
    expect(printed).toContain('Các tệp dữ liệu trong data/ đang có lỗi');
    expect(printed).toContain('data/fields.yaml');
    expect(await storyFiles(root)).toEqual([]);
  });

  test('the skeleton stays valid at the longest name and title, with quotes and colons', async () => {
    const root = await makeContentRoot({});
    const { vocabularies } = await readVocabularies(root, (f) => f);
    const name = `Hợp tác xã "Đồng Tâm": ${'dịch vụ nông nghiệp '.repeat(5)}`.slice(0, 120).trim();
    const text = storySkeleton({
      name,
      kind: 'tap-the',
      field: vocabularies.fields.get('nong-nghiep')!,
      locality: vocabularies.localities.get('cap-tinh')!,
      award: vocabularies.awards.get('bang-khen-chu-tich-ubnd-tinh')!,
      year: 2024,
      title: `# ${'Tiêu đề dài: '.repeat(20)}`.slice(0, 120),
      published: '2025-01-31',
      folder: false,
    });
    const root2 = await makeContentRoot({ 'stories/htx-dong-tam.mdx': text });
    const { problems, stories } = await checkContent(root2, root2);
    expect(problems).toEqual([]);
    expect(stories.get('htx-dong-tam')?.subject.name).toBe(name);
  });
});
