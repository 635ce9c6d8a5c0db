import path from 'node:path';
import { PRIVACY_APPROVALS_FILE } from '../content-paths.ts';
import { privacyApprovalSchema, type PrivacyApproval } from '../schemas/privacy-approval.ts';
import { readDataList } from './data-list.ts';
import type { Problem } from './problem.ts';
import { approvalKey } from './rules/privacy.ts';

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
  const list = await readDataList(fullPath, file, privacyApprovalSchema, { optional: true });
  const storyLines = new Map<string, number>();
  const entries = list.entries.map(({ entry }) => entry);
  for (const { entry, index } of list.entries) {
    if (!storyLines.has(entry.file)) storyLines.set(entry.file, list.lineOf([index, 'file']));
  }
  const problems = list.problems;
  return { approvals: indexApprovals(entries), problems, file, storyLines };
}
