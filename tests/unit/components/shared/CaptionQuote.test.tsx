import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CaptionQuote } from '@/components/shared/CaptionQuote';

describe('CaptionQuote', () => {
  it('quotes the caption as text, in its own direction, named for screen readers', () => {
    const { container } = render(<CaptionQuote caption={'<img src=x onerror="alert(1)"> مرحبا'} />);
    const quote = container.querySelector('blockquote');
    expect(quote?.getAttribute('dir')).toBe('auto');
    expect(quote?.classList.contains('muted')).toBe(true);
    expect(quote?.textContent).toBe('Caption before this note: <img src=x onerror="alert(1)"> مرحبا');
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows nothing for a note without a caption', () => {
    expect(render(<CaptionQuote caption={undefined} />).container.innerHTML).toBe('');
  });
});
