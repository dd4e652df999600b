// Chinese and Japanese characters as the parse stage (soft line breaks) and
// the line breaker (punctuation compression, spacing beside Latin) both ask
// after them.

/** Han and kana: the characters Chinese and Japanese set with no space between words. */
export const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Full-width marks drawn in half their em, the other half blank (CLREQ, JIS X 4051): closing ones, then opening ones. */
export const CLOSING_MARKS = '、。，．：；！？）」』】〕〗》〉｝］';
export const OPENING_MARKS = '（「『【〔〖《〈｛［';
