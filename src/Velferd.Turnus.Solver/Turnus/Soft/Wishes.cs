using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Planning;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus.Soft;

/// <summary>Employees' wishes: each applicable day a wish is not met costs its weight × <see cref="PlanWeights.WishPerWeight"/>.</summary>
internal static class Wishes
{
    public static void Add(TurnusModelContext context)
    {
        foreach (var person in context.People)
        {
            foreach (var wish in person.Employee.Wishes)
            {
                var price = TurnusModelContext.Ore(wish.Weight * context.Weights.WishPerWeight);
                for (var day = 0; day < context.Days; day++)
                {
                    if (!wish.AppliesToDay(RotationCalendar.WeekOf(day), RotationCalendar.WeekdayOf(day)))
                        continue;
                    var matching = Matching(context, person.Index, day, wish);
                    if (wish.Kind == WishKind.Avoid)
                    {
                        foreach (var literal in matching)
                            context.Objective.AddLiteral("ønsker", literal, price);
                    }
                    else
                    {
                        // Unmet when none of the wished shifts is worked: price × (1 − Σ matching).
                        context.Objective.AddConstant(price);
                        foreach (var literal in matching)
                            context.Objective.AddLiteral("ønsker", literal, -price);
                    }
                }
            }
        }
    }

    private static IReadOnlyList<ILiteral> Matching(TurnusModelContext context, int person, int day, ShiftWish wish) =>
        wish.ShiftCode is null
            ? [context.Variables.Works(person, day)]
            : context.Variables.On(person, day).Where(item => context.Shifts[item.Shift].Code == wish.ShiftCode).Select(item => (ILiteral)item.Variable).ToList();
}
