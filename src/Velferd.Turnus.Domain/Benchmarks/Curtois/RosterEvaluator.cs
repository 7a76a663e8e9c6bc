namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>
/// Scores any roster against an instance exactly as the benchmark README states the rules:
/// lists every hard-rule breach and sums the soft penalties. Written independently of the CP-SAT
/// model so that a reported objective is always recomputed by code that did not produce it.
/// </summary>
public static class RosterEvaluator
{
    /// <param name="ends">How blocks at the horizon ends are judged; <see cref="HorizonEnds.Open"/> reproduces the proven optima.</param>
    public static RosterEvaluation Evaluate(CurtoisInstance instance, Roster roster, HorizonEnds ends = HorizonEnds.Open)
    {
        if (roster.StaffCount != instance.Staff.Count || roster.HorizonDays != instance.HorizonDays)
        {
            throw new ArgumentException(
                $"Roster is {roster.StaffCount} staff x {roster.HorizonDays} days; instance {instance.Name} is " +
                $"{instance.Staff.Count} x {instance.HorizonDays}.", nameof(roster));
        }
        CheckShiftIndexes(instance, roster);

        var breaches = new List<HardBreach>();
        for (var e = 0; e < instance.Staff.Count; e++)
        {
            CheckShiftRotation(instance, roster, e, breaches);
            CheckShiftCountsAndMinutes(instance, roster, e, breaches);
            CheckBlocks(instance, roster, e, ends, breaches);
            CheckMaxWeekends(instance, roster, e, breaches);
            CheckDaysOff(instance, roster, e, breaches);
        }

        return new RosterEvaluation(
            breaches,
            ShiftOnRequestPenalty: instance.ShiftOnRequests.Where(r => roster[r.Employee, r.Day] != r.Shift).Sum(r => r.Weight),
            ShiftOffRequestPenalty: instance.ShiftOffRequests.Where(r => roster[r.Employee, r.Day] == r.Shift).Sum(r => r.Weight),
            UnderCoverPenalty: instance.Cover.Sum(c => Math.Max(0, c.Requirement - Staffed(roster, c)) * c.UnderWeight),
            OverCoverPenalty: instance.Cover.Sum(c => Math.Max(0, Staffed(roster, c) - c.Requirement) * c.OverWeight));
    }

    private static int Staffed(Roster roster, CoverRequirement cover)
    {
        var count = 0;
        for (var e = 0; e < roster.StaffCount; e++)
        {
            if (roster[e, cover.Day] == cover.Shift) count++;
        }
        return count;
    }

    private static void CheckShiftIndexes(CurtoisInstance instance, Roster roster)
    {
        for (var e = 0; e < roster.StaffCount; e++)
        {
            for (var d = 0; d < roster.HorizonDays; d++)
            {
                var shift = roster[e, d];
                if (shift != Roster.Off && (shift < 0 || shift >= instance.Shifts.Count))
                {
                    throw new ArgumentException($"Roster cell ({e}, {d}) holds shift index {shift}, not a shift of {instance.Name}.", nameof(roster));
                }
            }
        }
    }

    private static void CheckShiftRotation(CurtoisInstance instance, Roster roster, int e, List<HardBreach> breaches)
    {
        for (var d = 0; d + 1 < roster.HorizonDays; d++)
        {
            int today = roster[e, d], tomorrow = roster[e, d + 1];
            if (today != Roster.Off && tomorrow != Roster.Off && instance.Shifts[today].CannotFollow.Contains(tomorrow))
            {
                breaches.Add(new HardBreach(CurtoisRule.ShiftRotation, instance.Staff[e].Id, d + 1,
                    $"{instance.Shifts[tomorrow].Id} may not follow {instance.Shifts[today].Id}"));
            }
        }
    }

    private static void CheckShiftCountsAndMinutes(CurtoisInstance instance, Roster roster, int e, List<HardBreach> breaches)
    {
        var staff = instance.Staff[e];
        var counts = new int[instance.Shifts.Count];
        for (var d = 0; d < roster.HorizonDays; d++)
        {
            if (roster.Works(e, d)) counts[roster[e, d]]++;
        }
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] > staff.MaxShifts[s])
            {
                breaches.Add(new HardBreach(CurtoisRule.MaxShiftsPerType, staff.Id, null,
                    $"{counts[s]} shifts of {instance.Shifts[s].Id}, at most {staff.MaxShifts[s]}"));
            }
        }
        var minutes = counts.Select((count, s) => count * instance.Shifts[s].LengthMinutes).Sum();
        if (minutes > staff.MaxTotalMinutes)
        {
            breaches.Add(new HardBreach(CurtoisRule.MaxTotalMinutes, staff.Id, null, $"{minutes} minutes, at most {staff.MaxTotalMinutes}"));
        }
        if (minutes < staff.MinTotalMinutes)
        {
            breaches.Add(new HardBreach(CurtoisRule.MinTotalMinutes, staff.Id, null, $"{minutes} minutes, at least {staff.MinTotalMinutes}"));
        }
    }

    private static void CheckBlocks(CurtoisInstance instance, Roster roster, int e, HorizonEnds ends, List<HardBreach> breaches)
    {
        var staff = instance.Staff[e];
        foreach (var block in WorkBlock.Of(roster, e))
        {
            if (block.Working && block.Length > staff.MaxConsecutiveShifts)
            {
                breaches.Add(new HardBreach(CurtoisRule.MaxConsecutiveShifts, staff.Id, block.Start,
                    $"{block.Length} working days in a row, at most {staff.MaxConsecutiveShifts}"));
            }
            // Only when days outside count as off is a working block at either end still held to the minimum.
            var heldAtEnds = ends == HorizonEnds.OffOutside;
            if (block.Working && block.Length < staff.MinConsecutiveShifts && (heldAtEnds || !block.TouchesHorizonEnd(roster.HorizonDays)))
            {
                breaches.Add(new HardBreach(CurtoisRule.MinConsecutiveShifts, staff.Id, block.Start,
                    $"{block.Length} working day(s) in a row, at least {staff.MinConsecutiveShifts}"));
            }
            if (!block.Working && !block.TouchesHorizonEnd(roster.HorizonDays) && block.Length < staff.MinConsecutiveDaysOff)
            {
                breaches.Add(new HardBreach(CurtoisRule.MinConsecutiveDaysOff, staff.Id, block.Start,
                    $"{block.Length} day(s) off in a row, at least {staff.MinConsecutiveDaysOff}"));
            }
        }
    }

    private static void CheckMaxWeekends(CurtoisInstance instance, Roster roster, int e, List<HardBreach> breaches)
    {
        var staff = instance.Staff[e];
        var worked = Enumerable.Range(0, Weekends.Count(roster.HorizonDays))
            .Count(w => Weekends.Days(w, roster.HorizonDays).Any(d => roster.Works(e, d)));
        if (worked > staff.MaxWeekends)
        {
            breaches.Add(new HardBreach(CurtoisRule.MaxWeekends, staff.Id, null, $"{worked} weekends worked, at most {staff.MaxWeekends}"));
        }
    }

    private static void CheckDaysOff(CurtoisInstance instance, Roster roster, int e, List<HardBreach> breaches)
    {
        var staff = instance.Staff[e];
        foreach (var day in staff.DaysOff.Where(d => roster.Works(e, d)))
        {
            breaches.Add(new HardBreach(CurtoisRule.DaysOff, staff.Id, day, $"works {instance.Shifts[roster[e, day]].Id} on a fixed day off"));
        }
    }
}
