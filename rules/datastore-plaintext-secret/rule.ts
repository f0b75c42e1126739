import { defineRule } from '../../src/rule/contract.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { isPlaceholder } from '../../src/model/placeholder.js';
import type { MValue } from '../../src/model/value.js';

/** Keys whose value is a secret, wherever they sit in a datastore, connection or compute document. */
const SECRET_KEYS = new Set([
  'account_key',
  'sas_token',
  'client_secret',
  'certificate',
  'kerberos_password',
  'kerberos_keytab',
  'admin_password',
  'password',
  'pat',
  'api_key',
  'secret_access_key',
  'personal_access_token',
  // Terraform and ARM spellings.
  'shared_access_signature',
  'accountkey',
  'sastoken',
  'clientsecret',
]);

/** Under an ARM `secrets` object these hold the secret itself. */
const ARM_SECRETS = new Set(['key', 'sastoken', 'clientsecret', 'certificate']);

export default defineRule({
  meta: {
    id: 'datastore-plaintext-secret',
    severity: 'error',
    summary: 'A literal secret is committed in a datastore, connection or compute file.',
    description:
      'Account keys, SAS tokens, client secrets, passwords and API keys written literally in a committed file are readable by everyone with access to the repository and its history, on top of being cached in the workspace key vault. Placeholders (`<key>`, `${{ secrets.X }}`, `$VAR`, `{{x}}`, `XXXX`) are not secrets and are not reported. The secret itself is never printed: messages, annotations and SARIF name only the field.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Las credenciales que se almacenan con la autenticación basada en credenciales incluyen: los identificadores de la suscripción, los tokens de firma de acceso compartido (SAS), las claves de acceso de almacenamiento y la información de la entidad de servicio, como los identificadores de cliente y los identificadores de inquilino.',
        english: 'The credentials stored with credential-based authentication include subscription IDs, shared access signature (SAS) tokens, storage access keys, and service principal information such as client IDs and tenant IDs.',
      },
    ],
    why: 'A secret in git is readable by everyone with repository access, forever (history keeps it), and is copied into every fork and CI log that prints the file.',
    fix: 'Remove the value from the file and from git history, rotate the secret, and pass it at deploy time (for example `az ml datastore create --file ds.yml --set credentials.account_key=$KEY` from a pipeline secret), or switch to identity-based access.',
    tags: ['security', 'secrets'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
    messages: {
      literal: "{{field}} in {{kind}} '{{name}}' holds a literal secret (value redacted); remove it from the repository, rotate it, and pass it at deploy time or use identity-based access.",
    },
    securitySeverity: 9.0,
  },
  create(ctx) {
    const scan = (r: Resource) => {
      if (!r.source) return;
      const name = nameOf(r);
      walk(r.source, [], (path, value) => {
        ctx.report({ at: value, messageId: 'literal', secret: true, data: { field: path.join('.'), kind: r.kind, name } });
      });
    };
    return { datastore: scan, connection: scan, compute: scan };
  },
});

function walk(node: MValue, path: string[], onSecret: (path: string[], value: MValue) => void): void {
  if (node.t === 'obj') {
    for (const e of node.entries) {
      const v = e.value;
      const key = e.key.toLowerCase();
      const secret = SECRET_KEYS.has(key) || (path[path.length - 1]?.toLowerCase() === 'secrets' && ARM_SECRETS.has(key));
      if (secret && (v.t === 'str' || v.t === 'num') && !isPlaceholder(String(v.value))) {
        onSecret([...path, e.key], v);
      } else walk(v, [...path, e.key], onSecret);
    }
  } else if (node.t === 'arr') node.items.forEach((item, i) => walk(item, [...path, String(i)], onSecret));
}
