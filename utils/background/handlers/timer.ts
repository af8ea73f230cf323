import type { DomainHandlers } from '../../messaging';
import type { timerRequests } from '../../protocol/timer';

export const timerHandlers: DomainHandlers<keyof typeof timerRequests> = {};
