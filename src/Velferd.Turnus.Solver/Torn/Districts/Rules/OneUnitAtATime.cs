using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Torn.Districts.Rules;

/// <summary>Twin of the checker's places check: a member is at one unit at a time, and only while on duty.</summary>
internal static class OneUnitAtATime
{
    public static void Add(DistrictContext context)
    {
        for (var member = 0; member < context.Members; member++)
            foreach (var slot in context.Coverable)
            {
                var places = Enumerable.Range(0, context.Units.Count).Select(unit => context.At(member, slot, unit)).OfType<BoolVar>().ToList();
                if (places.Count > 0)
                    context.Model.Add(LinearExpr.Sum(places) <= context.OnDuty(member, slot));
            }
    }
}
