import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { couldNot } from '../shared/could-not';

/** How long an "Undo" stays offered after a delete. */
export const UNDO_MS = 15_000;

interface Offer {
  id: number;
  message: string;
  undo: () => Promise<void>;
}

type Offerer = (message: string, undo: () => Promise<void>) => void;

const UndoContext = createContext<Offerer>(() => undefined);

/** Lets any view offer "Undo" for a while after a destructive action; the offer outlives route changes. */
export function UndoProvider({ children }: { children: ComponentChildren }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!offer) return;
    const expiry = setTimeout(() => setOffer(null), UNDO_MS);
    return () => clearTimeout(expiry);
  }, [offer]);
  const offerUndo: Offerer = (message, undo) => {
    setError(null);
    setOffer({ id: Date.now(), message, undo });
  };
  const runUndo = async (current: Offer) => {
    setOffer(null);
    try {
      await current.undo();
    } catch (failure) {
      setError(couldNot('undo', failure));
    }
  };
  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div class="undo-region" role="status" aria-live="polite">
        {offer ? (
          <div class="undo-bar" key={offer.id}>
            <span class="undo-message clamp-2" dir="auto">
              {offer.message}
            </span>
            <button type="button" class="primary" onClick={() => void runUndo(offer)}>
              Undo
            </button>
            <button type="button" onClick={() => setOffer(null)} aria-label="Dismiss">
              ×
            </button>
          </div>
        ) : null}
        {error ? <p role="alert">{error}</p> : null}
      </div>
    </UndoContext.Provider>
  );
}

export const useOfferUndo = () => useContext(UndoContext);
