import type { SiglistTexts } from '../../engine/types.ts';
import { createEngineApi } from '../engineApi.ts';
import { unpackRows } from '../packedRows.ts';

/** The engine API with runs unpacked, as the page receives them through the client. */
export function createPageSideApi(...args: Parameters<typeof createEngineApi>) {
  const api = createEngineApi(...args);
  return {
    ...api,
    run(texts: SiglistTexts) {
      const { packed, crashSetVersion: _version, ...rest } = api.run(texts);
      return { ...rest, rows: unpackRows(packed, packed.ids ?? []) };
    },
  };
}
