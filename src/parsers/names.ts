/** Longest identifier a parse message repeats; longer ones are described, not quoted. */
const MAX_NAME = 40;

/**
 * A declared name (attribute, parameter, heredoc marker) quoted for a parse message when it looks
 * like an ordinary identifier; otherwise a neutral phrase. Names are the author's vocabulary, but a
 * secret pasted where a name belongs must not be repeated.
 */
export function nameForMessage(name: string, quote = '"'): string {
  const plain = name.length <= MAX_NAME && /^[A-Za-z_][\w-]*$/.test(name) && !looksRandom(name);
  return plain ? `${quote}${name}${quote}` : 'this name';
}

/** Long runs mixing letters and digits, as keys and tokens do; names are words. */
function looksRandom(name: string): boolean {
  if (name.length < 16) return false;
  const digits = name.replace(/\D/g, '').length;
  return digits >= 4 && /[a-z]/i.test(name);
}
