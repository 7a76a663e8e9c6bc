namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// People whose rotations are priced alike: the same competence, contract, position range and preferences, and no
/// personal days off or wishes. One pricer serves the whole group, and the master chooses <see cref="Count"/> rotations for it.
/// </summary>
internal sealed record PricingGroup(int Index, IReadOnlyList<PlannedPerson> Members)
{
    public PlannedPerson Representative => Members[0];

    public int Count => Members.Count;

    public static IReadOnlyList<PricingGroup> Of(IReadOnlyList<PlannedPerson> people) =>
        people.GroupBy(Signature).Select((members, index) => new PricingGroup(index, members.ToList())).ToList();

    private static string Signature(PlannedPerson person)
    {
        var employee = person.Employee;
        if (employee.Unavailable.Count > 0 || employee.Wishes.Count > 0)
            return $"own:{person.Index}"; // personal days and wishes make a pricing problem of its own
        return string.Join('|', employee.Competence, employee.Stillingsprosent, employee.DesiredStillingsprosent, employee.Helgefrekvens, employee.Night,
            employee.AcceptsLongShifts, person.IsVacancy, person.MinPercent, person.MaxPercent);
    }
}
