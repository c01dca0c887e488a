/**
 * A traveller's initials, as their badge on the map shows them and the map's
 * key explains them: the first letters of the capitalised words of the name,
 * at most two ("Witkoff and Kushner" → "WK", "Vladimir Putin" → "VP").
 *
 * @example travellerInitials('Witkoff and Kushner') // 'WK'
 * @example travellerInitials('Jean-Luc Picard') // 'JL'
 */
export function travellerInitials(name: string): string {
  return name
    .split(/\s+|-/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('')
    .slice(0, 2);
}
