// The server writes its messages in Chinese with the English after them for other clients
// ("不能为空 (must not be blank)"); the portal shows the Chinese.
const WITH_ENGLISH = /^(.*[^\x00-\x7f].*?)\s+\([\x20-\x7e]+\)$/
export function chineseMessage(text) {
  const m = WITH_ENGLISH.exec(text || '')
  return m ? m[1] : text
}
