using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Velferd.Turnus.Solver.Turnus.Columns;

/// <summary>
/// Prices of the master's rows that tie it to the rotations (øre): one more person of a competence on a shift
/// (<see cref="Shift"/>, by day, shift and competence), and the fairness rows' duals by category and pricing group
/// (<see cref="FairHigh"/>: the highest share is at least the group's average; <see cref="FairLow"/>: the lowest is at most it).
/// Any such prices give a Lagrangian bound; the master's duals are one choice, smoothed ones another.
/// </summary>
internal sealed record MasterPrices(double[,,] Shift, double[,] FairHigh, double[,] FairLow)
{
    /// <summary><c>weight × this + (1 − weight) × other</c>, entry by entry.</summary>
    public MasterPrices Mix(MasterPrices other, double weight) =>
        new(Mix(Shift, other.Shift, weight), Mix(FairHigh, other.FairHigh, weight), Mix(FairLow, other.FairLow, weight));

    private static T Mix<T>(T mine, T theirs, double weight) where T : ICloneable
    {
        var mixed = (T)mine.Clone();
        var into = Flat((Array)(object)mixed);
        var other = Flat((Array)(object)theirs);
        for (var i = 0; i < into.Length; i++)
            into[i] = weight * into[i] + (1 - weight) * other[i];
        return mixed;
    }

    /// <summary>A rectangular array of doubles as one span, in its storage order (the same for arrays of the same shape).</summary>
    private static Span<double> Flat(Array array) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);
}
