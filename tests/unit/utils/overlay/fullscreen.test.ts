import { describe, expect, it, vi } from 'vitest';
import { containsComposed, fullscreenPlan, fullscreenSteps } from '@/utils/overlay/fullscreen';

/** A player like media-chrome's: a container, a web component, its <video> in a shadow root. */
function player() {
  document.body.innerHTML = '<div id="player"><lecture-video></lecture-video></div><aside id="other"></aside>';
  const container = document.getElementById('player') as HTMLElement;
  const component = container.firstElementChild as HTMLElement;
  const shadow = component.attachShadow({ mode: 'open' });
  const video = document.createElement('video');
  shadow.append(video);
  return { container, component, video, other: document.getElementById('other') as HTMLElement };
}

/** A document whose fullscreen element is `element` (happy-dom has no Fullscreen API). */
function fullscreenDoc(element: Element | null) {
  const exitFullscreen = vi.fn(async () => {
    doc.fullscreenElement = null;
  });
  const doc = { fullscreenElement: element, exitFullscreen } as unknown as Document & {
    fullscreenElement: Element | null;
  };
  return { doc, exitFullscreen };
}

describe('containsComposed', () => {
  it('finds a video inside a shadow root inside the container', () => {
    const { container, video, other } = player();
    expect(containsComposed(container, video)).toBe(true);
    expect(containsComposed(video, video)).toBe(true);
    expect(containsComposed(other, video)).toBe(false);
    expect(containsComposed(container, null)).toBe(false);
  });
});

describe('fullscreenPlan', () => {
  it.each([
    ['nothing is fullscreen', null, 'page'],
    ['the player around the video is fullscreen', 'container', 'inside'],
    ['the web component holding the video is fullscreen', 'component', 'inside'],
    ['the video itself is fullscreen', 'video', 'bare'],
    ['something without the video is fullscreen', 'other', 'elsewhere'],
  ] as const)('%s: %s', (_name, which, kind) => {
    const elements = player();
    const { doc } = fullscreenDoc(which ? elements[which] : null);
    expect(fullscreenPlan(doc, elements.video).kind).toBe(kind);
  });

  it('names the container the host moves into', () => {
    const { container, video } = player();
    expect(fullscreenPlan(fullscreenDoc(container).doc, video)).toEqual({ kind: 'inside', container });
  });

  it('looks through an open shadow root to the element really fullscreen', () => {
    const { component, video } = player();
    const doc = fullscreenDoc(component).doc;
    Object.defineProperty(component.shadowRoot, 'fullscreenElement', { value: video });
    expect(fullscreenPlan(doc, video)).toEqual({ kind: 'bare', element: video });
  });

  it('is "elsewhere" without a lecture video', () => {
    const { container } = player();
    expect(fullscreenPlan(fullscreenDoc(container).doc, null).kind).toBe('elsewhere');
  });
});

describe('fullscreenSteps', () => {
  it('leaves the bare video fullscreen and asks for it back once', async () => {
    const { video } = player();
    const requestFullscreen = vi.fn(async () => undefined);
    Object.assign(video, { requestFullscreen });
    const { doc, exitFullscreen } = fullscreenDoc(video);
    const steps = fullscreenSteps(doc, () => video);
    await steps.stepOut();
    expect(exitFullscreen).toHaveBeenCalledOnce();
    steps.stepBack();
    steps.stepBack();
    expect(requestFullscreen).toHaveBeenCalledOnce();
  });

  it('stays in a fullscreen player (the overlay lives in it) and asks for nothing back', async () => {
    const { container, video } = player();
    const requestFullscreen = vi.fn(async () => undefined);
    Object.assign(container, { requestFullscreen });
    const { doc, exitFullscreen } = fullscreenDoc(container);
    const steps = fullscreenSteps(doc, () => video);
    await steps.stepOut();
    steps.stepBack();
    expect(exitFullscreen).not.toHaveBeenCalled();
    expect(requestFullscreen).not.toHaveBeenCalled();
  });

  it('does not go back in when the student entered another fullscreen meanwhile', async () => {
    const { container, video } = player();
    const requestFullscreen = vi.fn(async () => undefined);
    Object.assign(video, { requestFullscreen });
    const { doc } = fullscreenDoc(video);
    const steps = fullscreenSteps(doc, () => video);
    await steps.stepOut();
    doc.fullscreenElement = container;
    steps.stepBack();
    expect(requestFullscreen).not.toHaveBeenCalled();
  });
});
