/**
 * An identifier spelt out as words, sentence case: `staffToStaff` → "Staff to staff", `civil-protection`
 * → "Civil protection", `ISAA_PUBLISHED` → "ISAA published". The last resort where the data has no label:
 * never a label anyone wrote, but better than the id itself.
 */
export function humaniseId(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter(Boolean);
  if (words.length === 0) return id;
  // An event name is all capitals: keep a short word an acronym (ISAA, NAC), lower the rest.
  const shouting = id === id.toUpperCase() && /[A-Z]/.test(id);
  const spelt = words.map((word, index) => {
    if (shouting) return word.length <= 4 && index === 0 ? word : word.toLowerCase();
    return /^[A-Z0-9]+$/.test(word) && word.length > 1 ? word : word.toLowerCase();
  });
  const [first = '', ...rest] = spelt;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}
