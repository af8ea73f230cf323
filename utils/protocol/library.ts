/** Library messages (dashboard → background). Part of the protocol in ../messaging.ts. */

export const libraryRequests = {} as const;

// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature lands.
export interface LibraryResponses {}
