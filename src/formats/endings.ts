// Which files amlguard reads, by name alone, without loading any reader (generated from the
// registry by `npm run gen`; test/formats/registry.test.ts keeps the two equal).
import { READ_ENDINGS } from '../generated/extensions.js';

/** True when some registered format reads files with this name's ending. */
export function isReadByName(path: string): boolean {
  const name = path.toLowerCase();
  return READ_ENDINGS.some((ending) => name.endsWith(ending));
}
