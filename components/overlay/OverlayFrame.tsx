import { useEffect, useState } from 'preact/hooks';
import { useTheme } from '@/utils/hooks/use-theme';
import { type OverlayBridge, portBridge } from '@/utils/overlay/frame-bridge';
import { pressAt } from '@/utils/overlay/press-at';
import { sendMessage } from '@/utils/protocol/send';
import { OverlayApp } from './OverlayApp';

/**
 * The overlay page (overlay-frame.html, an extension page inside the lecture's page): once the
 * controller's port arrived (utils/overlay/frame-connect.ts), the UI, its size reports and the
 * room it may take, and clicks the page side caught for it over a bare fullscreen video.
 *
 * components/overlay/ is that UI, one component per file, its state in ./hooks. It never opens
 * storage itself (framed into another site, its storage would be partitioned): notes and drafts
 * go through the background's protocol (the bridge), the video through the controller's port.
 */
export function OverlayFrame({ port }: { port: Promise<MessagePort> }) {
  useTheme();
  const [bridge, setBridge] = useState<OverlayBridge | null>(null);
  useEffect(() => {
    void port.then((connected) => setBridge(portBridge(connected, sendMessage)));
  }, [port]);

  useEffect(() => {
    if (!bridge) return;
    const root = document.getElementById('app') as HTMLElement;
    let last = '';
    const report = () => {
      const box = root.firstElementChild?.getBoundingClientRect();
      const size = { width: Math.ceil(box?.width ?? 0), height: Math.ceil(box?.height ?? 0) };
      if (`${size.width}x${size.height}` === last) return;
      last = `${size.width}x${size.height}`;
      bridge.post({ type: 'size', ...size });
    };
    // Chromium stops rendering work (ResizeObserver included) in a hidden cross-origin frame,
    // which this one is until it has a size: so also measure on every change of the DOM.
    const resized = new ResizeObserver(report);
    resized.observe(root);
    const changed = new MutationObserver(report);
    changed.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const unlisten = bridge.listen((message) => {
      if (message.type === 'press') pressAt(document, message.x, message.y);
      if (message.type !== 'space') return;
      document.documentElement.style.setProperty('--overlay-max-width', `${message.maxWidth}px`);
      document.documentElement.style.setProperty('--overlay-max-height', `${message.maxHeight}px`);
      report();
    });
    bridge.post({ type: 'ready' });
    report();
    return () => {
      unlisten();
      resized.disconnect();
      changed.disconnect();
    };
  }, [bridge]);

  return bridge ? <OverlayApp bridge={bridge} /> : null;
}
