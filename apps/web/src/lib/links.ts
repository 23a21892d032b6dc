/**
 * Which stored links are shown as links: web addresses only. The API takes nothing else now, but a
 * `javascript:` or `data:` link stored before it checked must never become clickable.
 */
export function isWebLink(url: string): boolean {
  const address = url.trim();
  if (!/^https?:\/\//i.test(address)) return false;
  try {
    new URL(address);
    return true;
  } catch {
    return false;
  }
}
