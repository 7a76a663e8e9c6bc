using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Torn.Districts.Rules;
using Velferd.Turnus.Solver.Torn.Districts.Soft;

namespace Velferd.Turnus.Solver.Torn.Districts;

/// <summary>
/// The CP-SAT model of a district sharing a fagteam. The calls read as its contract: members work whole shifts
/// within the team's size and rest; each is at one unit at a time and only on duty; moving between units takes
/// the travel time; the fagteam's task work fits its time at each unit and the nurse minutes each unit has; then
/// the fagteam's wage against the base staffing and nurse minutes it saves the units.
/// </summary>
public sealed class DistrictModel
{
    private DistrictModel(DistrictContext context) => Context = context;

    public DistrictContext Context { get; }

    public static DistrictModel Build(District district, IReadOnlyList<DistrictUnitAlone> units, TornOptions options)
    {
        var context = new DistrictContext(district, units, options);

        FagteamShifts.Add(context);
        OneUnitAtATime.Add(context);
        TravelTime.Add(context);
        FagteamWork.Add(context);

        FagteamCosts.Add(context);

        context.Objective.Minimize(context.Model);
        DistrictHint.Apply(context);
        return new DistrictModel(context);
    }
}
