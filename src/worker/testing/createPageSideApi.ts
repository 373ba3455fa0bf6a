import type { SiglistTexts } from '../../engine/types.ts';
import { createEngineApi } from '../engineApi.ts';
import { unpackRows } from '../packedRows.ts';

/** The engine API with runs unpacked, as the page receives them through the client. */
export function createPageSideApi(...args: Parameters<typeof createEngineApi>) {
  const api = createEngineApi(...args);
  return {
    ...api,
    async run(texts: SiglistTexts) {
      const run = await api.run(texts);
      if (!run) throw new Error('the run was overtaken');
      const { packed, crashSetVersion: _version, ...rest } = run;
      return { ...rest, rows: unpackRows(packed, packed.ids ?? []) };
    },
  };
}
