import type { StoryData, StoryEntry } from '../../src/lib/story.ts';
import { indexVocabularies } from '../../src/lib/vocabularies.ts';

/** A small vocabulary set, in a deliberate file order. */
export const vocabularies = indexVocabularies({
  fields: [
    { id: 'nong-nghiep', name: 'Nông nghiệp', description: 'Trồng trọt và chăn nuôi.' },
    { id: 'giao-duc', name: 'Giáo dục', description: 'Dạy tốt, học tốt.' },
    { id: 'y-te', name: 'Y tế', description: 'Khám chữa bệnh.' },
  ],
  localities: [
    { id: 'hai-hau', name: 'Huyện Hải Hậu', shortName: 'Hải Hậu', type: 'huyen', status: 'active' },
    { id: 'vu-ban', name: 'Huyện Vụ Bản', type: 'huyen', status: 'active' },
  ],
  awards: [
    { id: 'giay-khen', name: 'Giấy khen', group: 'giay-khen', precedence: 90, kinds: ['ca-nhan', 'tap-the', 'ho-gia-dinh'] },
    { id: 'anh-hung-lao-dong', name: 'Anh hùng Lao động', group: 'danh-hieu-vinh-du', precedence: 10, kinds: ['ca-nhan', 'tap-the'] },
    { id: 'bang-khen-thu-tuong', name: 'Bằng khen của Thủ tướng Chính phủ', group: 'bang-khen', precedence: 50, kinds: ['ca-nhan', 'tap-the', 'ho-gia-dinh'] },
  ],
  movements: [{ id: 'thi-dua-yeu-nuoc', name: 'Phong trào thi đua yêu nước', description: 'Phong trào chung.' }],
  permalinks: [{ id: 'DH0007', slug: 'co-ma' }],
});

let counter = 0;

/** A fake collection entry, valid as Astro would deliver it. */
export function entry(overrides: Partial<StoryData> & { id?: string } = {}): StoryEntry {
  const { id = `cau-chuyen-${++counter}`, ...data } = overrides;
  return {
    id,
    data: {
      title: `Câu chuyện số ${counter}`,
      subject: { kind: 'ca-nhan', name: 'Nguyễn Văn An' },
      field: 'nong-nghiep',
      locality: 'hai-hau',
      awards: [{ award: 'giay-khen', year: 2022 }],
      summary: 'Tóm tắt.',
      published: new Date(Date.UTC(2024, 0, 1)),
      featured: false,
      draft: false,
      sample: true,
      ...data,
    },
  };
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
