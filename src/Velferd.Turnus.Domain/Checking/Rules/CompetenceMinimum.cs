using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>
/// The required minimum (base staffing, continuous 1:1/2:1 presence, sleeping presence) is on site in
/// every slot, with the competence it needs. Checked per coverage group, so a nurse may cover
/// helsefagarbeider demand but not the other way round. Consecutive short slots are reported as one period, and a
/// group's shortfall is left out when a smaller group inside it already lacks as many (the same missing person).
/// </summary>
public sealed class CompetenceMinimum : IHardRule
{
    public RuleId Id => RuleId.CompetenceMinimum;

    public IEnumerable<Breach> Check(CheckContext context)
    {
        var grid = context.Coverage;
        foreach (var group in CompetenceCoverage.Groups)
        {
            for (var day = 0; day < context.Days; day++)
            {
                Shortfall? open = null;
                for (var slotOfDay = 0; slotOfDay <= SlotGrid.SlotsPerDay; slotOfDay++)
                {
                    var current = slotOfDay < SlotGrid.SlotsPerDay ? Reported(context, group, day * SlotGrid.SlotsPerDay + slotOfDay) : null;
                    if (open is { } run && (current is null || current.Value.Missing != run.Missing || current.Value.Required != run.Required))
                    {
                        yield return Describe(group, day, run, slotOfDay);
                        open = null;
                    }
                    if (current is { } shortfall && open is null)
                        open = shortfall with { FirstSlot = slotOfDay };
                }
            }
        }

        static Breach Describe(CoverageGroup group, int day, Shortfall run, int endSlot)
        {
            var from = new ClockTime(run.FirstSlot * SlotGrid.SlotMinutes);
            var to = new ClockTime(endSlot * SlotGrid.SlotMinutes);
            var who = string.Join("/", group.Demanded.Select(competence => competence.Code()));
            return new Breach(RuleId.CompetenceMinimum, null, day, null,
                $"mangler {run.Missing} {who} {from}–{to} {DayNames.Describe(day)}: krav minst {run.Required}, på vakt {run.Required - run.Missing}");
        }
    }

    /// <summary>The group's shortfall in a slot, unless a smaller group inside it misses at least as many.</summary>
    private static Shortfall? Reported(CheckContext context, CoverageGroup group, int rotationSlot)
    {
        if (ShortfallAt(context, group, rotationSlot) is not { } shortfall)
            return null;
        var explained = CompetenceCoverage.Groups
            .Where(smaller => smaller != group && smaller.Demanded.All(group.Includes))
            .Any(smaller => ShortfallAt(context, smaller, rotationSlot) is { } inner && inner.Missing >= shortfall.Missing);
        return explained ? null : shortfall;
    }

    private static Shortfall? ShortfallAt(CheckContext context, CoverageGroup group, int rotationSlot)
    {
        var weekSlot = Checking.CoverageGrid.WeekSlot(rotationSlot);
        int requiredAwake = 0, requiredAll = 0, awake = 0, all = 0;
        foreach (var competence in CompetenceCodes.All)
        {
            if (group.Includes(competence))
            {
                requiredAwake += context.Demand.Required(weekSlot, competence);
                requiredAll += context.Demand.Required(weekSlot, competence) + context.Demand.Sleeping(weekSlot, competence);
            }
            if (group.IsServedBy(competence))
            {
                awake += context.Coverage.Awake(rotationSlot, competence);
                all += context.Coverage.Awake(rotationSlot, competence) + context.Coverage.Sleeping(rotationSlot, competence);
            }
        }
        var missingAwake = requiredAwake - awake;
        var missingAll = requiredAll - all;
        if (missingAwake <= 0 && missingAll <= 0)
            return null;
        return missingAwake >= missingAll
            ? new Shortfall(0, missingAwake, requiredAwake)
            : new Shortfall(0, missingAll, requiredAll);
    }

    private readonly record struct Shortfall(int FirstSlot, int Missing, int Required);
}
