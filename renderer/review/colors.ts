/**
 * One colour per name group, stable while the editor types (derived from the group's key, not its
 * position). Dark enough for a 2px underline to stand out on white; distinguishable for common
 * colour-vision deficiencies when combined with the underline styles in styles.css.
 */
const PALETTE = ['#0b6bcb', '#c2410c', '#15803d', '#7e22ce', '#be123c', '#0f766e', '#a16207', '#4338ca', '#b91c1c', '#0369a1'];

export function groupColor(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length] as string;
}
