/**
 * `npm run check`: validates every story and vocabulary of the content root
 * (CONTENT_DIR, default ./content) without building the site.
 * Exits 1 when anything is wrong; prints GitHub annotations in Actions.
 */
import { checkContent } from '../src/content-rules/check-content.ts';
import { formatAnnotation, formatProblem, formatReport } from '../src/content-rules/report.ts';
import { contentRoot } from '../src/content-paths.ts';
import { checkText } from '../src/i18n/check.ts';

const { problems, notices, stories } = await checkContent(contentRoot());
for (const notice of notices) console.log(formatProblem(notice));
if (process.env.GITHUB_ACTIONS === 'true') for (const n of notices) console.log(formatAnnotation(n, 'notice'));
if (problems.length === 0) {
  console.log(checkText.allGood(stories.size));
} else {
  console.error(formatReport(problems));
  if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(formatAnnotation(p));
  process.exitCode = 1;
}
