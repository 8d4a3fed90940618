/**
 * The emblem the admin shows beside the province's name (login page, header, browser tab): a
 * gold star over a stylised lotus on red. Drawn here, not fetched, so it works offline;
 * `scripts/makeFavicon.ts` renders `src/app/favicon.ico` from the same drawing.
 */
export const EMBLEM_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<circle cx="32" cy="32" r="31" fill="#c8102e" stroke="#f6c343" stroke-width="2"/>
<path fill="#f6c343" d="M32 8l4.4 13.5h14.2l-11.5 8.4 4.4 13.5L32 35l-11.5 8.4 4.4-13.5-11.5-8.4h14.2z"/>
<path fill="#f6c343" d="M32 56c-5-3-8-7-8-11 3 1 6 3 8 6 2-3 5-5 8-6 0 4-3 8-8 11z"/>
<path fill="#f6c343" d="M22 54c-5-1-9-4-10-8 3 0 6 1 9 3zM42 54c5-1 9-4 10-8-3 0-6 1-9 3z"/>
</svg>`

/** The emblem as an image address (`img-src` allows `data:`). */
export const EMBLEM_DATA_URI = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(EMBLEM_SVG)}`
