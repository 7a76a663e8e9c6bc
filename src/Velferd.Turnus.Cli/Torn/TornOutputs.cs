using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Cli.Output;

namespace Velferd.Turnus.Cli.Torn;

/// <summary>Writes the files of `turnus torn --out`: each atomically, so a crash never leaves half a file.</summary>
internal static class TornOutputs
{
    public static string Write(string directory, string name, string content)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>A staffing curve as the csv of `turnus demand --format csv`.</summary>
    public static string Curve(string directory, string name, StaffingCurve curve)
    {
        using var text = new StringWriter();
        DemandCsv.Write(text, curve, CompetenceCodes.All.Where(competence => curve.CompetencesInUse.Contains(competence)).ToList());
        return Write(directory, name, text.ToString());
    }
}
