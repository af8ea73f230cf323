import { useEffect, useState } from 'preact/hooks';
import { useTheme } from '@/utils/hooks/use-theme';
import { type OverlayBridge, portBridge } from '@/utils/overlay/frame-bridge';
import { sendMessage } from '@/utils/send-message';
import { OverlayApp } from './OverlayApp';

/**
 * The overlay page (overlay-frame.html, an extension page inside the lecture's page): once the
 * controller's port arrived (utils/overlay/frame-connect.ts), the UI, its size reports and the
 * room it may take.
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
    const report = () => {
      const box = root.firstElementChild?.getBoundingClientRect();
      bridge.post({ type: 'size', width: Math.ceil(box?.width ?? 0), height: Math.ceil(box?.height ?? 0) });
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    if (root.firstElementChild) observer.observe(root.firstElementChild);
    const children = new MutationObserver(() => {
      if (root.firstElementChild) observer.observe(root.firstElementChild);
      report();
    });
    children.observe(root, { childList: true });
    const unlisten = bridge.listen((message) => {
      if (message.type !== 'space') return;
      document.documentElement.style.setProperty('--overlay-max-width', `${message.maxWidth}px`);
      document.documentElement.style.setProperty('--overlay-max-height', `${message.maxHeight}px`);
    });
    bridge.post({ type: 'ready' });
    return () => {
      unlisten();
      observer.disconnect();
      children.disconnect();
    };
  }, [bridge]);

  return bridge ? <OverlayApp bridge={bridge} /> : null;
}
