/**
 * Opens one of the crash-loading panels (a <details> inside the folded
 * "Load crashes" panel), scrolls to it and focuses its summary: a pointer
 * from elsewhere in the page ("Find crashes this edit affects").
 */
export function revealPanel(id: string): void {
  const panel = document.getElementById(id);
  if (!(panel instanceof HTMLDetailsElement)) return;
  const sources = panel.closest('details.crash-sources');
  if (sources instanceof HTMLDetailsElement) sources.open = true;
  panel.open = true;
  panel.scrollIntoView({ block: 'nearest' });
  panel.querySelector('summary')?.focus();
}
