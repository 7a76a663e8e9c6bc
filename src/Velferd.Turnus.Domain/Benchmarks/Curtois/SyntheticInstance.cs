using System.Globalization;
using System.Text;

namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// Generates instance text in the benchmark's format (CRLF, comments, all sections) of any size,
/// shaped like the published instances: four shift types with rotation bans, full-time contracts,
/// a few fixed days off and wishes per employee, and cover close to what the staff can supply.
/// Used to check that reader and model scale to year-long horizons with many staff.
/// </summary>
public static class SyntheticInstance
{
    public static string Generate(int days, int staff, int seed = 1)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append("\r\n");
        string Id(int e) => e < 26 ? ((char)('A' + e)).ToString() : $"{(char)('A' + e / 26 - 1)}{(char)('A' + e % 26)}";

        Line($"# Synthetic instance: {days} days, {staff} staff (seed {seed})");
        Line("SECTION_HORIZON");
        Line("# The horizon length in days:");
        Line(Invariant(days));
        Line("");
        Line("SECTION_SHIFTS");
        Line("# ShiftID, Length in mins, Shifts which cannot follow this shift | separated");
        Line("E,480,");
        Line("D,480,E");
        Line("L,480,E|D");
        Line("N,600,E|D|L");
        Line("");
        var weeks = days / 7.0;
        var maxMinutes = (int)(weeks * 5 * 480);
        var minMinutes = (int)(maxMinutes * 0.85);
        var weekends = Weekends.Count(days);
        Line("SECTION_STAFF");
        Line("# ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends");
        for (var e = 0; e < staff; e++)
        {
            var nights = e % 4 == 0 ? days : days / 8;
            Line($"{Id(e)},E={days}|D={days}|L={days}|N={nights},{maxMinutes},{minMinutes},5,2,2,{Math.Max(1, weekends / 2)}");
        }
        Line("");
        Line("SECTION_DAYS_OFF");
        Line("# EmployeeID, DayIndexes (start at zero)");
        for (var e = 0; e < staff; e++)
        {
            var off = Enumerable.Range(0, Math.Max(1, days / 14)).Select(_ => random.Next(days)).Distinct().Order();
            Line($"{Id(e)},{string.Join(',', off)}");
        }
        Line("");
        Line("SECTION_SHIFT_ON_REQUESTS");
        Line("# EmployeeID, Day, ShiftID, Weight");
        var shifts = new[] { "E", "D", "L", "N" };
        for (var e = 0; e < staff; e++)
        {
            for (var r = 0; r < days / 14; r++) Line($"{Id(e)},{random.Next(days)},{shifts[random.Next(3)]},{1 + random.Next(3)}");
        }
        Line("");
        Line("SECTION_SHIFT_OFF_REQUESTS");
        Line("# EmployeeID, Day, ShiftID, Weight");
        for (var e = 0; e < staff; e++)
        {
            for (var r = 0; r < days / 14; r++) Line($"{Id(e)},{random.Next(days)},{shifts[random.Next(4)]},{1 + random.Next(3)}");
        }
        Line("");
        Line("SECTION_COVER");
        Line("# Day, ShiftID, Requirement, Weight for under, Weight for over");
        // About five shifts a week per person, spread over four shift types.
        var perShift = staff * 5.0 / 7 / shifts.Length;
        for (var d = 0; d < days; d++)
        {
            foreach (var shift in shifts)
            {
                var requirement = Math.Max(0, (int)Math.Round(perShift * (0.8 + 0.3 * random.NextDouble())));
                Line($"{d},{shift},{requirement},100,1");
            }
        }
        return text.ToString();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
