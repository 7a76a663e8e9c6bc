namespace Velferd.Turnus.Domain.Benchmarks.Curtois;

/// <summary>Finds instance files: a single file, or every *.txt in a folder in instance-number order.</summary>
public static class InstanceFiles
{
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder, or the folder holds no .txt file.</exception>
    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new FileNotFoundException($"No instance file or folder at '{path}'.", path);
        var files = Directory.GetFiles(path, "*.txt").OrderBy(NumberIn).ThenBy(f => f, StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new FileNotFoundException($"The folder '{path}' holds no .txt instance file.", path);
    }

    /// <summary>"Instance12.txt" sorts after "Instance9.txt".</summary>
    private static int NumberIn(string file)
    {
        var digits = new string(Path.GetFileNameWithoutExtension(file).Where(char.IsDigit).ToArray());
        return int.TryParse(digits, out var number) ? number : int.MaxValue;
    }
}
