/** Focus timer messages (popup and pages → background). Part of the protocol in ../messaging.ts. */

export const timerRequests = {} as const;

// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature lands.
export interface TimerResponses {}
