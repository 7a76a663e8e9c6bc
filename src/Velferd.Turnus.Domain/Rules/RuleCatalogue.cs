namespace Velferd.Turnus.Domain.Rules;

/// <summary>Every rule of <see cref="RuleSet"/> by its file name ("dailyRestHours"), with range and legal source.</summary>
public static class RuleCatalogue
{
    public static readonly IReadOnlyList<RuleParameter> All =
    [
        new("fullTimeHoursPerWeek", 20, 40, "h", "KS HTA (35,5 t turnus med søn-/nattarbeid, 33,6 t tredelt, 37,5 t dagtid); AML §10-4(4)",
            "Ukentlig arbeidstid i hel stilling", r => r.FullTimeHoursPerWeek, (r, v) => r with { FullTimeHoursPerWeek = v }),
        new("maxHoursPerDay", 6, 16, "h", "AML §10-5(2): 12,5 t med tariffavtale, 10 t ved individuell avtale",
            "Maks arbeidstid per 24 timer", r => r.MaxHoursPerDay, (r, v) => r with { MaxHoursPerDay = v }),
        new("maxHoursPerWeek", 35, 60, "h", "AML §10-5(2): aldri over 54 t i én uke",
            "Maks arbeidstid i én uke", r => r.MaxHoursPerWeek, (r, v) => r with { MaxHoursPerWeek = v }),
        new("maxAverageHoursPerWeek", 30, 54, "h", "AML §10-5(2): 48 t i gjennomsnitt over 8 uker",
            "Maks gjennomsnittlig ukentlig arbeidstid over turnusen", r => r.MaxAverageHoursPerWeek, (r, v) => r with { MaxAverageHoursPerWeek = v }),
        new("dailyRestHours", 8, 16, "h", "AML §10-8(1); ned til 8 t ved tariffavtale, §10-8(3)",
            "Sammenhengende daglig arbeidsfri mellom to vakter", r => r.DailyRestHours, (r, v) => r with { DailyRestHours = v }),
        new("weeklyRestHours", 28, 72, "h", "AML §10-8(2); ned til 28 t ved tariffavtale, §10-8(3)",
            "Sammenhengende ukentlig arbeidsfri innen hver kalenderuke", r => r.WeeklyRestHours, (r, v) => r with { WeeklyRestHours = v }),
        new("maxConsecutiveSundays", 1, 6, "", "AML §10-8(4): den som har arbeidet en søndag skal ha fri påfølgende søndag",
            "Maks antall søndager på rad med arbeid", r => r.MaxConsecutiveSundays, (r, v) => r with { MaxConsecutiveSundays = (int)v }, WholeNumber: true),
        new("nightStartHour", 20, 23, "h", "AML §10-11(1): natt er tiden mellom kl. 21 og kl. 6",
            "Når natt begynner (klokketime)", r => r.NightStartHour, (r, v) => r with { NightStartHour = v }),
        new("nightEndHour", 5, 7, "h", "AML §10-11(1)",
            "Når natt slutter (klokketime)", r => r.NightEndHour, (r, v) => r with { NightEndHour = v }),
        new("maxNightWorkerHoursPerDay", 6, 12.5, "h", "AML §10-11(3): nattarbeidere i snitt maks 8 t per 24 t over 4 uker",
            "Snittlig arbeidstid per døgn for faste nattarbeidere", r => r.MaxNightWorkerHoursPerDay, (r, v) => r with { MaxNightWorkerHoursPerDay = v }),
        new("maxConsecutiveNights", 1, 7, "", "HMS-praksis (Arbeidstilsynet: begrens antall netter på rad)",
            "Maks antall nattevakter på rad", r => r.MaxConsecutiveNights, (r, v) => r with { MaxConsecutiveNights = (int)v }, WholeNumber: true),
        new("maxConsecutiveWorkDays", 3, 12, "", "Turnuspraksis; følger av ukentlig hvile (AML §10-8(2))",
            "Maks antall arbeidsdager på rad", r => r.MaxConsecutiveWorkDays, (r, v) => r with { MaxConsecutiveWorkDays = (int)v }, WholeNumber: true),
        new("contractToleranceHoursPerWeek", 0, 4, "h", "KS HTA: turnusen skal gi avtalt stillingsstørrelse; avvik føres som pluss-/minustid",
            "Tillatt avvik fra avtalt arbeidstid, per uke i turnusen", r => r.ContractToleranceHoursPerWeek, (r, v) => r with { ContractToleranceHoursPerWeek = v }),
        new("sleepingNightCountFactor", 0.2, 1, "", "AML §10-4(2) (passiv tjeneste); settes i lokal avtale",
            "Andel av hvilende nattevakt som regnes som arbeidstid", r => r.SleepingNightCountFactor, (r, v) => r with { SleepingNightCountFactor = v }),
        new("quickReturnHours", 8, 16, "h", "Turnuspraksis (kveld–dag: kort hvile mellom vakter)",
            "Hvile kortere enn dette regnes som rask retur (myk regel)", r => r.QuickReturnHours, (r, v) => r with { QuickReturnHours = v }),
        new("defaultHelgefrekvens", 1, 6, "", "KS HTA / lokal praksis: hver 3. helg er vanlig, hver 2. med langvakter",
            "Helgefrekvens for ansatte som ikke har egen", r => r.DefaultHelgefrekvens, (r, v) => r with { DefaultHelgefrekvens = (int)v }, WholeNumber: true),
    ];

    public static RuleParameter? Find(string name) => All.FirstOrDefault(rule => rule.Name == name);

    public static string Names => string.Join(", ", All.Select(rule => rule.Name));
}
