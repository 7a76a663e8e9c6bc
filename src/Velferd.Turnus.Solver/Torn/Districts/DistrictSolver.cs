using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Torn.Districts;

/// <summary>
/// Solves a district: first every unit's own split, then where the shared fagteam is and what it does, so each
/// unit's nurse demand falls; decodes the fagteam's schedule and demand curve and each unit's reduced curve, and
/// re-checks them with the independent checkers. Pure CPU work: call it off any request or grain thread.
/// </summary>
public static class DistrictSolver
{
    public static DistrictResult Solve(District district, TornOptions options, CancellationToken cancellation = default)
    {
        var alone = district.Units.Select(unit => TaskSplitSolver.Solve(unit.Unit, options, cancellation)).ToList();
        return Solve(district, alone, options, cancellation);
    }

    /// <param name="alone">Each unit's own split, in the district's unit order.</param>
    public static DistrictResult Solve(District district, IReadOnlyList<TaskSplitResult> alone, TornOptions options, CancellationToken cancellation = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (alone.Any(result => !result.HasSplit))
            return new DistrictResult(SolveStatus.Unknown, null, 0, clock.Elapsed, null, alone, null, null, ["en enhet fikk ingen TØRN-fordeling innen tidsgrensen"]);
        var units = district.Units.Select((unit, i) => new DistrictUnitAlone(unit, alone[i], district.Fagteam.Competence)).ToList();
        var model = DistrictModel.Build(district, units, options);
        var solveOptions = new SolveOptions(options.TimeLimit, Math.Max(1, options.Workers), options.Seed, options.GapTarget,
            LogSearch: options.SearchLog is not null, ExtraParameters: options.ExtraSolverParameters);
        var report = new CpSatRunner(options.SearchLog).Solve(model.Context.Model, solveOptions, cancellation: cancellation);
        if (!report.HasSolution)
            return new DistrictResult(report.Status, null, report.BestBound / 100, clock.Elapsed, null, alone, null, null, []);

        var split = DistrictDecoder.Decode(model.Context, report.Values);
        return new DistrictResult(report.Status, report.Objective / 100, report.BestBound / 100, clock.Elapsed, report.TimeToBest, alone, split, DistrictFigures.Of(split), split.Check());
    }
}
