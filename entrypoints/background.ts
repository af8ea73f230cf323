import { defineBackground } from 'wxt/utils/define-background';
import { registerClosedTabCleanup } from '@/utils/background/closed-tabs';
import { registerProgressPorts } from '@/utils/background/progress-ports';
import { registerMessageHandlers } from '@/utils/background/register-messages';
import { registerWelcomePage } from '@/utils/background/welcome';
import { finishInterruptedWipe } from '@/utils/backup/wipe';
import { openSyncFolder } from '@/utils/sync/background/open-folder';
import { registerSync } from '@/utils/sync/background/register';
import { registerTimer } from '@/utils/timer/background/register';

export default defineBackground(() => {
  registerMessageHandlers();
  registerWelcomePage();
  registerProgressPorts();
  registerClosedTabCleanup();
  registerTimer();
  registerSync(openSyncFolder);
  void finishInterruptedWipe();
});
