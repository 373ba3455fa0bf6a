/** Drops an experiment link (`#x=…`) from the address bar without reloading or adding a history entry. */
export function clearLinkFragment(): void {
  if (location.hash.startsWith('#x=')) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
