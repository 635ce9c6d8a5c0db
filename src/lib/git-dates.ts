import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseIsoDay } from '../schemas/date-only.ts';

/**
 * The day each file under `dir` was last committed, from one `git log` pass
 * (not one process per story). Outside a git checkout, or for files git does
 * not know yet, there is no entry.
 */
export function lastCommitDays(dir: string): Map<string, Date> {
  const days = new Map<string, Date>();
  let log: string;
  let top: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return days;
  }
  let day: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) day = parseIsoDay(line.slice(1));
    else if (line && day && !days.has(path.join(top, line))) days.set(path.join(top, line), day);
  }
  return days;
}
