namespace Velferd.Turnus.FileFormats.Units.Checks;

/// <summary>TØRN tasks: unique ids, usable windows, a frequency.</summary>
internal static class TaskChecks
{
    public static void Run(UnitCheckContext context)
    {
        var tasks = context.Unit.Tasks ?? [];
        context.CheckUnique(tasks.Select((task, i) => (task.Id, $"$.tasks[{i}].id")), "task id");
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var path = $"$.tasks[{i}]";
            var windows = (task.Windows ?? []).Select((window, j) => TimeChecks.Window(context.Issues, $"{path}.windows[{j}]", window.From, window.To)).ToList();
            TimeChecks.NoOverlap(context.Issues, $"{path}.windows", windows);
            if (task.PerResidentPerDay is not null && task.PerUnitPerDay is not null)
                context.Issues.Error($"{path}.perUnitPerDay", "give either perResidentPerDay or perUnitPerDay, not both");
            if (task.DelegatedHfa == true && task.Competences?.Contains("HFA") == true)
                context.Issues.Warning($"{path}.delegatedHfa", "has no effect: HFA is already among the competences");
        }
    }
}
