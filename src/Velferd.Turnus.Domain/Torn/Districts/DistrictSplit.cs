using Velferd.Turnus.Domain.Demand;

namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// The outcome of a district TØRN solve: each unit's split alone and its reduced demand with the fagteam, where
/// the fagteam is and what it does, and the fagteam's own demand curve.
/// </summary>
public sealed record DistrictSplit(
    District District,
    IReadOnlyList<DistrictUnitSplit> Units,
    FagteamSchedule Schedule,
    IReadOnlyList<FagteamTaskWork> Work,
    StaffingCurve FagteamCurve)
{
    public IReadOnlyDictionary<string, TaskSplitInput> Inputs => Units.ToDictionary(unit => unit.Unit.Unit.Id, unit => unit.Input);

    public IReadOnlyList<string> Check() => DistrictSplitChecker.Check(this);
}

/// <summary>
/// One unit of the district: its split alone (<see cref="Alone"/>) and, with the fagteam, the task minutes the
/// fagteam took from its nurses (<see cref="TakenByFagteam"/>) and the curve it is planned on (<see cref="SharedCurve"/>).
/// </summary>
public sealed record DistrictUnitSplit(
    DistrictUnit Unit,
    TaskSplitInput Input,
    TaskAllocation Alone,
    TaskAllocation TakenByFagteam,
    StaffingCurve AloneCurve,
    StaffingCurve SharedCurve);
