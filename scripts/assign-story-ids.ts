/**
 * `npm run permalinks:assign`: gives each newly published story its permanent ID in
 * data/permalinks.yaml (CONTENT_DIR, default ./content). Run by the "Cấp mã điển hình"
 * workflow on main after every merge; press officers never edit the manifest.
 */
import { contentRoot } from '../src/content-paths.ts';
import { assignStoryIds } from './lib/assign-ids.ts';

const added = await assignStoryIds(contentRoot());
if (added.length === 0) console.log('Không có bài mới cần cấp mã điển hình.');
for (const { id, slug } of added) console.log(`Đã cấp mã ${id} cho /dien-hinh/${slug}/`);
