/** A valid story frontmatter object; tests change one thing at a time. */
export function validStory(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Người nông dân giữ giống lúa thơm',
    subject: { kind: 'ca-nhan', name: 'Nguyễn Văn An', role: 'Nông dân xóm Đông' },
    field: 'nong-nghiep',
    locality: 'hai-hau',
    awards: [{ award: 'chien-si-thi-dua-co-so', year: 2022, decision: 'Số 10/QĐ-UBND ngày 05/01/2023' }],
    summary: 'Một nông dân giữ giống lúa thơm địa phương và hướng dẫn cả xóm cùng làm theo.',
    published: '2024-03-15',
    ...overrides,
  };
}
