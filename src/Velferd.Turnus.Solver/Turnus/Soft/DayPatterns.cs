using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>
/// Patterns staff dislike: a lone day off between working days (enkeltfridag), a lone working day
/// (enkeltvakt), and a quick return (rest shorter than quickReturnHours, e.g. kveld–dag).
/// </summary>
internal static class DayPatterns
{
    public static void Add(TurnusModelContext context)
    {
        var model = context.Model;
        var isolatedOff = TurnusModelContext.Ore(context.Weights.IsolatedDayOff);
        var isolatedWork = TurnusModelContext.Ore(context.Weights.IsolatedWorkDay);
        foreach (var person in context.People)
        {
            for (var day = 0; day < context.Days; day++)
            {
                var before = context.Variables.Works(person.Index, day - 1);
                var today = context.Variables.Works(person.Index, day);
                var after = context.Variables.Works(person.Index, day + 1);
                var off = model.NewBoolVar($"lonefree_{person.Id}_{day}");
                model.AddBoolOr([before.Not(), today, after.Not(), off]);
                context.Objective.AddLiteral("enkeltfridager", off, isolatedOff);
                var alone = model.NewBoolVar($"lonework_{person.Id}_{day}");
                model.AddBoolOr([before, today.Not(), after, alone]);
                context.Objective.AddLiteral("enkeltvakter", alone, isolatedWork);
            }
            AddQuickReturns(context, person);
        }
    }

    private static void AddQuickReturns(TurnusModelContext context, PlannedPerson person)
    {
        var limit = (int)Math.Round(context.Rules.QuickReturnHours * 60);
        var price = TurnusModelContext.Ore(context.Weights.QuickReturn);
        foreach (var (day, s, variable) in context.Variables.Of(person.Index))
        {
            var quick = context.Variables.On(person.Index, day + 1)
                .Where(next => Rules.ShiftPairs.Rest(context.Shifts[s], context.Shifts[next.Shift], 1) < limit)
                .Select(next => next.Variable).ToList();
            if (quick.Count == 0)
                continue;
            var penalty = context.Model.NewBoolVar($"quick_{person.Id}_{day}_{context.Shifts[s].Code}");
            context.Model.Add(variable + LinearExpr.Sum(quick) - 1 <= penalty);
            context.Objective.AddLiteral("rask retur", penalty, price);
        }
    }
}
