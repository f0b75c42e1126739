/** The model families a resource can come from; each input format (src/formats/registry.ts) yields one. */
export const MODEL_FORMATS = ['aml-yaml', 'arm', 'bicep', 'terraform', 'az-cli'] as const;
export type Format = (typeof MODEL_FORMATS)[number];
