/** A line reduced to its lower-case letters, for comparing texts whatever their spacing. */
export function letters(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, "");
}
