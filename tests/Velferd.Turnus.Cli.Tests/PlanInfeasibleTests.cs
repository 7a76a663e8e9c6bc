namespace Velferd.Turnus.Cli.Tests;

/// <summary>A unit that cannot be planned (samples/overconstrained) ends with exit 3 and the conflict in words, not a crash.</summary>
public sealed class PlanInfeasibleTests
{
    [Fact]
    public void Plan_exits_3_and_prints_the_conflicting_rules()
    {
        var output = Path.Combine(Path.GetTempPath(), $"turnus-cli-tests-{Guid.NewGuid():N}");
        try
        {
            var run = CliRun.Of("plan", CliRun.Sample(Path.Combine("overconstrained", "sykepleier-mangler.json")),
                "--in-process", "--time-limit", "20", "--workers", "2", "--seed", "1", "--no-grid", "--out", output);

            Assert.Equal(ExitCodes.Infeasible, run.ExitCode);
            var text = run.Unwrapped;
            Assert.Contains("Ingen turnus er mulig med disse reglene.", text);
            Assert.Contains("Turnusen kan ikke legges: disse 5 kravene kan ikke oppfylles samtidig.", text);
            Assert.Contains("- Avtalt stillingsstørrelse: stillingsstørrelse for s1 (60 %) (Arbeidsavtalen; KS HTA §4)", text);
            Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(text, @"- Minstebemanning og kompetanse: minst 1 SPL 07:00–14:00 \w+ uke 1"));
            Assert.False(Directory.Exists(output), "no plan files for a unit that cannot be planned");
        }
        finally
        {
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
        }
    }
}
