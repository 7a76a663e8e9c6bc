using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Domain.Torn.Catalogues;

/// <summary>
/// The TØRN task catalogue a unit is split with: its own <c>tasks</c> when the file gives any (they replace
/// the default completely), otherwise the default catalogue of its kind (docs/torn.md).
/// </summary>
public static class TaskCatalogues
{
    public static IReadOnlyList<CareTask> Default(UnitKind kind) => kind switch
    {
        UnitKind.Sykehjemsavdeling => SykehjemTasks.All,
        UnitKind.Hjemmetjenestesone => HjemmetjenesteTasks.All,
        _ => BofellesskapTasks.All,
    };

    public static IReadOnlyList<CareTask> For(Unit unit) => unit.Tasks.Count > 0 ? unit.Tasks : Default(unit.Kind);

    public static bool IsDefault(Unit unit) => unit.Tasks.Count == 0;
}
