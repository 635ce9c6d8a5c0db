import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-rules/check-content.ts';
import { formatAnnotation, formatReport } from '../content-rules/report.ts';
import { contentRoot } from '../content-paths.ts';
import { checkText } from '../i18n/check.ts';
import { setCheckedContent } from '../lib/early-og-cards.ts';

/**
 * Runs the same content rules as `npm run check` before every build, so a build
 * can never pass on content that `check` rejects. In dev it only warns, so the
 * writer can keep previewing while fixing.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'dien-hinh:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Vitest loads this config for component tests; those test the rules directly.
        if (process.env.VITEST) return;
        const { problems, stories, vocabularies } = await checkContent(contentRoot());
        if (problems.length === 0) {
          logger.info(checkText.allGood(stories.size));
          if (command === 'build') setCheckedContent({ stories, vocabularies });
          return;
        }
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(formatAnnotation(p));
        // Content mistakes are the writer's to fix, not a crash: print the report alone
        // (no stack trace, no English wrapper) and stop the build.
        logger.error(`\n${report}\n${checkText.buildStopped}`);
        process.exit(1);
      },
    },
  };
}
