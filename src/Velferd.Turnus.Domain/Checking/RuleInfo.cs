namespace Velferd.Turnus.Domain.Checking;

/// <summary>A hard rule's Norwegian name and the law or agreement it comes from.</summary>
public sealed record RuleInfo(RuleId Id, string Name, string Reference)
{
    public static readonly IReadOnlyDictionary<RuleId, RuleInfo> All = new Dictionary<RuleId, RuleInfo>
    {
        [RuleId.RosterIntegrity] = new(RuleId.RosterIntegrity, "Gyldig turnus", "Turnusfilen"),
        [RuleId.DailyRest] = new(RuleId.DailyRest, "Daglig arbeidsfri", "AML §10-8 (1), (3)"),
        [RuleId.WeeklyRest] = new(RuleId.WeeklyRest, "Ukentlig arbeidsfri", "AML §10-8 (2), (3)"),
        [RuleId.MaxHoursPerDay] = new(RuleId.MaxHoursPerDay, "Arbeidstid per 24 timer", "AML §10-5 (2)"),
        [RuleId.MaxHoursPerWeek] = new(RuleId.MaxHoursPerWeek, "Arbeidstid per uke", "AML §10-5 (2)"),
        [RuleId.MaxAverageHoursPerWeek] = new(RuleId.MaxAverageHoursPerWeek, "Gjennomsnittlig ukentlig arbeidstid", "AML §10-5 (2)"),
        [RuleId.ContractedHours] = new(RuleId.ContractedHours, "Avtalt stillingsstørrelse", "Arbeidsavtalen; KS HTA §4"),
        [RuleId.Helgefrekvens] = new(RuleId.Helgefrekvens, "Helgefrekvens", "Arbeidsavtalen / lokal avtale; KS HTA"),
        [RuleId.SundayRule] = new(RuleId.SundayRule, "Søndagsarbeid", "AML §10-8 (4), §10-10 (1)"),
        [RuleId.NightWorkerAverage] = new(RuleId.NightWorkerAverage, "Nattarbeid, gjennomsnitt per døgn", "AML §10-11 (3)"),
        [RuleId.ConsecutiveNights] = new(RuleId.ConsecutiveNights, "Netter på rad", "HMS-praksis; AML §10-11"),
        [RuleId.NightWorkPreference] = new(RuleId.NightWorkPreference, "Nattarbeid etter avtale", "Arbeidsavtalen; AML §10-11"),
        [RuleId.MaxConsecutiveWorkDays] = new(RuleId.MaxConsecutiveWorkDays, "Arbeidsdager på rad", "Turnuspraksis; AML §10-8 (2)"),
        [RuleId.Unavailability] = new(RuleId.Unavailability, "Utilgjengelig dag", "Avtalt fravær/tilrettelegging"),
        [RuleId.LongShiftConsent] = new(RuleId.LongShiftConsent, "Langvakt uten samtykke", "AML §10-5 (2); lokal avtale om langvakter"),
        [RuleId.CompetenceMinimum] = new(RuleId.CompetenceMinimum, "Minstebemanning og kompetanse", "Forsvarlighetskravet, hol. §4; enhetens bemanningsplan"),
    };

    public static RuleInfo Of(RuleId id) => All[id];
}
