// Paris time, in one place. Meetings are held in France (CET/CEST): their wall-clock date and time are read and
// entered in Paris time, and "today" for a meeting or a due date is the day in Paris. @date-fns/tz does the
// time-zone arithmetic (DST changes included).
import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";

export const PARIS_TIME_ZONE = "Europe/Paris";
const inParis = { in: tz(PARIS_TIME_ZONE) };

/** "2025-06-12" and "14:00" of an instant, in Paris time (to fill the forms, and to compare days). */
export function parisParts(instant: Date): { date: string; time: string } {
  return { date: parisDay(instant), time: format(instant, "HH:mm", inParis) };
}

/** The day ("2025-06-12") of an instant in Paris. */
export function parisDay(instant: Date): string {
  return format(instant, "yyyy-MM-dd", inParis);
}

/** The instant of a wall-clock date ("2025-06-12") and time ("14:00") in Paris. */
export function parisTime(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, PARIS_TIME_ZONE).getTime());
}
