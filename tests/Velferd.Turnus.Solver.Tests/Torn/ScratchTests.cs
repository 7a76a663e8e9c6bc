using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Solver.Torn;
using Xunit.Abstractions;

namespace Velferd.Turnus.Solver.Tests.Torn;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("")]
    [InlineData("linearization_level:2")]
    [InlineData("linearization_level:2 symmetry_level:0")]
    public void Params(string extra)
    {
        var result = TaskSplitSolver.Solve(SampleUnits.Read("sykehjem-avdeling-20.json"), new TornOptions { TimeLimit = TimeSpan.FromSeconds(20), Workers = 2, ExtraSolverParameters = extra });
        output.WriteLine($"{extra}: {result.Status} {result.WallTime.TotalSeconds:0.0}s best at {result.TimeToBest?.TotalSeconds:0.0} obj {result.ObjectiveNok:0} bound {result.BoundNok:0} gap {result.Gap:0.0000}");
    }

    [Theory]
    [InlineData("bofellesskap-solsiden.json")]
    [InlineData("bofellesskap-psykisk-helse.json")]
    [InlineData("sykehjem-avdeling-20.json")]
    [InlineData("hjemmetjeneste-sone.json")]
    public void Print(string sample)
    {
        var result = TaskSplitSolver.Solve(SampleUnits.Read(sample), new TornOptions { TimeLimit = TimeSpan.FromSeconds(20), Workers = 2 });
        var f = result.Figures!;
        output.WriteLine($"{sample}: {result.Status} {result.WallTime.TotalSeconds:0.0}s obj {result.ObjectiveNok:0} gap {result.Gap:0.0000} segs {result.Input.Segments.Count}");
        var r = f.Reconciliation;
        output.WriteLine($"curve {r.CurveHours:0.0} pool {r.PoolHours:0.0} catalogue {r.CatalogueHours:0.0} explained {r.ExplainedHours:0.0} ({r.ExplainedShare:P0}) beyond {r.BeyondVedtakHours:0.0} presence {r.PresenceHours:0.0}");
        foreach (var c in CompetenceCodes.All)
            output.WriteLine($"{c.Code()} {f.HoursBefore[c]:0.0} -> {f.HoursAfter[c]:0.0}  staff {result.Input.Capacity.StaffHours[c]:0.0}");
        output.WriteLine($"nurse freed {f.NurseHoursFreed:0.0}; cost {f.CostPerWeekBefore:0} -> {f.CostPerWeekAfter:0}; delegated {f.DelegatedHfaHoursAfter:0.0}/{f.DelegatedHfaHoursAvailable:0.0}");
        foreach (var t in f.Tasks)
            output.WriteLine($"  {t.Task.Id,-22} {t.WeeklyMinutes,6} before {string.Join(" ", t.MinutesBefore.Where(p => p.Value > 0.5).Select(p => $"{p.Key.Code()}:{p.Value:0}"))} | after {string.Join(" ", t.MinutesAfter.Where(p => p.Value > 0.5).Select(p => $"{p.Key.Code()}:{p.Value:0}"))}");
        Assert.Empty(result.Breaches);
    }
}
