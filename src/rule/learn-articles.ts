/** The Microsoft Learn articles the built-in rules enforce, by URL: their titles, for links on rule pages. */
export const LEARN_ARTICLES: Record<string, string> = {
  'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication': 'Set up authentication between Azure Machine Learning and other services',
  'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth': 'Authentication and authorization for online endpoints',
};

/** A markdown link to the article: its title when known, else the URL itself. */
export function articleLink(url: string): string {
  return `[${LEARN_ARTICLES[url] ?? url}](${url})`;
}
