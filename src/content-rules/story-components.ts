/**
 * The components a story may use without importing them, and the attributes each
 * accepts. Anything else in a story's MDX (imports, expressions, raw HTML, other
 * elements, event handlers) is rejected by the MDX safety rule.
 */
export const STORY_COMPONENTS = {
  /** A pull quote: `<TrichDan nguoiNoi="Ông Trần Văn A">Lời trích…</TrichDan>`. */
  TrichDan: { required: [], optional: ['nguoiNoi'] },
  /** A photo with caption and credit around a Markdown image: `<HinhAnh chuThich="…" nguon="Ảnh: …">![mô tả](./anh.jpg)</HinhAnh>`. */
  HinhAnh: { required: ['chuThich', 'nguon'], optional: [] },
  /** A video by id only: `<Video youtube="dQw4w9WgXcQ" tieuDe="…" />` or `<Video facebook="1234567890" tieuDe="…" />`. */
  Video: { required: ['tieuDe'], optional: ['youtube', 'facebook'] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type StoryComponentName = keyof typeof STORY_COMPONENTS;

/** YouTube video ids are 11 characters of letters, digits, `-` and `_`. */
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
/** Facebook video ids are long numbers. */
export const FACEBOOK_VIDEO_ID = /^\d{6,20}$/;

/** URL schemes a story link or image may use; relative links and #anchors are fine too. */
export const SAFE_URL = /^(https?:\/\/|\/(?!\/)|\.{1,2}\/|#|[^:/?#]+(?:[/?#]|$))/i;
