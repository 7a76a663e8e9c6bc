using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Torn;

namespace Velferd.Turnus.Solver.Torn.Districts.Soft;

/// <summary>
/// What the fagteam costs and saves, in øre per week: its shifts at the wage of its competence (default cost
/// profile); the units' replaced base staffing, saved in every slot a member is on duty; the units' nurse task
/// minutes the fagteam takes, saved at the units' nurse wage; and a small price per slot at a unit, so members are placed only where they work.
/// </summary>
internal static class FagteamCosts
{
    public const string Wage = "fagteam-lonn";
    public const string BaseSaved = "grunnbemanning-erstattet";
    public const string TasksSaved = "oppgaver-tatt";
    public const string Presence = "tilstede";

    public static void Add(DistrictContext context)
    {
        var fagteam = context.District.Fagteam;
        var hourly = CostProfiles.Default.HourlyEmployerCost(fagteam.Competence, RuleSet.Default.FullTimeHoursPerWeek);
        for (var member = 0; member < context.Members; member++)
            foreach (var shift in context.Shifts)
                context.Objective.AddLiteral(Wage, context.Works(member, shift.Index), DistrictContext.Ore(shift.PaidHours * hourly));
        ReplacedBase(context);
        foreach (var (unit, _, task, minutes) in context.AllWork())
        {
            var alone = context.Units[unit];
            var perMinute = TornCost.HourlyWage(alone.Input.Unit, fagteam.Competence) * alone.Input.Uplift(task) / 60;
            context.Objective.Add(TasksSaved, minutes, -DistrictContext.Ore(perMinute));
        }
        PresenceAtUnits(context);
    }

    /// <summary>In each slot, any member on duty replaces the units' replaced base staffing there.</summary>
    private static void ReplacedBase(DistrictContext context)
    {
        foreach (var slot in context.Coverable)
        {
            var saving = context.Units.Sum(unit => unit.ReplacedWagePerSlot(slot));
            if (saving <= 0)
                continue;
            var anyOnDuty = context.Model.NewBoolVar($"tilgjengelig_{slot}");
            context.Model.Add(LinearExpr.Sum(Enumerable.Range(0, context.Members).Select(member => context.OnDuty(member, slot))) >= anyOnDuty);
            context.Objective.AddLiteral(BaseSaved, anyOnDuty, -DistrictContext.Ore(saving));
        }
    }

    /// <summary>A member at a unit is there to work: each slot there costs a little, so visits last as long as the work.</summary>
    private static void PresenceAtUnits(DistrictContext context)
    {
        var weight = DistrictContext.Ore(context.Options.Weights.FagteamPresencePerSlot);
        for (var member = 0; member < context.Members; member++)
            foreach (var slot in context.Coverable)
                for (var unit = 0; unit < context.Units.Count; unit++)
                    if (context.At(member, slot, unit) is { } here)
                        context.Objective.AddLiteral(Presence, here, weight);
    }
}
