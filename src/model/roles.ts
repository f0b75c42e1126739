/** Built-in Azure roles used by the rules (azure-facts.md §1): name → GUID. */
export const ROLES = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'User Access Administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  'Storage Blob Data Reader': '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
  'Key Vault Administrator': '00482a5a-887f-4fb3-b363-3b7fe8e74483',
  'Key Vault Secrets Officer': 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7',
  'Key Vault Secrets User': '4633458b-17de-408a-b874-0445c86b69e6',
  AcrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  AcrPush: '8311e382-0749-4cb8-b61a-304f252e45ec',
  'AzureML Data Scientist': 'f6c7c914-8db3-469d-8ca1-694a8f32e121',
  'AzureML Compute Operator': 'e503ece1-11d0-4e8e-8e2c-7a6c3bf38815',
  'AzureML Metrics Writer (preview)': '635dd51f-9968-44d3-b7fb-6d9a6bd613ae',
  'Azure Machine Learning Workspace Connection Secrets Reader': 'ea01e6af-a1c1-4350-9563-ad00f8c72ec5',
} as const;

export type RoleName = keyof typeof ROLES;

const BY_GUID = new Map<string, RoleName>(Object.entries(ROLES).map(([n, g]) => [g, n as RoleName]));
const BY_NAME = new Map<string, RoleName>(Object.keys(ROLES).map((n) => [n.toLowerCase(), n as RoleName]));
// Names people also write: the CLI accepts these spellings for the same roles.
BY_NAME.set('azureml metrics writer', 'AzureML Metrics Writer (preview)');

/**
 * Which roles include the permissions of another (azure-facts.md §1.1): Owner ⊇ Contributor;
 * control-plane `*` includes the ACR pull/push actions; blob data Owner ⊇ Contributor ⊇ Reader;
 * Key Vault Administrator ⊇ Secrets Officer ⊇ Secrets User. Owner/Contributor hold no data actions.
 */
const COVERED_BY: Partial<Record<RoleName, RoleName[]>> = {
  Contributor: ['Owner'],
  AcrPull: ['AcrPush', 'Contributor', 'Owner'],
  AcrPush: ['Contributor', 'Owner'],
  'Storage Blob Data Reader': ['Storage Blob Data Contributor', 'Storage Blob Data Owner'],
  'Storage Blob Data Contributor': ['Storage Blob Data Owner'],
  'Key Vault Secrets User': ['Key Vault Secrets Officer', 'Key Vault Administrator'],
  'Key Vault Secrets Officer': ['Key Vault Administrator'],
  'AzureML Metrics Writer (preview)': ['Contributor', 'Owner'],
  'Azure Machine Learning Workspace Connection Secrets Reader': ['Contributor', 'Owner', 'AzureML Data Scientist'],
};

/** A role written as a GUID, a role-definition ID (`…/roleDefinitions/<guid>`) or a name; undefined if not a built-in we know. */
export function roleFromText(text: string): RoleName | undefined {
  const guid = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i.exec(text.trim())?.[1];
  if (guid) return BY_GUID.get(guid.toLowerCase());
  return BY_NAME.get(text.trim().toLowerCase());
}

/** Whether a GUID-or-name is a GUID of some (perhaps custom) role: then it is known not to be one of ours. */
export function isRoleGuid(text: string): boolean {
  return /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/i.test(text.trim());
}

/** True when holding `held` gives every permission of `required`. */
export function roleCovers(held: RoleName, required: RoleName): boolean {
  return held === required || (COVERED_BY[required] ?? []).includes(held);
}
