import type { DomainHandlers } from '../../messaging';
import type { noteRequests } from '../../protocol/notes';

export const noteHandlers: DomainHandlers<keyof typeof noteRequests> = {};
