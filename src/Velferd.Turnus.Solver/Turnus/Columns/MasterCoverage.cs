using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;
using Velferd.Turnus.Solver.Turnus.Rules;
using Velferd.Turnus.Solver.Turnus.Soft;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// The coverage side of the rotation decomposition: exactly what the turnus model posts on the counts per (day, shift,
/// competence) — the required minimum, vikar for shortfalls with their rounding cuts, overcover and supplements — as a
/// CP-SAT model whose LP relaxation both the master (counts tied to rotations) and the Lagrangian (counts priced) use.
/// </summary>
internal sealed class MasterCoverage
{
    private readonly int?[,,] countVariable;

    public MasterCoverage(Unit unit, StaffingCurve demand, PlanOptions options)
    {
        var context = new TurnusModelContext(unit, demand, options, RuleGuards.Off);
        var coverage = new CoverageSegments(context, countPeople: false);
        CompetenceMinimum.Add(context, coverage);
        Soft.Coverage.Add(context, coverage);
        Supplements.Add(context, coverage);
        context.Objective.Minimize(context.Model);
        Model = context.Model.Model;
        Days = context.Days;
        Shifts = context.Shifts.Count;
        countVariable = new int?[Days, Shifts, CompetenceCodes.All.Count];
        for (var day = 0; day < Days; day++)
            for (var s = 0; s < Shifts; s++)
                foreach (var competence in CompetenceCodes.All)
                    countVariable[day, s, (int)competence] = coverage.OnShift(day, s, competence)?.GetIndex();
    }

    /// <summary>
    /// The model's LP relaxation, to be solved again and again (by the master with rotations added, by the Lagrangian with
    /// prices changed). GLOP's primal simplex stalled for minutes on the degenerate masters of home care and the nursing
    /// home; the dual simplex re-solves them in 0.5–2.5 s (measured on home care, rounds 1–8).
    /// </summary>
    public LpModel Relaxation()
    {
        var lp = LpRelaxation.Build(Model);
        if (lp.Scale != 1)
            throw new InvalidOperationException("the coverage side must be in øre, as rotation costs and prices are");
        lp.Solver.SetSolverSpecificParametersAsString("use_dual_simplex:true");
        return lp;
    }

    /// <summary>The model, in øre.</summary>
    public CpModelProto Model { get; }

    public int Days { get; }

    public int Shifts { get; }

    /// <summary>Every (day, shift, competence) somebody can work, with its count variable.</summary>
    public IEnumerable<(int Day, int Shift, int Competence, int Variable)> Counts()
    {
        for (var day = 0; day < Days; day++)
            for (var s = 0; s < Shifts; s++)
                for (var c = 0; c < countVariable.GetLength(2); c++)
                    if (countVariable[day, s, c] is { } variable)
                        yield return (day, s, c, variable);
    }
}
