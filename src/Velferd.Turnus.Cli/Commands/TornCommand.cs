using System.CommandLine;
using Velferd.Turnus.Cli.Torn;
using Velferd.Turnus.Solver.Torn;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>
/// `turnus torn unit.json` and `turnus torn --district dir`: the TØRN task split of a unit, or of a district whose
/// units share a fagteam, with the before/after report in the terminal and, with --out, in torn-report.html.
/// </summary>
internal static class TornCommand
{
    public static Command Create()
    {
        var unitFile = new Argument<string?>("enhetsfil") { Description = "Enhetsfilen (JSON, se docs/unit-file.md).", Arity = ArgumentArity.ZeroOrOne };
        var district = new Option<string?>("--district", "-d") { Description = "Et distrikt som deler fagteam: mappe med district.json og enhetsfilene (docs/torn.md).", HelpName = "MAPPE" };
        var outDir = new Option<string?>("--out", "-o") { Description = "Mappe for torn-report.html og bemanningskurvene etter TØRN (csv); for distrikt også fagteam-enhet.json.", HelpName = "MAPPE" };
        var timeLimit = new Option<double>("--time-limit", "-t") { Description = "Tidsgrense per løsning i sekunder (hver enhet og distriktet).", DefaultValueFactory = _ => 30 };
        var workers = new Option<int?>("--workers") { Description = "Antall søketråder (standard: antall kjerner)." };
        var seed = new Option<int?>("--seed") { Description = "Frø for løseren, for å gjenta en kjøring." };
        var catalogue = new Option<bool>("--catalogue") { Description = "Skriv oppgavekatalogen enheten fordeles med som JSON (utgangspunkt for en egen katalog) og avslutt." };

        var command = new TurnusCommand("torn",
            "TØRN-oppgavedeling: fordeler oppgavene i enhetens oppgavekatalog (legemidler, stell, måltider, renhold …) på yrkesgruppene som " +
            "har lov til dem, til lavest kostnad og med sykepleiere og vernepleiere på oppgaver bare de kan gjøre. Viser før og etter: " +
            "frigjorte sykepleiertimer, kostnad per uke, kompetansemiks og hvilke oppgaver som flyttes til hvem. Med --district deler " +
            "flere enheter et ambulerende fagteam, og løsningen bestemmer hvor fagteamet er og når, med reisetid mellom enhetene. " +
            "Avslutter med 0 ved en fordeling, 2 ved ugyldig inndata, 5 når tiden gikk ut uten fordeling.",
            "turnus torn samples/sykehjem-avdeling-20.json",
            "turnus torn samples/bofellesskap-solsiden.json --out ut/torn",
            "turnus torn --district samples/district --out ut/distrikt",
            "turnus torn samples/bofellesskap-psykisk-helse.json --catalogue > katalog.json",
            "turnus plan samples/sykehjem-avdeling-20.json --torn")
        {
            unitFile, district, outDir, timeLimit, workers, seed, catalogue,
        };
        command.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var unitPath = parsed.GetValue(unitFile);
            var districtPath = parsed.GetValue(district);
            var seconds = parsed.GetValue(timeLimit);
            var threads = parsed.GetValue(workers);
            var problem = (unitPath, districtPath) switch
            {
                (null, null) => "give a unit file, or --district with a district folder",
                ({ }, { }) => "give either a unit file or --district, not both",
                _ when seconds is <= 0 or > 86_400 => $"--time-limit {seconds}: must be above 0 and at most 86400 seconds",
                _ when threads is < 1 or > 64 => $"--workers {threads}: must be between 1 and 64",
                (null, _) when parsed.GetValue(catalogue) => "--catalogue shows a unit's catalogue; give a unit file",
                _ => null,
            };
            if (problem is not null)
            {
                error.WriteLine($"turnus torn: {problem}");
                return ExitCodes.InvalidInput;
            }
            var options = new TornOptions
            {
                TimeLimit = TimeSpan.FromSeconds(seconds),
                Workers = threads ?? Environment.ProcessorCount,
                Seed = parsed.GetValue(seed),
            };
            var outFolder = parsed.GetValue(outDir);
            if (districtPath is not null)
                return TornDistrictRun.Run(districtPath, options, outFolder, output, error);
            return parsed.GetValue(catalogue)
                ? TornUnitRun.PrintCatalogue(unitPath!, output, error)
                : TornUnitRun.Run(unitPath!, options, outFolder, output, error);
        });
        return command;
    }
}
