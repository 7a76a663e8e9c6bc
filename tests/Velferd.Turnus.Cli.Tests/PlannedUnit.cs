namespace Velferd.Turnus.Cli.Tests;

/// <summary>
/// A small unit planned once by `turnus plan` in-process, shared by the tests that read its output: two weeks, three
/// shifts, a helsefagarbeider required on weekday day shifts, a fast nattevakt, and e4 who does not work nights.
/// </summary>
public sealed class PlannedUnit : IDisposable
{
    public const string Json = """
        {
          "formatVersion": 1,
          "id": "liten",
          "name": "Liten enhet",
          "kind": "bofellesskap",
          "rotationWeeks": 2,
          "shifts": [
            { "code": "D", "start": "07:00", "end": "15:00", "category": "day" },
            { "code": "A", "start": "15:00", "end": "22:00", "category": "evening" },
            { "code": "N", "start": "22:00", "end": "07:00", "category": "night" }
          ],
          "residents": [
            { "id": "b1", "vedtak": [ { "id": "b1-kveld", "hoursPerWeek": 21, "windows": [ { "from": "15:00", "to": "22:00" } ], "competence": "HFA" } ] }
          ],
          "baseStaffing": [
            { "id": "dag", "weekdays": [ "mon", "tue", "wed", "thu", "fri" ], "from": "07:00", "to": "15:00", "competence": "HFA", "count": 1 }
          ],
          "employees": [
            { "id": "e1", "competence": "HFA", "stillingsprosent": 90.1, "helgefrekvens": 2 },
            { "id": "e2", "competence": "HFA", "stillingsprosent": 67.6, "helgefrekvens": 2 },
            { "id": "e3", "competence": "SPL", "stillingsprosent": 76.1, "helgefrekvens": 2, "night": "only" },
            { "id": "e4", "competence": "HFA", "stillingsprosent": 50, "helgefrekvens": 2, "night": "no" }
          ]
        }
        """;

    private readonly TempUnitFile file = new(Json);

    public PlannedUnit()
    {
        Run = CliRun.Of("plan", UnitPath, "--in-process", "--time-limit", "10", "--workers", "2", "--seed", "1", "--out", OutDirectory);
    }

    internal CliRun Run { get; }

    public string UnitPath => file.Path;

    public string OutDirectory => file.OutFile("ut");

    public string Output(string name) => Path.Combine(OutDirectory, name);

    /// <summary>A file next to the unit, for edited copies of the plan.</summary>
    public string Scratch(string name) => file.OutFile(name);

    public void Dispose() => file.Dispose();
}
