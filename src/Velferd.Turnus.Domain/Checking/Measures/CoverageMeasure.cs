using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Checking.Measures;

/// <summary>How well the plan covers the desired demand: uncovered and surplus staff-hours, per competence and slot.</summary>
public sealed record CoverageSummary(
    double DemandStaffHours,
    double UncoveredStaffHours,
    double SurplusStaffHours,
    IReadOnlyDictionary<Competence, double> UncoveredByCompetence,
    IReadOnlyList<SlotDeficit> Deficits)
{
    /// <summary>Share of demanded staff-hours that are covered (1 = all).</summary>
    public double CoverageShare => DemandStaffHours <= 0 ? 1 : 1 - UncoveredStaffHours / DemandStaffHours;
}

/// <summary>Uncovered staff in one rotation slot for one competence.</summary>
public sealed record SlotDeficit(int RotationSlot, Competence Competence, double Staff);

public static class CoverageMeasure
{
    /// <summary>
    /// Awake demand is served by awake staff; sleeping presence by whoever is left on site, awake or asleep.
    /// Deficits are per rotation slot, so the same weekday can fare differently in different weeks.
    /// </summary>
    public static CoverageSummary Measure(CheckContext context)
    {
        var competences = CompetenceCodes.All;
        var uncovered = competences.ToDictionary(competence => competence, _ => 0.0);
        var deficits = new List<SlotDeficit>();
        double demandHours = 0, uncoveredHours = 0, surplusHours = 0;
        for (var slot = 0; slot < context.Coverage.SlotCount; slot++)
        {
            var weekSlot = CoverageGrid.WeekSlot(slot);
            var desired = competences.Select(competence => context.Demand.Desired(weekSlot, competence)).ToArray();
            var sleepingNeed = competences.Select(competence => (double)context.Demand.Sleeping(weekSlot, competence)).ToArray();
            var awake = competences.Select(competence => (double)context.Coverage.Awake(slot, competence)).ToArray();
            var sleeping = competences.Select(competence => (double)context.Coverage.Sleeping(slot, competence)).ToArray();

            var (awakeShort, _) = CoverageAllocation.Allocate(desired, awake);
            var (sleepShort, leftover) = CoverageAllocation.Allocate(
                desired.Zip(sleepingNeed, (a, b) => a + b).ToArray(), awake.Zip(sleeping, (a, b) => a + b).ToArray());

            demandHours += (desired.Sum() + sleepingNeed.Sum()) * SlotGrid.SlotHours;
            surplusHours += leftover * SlotGrid.SlotHours;
            foreach (var competence in competences)
            {
                // The sleeping pass serves awake and sleeping demand together; what it lacks beyond the awake shortfall is missing presence.
                var missing = Math.Max(awakeShort[(int)competence], sleepShort[(int)competence]);
                if (missing <= 1e-9)
                    continue;
                uncovered[competence] += missing * SlotGrid.SlotHours;
                uncoveredHours += missing * SlotGrid.SlotHours;
                deficits.Add(new SlotDeficit(slot, competence, missing));
            }
        }
        return new CoverageSummary(demandHours, uncoveredHours, surplusHours, uncovered, deficits);
    }
}
