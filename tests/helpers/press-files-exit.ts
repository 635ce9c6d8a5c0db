/**
 * Run by tests/unit/press-files.test.ts in a process of its own: hands the press-files
 * integration more cards than it can draw at once (three slices, so every worker gets some), then awaits its build:done hook
 * with nothing else keeping the event loop alive, as at the end of a real build.
 */
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { pressFiles } from '../../src/integrations/press-files.ts';
import { pressFileSink } from '../../src/lib/press-files.ts';

const outDir = process.argv[2]!;
const logger = { info: (m: string) => console.log(m) } as unknown as AstroIntegrationLogger;
const hooks = pressFiles().hooks as Record<string, (options: unknown) => Promise<void> | void>;
await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${outDir}/`), site: 'https://vi-du.test' } });
await hooks['astro:build:start']!({ logger });
const card = { title: 'Tiêu đề khá dài để vẽ', subject: 'Nguyễn Văn A', eyebrow: 'Cá nhân', award: 'Giấy khen 2025', site: 'Trang', withCover: false };
pressFileSink()!.add(Array.from({ length: 70 }, (_, i) => ({ kind: 'og' as const, file: `/dien-hinh/s${i}/og.png`, format: 'png' as const, card: { ...card, title: `${card.title} ${i}` } })));
await hooks['astro:build:done']!({ logger });
console.log('hook done');
