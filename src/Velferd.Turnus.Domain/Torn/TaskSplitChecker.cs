namespace Velferd.Turnus.Domain.Torn;

/// <summary>
/// Judges any allocation of a unit's task minutes, wherever it came from: nobody does a task they may not do,
/// every task's minutes are given out exactly (per segment and per week), no minutes are negative, and
/// delegated work stays within the hours of the helsefagarbeidere who have delegation. Shares no code with the model.
/// </summary>
public static class TaskSplitChecker
{
    private const double Tolerance = 1e-6;

    public static IReadOnlyList<string> Check(TaskSplitInput input, TaskAllocation allocation)
    {
        var breaches = new List<string>();
        foreach (var (segment, task, performer, minutes) in allocation.Entries())
        {
            var name = input.Catalogue[task].Id;
            if (minutes < -Tolerance)
                breaches.Add($"{name}: {minutes:0.#} min til {performer.Code()} {input.Segments[segment]} er negativt");
            if (minutes > Tolerance && !TaskPermissions.Permits(input.Catalogue[task], performer))
                breaches.Add($"{name}: {minutes:0.#} min gitt til {performer.Code()} {input.Segments[segment]}, som ikke har lov til oppgaven");
        }
        for (var task = 0; task < input.Catalogue.Count; task++)
        {
            foreach (var segment in input.Segments)
            {
                var given = allocation.SegmentMinutes(segment.Index, task);
                if (Math.Abs(given - segment.TaskMinutes[task]) > Tolerance)
                    breaches.Add($"{input.Catalogue[task].Id}: {given:0.#} min fordelt {segment}, katalogen har {segment.TaskMinutes[task]}");
            }
            var weekly = allocation.TaskMinutes(task);
            var catalogue = Math.Round(input.Catalogue[task].MinutesPerWeek(input.Residents));
            if (Math.Abs(weekly - catalogue) > Tolerance)
                breaches.Add($"{input.Catalogue[task].Id}: {weekly:0.#} min per uke fordelt, katalogen har {catalogue}");
        }
        var delegatedHours = Enumerable.Range(0, input.Catalogue.Count)
            .Sum(task => allocation.TaskMinutes(task, Performer.DelegertHelsefagarbeider) * input.Uplift(task)) / 60;
        if (delegatedHours > input.Capacity.DelegatedHfaHours + Tolerance)
            breaches.Add($"delegert arbeid {delegatedHours:0.#} t per uke er mer enn helsefagarbeiderne med delegering har ({input.Capacity.DelegatedHfaHours:0.#} t)");
        return breaches;
    }
}
