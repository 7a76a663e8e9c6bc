using Google.OrTools.Sat;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Tests.Modelling;

/// <summary>
/// Every 0/1 sequence of seven days is accepted by the sequence rules exactly when the direct
/// oracle accepts it, for each kind of horizon end.
/// </summary>
public sealed class SequencesTests
{
    private const int Days = 7;

    public static TheoryData<string> Ends() => ["inactive", "active", "open", "mixed", "cyclic"];

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    public void Max_run(int maxRun, bool cyclic) =>
        AssertSameAsOracle((model, days) => Sequences.AddMaxRun(model, days, maxRun, cyclic), days => SequenceOracle.MaxRunHolds(days, maxRun, cyclic));

    [Theory]
    [MemberData(nameof(Ends))]
    public void Min_run_as_clauses(string endsName)
    {
        var ends = Parse(endsName);
        AssertSameAsOracle((model, days) => Sequences.AddMinRun(model, days, 3, ends), days => SequenceOracle.MinRunHolds(days, 3, ends));
    }

    [Theory]
    [MemberData(nameof(Ends))]
    public void Min_runs_of_both_kinds_as_transitions(string endsName)
    {
        var ends = Parse(endsName);
        AssertSameAsOracle(
            (model, days) => Sequences.AddMinRuns(model, days, 2, 3, ends),
            days => SequenceOracle.MinRunHolds(days, 2, ends) && SequenceOracle.MinRunHolds(days, 3, ends, active: false));
    }

    private static SequenceEnds Parse(string name) => name switch
    {
        "inactive" => SequenceEnds.InactiveOutside,
        "active" => SequenceEnds.ActiveOutside,
        "open" => SequenceEnds.Open,
        "mixed" => new SequenceEnds(Outside.Inactive, Outside.Unknown),
        _ => SequenceEnds.Wrapping,
    };

    private static void AssertSameAsOracle(Action<CpModel, IReadOnlyList<ILiteral>> addRule, Func<bool[], bool> oracle)
    {
        var model = new CpModel();
        var days = Enumerable.Range(0, Days).Select(d => (ILiteral)model.NewBoolVar($"d{d}")).ToList();
        addRule(model, days);
        var runner = new CpSatRunner();
        foreach (var sequence in SequenceOracle.AllSequences(Days))
        {
            var fixedModel = model.Model.Clone();
            for (var d = 0; d < Days; d++)
            {
                var domain = fixedModel.Variables[days[d].GetIndex()].Domain;
                domain.Clear();
                domain.Add(sequence[d] ? 1 : 0);
                domain.Add(sequence[d] ? 1 : 0);
            }
            var report = runner.Solve(fixedModel, new SolveOptions(TimeSpan.FromSeconds(10), 1));
            var expected = oracle(sequence);
            Assert.True(expected == report.HasSolution,
                $"{string.Concat(sequence.Select(b => b ? '1' : '0'))}: oracle {(expected ? "accepts" : "rejects")}, model {report.Status}");
        }
    }
}
