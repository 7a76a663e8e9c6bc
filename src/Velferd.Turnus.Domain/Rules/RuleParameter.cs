namespace Velferd.Turnus.Domain.Rules;

/// <summary>One overridable rule: its file name, allowed range, unit, source and Norwegian description.</summary>
public sealed record RuleParameter(
    string Name,
    double Minimum,
    double Maximum,
    string Unit,
    string Source,
    string Description,
    Func<RuleSet, double> Get,
    Func<RuleSet, double, RuleSet> With,
    bool WholeNumber = false)
{
    public double Default => Get(RuleSet.Default);

    public bool Allows(double value) =>
        value >= Minimum && value <= Maximum && (!WholeNumber || Math.Abs(value - Math.Round(value)) < 1e-9);

    public string AllowedText =>
        FormattableString.Invariant($"must be {(WholeNumber ? "a whole number " : "")}between {Minimum:0.##} and {Maximum:0.##} {Unit}").TrimEnd();
}
