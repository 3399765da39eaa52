export { strings, STRINGS, type Lang, type Strings } from './strings.js';
export { formatNumber, formatPercent, formatSigned, isOne } from './format.js';
export { resolveLang, toLang, onLangChange } from './lang.js';
