using System.CommandLine;
using Velferd.Turnus.Cli.Output;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>`turnus demand unit.json`: the staffing curve the vedtak and base staffing give, as a table, csv or json.</summary>
internal static class DemandCommand
{
    private static readonly string[] Formats = ["table", "csv", "json"];

    public static Command Create()
    {
        var unitFile = new Argument<string>("enhetsfil") { Description = "Enhetsfilen (JSON, se docs/unit-file.md)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "table: tabell per kompetanse (ukedag × time) med avstemming; csv/json: én rad per ukedag × kvarter × kompetanse.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(Formats);
        var competence = new Option<string?>("--competence", "-c") { Description = $"Vis bare én kompetanse ({CompetenceCodes.AllowedCodes}).", HelpName = "KODE" };
        var outFile = new Option<string?>("--out", "-o") { Description = "Skriv til denne filen i stedet for til skjermen.", HelpName = "FIL" };

        var command = new TurnusCommand("demand",
            "Regner ut bemanningsbehovet (bemanningskurven) fra vedtak og grunnbemanning: ønsket og påkrevd antall " +
            "ansatte per kvarter, ukedag og kompetanse, og avstemmer ukens timer mot vedtakstimene.",
            "turnus demand samples/bofellesskap-solsiden.json",
            "turnus demand samples/sykehjem-avdeling-20.json --competence SPL",
            "turnus demand samples/hjemmetjeneste-sone.json --format csv --out behov.csv")
        {
            unitFile, format, competence, outFile,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(unitFile), parsed.GetValue(format) ?? "table", parsed.GetValue(competence), parsed.GetValue(outFile),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, string format, string? competenceCode, string? outFile, TextWriter output, TextWriter error)
    {
        Competence? only = null;
        if (competenceCode is not null)
        {
            if (!CompetenceCodes.TryParse(competenceCode, out var parsed))
            {
                error.WriteLine($"turnus demand: --competence '{competenceCode}' er ukjent; gyldige koder: {CompetenceCodes.AllowedCodes}");
                return ExitCodes.InvalidInput;
            }
            only = parsed;
        }
        if (UnitLoading.Load(path, error) is not { } unit)
            return ExitCodes.InvalidInput;

        var curve = DemandEngine.Build(unit);
        IReadOnlyList<Competence> competences = only is { } single ? [single] : curve.CompetencesInUse;
        if (outFile is null)
        {
            Write(output, format, unit, curve, competences);
            return ExitCodes.Ok;
        }
        try
        {
            using var file = new StreamWriter(outFile);
            Write(file, format, unit, curve, competences);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"turnus demand: kan ikke skrive til {outFile}: {failure.Message}");
            return ExitCodes.InvalidInput;
        }
        output.WriteLine($"Skrev bemanningsbehovet ({format}) til {outFile}");
        return ExitCodes.Ok;
    }

    private static void Write(TextWriter writer, string format, Unit unit, StaffingCurve curve, IReadOnlyList<Competence> competences)
    {
        switch (format)
        {
            case "csv":
                DemandCsv.Write(writer, curve, competences);
                break;
            case "json":
                DemandJson.Write(writer, unit, curve, competences);
                break;
            default:
                DemandTableView.Write(Terminal.For(writer), unit, curve, competences);
                break;
        }
    }
}
