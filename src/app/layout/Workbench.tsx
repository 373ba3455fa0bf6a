import type { ReactNode } from 'react';
import { Group, Panel, Separator, type Layout } from 'react-resizable-panels';
import { useMediaQuery } from './useMediaQuery.ts';
import { pageStorage } from '../shell/pageStorage.ts';

const LAYOUT_KEY = 'siglab:layout:v1';
/** Below this width three columns leave no room to read a signature: the panes stack. */
export const WIDE_LAYOUT_QUERY = '(min-width: 1100px)';
// The detail pane is wide enough for the stock and edited traces side by side at 1440 px.
const DEFAULT_LAYOUT: Layout = { editors: 24, results: 40, detail: 36 };

function readLayout(): Layout {
  try {
    const saved = JSON.parse(pageStorage.local.getItem(LAYOUT_KEY) ?? 'null') as unknown;
    if (saved && typeof saved === 'object' && ['editors', 'results', 'detail'].every((id) => typeof (saved as Layout)[id] === 'number')) return saved as Layout;
  } catch {
    // A damaged saved layout only costs the default one.
  }
  return DEFAULT_LAYOUT;
}

interface Props {
  readonly editors: ReactNode;
  readonly results: ReactNode;
  readonly detail: ReactNode;
}

/**
 * Siglist editors | results | crash detail, in resizable panes whose sizes
 * are remembered; stacked (same content) on narrow screens.
 */
export function Workbench({ editors, results, detail }: Props) {
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  if (!wide) {
    return (
      <div className="workbench stacked">
        <div className="pane pane-editors">{editors}</div>
        <div className="pane pane-results">{results}</div>
        <div className="pane pane-detail">{detail}</div>
      </div>
    );
  }
  return (
    <Group
      className="workbench"
      orientation="horizontal"
      id="workbench"
      defaultLayout={readLayout()}
      onLayoutChanged={(layout) => {
        try {
          pageStorage.local.setItem(LAYOUT_KEY, JSON.stringify(layout));
        } catch {
          // Storage full or blocked: the layout just is not remembered.
        }
      }}
    >
      <Panel id="editors" minSize="18" className="pane pane-editors">
        {editors}
      </Panel>
      <Separator className="resize-handle" aria-label="Resize editors and results" />
      <Panel id="results" minSize="28" className="pane pane-results">
        {results}
      </Panel>
      <Separator className="resize-handle" aria-label="Resize results and detail" />
      <Panel id="detail" minSize="18" className="pane pane-detail">
        {detail}
      </Panel>
    </Group>
  );
}
