import { existsSync } from 'node:fs';
import path from 'node:path';
import { PRIVACY_APPROVALS_FILE } from '../content-paths.ts';
import { checkText } from '../i18n/check.ts';
import { privacyApprovalSchema, type PrivacyApproval } from '../schemas/privacy-approval.ts';
import type { Problem } from './problem.ts';
import { readUtf8 } from './read-text.ts';
import { approvalKey } from './rules/privacy.ts';
import { parseYamlSource } from './yaml-source.ts';
import { issuesToProblems } from './zod-issues.ts';

/** What the editorial board approved, by story. */
export interface PrivacyApprovals {
  /** Approved texts of one story, as `approvalKey` gives them. */
  textsFor(slug: string): ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();
export const NO_APPROVALS: PrivacyApprovals = { textsFor: () => NONE };

/** Indexes approval entries by story slug. */
export function indexApprovals(entries: readonly Pick<PrivacyApproval, 'file' | 'text'>[]): PrivacyApprovals {
  const bySlug = new Map<string, Set<string>>();
  for (const { file, text } of entries) {
    const texts = bySlug.get(file) ?? new Set<string>();
    texts.add(approvalKey(text));
    bySlug.set(file, texts);
  }
  return { textsFor: (slug) => bySlug.get(slug) ?? NONE };
}

/**
 * Reads `data/rieng-tu-da-duyet.yaml` of a content root. The file is optional: without it
 * nothing is approved. Invalid entries are reported and approve nothing.
 */
export async function readPrivacyApprovals(
  root: string,
  display: (file: string) => string,
): Promise<{
  approvals: PrivacyApprovals;
  problems: Problem[];
  /** The file as shown in messages. */
  file: string;
  /** Line of the first entry for each story, to report approvals of stories that do not exist. */
  storyLines: Map<string, number>;
}> {
  const fullPath = path.join(root, PRIVACY_APPROVALS_FILE);
  const file = display(fullPath);
  const storyLines = new Map<string, number>();
  const none = (problems: Problem[]) => ({ approvals: NO_APPROVALS, problems, file, storyLines });
  if (!existsSync(fullPath)) return none([]);
  const text = await readUtf8(fullPath);
  if (text === undefined) return none([{ file, message: checkText.notUtf8 }]);
  const source = parseYamlSource(text);
  if (source.errors.length) return none(source.errors.map((e) => ({ file, line: e.line, message: e.message })));
  // An empty file (or one with only comments) approves nothing.
  if (source.data === null || source.data === undefined) return none([]);
  if (!Array.isArray(source.data)) return none([{ file, line: 1, message: checkText.dataNotList }]);
  const problems: Problem[] = [];
  const entries: PrivacyApproval[] = [];
  const keys = Object.keys(privacyApprovalSchema.shape);
  source.data.forEach((raw, index) => {
    const result = privacyApprovalSchema.safeParse(raw);
    if (!result.success) {
      const item = { ...source, data: raw, lineOf: (p: readonly PropertyKey[]) => source.lineOf([index, ...p]) };
      problems.push(...issuesToProblems(result.error, item, file, { keysAt: () => keys }));
      return;
    }
    entries.push(result.data);
    if (!storyLines.has(result.data.file)) storyLines.set(result.data.file, source.lineOf([index, 'file']));
  });
  return { approvals: indexApprovals(entries), problems, file, storyLines };
}
