using Velferd.Turnus.Domain.Checking;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Solver.Tests.Turnus;

/// <summary>
/// samples/overconstrained/sykepleier-mangler.json: a nurse is required on the day shift (07:00–14:00, 7 h) every
/// weekday, but the only nurse has 60 % of 35.5 h = 21.3 h a week (± 0.5 h), room for three of the five days. The
/// answer is the conflict in the users' terms: her position and the nurse minimum on four days.
/// </summary>
public sealed class OverconstrainedTests
{
    [Fact]
    public void A_unit_that_cannot_be_planned_gets_the_conflicting_rules()
    {
        var unit = UnitFileReader.ReadFile(RepositoryRoot.File("samples", "overconstrained", "sykepleier-mangler.json")).Unit!;

        var result = TurnusSolver.Solve(unit, new PlanOptions { TimeLimit = TimeSpan.FromSeconds(20), Workers = 2, Seed = 1 });

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Null(result.Plan);
        var explanation = Assert.IsType<InfeasibilityExplanation>(result.Explanation);
        Assert.True(explanation.IsMinimal);
        var contract = Assert.Single(explanation.Rules, rule => rule.Rule == RuleId.ContractedHours);
        Assert.Equal(("s1", "stillingsstørrelse for s1 (60 %)"), (contract.PersonId, contract.Description));
        // Any four of the five weekdays are more than the position holds; three are not, so the minimal set has four.
        var minimum = explanation.Rules.Where(rule => rule.Rule == RuleId.CompetenceMinimum).ToList();
        Assert.Equal(4, minimum.Count);
        Assert.All(minimum, rule => Assert.Matches(@"^minst 1 SPL 07:00–14:00 (mandag|tirsdag|onsdag|torsdag|fredag) uke 1$", rule.Description));
        Assert.Equal(5, explanation.Rules.Count);
        Assert.Contains("Avtalt stillingsstørrelse: stillingsstørrelse for s1 (60 %) (Arbeidsavtalen; KS HTA §4)", explanation.Summary);
        Assert.Contains("Minstebemanning og kompetanse: minst 1 SPL 07:00–14:00", explanation.Summary);
    }
}
