using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Solver.Tests.Torn;

/// <summary>Small random units with random task catalogues, for property tests of the split.</summary>
internal static class RandomUnits
{
    private static readonly TimeWindow[] Windows =
    [
        Window("07:00", "09:00"), Window("08:00", "11:30"), Window("11:00", "13:00"), Window("15:00", "20:00"),
        Window("19:00", "22:00"), Window("22:00", "07:00"), Window("10:00", "14:00"),
    ];

    private static readonly Competence[] VedtakCompetences = [Competence.Sykepleier, Competence.Vernepleier, Competence.Helsefagarbeider, Competence.Assistent];

    public static Unit Next(Random random)
    {
        var residents = Enumerable.Range(0, random.Next(1, 9)).Select(i => new Resident($"r{i}", $"Beboer {i}",
        [
            new Vedtak($"v{i}", "test", random.Next(1, 15), WeekdayNames.All, [Pick(random, Windows)], 1, Pick(random, VedtakCompetences), NightCover.Awake, []),
        ])).ToList();
        var employees = Enumerable.Range(0, random.Next(0, 8)).Select(i => new Employee($"e{i}", $"Ansatt {i}", Pick(random, CompetenceCodes.All.ToArray()),
            random.Next(2, 11) * 10, null, 3, NightWork.Yes, false, random.Next(3) == 0, [], [])).ToList();
        var tasks = Enumerable.Range(0, random.Next(1, 7)).Select(i => Task(random, i)).ToList();
        return new Unit("tilfeldig", "Tilfeldig enhet", UnitKind.Bofellesskap, 0.5 + random.NextDouble() / 2, [], residents, [], employees, [],
            RuleSet.Default, CostProfiles.Default) { Tasks = tasks };
    }

    private static CareTask Task(Random random, int i)
    {
        var competences = CompetenceCodes.All.Where(_ => random.Next(4) == 0).ToList();
        if (competences.Count == 0)
            competences.Add(Pick(random, CompetenceCodes.All.ToArray()));
        var windows = Windows.Where(_ => random.Next(3) == 0).Take(2).ToList();
        if (windows.Count == 0 || Overlap(windows))
            windows = [Pick(random, Windows)];
        var perUnit = random.Next(3) == 0;
        var days = WeekdayNames.All.Where(_ => random.Next(5) > 0).ToList();
        return new CareTask($"t{i}", $"Oppgave {i}", random.Next(1, 13) * 5, perUnit ? 0 : random.Next(1, 8) / 4.0, perUnit ? random.Next(1, 4) : 0,
            days.Count == 0 ? WeekdayNames.All : days, windows, competences, random.Next(3) == 0, random.Next(2) == 0, random.Next(6) == 0);
    }

    private static bool Overlap(List<TimeWindow> windows) =>
        windows.Count == 2 && windows[0].MinuteRange.Start < windows[1].MinuteRange.End && windows[1].MinuteRange.Start < windows[0].MinuteRange.End;

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static TimeWindow Window(string from, string to) => new(ClockTime.Parse(from), ClockTime.Parse(to));
}
