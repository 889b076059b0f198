/** Only paths inside this site are followed after login (no //evil.example or https://...). */
export function safeRedirect(value) {
  const path = Array.isArray(value) ? value[0] : value
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) {
    return '/workspace'
  }
  return path.startsWith('/login') ? '/workspace' : path
}
