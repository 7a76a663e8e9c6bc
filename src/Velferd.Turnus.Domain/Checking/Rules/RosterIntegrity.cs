namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>The plan itself must make sense: known people and shifts, one shift a day, days inside the rotation.</summary>
public sealed class RosterIntegrity : IHardRule
{
    public RuleId Id => RuleId.RosterIntegrity;

    public IEnumerable<Breach> Check(CheckContext context) =>
        context.Roster.Problems.Select(problem => new Breach(Id, null, null, null, problem));
}
