import type { DomainHandlers } from '../../messaging';
import type { libraryRequests } from '../../protocol/library';

export const libraryHandlers: DomainHandlers<keyof typeof libraryRequests> = {};
