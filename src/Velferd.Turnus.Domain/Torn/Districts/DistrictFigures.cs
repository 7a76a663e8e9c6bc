using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Rules;

namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// What sharing the fagteam does, for the district's TØRN lead: per unit the nurse hours (sykepleier and
/// vernepleier, staff hours per week in the curve) after the vedtak alone, after the unit's own split, and with
/// the fagteam; the fagteam's hours; and the weekly cost alone and shared (<see cref="TornCost"/>; the fagteam
/// priced with the default cost profile).
/// </summary>
public sealed record DistrictFigures(IReadOnlyList<DistrictUnitFigures> Units, double FagteamHours, double FagteamHoursAtUnits, bool FagteamIsNurses, double FagteamCostPerWeek)
{
    public double NurseHoursVedtak => Units.Sum(unit => unit.NurseHoursVedtak);

    public double NurseHoursAlone => Units.Sum(unit => unit.NurseHoursAlone);

    /// <summary>The units' own nurse hours with the fagteam, plus the fagteam's hours when it is a nurse team.</summary>
    public double NurseHoursShared => Units.Sum(unit => unit.NurseHoursShared) + (FagteamIsNurses ? FagteamHours : 0);

    public double NurseHoursSaved => NurseHoursAlone - NurseHoursShared;

    public double CostAlonePerWeek => Units.Sum(unit => unit.CostAlonePerWeek);

    public double CostSharedPerWeek => Units.Sum(unit => unit.CostSharedPerWeek) + FagteamCostPerWeek;

    /// <summary>On-duty hours of the fagteam not spent at a unit: travel and time between visits.</summary>
    public double FagteamTravelHours => FagteamHours - FagteamHoursAtUnits;

    public static DistrictFigures Of(DistrictSplit split)
    {
        var units = split.Units.Select(unit => DistrictUnitFigures.Of(unit, split)).ToList();
        var fagteam = split.District.Fagteam;
        var hours = split.Schedule.OnDutyHours;
        var atUnits = split.District.Units.Sum(unit => split.Schedule.HoursAt(unit.Unit.Id));
        var hourly = CostProfiles.Default.HourlyEmployerCost(fagteam.Competence, RuleSet.Default.FullTimeHoursPerWeek);
        return new DistrictFigures(units, hours, atUnits, fagteam.Competence.IsNurseLevel(), hours * hourly);
    }
}

/// <summary>One unit's nurse hours and cost per week: vedtak curve, split alone, with the fagteam.</summary>
public sealed record DistrictUnitFigures(
    string UnitId,
    string Name,
    double NurseHoursVedtak,
    double NurseHoursAlone,
    double NurseHoursShared,
    double CostAlonePerWeek,
    double CostSharedPerWeek,
    double FagteamHoursThere,
    double FagteamTaskHours)
{
    public static DistrictUnitFigures Of(DistrictUnitSplit unit, DistrictSplit split)
    {
        var input = unit.Input;
        var id = unit.Unit.Unit.Id;
        var taskHours = split.Work.Where(item => item.UnitId == id).Sum(item => item.Minutes * input.Uplift(item.Task)) / 60;
        return new DistrictUnitFigures(id, unit.Unit.Unit.Name,
            NurseHours(input.VedtakCurve), NurseHours(unit.AloneCurve), NurseHours(unit.SharedCurve),
            TornCost.PerWeek(input.Unit, unit.AloneCurve, input.Capacity), TornCost.PerWeek(input.Unit, unit.SharedCurve, input.Capacity),
            split.Schedule.HoursAt(id), taskHours);
    }

    private static double NurseHours(Demand.StaffingCurve curve) => TaskSplitFigures.NurseHours(TaskSplitFigures.Hours(curve));
}
