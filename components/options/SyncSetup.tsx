import { useEffect, useState } from 'preact/hooks';
import { useSetting } from '@/utils/hooks/use-setting';
import {
  DEFAULT_SYNC_FOLDER,
  normalisedSyncFolder,
  type SyncAccount,
  storageUrlProblem,
  syncFolderProblem,
} from '@/utils/model/sync-account';
import { sendMessage } from '@/utils/protocol/send';
import { syncAccountSetting } from '@/utils/settings/sync-account';
import { requestStorageAccess } from '@/utils/sync/host-access';
import type { SyncSetupReport } from '@/utils/sync/setup-check';
import { CouldNot } from '../shared/CouldNot';
import { syncReportText } from './sync-report-text';

type Field = keyof SyncAccount;
const EMPTY: SyncAccount = { url: '', user: '', password: '', folder: DEFAULT_SYNC_FOLDER, passphrase: '' };

function problems(account: SyncAccount): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  const url = storageUrlProblem(account.url);
  if (url) found.url = url;
  if (!account.user.trim()) found.user = 'Enter your user name on the server.';
  if (!account.password) found.password = 'Enter an app password (Nextcloud: Settings → Security).';
  const folder = syncFolderProblem(account.folder);
  if (folder) found.folder = folder;
  return found;
}

type Status =
  | { step: 'idle' }
  | { step: 'testing' }
  | { step: 'tested'; report: SyncSetupReport; of: SyncAccount }
  | { step: 'no-access'; origin: string }
  | { step: 'saved' }
  | { step: 'failed'; error: unknown };

interface FieldProps {
  name: Field;
  label: string;
  type?: 'text' | 'url' | 'password';
  hint?: string;
  autoComplete?: string;
}

/** Set-up of sync with the student's own WebDAV storage; the account stays on this device. */
export function SyncSetup() {
  const [saved, save] = useSetting(syncAccountSetting);
  const [account, setAccount] = useState<SyncAccount>(EMPTY);
  const [shownProblems, setShownProblems] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<Status>({ step: 'idle' });
  useEffect(() => {
    if (saved)
      setAccount({
        url: saved.url,
        user: saved.user,
        password: saved.password,
        folder: saved.folder,
        passphrase: saved.passphrase,
      });
  }, [saved]);

  const checked = () => {
    const found = problems(account);
    setShownProblems(found);
    return Object.keys(found).length === 0 ? { ...account, folder: normalisedSyncFolder(account.folder) } : null;
  };
  const withAccess = async (ready: SyncAccount) => {
    if (await requestStorageAccess(ready.url)) return true;
    setStatus({ step: 'no-access', origin: new URL(ready.url.trim()).origin });
    return false;
  };
  const test = async () => {
    const ready = checked();
    if (!ready || !(await withAccess(ready))) return;
    setStatus({ step: 'testing' });
    try {
      setStatus({ step: 'tested', report: await sendMessage('sync/test-connection', ready), of: ready });
    } catch (error) {
      setStatus({ step: 'failed', error });
    }
  };
  const store = async () => {
    const ready = checked();
    if (!ready || !(await withAccess(ready))) return;
    const tested = status.step === 'tested' && status.report.ok && sameAccount(status.of, ready) ? status.report : null;
    try {
      await save({
        ...ready,
        url: ready.url.trim(),
        conditionalWrites: tested?.conditionalWrites ?? null,
        savedAt: Date.now(),
      });
      setStatus({ step: 'saved' });
    } catch (error) {
      setStatus({ step: 'failed', error });
    }
  };

  // A plain function, not a component: a component made here would be new on every render and
  // the browser would drop the focus from the input being typed in.
  const input = ({ name, label, type = 'text', hint, autoComplete = 'off' }: FieldProps) => {
    const props = {
      id: `sync-${name}`,
      value: account[name],
      autoComplete,
      spellcheck: false,
      'aria-invalid': shownProblems[name] ? true : undefined,
      'aria-describedby': `sync-${name}-note`,
      onInput: (event: { currentTarget: HTMLInputElement }) =>
        setAccount({ ...account, [name]: event.currentTarget.value }),
    };
    return (
      <p class="option-field">
        <label for={props.id}>{label}</label>{' '}
        {type === 'password' ? (
          <input type="password" {...props} />
        ) : type === 'url' ? (
          <input type="url" {...props} />
        ) : (
          <input type="text" {...props} />
        )}
        <span id={`sync-${name}-note`} class={shownProblems[name] ? 'field-error' : 'muted'}>
          {shownProblems[name] ? ` ${shownProblems[name]}` : hint ? ` ${hint}` : ''}
        </span>
      </p>
    );
  };

  return (
    <section class="options-section sync-setup" aria-labelledby="sync-title">
      <h2 id="sync-title">Sync with your own storage</h2>
      <p>
        Keep the same library on your laptop, a lab PC and the library's computers through WebDAV storage you already
        have: your university's Nextcloud, a NAS, or a provider. Lectern sends nothing anywhere until you save an
        account here. The password and passphrase stay on this device: never in a backup file.
      </p>
      {saved === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void store();
          }}
        >
          {input({
            name: 'url',
            label: 'Server address (WebDAV)',
            type: 'url',
            hint: 'Nextcloud: https://cloud.example.edu/remote.php/dav/files/USER/',
          })}
          {input({ name: 'user', label: 'User name', autoComplete: 'username' })}
          {input({ name: 'password', label: 'App password', type: 'password', autoComplete: 'new-password' })}
          {input({ name: 'folder', label: 'Folder on the server', hint: 'Created if it is not there.' })}
          {input({
            name: 'passphrase',
            label: 'Encryption passphrase (optional)',
            type: 'password',
            autoComplete: 'new-password',
            hint: 'Encrypts your notes before they leave this device. Use the same one on every device; if you forget it, the copy on the server cannot be read.',
          })}
          <p class="actions">
            <button id="sync-test" type="button" disabled={status.step === 'testing'} onClick={() => void test()}>
              Test connection
            </button>
            <button id="sync-save" type="submit">
              Save
            </button>
            {saved ? (
              <button
                type="button"
                onClick={() => void syncAccountSetting.removeValue().then(() => setStatus({ step: 'idle' }))}
              >
                Stop syncing on this device
              </button>
            ) : null}
          </p>
        </form>
      )}
      <SyncStatusLine status={status} savedAt={saved?.savedAt} />
    </section>
  );
}

function sameAccount(a: SyncAccount, b: SyncAccount): boolean {
  return (Object.keys(EMPTY) as Field[]).every((field) => a[field] === b[field]);
}

function SyncStatusLine({ status, savedAt }: { status: Status; savedAt?: number }) {
  if (status.step === 'failed') return <CouldNot what="check the connection" error={status.error} />;
  return (
    <div aria-live="polite" class="sync-test-result">
      {status.step === 'testing' ? <p aria-busy="true">Testing the connection…</p> : null}
      {status.step === 'no-access' ? (
        <p role="alert">Lectern may not reach {status.origin}: the browser did not allow it. Nothing was sent.</p>
      ) : null}
      {status.step === 'tested' ? <ReportText report={status.report} /> : null}
      {status.step === 'saved' ? <p class="status-ok">Saved on this device.</p> : null}
      {status.step === 'idle' && savedAt ? <p class="muted">Sync is set up on this device.</p> : null}
    </div>
  );
}

function ReportText({ report }: { report: SyncSetupReport }) {
  const { title, details } = syncReportText(report);
  return (
    <div role={report.ok ? 'status' : 'alert'} class={report.ok ? 'status-ok' : 'field-error'}>
      <strong>{title}</strong>
      {details.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
