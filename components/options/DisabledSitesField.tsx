import { useState } from 'preact/hooks';
import { useSetting } from '@/utils/hooks/use-setting';
import { disabledSitesSetting } from '@/utils/settings/items';
import { validateSetting } from '@/utils/settings/registry';

/** Accepts `www.example.edu` or a pasted URL; returns the host name, lower-cased. */
export function toHostName(input: string): string {
  const value = input.trim().toLowerCase();
  if (!value) return '';
  try {
    return new URL(value.includes('://') ? value : `https://${value}`).host;
  } catch {
    return value;
  }
}

/** Sites where Lectern stays completely off: add by host name or URL, remove with a button. */
export function DisabledSitesField() {
  const [sites, setSites] = useSetting(disabledSitesSetting);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const host = toHostName(draft);
    if (!host) return setError('Type a site, like www.example.edu.');
    const next = [...new Set([...(sites ?? []), host])].sort();
    const problem = validateSetting('disabledSites', next);
    if (problem)
      return setError(`“${draft.trim()}” is not a site name Lectern understands: use a host like www.example.edu.`);
    setError(null);
    setDraft('');
    await setSites(next);
  };
  return (
    <fieldset class="option-field">
      <legend>Sites where Lectern is off</legend>
      <p class="muted" id="disabled-sites-help">
        On these sites Lectern does not look for videos or show anything. Paste a URL or type a host name.
      </p>
      {sites === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : sites.length === 0 ? (
        <p>Lectern is on everywhere.</p>
      ) : (
        <ul class="site-list" aria-label="Sites where Lectern is off">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                aria-label={`Turn Lectern back on for ${site}`}
                onClick={() => void setSites(sites.filter((s) => s !== site))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          Site to turn off{' '}
          <input
            type="text"
            value={draft}
            placeholder="www.example.edu"
            aria-describedby="disabled-sites-help disabled-sites-error"
            aria-invalid={error ? 'true' : undefined}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">Add</button>
      </form>
      <p id="disabled-sites-error" role={error ? 'alert' : undefined} class="field-error">
        {error ?? ''}
      </p>
    </fieldset>
  );
}
