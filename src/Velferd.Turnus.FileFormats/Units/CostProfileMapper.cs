using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;

namespace Velferd.Turnus.FileFormats.Units;

/// <summary>Lays a file's cost overrides over the default profile: what the file leaves out keeps its default.</summary>
internal static class CostProfileMapper
{
    public static CostProfile Map(CostProfileDto? file)
    {
        var basis = CostProfiles.Default;
        if (file is null)
            return basis;
        return basis with
        {
            Id = file.Id ?? $"{basis.Id}+lokal",
            Year = file.Year ?? basis.Year,
            AnnualWage = Merge(basis.AnnualWage, file.AnnualWage),
            SocialCostShare = file.SocialCostShare ?? basis.SocialCostShare,
            EveningNightSupplementPerHour = file.EveningNightSupplementPerHour ?? basis.EveningNightSupplementPerHour,
            EveningStartHour = file.EveningStartHour ?? basis.EveningStartHour,
            NightEndHour = file.NightEndHour ?? basis.NightEndHour,
            WeekendSupplementPerHour = file.WeekendSupplementPerHour ?? basis.WeekendSupplementPerHour,
            OvertimeFactor = file.OvertimeFactor ?? basis.OvertimeFactor,
            RaisedOvertimeFactor = file.RaisedOvertimeFactor ?? basis.RaisedOvertimeFactor,
            VikarHourlyCost = Merge(basis.VikarHourlyCost, file.VikarHourlyCost),
            AgencyHourlyCost = Merge(basis.AgencyHourlyCost, file.AgencyHourlyCost),
            Source = file.Source ?? basis.Source,
        };
    }

    private static IReadOnlyDictionary<Competence, double> Merge(IReadOnlyDictionary<Competence, double> basis, Dictionary<string, double>? overrides)
    {
        var result = basis.ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (var (code, amount) in overrides ?? [])
        {
            if (CompetenceCodes.TryParse(code, out var competence))
                result[competence] = amount;
        }
        return result;
    }
}
