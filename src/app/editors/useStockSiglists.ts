import { useEffect, useState } from 'react';
import { SIGLIST_FILES, type SiglistTexts } from '../../engine/types.ts';

export type StockState = { status: 'loading' } | { status: 'ready'; texts: SiglistTexts } | { status: 'error'; message: string };

/** Loads the stock siglists that `npm install` put into public/siglists/. */
export function useStockSiglists(): StockState {
  const [state, setState] = useState<StockState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all(
      SIGLIST_FILES.map(async (file) => {
        const response = await fetch(`${import.meta.env.BASE_URL}siglists/${file}`);
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        return [file, await response.text()] as const;
      }),
    ).then(
      (entries) => live && setState({ status: 'ready', texts: Object.fromEntries(entries) as unknown as SiglistTexts }),
      (error: unknown) => live && setState({ status: 'error', message: (error as Error).message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
