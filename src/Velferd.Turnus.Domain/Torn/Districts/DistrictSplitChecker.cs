namespace Velferd.Turnus.Domain.Torn.Districts;

/// <summary>
/// Judges a district split: the fagteam schedule (<see cref="FagteamScheduleChecker"/>), each unit's own split
/// (<see cref="TaskSplitChecker"/>), and the accounts between them — the fagteam takes only nurse minutes the unit
/// had in that segment, and the unit's remaining minutes plus the fagteam's add up to the catalogue, task by task.
/// </summary>
public static class DistrictSplitChecker
{
    public static IReadOnlyList<string> Check(DistrictSplit split)
    {
        var breaches = FagteamScheduleChecker.Check(split.District, split.Schedule, split.Work, split.Inputs).ToList();
        foreach (var unit in split.Units)
        {
            var id = unit.Unit.Unit.Id;
            breaches.AddRange(TaskSplitChecker.Check(unit.Input, unit.Alone).Select(breach => $"{id}: {breach}"));
            var work = split.Work.Where(item => item.UnitId == id).ToList();
            foreach (var segment in unit.Input.Segments)
                for (var task = 0; task < unit.Input.Catalogue.Count; task++)
                {
                    var byFagteam = work.Where(item => item.Task == task && segment.Contains(item.WeekSlot)).Sum(item => item.Minutes);
                    var nurses = unit.Alone.Minutes(segment.Index, task, Performer.Sykepleier) + unit.Alone.Minutes(segment.Index, task, Performer.Vernepleier);
                    if (byFagteam > nurses + 1e-6)
                        breaches.Add($"{id}: fagteamet gjør {byFagteam} min {unit.Input.Catalogue[task].Id} {segment}, enhetens sykepleiere hadde {nurses:0.#}");
                    var remaining = Performers.All.Sum(performer => unit.Alone.Minutes(segment.Index, task, performer) - unit.TakenByFagteam.Minutes(segment.Index, task, performer));
                    if (Math.Abs(remaining + byFagteam - segment.TaskMinutes[task]) > 1e-6)
                        breaches.Add($"{id}: {unit.Input.Catalogue[task].Id} {segment}: enheten {remaining:0.#} + fagteamet {byFagteam} min, katalogen har {segment.TaskMinutes[task]}");
                }
        }
        return breaches;
    }
}
