import { useState } from 'preact/hooks';

interface Props {
  sites: string[];
  disabled: boolean;
  onChange(sites: string[]): void;
}

/** A host name from what the student typed: `youtube.com`, or a whole URL. Null if it is not one. */
export function siteFromInput(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** Sites where review prompts stay off (the rest of Lectern keeps working there). */
export function PromptSiteList({ sites, disabled, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    if (!site) {
      setProblem('Type a site like www.youtube.com, or paste a page address.');
      return;
    }
    setProblem('');
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site]);
  };
  return (
    <div>
      <h3 id="prompt-sites">No prompts on these sites</h3>
      {sites.length === 0 ? (
        <p class="muted">None: prompts appear on every site.</p>
      ) : (
        <ul aria-labelledby="prompt-sites">
          {sites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" disabled={disabled} onClick={() => onChange(sites.filter((s) => s !== site))}>
                Remove {site}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label for="prompt-site-input">Turn prompts off on a site</label>{' '}
        <input
          id="prompt-site-input"
          type="text"
          value={draft}
          placeholder="www.youtube.com"
          disabled={disabled}
          aria-invalid={problem !== ''}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />{' '}
        <button type="submit" disabled={disabled}>
          Add site
        </button>
        {problem ? (
          <p role="alert" style={{ color: 'var(--danger)' }}>
            {problem}
          </p>
        ) : null}
      </form>
    </div>
  );
}
