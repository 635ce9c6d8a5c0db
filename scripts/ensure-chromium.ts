/**
 * First step of `npm test`: finds Chromium for the browser tests, or installs Debian's when
 * it can (root, apt-get), or stops at once with one plain message: the command to run.
 */
import { chromiumOrExit } from './lib/chromium.ts';

chromiumOrExit();
