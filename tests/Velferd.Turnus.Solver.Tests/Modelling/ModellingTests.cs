using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus;

namespace Velferd.Turnus.Solver.Tests.Modelling;

public sealed class ModellingTests
{
    [Fact]
    public void Parameter_text_is_validated_and_later_values_win()
    {
        var merged = SatParameterText.Merge("num_workers:2 max_time_in_seconds:5", "num_workers:1 subsolvers:\"max_lp\" subsolvers:\"core\"");

        Assert.Equal("num_workers:1 max_time_in_seconds:5 subsolvers:\"max_lp\" subsolvers:\"core\"", merged);
        Assert.Throws<ArgumentException>(() => SatParameterText.Merge("no_such_parameter:1"));
        Assert.Throws<ArgumentException>(() => SatParameterText.Merge("num_workers:two"));
        Assert.Throws<ArgumentException>(() => SatParameterText.Merge("search_branching:NOT_A_STRATEGY"));
    }

    [Fact]
    public void The_runner_reports_every_improvement_and_the_proof()
    {
        var model = new CpModel();
        var x = Enumerable.Range(0, 12).Select(i => model.NewBoolVar($"x{i}")).ToArray();
        model.Add(LinearExpr.WeightedSum(x, Enumerable.Range(1, 12)) >= 40);
        model.Minimize(LinearExpr.Sum(x));
        var progress = new List<SolveProgress>();

        var report = new CpSatRunner().Solve(model, new SolveOptions(TimeSpan.FromSeconds(30), 2), progress.Add);

        Assert.Equal(SolveStatus.Optimal, report.Status);
        Assert.Equal(4, report.Objective);
        Assert.Equal(0, report.Gap);
        Assert.Equal(report.ImprovingSolutions, progress.Count);
        Assert.Equal(progress[^1].Objective, report.Objective);
        Assert.True(report.TimeToFirstSolution <= report.TimeToBest);
        Assert.Equal(4, x.Count(v => report.Values.BooleanValue(v)));
    }

    [Fact]
    public void A_solve_kept_for_its_bound_reports_each_rise_and_stops_once_the_bound_stalls()
    {
        // Vertex cover of a random graph: the LP says half the vertices, cuts raise that a little, and then the bound
        // stands far below the best cover for much longer than the search is allowed to wait.
        var random = new Random(7);
        var model = new CpModel();
        var cover = Enumerable.Range(0, 300).Select(i => model.NewBoolVar($"v{i}")).ToArray();
        for (var i = 0; i < cover.Length; i++)
            for (var j = i + 1; j < cover.Length; j++)
                if (random.NextDouble() < 0.1)
                    model.AddBoolOr([cover[i], cover[j]]);
        model.Minimize(LinearExpr.Sum(cover));
        var limit = TimeSpan.FromSeconds(120);

        var bounds = new List<double>();

        var report = new CpSatRunner().Solve(model.Model, new SolveOptions(limit, 1, Seed: 1, StopWhenBoundStalls: TimeSpan.FromSeconds(1)),
            onBound: bound => { lock (bounds) bounds.Add(bound); });

        Assert.Equal(SolveStatus.Feasible, report.Status);
        Assert.True(report.BestBound < report.Objective);
        Assert.True(report.WallTime < limit, $"ran to its {limit} limit instead of stopping when the bound stalled");
        // Every rise was passed on as it happened, in order, and none beyond the final bound.
        Assert.NotEmpty(bounds);
        Assert.Equal(bounds.Order(), bounds);
        Assert.True(bounds[^1] <= report.BestBound);
    }

    [Fact]
    public void A_solve_kept_for_its_bound_is_not_stopped_before_its_first_bound()
    {
        // The turnus model of a sample presolves for well over the watch's 0.25 s check interval before CP-SAT reports any
        // bound. Counting the wait from the start stopped such a solve empty-handed (the aggregate bound of home care was
        // 0 instead of 803 k); counted from the first bound, the solve has a bound to give.
        var unit = SampleUnits.Read("bofellesskap-psykisk-helse.json");
        var model = TurnusModel.Build(unit, DemandEngine.Build(unit), new PlanOptions());
        var bounds = 0;

        var report = new CpSatRunner().Solve(model.Model.Model,
            new SolveOptions(TimeSpan.FromSeconds(120), 1, Seed: 1, StopWhenBoundStalls: TimeSpan.FromMilliseconds(1)),
            onBound: _ => Interlocked.Increment(ref bounds));

        Assert.True(bounds >= 1, "stopped before CP-SAT reported any bound");
        Assert.True(report.WallTime < TimeSpan.FromSeconds(120), "ran to its limit instead of stopping once the bound stalled");
    }

    [Fact]
    public void Any_of_is_true_exactly_when_one_literal_is()
    {
        var model = new CpModel();
        var a = model.NewBoolVar("a");
        var b = model.NewBoolVar("b");
        var any = Indicators.AnyOf(model, [a, b], "any");
        model.Add(a.AsExpr() == 0);
        model.Add(b.AsExpr() == 0);
        model.Maximize(any.AsExpr());

        var report = new CpSatRunner().Solve(model, new SolveOptions(TimeSpan.FromSeconds(10), 1));

        Assert.Equal(0, report.Objective);
    }

    [Fact]
    public void Lexicographic_order_keeps_one_of_each_pair_of_swapped_rows()
    {
        // Two rows of three literals: of the 64 assignments, 36 have first >=lex second.
        var model = new CpModel();
        var first = Enumerable.Range(0, 3).Select(i => (ILiteral)model.NewBoolVar($"a{i}")).ToList();
        var second = Enumerable.Range(0, 3).Select(i => (ILiteral)model.NewBoolVar($"b{i}")).ToList();
        Symmetry.AddLexGreaterOrEqual(model, first, second);

        var accepted = 0;
        for (var bits = 0; bits < 64; bits++)
        {
            var fixedModel = model.Model.Clone();
            var all = first.Concat(second).ToList();
            for (var i = 0; i < 6; i++)
            {
                var domain = fixedModel.Variables[all[i].GetIndex()].Domain;
                domain.Clear();
                domain.Add(bits >> i & 1);
                domain.Add(bits >> i & 1);
            }
            if (new CpSatRunner().Solve(fixedModel, new SolveOptions(TimeSpan.FromSeconds(5), 1)).HasSolution) accepted++;
        }
        Assert.Equal(36, accepted);
    }

    [Fact]
    public void The_lp_relaxation_of_a_small_model_is_its_fractional_optimum()
    {
        var (model, _, y, z) = SmallModel(0);

        var lp = LpRelaxation.Solve(model.Model, TimeSpan.FromSeconds(5));

        Assert.True(lp.IsOptimal);
        Assert.Equal(1.5, lp.Objective, 6);
        Assert.Equal(0.5, lp.Values[z.GetIndex()], 6);
        Assert.Equal(0.5, lp.Values[y.GetIndex()], 6);
    }

    [Fact]
    public void Copies_of_a_model_appended_to_an_lp_relax_to_that_multiple_of_it()
    {
        // Three copies summed: three times the cost with its constant, and each column three times the single model's
        // value (the clause's negated literal becomes 3 − z over the copies).
        var (model, _, y, z) = SmallModel(7);
        using var solver = Google.OrTools.LinearSolver.Solver.CreateSolver("GLOP")!;

        var (variables, offset) = LpRelaxation.Append(solver, model.Model, 3);
        solver.Objective().SetMinimization();

        Assert.Equal(Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL, solver.Solve());
        Assert.Equal(3 * (1.5 + 7), solver.Objective().Value() + offset, 6);
        Assert.Equal(1.5, variables[z.GetIndex()].SolutionValue(), 6);
        Assert.Equal(1.5, variables[y.GetIndex()].SolutionValue(), 6);
    }

    /// <summary>
    /// Clause x ∨ y ∨ ¬z, at most one of x, y, and x + y + z ≥ 1, minimising 3x + 2y + z + constant: the integer
    /// optimum is 2 (y alone) but the LP halves y and z: x + y ≥ max(z, 1 − z) at z = 1/2 costs 1.5.
    /// </summary>
    private static (CpModel Model, BoolVar X, BoolVar Y, BoolVar Z) SmallModel(long constant)
    {
        var model = new CpModel();
        var x = model.NewBoolVar("x");
        var y = model.NewBoolVar("y");
        var z = model.NewBoolVar("z");
        model.AddBoolOr([x, y, z.Not()]);
        model.AddAtMostOne([x, y]);
        model.Add(LinearExpr.Sum([x, y, z]) >= 1);
        model.Minimize(LinearExpr.WeightedSum([x, y, z], [3, 2, 1]) + constant);
        return (model, x, y, z);
    }

    [Fact]
    public void Soft_target_pays_shortfall_and_excess_by_their_weights()
    {
        var model = new CpModel();
        var objective = new ObjectiveBuilder();
        var staff = Enumerable.Range(0, 5).Select(i => model.NewBoolVar($"s{i}")).ToArray();
        model.Add(LinearExpr.Sum(staff) == 1);
        SoftConstraints.AddTarget(model, objective, "cover", LinearExpr.Sum(staff), 3, 0, 5, 100, 1, "c");
        objective.Minimize(model);

        var report = new CpSatRunner().Solve(model, new SolveOptions(TimeSpan.FromSeconds(5), 1));

        Assert.Equal(200, report.Objective);
    }
}
