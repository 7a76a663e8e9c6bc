using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.FileFormats.Units.Checks;

namespace Velferd.Turnus.FileFormats.Districts;

/// <summary>Turns a checked district file and its units into the domain model, filling in documented defaults.</summary>
internal static class DistrictMapper
{
    public static District Map(DistrictFileDto file, IReadOnlyList<Unit> units)
    {
        var entries = file.Units!;
        var districtUnits = units.Select((unit, i) => new DistrictUnit(unit, entries[i].FagteamReplaces ?? [])).ToList();
        var travel = new TravelTimes((file.Travel ?? []).Select(item => (item.From!, item.To!, item.Minutes ?? 0)));
        return new District(file.Id!, file.Name!, districtUnits, Fagteam(file.Fagteam!), travel);
    }

    private static Fagteam Fagteam(FagteamDto fagteam)
    {
        CompetenceCodes.TryParse(fagteam.Competence, out var competence);
        var positions = fagteam.Positions ?? 1;
        var shifts = (fagteam.Shifts ?? []).Select(shift => new FagteamShift(
            new ShiftDefinition(shift.Code!, shift.Name ?? shift.Code!, ClockTime.Parse(shift.Start!), ClockTime.Parse(shift.End!),
                shift.UnpaidBreakMinutes ?? 0, UnitMapper.Category(shift.Category)),
            TimeChecks.Weekdays(shift.Weekdays))).ToList();
        return new Fagteam(fagteam.Id!, fagteam.Name ?? fagteam.Id!, competence, positions, fagteam.MaxOnDuty ?? positions,
            fagteam.Base, fagteam.Helgefrekvens ?? RuleSet.Default.DefaultHelgefrekvens, shifts);
    }
}
