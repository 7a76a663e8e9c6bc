using System.CommandLine;
using Velferd.Turnus.FileFormats.Units;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>`turnus validate unit.json`: every error and warning in the file, located, and a one-line verdict.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var unitFile = new Argument<string>("enhetsfil") { Description = "Enhetsfilen (JSON, se docs/unit-file.md)." };
        var command = new TurnusCommand("validate",
            "Sjekker en enhetsfil og viser alle feil og advarsler med fil, linje, JSON-sti, verdi og hva som er lov. " +
            "Avslutter med 0 når filen er gyldig (advarsler er lov) og 2 når den har feil.",
            "turnus validate samples/bofellesskap-solsiden.json")
        {
            unitFile,
        };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(unitFile), parsed.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string path, TextWriter output)
    {
        var result = UnitFileReader.ReadFile(path);
        UnitLoading.PrintIssues(result.Issues, output);
        output.WriteLine(UnitLoading.Summary(path, result) + Describe(result));
        return result.IsValid ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    private static string Describe(UnitFileResult result) => result.Unit is { } unit
        ? $": {unit.Name}, {unit.Residents.Count} beboere/brukere, {unit.AllVedtak.Count()} vedtak, " +
          $"{unit.Employees.Count} ansatte, {unit.Vacancies.Count} ledige stillinger, {unit.Shifts.Count} vakttyper"
        : "";
}
