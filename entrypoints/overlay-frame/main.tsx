import '@/components/shared/theme.css';
import '@/components/overlay/overlay.css';
import { render } from 'preact';
import { OverlayFrame } from '@/components/overlay/OverlayFrame';
import { waitForControllerPort } from '@/utils/overlay/frame-connect';

render(<OverlayFrame port={waitForControllerPort()} />, document.getElementById('app') as HTMLElement);
