/** Note messages (overlay and pages → background). Part of the protocol in ../messaging.ts. */

export const noteRequests = {} as const;

// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature lands.
export interface NoteResponses {}
