import { defineBackground } from 'wxt/utils/define-background';
import { registerLectureFrameCleanup } from '@/utils/background/lecture-frames';
import { registerMessageHandlers } from '@/utils/background/register-messages';
import { registerTimer } from '@/utils/background/timer/register';
import { registerWelcomePage } from '@/utils/background/welcome';

export default defineBackground(() => {
  registerMessageHandlers();
  registerWelcomePage();
  registerLectureFrameCleanup();
  registerTimer();
});
