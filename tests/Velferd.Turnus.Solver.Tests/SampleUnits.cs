using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Districts;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Solver.Tests;

/// <summary>The repository's samples, read through the real readers.</summary>
internal static class SampleUnits
{
    public static Unit Read(string fileName) =>
        UnitFileReader.ReadFile(RepositoryRoot.File("samples", fileName)).Unit ?? throw new InvalidOperationException($"{fileName} is not valid");

    public static Domain.Torn.Districts.District District() =>
        DistrictFileReader.Read(RepositoryRoot.File("samples", "district")).District ?? throw new InvalidOperationException("samples/district is not valid");
}
