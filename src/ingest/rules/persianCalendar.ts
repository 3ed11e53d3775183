/**
 * The Persian (Solar Hijri, Jalali) calendar that Iranian and Afghan pages print their dates in:
 * '۱۲ شهریور ۱۴۰۳' is 2 September 2024. Only the month names and the conversion live here; `dates.ts`
 * finds the date on the line.
 */

/** Month names of the Persian calendar, in order (Dari spellings of the same months are not covered). */
export const JALALI_MONTHS: readonly string[] = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

/**
 * Converts a Persian calendar date to the Gregorian calendar (the arithmetic of the 33-year cycle,
 * exact for the years pages print), or returns null for a day the month cannot have.
 * @example jalaliToGregorian(1403, 6, 12) // [2024, 9, 2]
 */
export function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] | null {
  if (jy < 1300 || jy > 1500 || jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) return null;
  const y = jy + 1595;
  let days = -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days--;
    gy += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > lengths[gm]!) gd -= lengths[gm++]!;
  return [gy, gm + 1, gd];
}
