import { defineBackground } from 'wxt/utils/define-background';
import { registerLectureFrameCleanup } from '@/utils/background/lecture-frames';
import { registerMessageHandlers } from '@/utils/background/register-messages';
import { registerWelcomePage } from '@/utils/background/welcome';
import { finishInterruptedWipe } from '@/utils/backup/wipe';
import { openSyncFolder } from '@/utils/sync/background/open-folder';
import { registerSync } from '@/utils/sync/background/register';
import { registerTimer } from '@/utils/timer/background/register';

export default defineBackground(() => {
  registerMessageHandlers();
  registerWelcomePage();
  registerLectureFrameCleanup();
  registerTimer();
  registerSync(openSyncFolder);
  void finishInterruptedWipe();
});
