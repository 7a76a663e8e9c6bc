using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Torn;
using Velferd.Turnus.Domain.Torn.Catalogues;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Cli.Output;

/// <summary>Words and numbers of the TØRN reports, shared by the terminal and the HTML report.</summary>
internal static class TornText
{
    public static string Money(double kroner) => NorwegianFormat.Decimal(kroner, "#,##0");

    public static string Minutes(double minutes) => NorwegianFormat.Decimal(minutes, "#,##0");

    public static string Percent(double share) => NorwegianFormat.Decimal(share * 100, "0") + " %";

    public static string Signed(double hours) => Math.Abs(hours) < 0.05 ? "0,0" : (hours > 0 ? "+" : "") + NorwegianFormat.Hours(hours);

    /// <summary>Hours per week as full-time equivalents (årsverk) of the unit's full-time week.</summary>
    public static string Arsverk(double hours, double fullTimeHours) => NorwegianFormat.Decimal(hours / fullTimeHours, "0.0");

    /// <summary>"120 → 0", "· " when neither, "–" when the performer may not do the task.</summary>
    public static string Move(TaskFigures task, Performer performer)
    {
        if (!TaskPermissions.Permits(task.Task, performer))
            return "–";
        var before = task.MinutesBefore[performer];
        var after = task.MinutesAfter[performer];
        if (before < 0.5 && after < 0.5)
            return "·";
        return Math.Abs(before - after) < 0.5 ? Minutes(after) : $"{Minutes(before)} → {Minutes(after)}";
    }

    public static string Catalogue(Unit unit)
    {
        var tasks = TaskCatalogues.For(unit).Count;
        return TaskCatalogues.IsDefault(unit)
            ? $"standardkatalogen for {unit.Kind.Code()} ({tasks} oppgaver; egen katalog: \"tasks\" i enhetsfilen, se turnus torn --catalogue)"
            : $"enhetens egen katalog ({tasks} oppgaver)";
    }

    public static string Status(SolveStatus status, double? gap) => status switch
    {
        SolveStatus.Optimal => "optimal" + (gap is > 1e-6 ? $" innen {NorwegianFormat.Decimal(gap.Value * 100, "0.0")} %" : ""),
        // A large gap here says more about CP-SAT's bound on two workers than about the solution, so only a small one is shown.
        SolveStatus.Feasible => "god løsning, ikke bevist optimal innen tidsgrensen" + (gap is < 0.05 and { } g ? $" (gap {NorwegianFormat.Decimal(g * 100, "0.0")} %)" : ""),
        _ => SolveText.Status(status),
    };

    public static string CompetenceName(Competence competence) => $"{competence.Code()} {competence.NorwegianName()}";
}
