namespace Velferd.Turnus.Domain.Checking.Rules;

/// <summary>A hard rule of the plan checker; its twin in the solver has the same name.</summary>
public interface IHardRule
{
    RuleId Id { get; }

    IEnumerable<Breach> Check(CheckContext context);
}
