using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Grains.Abstractions.Units;

namespace Velferd.Turnus.Grains.Solving;

/// <summary>A staffing curve on the wire and back: every slot's desired, required and sleeping figure, per competence in use.</summary>
public static class PlanningDemands
{
    public static PlanningDemand From(StaffingCurve curve, string source)
    {
        var slots = Enumerable.Range(0, SlotGrid.SlotsPerWeek).ToList();
        return new PlanningDemand(source, curve.CompetencesInUse.Select(competence => new PlanningDemandCompetence(
            competence.Code(),
            slots.Select(slot => curve.Desired(slot, competence)).ToList(),
            slots.Select(slot => curve.Required(slot, competence)).ToList(),
            slots.Select(slot => curve.Sleeping(slot, competence)).ToList())).ToList());
    }

    public static StaffingCurve ToCurve(PlanningDemand demand)
    {
        var curve = StaffingCurve.Empty(1);
        foreach (var item in demand.Competences)
        {
            if (!CompetenceCodes.TryParse(item.Competence, out var competence))
                throw new InvalidDataException($"planning demand from {demand.Source}: unknown competence '{item.Competence}'");
            if (item.Desired.Count != SlotGrid.SlotsPerWeek || item.Required.Count != SlotGrid.SlotsPerWeek || item.Sleeping.Count != SlotGrid.SlotsPerWeek)
                throw new InvalidDataException($"planning demand from {demand.Source}: {item.Competence} needs {SlotGrid.SlotsPerWeek} slots");
            curve = curve.WithAwakeDemand(competence, item.Desired, item.Required).WithSleeping(competence, item.Sleeping);
        }
        return curve;
    }
}
