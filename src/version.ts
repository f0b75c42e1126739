/** Kept equal to package.json's version (checked by a test). */
export const VERSION = '0.1.0';
/** Where rule help pages live (SARIF helpUri, job summary links). */
export const HELP_BASE = 'https://github.com/amlguard/amlguard/blob/main/rules';
