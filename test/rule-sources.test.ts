import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { LEARN_ARTICLES } from '../src/rule/learn-articles.js';
import { ruleHelpMarkdown, ruleHelpText } from '../src/rule/docs.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url).pathname;
/** The localized copies of the two Learn articles, by the title each opens with. */
const SEED_TITLES: Record<string, string> = {
  'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication': 'Configuración de la autenticación entre Azure Machine Learning y otros servicios',
  'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth': 'Autenticación para puntos de conexión en línea administrados',
};
const SPANISH = /[áéíóúñ¿¡]|\b(?: el | la | los | las | de la | del )\b/i;

describe('rule sources', () => {
  it('every Learn article has a title, and a seed copy that opens with the matching title', () => {
    expect(Object.keys(LEARN_ARTICLES).sort()).toEqual(Object.keys(SEED_TITLES).sort());
  });

  for (const { meta } of builtinRules) {
    describe(meta.id, () => {
      it('states, in English, what it enforces and links the Learn article', () => {
        expect(meta.source.length).toBeGreaterThan(0);
        for (const s of meta.source) {
          expect(Object.keys(LEARN_ARTICLES)).toContain(s.url);
          expect(s.statement.length).toBeGreaterThan(20);
          expect(s.statement).not.toMatch(SPANISH);
          expect(s.statement).not.toMatch(/\bseed\b/i);
        }
      });

      it('renders the statement with its link on the rule page, and no localized text', () => {
        const page = ruleHelpMarkdown(meta);
        expect(page).toContain('## Source');
        for (const s of meta.source) {
          expect(page).toContain(`> ${s.statement}\n>\n> — Microsoft Learn: [${LEARN_ARTICLES[s.url]}](${s.url})`);
          if (s.seed && SPANISH.test(s.seed.quote)) expect(page).not.toContain(s.seed.quote);
        }
        expect(page).not.toContain('seeds/');
        expect(ruleHelpText(meta)).toContain(`${LEARN_ARTICLES[meta.source[0].url]} <${meta.source[0].url}>`);
      });

      it.skipIf(!existsSync(SEEDS))('was checked against a sentence of that article, quoted verbatim', () => {
        for (const s of meta.source) {
          expect(s.seed, 'seed').toBeDefined();
          const text = readFileSync(join(SEEDS, s.seed!.file), 'utf8');
          const title = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l && l !== 'Compartir vía');
          expect(title, `${s.seed!.file} is the copy of ${s.url}`).toBe(SEED_TITLES[s.url]);
          expect(text.replace(/\s+/g, ' ')).toContain(s.seed!.quote.replace(/\s+/g, ' '));
        }
      });
    });
  }
});
