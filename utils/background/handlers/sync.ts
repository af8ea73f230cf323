import { countPendingChanges } from '../../db/sync-state';
import type { DomainHandlers } from '../../protocol/messages';
import type { SyncStatusReply, syncRequests } from '../../protocol/sync';
import { isSyncConfigured, openSyncFolder } from '../../sync/background/open-folder';
import { syncNow } from '../../sync/background/runner';
import { type SyncStatus, syncStatusItem } from '../../sync/sync-state-items';

async function reply(status: SyncStatus): Promise<SyncStatusReply> {
  return { ...status, configured: await isSyncConfigured(), pending: await countPendingChanges() };
}

export const syncHandlers: DomainHandlers<keyof typeof syncRequests> = {
  'sync/now': async () => reply(await syncNow(openSyncFolder)),
  'sync/status': async () => reply(await syncStatusItem.getValue()),
};
