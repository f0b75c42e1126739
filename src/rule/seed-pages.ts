/** The Microsoft Learn page each seed file is a translation of (retrieved 2026-12). */
export const SEED_PAGES: Record<string, { title: string; url: string }> = {
  '000_fc2e99b8b097ceee.txt': {
    title: 'Set up authentication between Azure Machine Learning and other services',
    url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
  },
  '004_0187e83670ac0fb2.txt': {
    title: 'Authentication and authorization for online endpoints',
    url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
  },
};
