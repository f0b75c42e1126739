import type { CommentSyntax } from './contract.js';

/** YAML, shell, PowerShell. */
export const HASH: readonly CommentSyntax[] = [{ open: '#' }];
/** Bicep and ARM JSON (which Azure reads with comments). */
export const C_STYLE: readonly CommentSyntax[] = [{ open: '//' }, { open: '/*', close: '*/' }];
/** HCL: both of the above. */
export const HCL: readonly CommentSyntax[] = [...HASH, ...C_STYLE];

export const openers = (cs: readonly CommentSyntax[]): string[] => cs.map((c) => c.open);
