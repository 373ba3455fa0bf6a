/** Marks a link opened "in a new tab" from the replace question: that tab keeps its edits to itself. */
export const DETACHED_SUFFIX = '&tab=new';
