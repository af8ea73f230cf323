/** Review prompt messages (overlay → background). Part of the protocol in ../messaging.ts. */

export const promptRequests = {} as const;

// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature lands.
export interface PromptResponses {}
