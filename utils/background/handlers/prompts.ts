import type { DomainHandlers } from '../../messaging';
import type { promptRequests } from '../../protocol/prompts';

export const promptHandlers: DomainHandlers<keyof typeof promptRequests> = {};
