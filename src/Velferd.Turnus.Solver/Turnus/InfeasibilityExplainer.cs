using System.Diagnostics;
using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Turnus;

/// <summary>
/// Explains an infeasible unit: rebuilds the model with every hard rule under its own enforcement literal
/// (<see cref="RuleGuards"/>), assumes them all, and asks CP-SAT for a set of assumptions that cannot hold
/// together. Then shrinks that set by trying to leave each rule out, as far as the time budget allows.
/// </summary>
public static class InfeasibilityExplainer
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(3);

    public static InfeasibilityExplanation? Explain(Unit unit, StaffingCurve demand, PlanOptions options, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var guards = new RuleGuards(enabled: true);
        var model = TurnusModel.Build(unit, demand, options, guards).Model;
        model.Model.Objective = null;

        if (Probe(model, guards.All.Select(guard => guard.Literal).ToList(), Budget, cancellation) is not { Core: { } core })
            return null;
        var minimal = true;
        foreach (var literal in core.ToList())
        {
            var remaining = Budget - clock.Elapsed;
            if (remaining <= TimeSpan.Zero || cancellation.IsCancellationRequested)
            {
                minimal = false;
                break;
            }
            if (core.All(other => other.GetIndex() != literal.GetIndex()))
                continue;
            var without = core.Where(other => other.GetIndex() != literal.GetIndex()).ToList();
            var probe = Probe(model, without, remaining < ProbeLimit ? remaining : ProbeLimit, cancellation);
            if (probe.Core is { } smaller)
                core = smaller; // still infeasible without this rule: it is not needed
            else if (probe.Status != CpSolverStatus.Feasible && probe.Status != CpSolverStatus.Optimal)
                minimal = false; // undecided in time: keep the rule, but promise no minimality
        }

        var rules = core.Select(literal => guards.Find(literal.GetIndex())!)
            .Select(guard => new ConflictingRule(guard.Rule, guard.PersonId, guard.Day, guard.Description))
            .OrderBy(rule => rule.Rule).ThenBy(rule => rule.PersonId).ThenBy(rule => rule.Day)
            .ToList();
        return new InfeasibilityExplanation(rules, minimal, Summarize(rules));
    }

    /// <summary>Solves under the assumptions; when infeasible, also the subset CP-SAT names as the reason.</summary>
    private static (CpSolverStatus Status, List<BoolVar>? Core) Probe(CpModel model, IReadOnlyList<BoolVar> assumed, TimeSpan limit, CancellationToken cancellation)
    {
        var status = SolveWith(model, assumed, limit, cancellation, out var solver);
        if (status != CpSolverStatus.Infeasible)
            return (status, null);
        var named = solver.SufficientAssumptionsForInfeasibility().ToHashSet();
        return (status, assumed.Where(literal => named.Contains(literal.GetIndex())).ToList());
    }

    private static CpSolverStatus SolveWith(CpModel model, IReadOnlyList<BoolVar> assumed, TimeSpan limit, CancellationToken cancellation, out CpSolver solver)
    {
        model.ClearAssumptions();
        model.AddAssumptions(assumed);
        solver = new CpSolver { StringParameters = $"num_workers:1 max_time_in_seconds:{Math.Max(0.1, limit.TotalSeconds):0.###}" };
        var stopper = solver;
        using var stop = cancellation.Register(() => stopper.StopSearch());
        return solver.Solve(model);
    }

    private static string Summarize(IReadOnlyList<ConflictingRule> rules) =>
        rules.Count == 0
            ? "Turnusen kan ikke legges, men løseren kunne ikke peke ut hvilke regler som står mot hverandre innen tidsgrensen."
            : $"Turnusen kan ikke legges: disse {rules.Count} kravene kan ikke oppfylles samtidig. Løs opp ett av dem " +
              "(flere ansatte eller annen kompetanse, andre vakter, endret stillingsstørrelse eller avtale):\n" +
              string.Join("\n", rules.Select(rule => $"  - {rule.RuleName}: {rule.Description} ({rule.Reference})"));
}
